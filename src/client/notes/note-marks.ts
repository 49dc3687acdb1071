/**
 * The reader's notes drawn on the text: their words painted with the CSS Custom Highlight API,
 * which leaves the page's markup as it is, and a button at the end of each note's passage that
 * opens it.
 */
import { isHighlight, type ReaderNote } from '../../core/notes/note.ts';
import { el } from '../shared/dom.ts';

/** Where a note's words are on the page. */
export interface NotePlace {
	block: HTMLElement;
	range: Range;
}

const canHighlight = typeof CSS !== 'undefined' && 'highlights' in CSS;

/** Paints the words of the notes found on the page: highlights in one colour, notes in another. */
export function paintNotes(notes: readonly ReaderNote[], places: ReadonlyMap<string, NotePlace>) {
	if (!canHighlight) return;
	const ranges = (highlights: boolean) =>
		notes.filter((note) => isHighlight(note) === highlights && places.has(note.id)).map((note) => places.get(note.id)!.range);
	CSS.highlights.set('reader-highlight', new Highlight(...ranges(true)));
	CSS.highlights.set('reader-note', new Highlight(...ranges(false)));
}

/** Puts a button that opens each note (`open`) at the end of its passage in `text`, in place of those there were. */
export function markNotes(
	text: HTMLElement,
	notes: readonly ReaderNote[],
	places: ReadonlyMap<string, NotePlace>,
	open: (note: ReaderNote) => void,
) {
	for (const marker of text.querySelectorAll('.reader-note-marker')) marker.remove();
	for (const note of notes) {
		const place = places.get(note.id);
		if (!place) continue;
		const label = isHighlight(note) ? `Your highlight: “${note.quote.exact}”` : `Your note on “${note.quote.exact}”: ${note.note}`;
		const marker = el('button', {
			type: 'button',
			className: `reader-note-marker${isHighlight(note) ? ' is-highlight' : ''}`,
			dataset: { note: note.id, pagefindIgnore: '' },
			attributes: { 'aria-label': label },
		});
		marker.addEventListener('click', () => open(note));
		// After a heading, not in it, where it would become part of the heading's name.
		if (/^H[2-6]$/.test(place.block.tagName)) place.block.after(marker);
		else place.block.append(marker);
	}
}
