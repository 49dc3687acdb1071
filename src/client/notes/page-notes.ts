/**
 * A reader's highlights and notes on a document's page (or a version's): made from a selection
 * (the passage controls, ../passage-links/passage-link-controls.ts, offer "Highlight" and "Add a note"), found
 * again in the text as it now stands (./note-places.ts), and drawn on it without changing the
 * page's markup (./note-marks.ts), so that addresses, text fragments and copying are as they
 * were; the page lists its notes after the text (./notes-section.ts). Loaded on the first
 * "Highlight" or "Add a note", or as the page loads where the reader has notes on it.
 */
import { quoteAt } from '../../core/notes/anchoring.ts';
import { noteAddress } from '../../core/notes/exports.ts';
import { inReadingOrder, isHighlight, type ReaderNote, type TextPosition } from '../../core/notes/note.ts';
import { sitePath } from '../../core/site/urls.ts';
import notesStylesheet from '../../styles/notes.css?url';
import { el } from '../shared/dom.ts';
import { linkStylesheet } from '../shared/stylesheet.ts';
import { editNote } from './editor.ts';
import { noteEntry, placeOf } from './note-entry.ts';
import { markNotes, type NotePlace, paintNotes } from './note-marks.ts';
import { locatorOf, type NotesPage, placeNotes } from './note-places.ts';
import { notesSection } from './notes-section.ts';
import { passagesIn, passageText, positionIn, rangeAt } from './passage-text.ts';
import { deleteNote, notedDocument, notesOf, saveNotes } from './store.ts';

/** A note's id: a UUID, also where `crypto.randomUUID` is missing (a page not served securely). */
const newId = (): string =>
	typeof crypto.randomUUID === 'function'
		? crypto.randomUUID()
		: '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
				(Number(digit) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(digit) / 4)))).toString(16),
			);

/** A new note, empty, on the words at `position` in `block` of `text`. */
function newNote(text: HTMLElement, block: HTMLElement, position: TextPosition, { version, page }: NotesPage): ReaderNote {
	const now = new Date().toISOString();
	const locator = locatorOf(block);
	return {
		id: newId(),
		document: text.dataset.document!,
		version,
		page,
		passage: block.id,
		order: passagesIn(text).findIndex(({ id }) => id === block.id),
		...(locator && { locator }),
		quote: quoteAt(passageText(block), position.start, position.end),
		position,
		note: '',
		created: now,
		modified: now,
		detached: false,
	};
}

/** The notes of one page, as they are drawn on it. */
export interface PageNotes {
	/** Highlights the words of `range` in `block`, or asks for a note on them. */
	add(kind: 'highlight' | 'note', block: HTMLElement, range: Range): Promise<void>;
}

function startNotes(text: HTMLElement): PageNotes {
	const document_ = text.dataset.document!;
	const where: NotesPage = {
		version: Number(text.dataset.version) || 1,
		page: (text.dataset.citePath ?? location.pathname).replace(sitePath(), ''),
		// On an earlier version's page the notes are drawn where their words are, but not moved to it.
		current: !('earlier' in text.dataset),
	};
	const section = notesSection(text);
	let notes: ReaderNote[] = [];
	let places = new Map<string, NotePlace>();
	const what = (note: ReaderNote) => `${isHighlight(note) ? 'highlight' : 'note'} on ${placeOf(note)}`;

	/** Finds each note's words in the text as it stands, and keeps what finding them changed. */
	async function placeAll() {
		const found = placeNotes(notes, passagesIn(text), where);
		places = found.places;
		if (found.changed.length > 0) await saveNotes(found.changed);
	}

	function draw() {
		notes.sort(inReadingOrder);
		paintNotes(notes, places);
		markNotes(text, notes, places, (note) => void edit(note));
		section.list(
			notes.map((note) =>
				noteEntry(note, {
					href: places.has(note.id) ? `#${places.get(note.id)!.block.id}` : noteAddress(note, location.origin + sitePath()),
					edit: () => void edit(note),
					remove: () => void remove(note),
				}),
			),
		);
	}

	async function edit(note: ReaderNote) {
		const result = await editNote(note, false);
		if (result.action === 'delete') return remove(note);
		if (result.action !== 'save' || result.text === note.note) return;
		Object.assign(note, { note: result.text, modified: new Date().toISOString() });
		await saveNotes([note]);
		draw();
		section.say(`Saved your ${what(note)}.`);
	}

	async function remove(note: ReaderNote) {
		await deleteNote(note.id);
		notes = notes.filter(({ id }) => id !== note.id);
		draw();
		const undo = el('button', { type: 'button', className: 'reader-notes-undo' }, 'Undo');
		undo.addEventListener('click', async () => {
			await saveNotes([note]);
			notes.push(note);
			await placeAll();
			draw();
			section.say(`Restored your ${what(note)}.`);
		});
		section.say(`Deleted your ${what(note)}. `, undo);
		undo.focus();
	}

	const ready = (async () => {
		await linkStylesheet(notesStylesheet);
		notes = await notesOf(document_);
		await placeAll();
		draw();
		// How the document is cited, kept beside its notes for their exports; brought up to a newer version.
		if (notes.length > 0 && where.current) void notedDocument(document_, where.version);
	})();

	return {
		async add(kind, block, range) {
			await ready;
			const position = positionIn(block, range);
			if (!position) return;
			const note = newNote(text, block, position, where);
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
			await Promise.all([saveNotes([note]), notedDocument(document_, where.version)]);
			notes.push(note);
			places.set(note.id, { block, range: rangeAt(block, position) });
			draw();
			section.say(`${isHighlight(note) ? 'Highlighted the words' : 'Added your note'} on ${placeOf(note)}.`);
			// The controls that made it are gone: the focus goes to the note's mark, where the reader was.
			text.querySelector<HTMLElement>(`.reader-note-marker[data-note="${note.id}"]`)?.focus();
		},
	};
}

let started: PageNotes | undefined;

/** The page's notes, drawn once. */
export const pageNotes = (text: HTMLElement): PageNotes => (started ??= startNotes(text));
