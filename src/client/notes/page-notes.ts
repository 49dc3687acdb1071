/**
 * A reader's highlights and notes on a document's page (or a version's): made from a selection
 * (the passage controls, ../passage-links/passage-link-controls.ts, offer "Highlight" and "Add a note"), found
 * again in the text as it now stands, and drawn with the CSS Custom Highlight API, which paints
 * the words without changing the page's markup, so that addresses, text fragments and copying are
 * as they were. Each note has a button at the end of its passage that opens it, and the page lists
 * its notes after the text, for a keyboard and a screen reader, and for print. Loaded on the
 * first "Highlight" or "Add a note", or as the page loads where the reader has notes on it.
 */
import { anchorNote, quoteAt } from '../../core/notes/anchoring.ts';
import { noteAddress } from '../../core/notes/exports.ts';
import { inReadingOrder, isHighlight, type NoteLocator, type ReaderNote } from '../../core/notes/note.ts';
import { notesPath } from '../../core/site/paths.ts';
import { sitePath } from '../../core/site/urls.ts';
import notesStylesheet from '../../styles/notes.css?url';
import { el } from '../shared/dom.ts';
import { linkStylesheet } from '../shared/stylesheet.ts';
import { editNote } from './editor.ts';
import { noteEntry, placeOf } from './entry.ts';
import { passagesIn, passageText, positionIn, rangeAt } from './passage-text.ts';
import { deleteNote, notedDocument, notesOf, saveNotes } from './store.ts';

/** A note's id: a UUID, also where `crypto.randomUUID` is missing (a page not served securely). */
const newId = (): string =>
	typeof crypto.randomUUID === 'function'
		? crypto.randomUUID()
		: '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
				(Number(digit) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(digit) / 4)))).toString(16),
			);

/** Where a citation of the passage points: a paragraph's number or a section's title; none for a note of the document's. */
function locatorOf(block: HTMLElement): NoteLocator | undefined {
	const number = block.querySelector<HTMLElement>(':scope > a.paragraph-link')?.dataset.number;
	if (number) return { label: 'paragraph', value: number };
	if (/^H[2-6]$/.test(block.tagName)) return { label: 'section', value: passageText(block).trim() };
	return undefined;
}

const canHighlight = typeof CSS !== 'undefined' && 'highlights' in CSS;

/** The notes of one page, as they are drawn on it. */
export interface PageNotes {
	/** Highlights the words of `range` in `block`, or asks for a note on them. */
	add(kind: 'highlight' | 'note', block: HTMLElement, range: Range): Promise<void>;
}

function startNotes(text: HTMLElement): PageNotes {
	const document_ = text.dataset.document!;
	const version = Number(text.dataset.version) || 1;
	// On an earlier version's page the notes are drawn where their words are, but not moved to it.
	const current = !('earlier' in text.dataset);
	const page = (text.dataset.citePath ?? location.pathname).replace(sitePath(), '');
	let notes: ReaderNote[] = [];
	const drawn = new Map<string, { block: HTMLElement; range: Range }>();

	const heading = el('h2', { id: 'reader-notes-title' }, 'Your notes on this text');
	const list = el('ol', { className: 'reader-notes-list' });
	const status = el('p', { className: 'reader-notes-status' });
	status.setAttribute('role', 'status');
	const printed = el('input', { type: 'checkbox', checked: true, id: 'reader-notes-print' });
	const section = el(
		'section',
		{ className: 'reader-notes is-printed' },
		heading,
		el(
			'p',
			{ className: 'reader-notes-privacy' },
			'Kept in this browser only, never sent anywhere. All your notes, to search and to export with their citations, are in ',
			el('a', { href: sitePath(notesPath) }, 'your notebook'),
			'.',
		),
		el('p', {}, printed, ' ', el('label', { htmlFor: printed.id }, 'Print them with the text')),
		list,
		status,
	);
	section.setAttribute('aria-labelledby', heading.id);
	printed.addEventListener('change', () => section.classList.toggle('is-printed', printed.checked));
	// After the text and the passage controls, which a keyboard reaches from the passage first.
	const controls = text.nextElementSibling?.classList.contains('passage-controls') ? text.nextElementSibling : text;
	controls.after(section);

	const save = async (changed: ReaderNote[]) => {
		if (changed.length > 0) await saveNotes(changed);
	};

	/** Finds each note's words in the text as it stands; on the current text, keeps where they are now, or that they are gone. */
	async function anchorAll() {
		const passages = passagesIn(text);
		const changed: ReaderNote[] = [];
		drawn.clear();
		for (const note of notes) {
			const anchor = anchorNote(note, passages);
			if (anchor) {
				const { block, text: words } = passages[anchor.order]!;
				drawn.set(note.id, { block, range: rangeAt(block, anchor.position) });
				const moved =
					note.detached || note.passage !== anchor.passage || note.position.start !== anchor.position.start || note.version !== version;
				if (current && moved) {
					const locator = locatorOf(block);
					Object.assign(note, {
						passage: anchor.passage,
						order: anchor.order,
						position: anchor.position,
						quote: quoteAt(words, anchor.position.start, anchor.position.end),
						version,
						page,
						detached: false,
					});
					if (locator) note.locator = locator;
					else delete note.locator;
					changed.push(note);
				}
			} else if (current && !note.detached) {
				// Kept, with its words, and listed as no longer in the text.
				note.detached = true;
				changed.push(note);
			}
		}
		await save(changed);
	}

	function draw() {
		notes.sort(inReadingOrder);
		if (canHighlight) {
			const ranges = (highlights: boolean) =>
				notes.filter((note) => isHighlight(note) === highlights && drawn.has(note.id)).map((note) => drawn.get(note.id)!.range);
			CSS.highlights.set('reader-highlight', new Highlight(...ranges(true)));
			CSS.highlights.set('reader-note', new Highlight(...ranges(false)));
		}
		for (const marker of text.querySelectorAll('.reader-note-marker')) marker.remove();
		for (const note of notes) {
			const place = drawn.get(note.id);
			if (!place) continue;
			const marker = el('button', {
				type: 'button',
				className: `reader-note-marker${isHighlight(note) ? ' is-highlight' : ''}`,
				dataset: { note: note.id, pagefindIgnore: '' },
			});
			marker.setAttribute(
				'aria-label',
				isHighlight(note) ? `Your highlight: “${note.quote.exact}”` : `Your note on “${note.quote.exact}”: ${note.note}`,
			);
			marker.addEventListener('click', () => void edit(note));
			// After a heading, not in it, where it would become part of the heading's name.
			if (/^H[2-6]$/.test(place.block.tagName)) place.block.after(marker);
			else place.block.append(marker);
		}
		list.replaceChildren(
			...notes.map((note) =>
				noteEntry(note, {
					href: drawn.has(note.id) ? `#${drawn.get(note.id)!.block.id}` : noteAddress(note, location.origin + sitePath()),
					edit: () => void edit(note),
					remove: () => void remove(note),
				}),
			),
		);
		section.hidden = notes.length === 0 && status.textContent === '';
		if (notes.length === 0) list.replaceChildren(el('li', {}, 'No notes on this text.'));
	}

	function say(message: string, ...more: Node[]) {
		status.replaceChildren(message, ...more);
		section.hidden = false;
	}

	async function edit(note: ReaderNote) {
		const result = await editNote(note, false);
		if (result.action === 'delete') return remove(note);
		if (result.action !== 'save' || result.text === note.note) return;
		Object.assign(note, { note: result.text, modified: new Date().toISOString() });
		await saveNotes([note]);
		draw();
		say(`Saved your ${isHighlight(note) ? 'highlight' : 'note'} on ${placeOf(note)}.`);
	}

	async function remove(note: ReaderNote) {
		await deleteNote(note.id);
		notes = notes.filter(({ id }) => id !== note.id);
		draw();
		const undo = el('button', { type: 'button', className: 'reader-notes-undo' }, 'Undo');
		undo.addEventListener('click', async () => {
			await saveNotes([note]);
			notes.push(note);
			await anchorAll();
			draw();
			say(`Restored your ${isHighlight(note) ? 'highlight' : 'note'} on ${placeOf(note)}.`);
		});
		say(`Deleted your ${isHighlight(note) ? 'highlight' : 'note'} on ${placeOf(note)}. `, undo);
		undo.focus();
	}

	const ready = (async () => {
		await linkStylesheet(notesStylesheet);
		notes = await notesOf(document_);
		await anchorAll();
		draw();
		// How the document is cited, kept beside its notes for their exports; brought up to a newer version.
		if (notes.length > 0 && current) void notedDocument(document_, version);
	})();

	return {
		async add(kind, block, range) {
			await ready;
			const position = positionIn(block, range);
			if (!position) return;
			const now = new Date().toISOString();
			const passages = passagesIn(text);
			const locator = locatorOf(block);
			const note: ReaderNote = {
				id: newId(),
				document: document_,
				version,
				page,
				passage: block.id,
				order: passages.findIndex(({ id }) => id === block.id),
				...(locator && { locator }),
				quote: quoteAt(passageText(block), position.start, position.end),
				position,
				note: '',
				created: now,
				modified: now,
				detached: false,
			};
			if (kind === 'note') {
				const result = await editNote(note, true);
				if (result.action !== 'save') {
					// The controls that opened it are gone: the focus goes back to the passage.
					block.querySelector<HTMLElement>(':scope > a.paragraph-link')?.focus();
					return;
				}
				note.note = result.text;
			}
			getSelection()?.removeAllRanges();
			await Promise.all([saveNotes([note]), notedDocument(document_, version)]);
			notes.push(note);
			drawn.set(note.id, { block, range: rangeAt(block, position) });
			draw();
			say(`${isHighlight(note) ? 'Highlighted the words' : 'Added your note'} on ${placeOf(note)}.`);
			// The controls that made it are gone: the focus goes to the note's mark, where the reader was.
			text.querySelector<HTMLElement>(`.reader-note-marker[data-note="${note.id}"]`)?.focus();
		},
	};
}

let started: PageNotes | undefined;

/** The page's notes, drawn once. */
export const pageNotes = (text: HTMLElement): PageNotes => (started ??= startNotes(text));
