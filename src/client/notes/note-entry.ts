/**
 * One note as the notebook and a document's list of notes show it: its place, the words, what the
 * reader wrote, when, and the controls to change or remove it.
 */
import { isHighlight, type ReaderNote } from '../../core/notes/note.ts';
import { passageLabel } from '../../core/passages/passages.ts';
import { el } from '../shared/dom.ts';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** What the note is on, for readers: "¶ 12", "Note 3", a section's title, or "the text". */
export const placeOf = (note: ReaderNote): string =>
	passageLabel(note.passage) ?? (note.locator?.label === 'section' ? note.locator.value : note.passage ? `§ ${note.passage}` : 'the text');

export interface EntryActions {
	/** The address that opens the words. */
	href: string;
	edit: () => void;
	remove: () => void;
}

export function noteEntry(note: ReaderNote, { href, edit, remove }: EntryActions): HTMLLIElement {
	const place = placeOf(note);
	const kind = isHighlight(note) ? 'Highlight' : 'Note';
	const heading = el('p', { className: 'note-entry-place' }, el('a', { href }, `${kind} on ${place}`));
	const parts: Node[] = [heading, el('blockquote', { className: 'note-entry-quote' }, el('p', {}, note.quote.exact))];
	if (!isHighlight(note)) parts.push(el('p', { className: 'note-entry-text' }, note.note));
	if (note.detached)
		parts.push(
			el(
				'p',
				{ className: 'note-entry-detached' },
				`These words are no longer in the current text. The link opens version ${note.version}, which has them.`,
			),
		);
	const button = (text: string, action: () => void, className: string) => {
		const made = el('button', { type: 'button', className, textContent: text });
		// The button's name says which note it acts on, for a screen reader going from button to button.
		made.setAttribute('aria-label', `${text} the ${kind.toLowerCase()} on ${place}: “${note.quote.exact.slice(0, 60)}”`);
		made.addEventListener('click', action);
		return made;
	};
	parts.push(
		el(
			'p',
			{ className: 'note-entry-meta' },
			el('time', { dateTime: note.modified }, when(note.modified)),
			' ',
			button(isHighlight(note) ? 'Add a note to' : 'Edit', edit, 'note-entry-edit'),
			' ',
			button('Delete', remove, 'note-entry-delete'),
		),
	);
	return el('li', { className: `note-entry${note.detached ? ' is-detached' : ''}`, dataset: { note: note.id } }, ...parts);
}
