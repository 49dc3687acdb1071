/**
 * Where the reader's notes are in the text as it now stands: each found again by its words
 * (../../core/notes/anchoring.ts). On the current text a note that moved is brought up to where it
 * now is, and one whose words are gone is kept, with them, as no longer in the text; on an
 * earlier version's page the notes are found but not moved to it.
 */
import { anchorNote, type PassageText, quoteAt } from '../../core/notes/anchoring.ts';
import type { NoteLocator, ReaderNote } from '../../core/notes/note.ts';
import type { NotePlace } from './note-marks.ts';
import { passageText, rangeAt } from './passage-text.ts';

/** Where a citation of the passage points: a paragraph's number or a section's title; none for a note of the document's. */
export function locatorOf(block: HTMLElement): NoteLocator | undefined {
	const number = block.querySelector<HTMLElement>(':scope > a.paragraph-link')?.dataset.number;
	if (number) return { label: 'paragraph', value: number };
	if (/^H[2-6]$/.test(block.tagName)) return { label: 'section', value: passageText(block).trim() };
	return undefined;
}

/** The page the notes are found on: its version of the text, its address, and whether it is the current text. */
export interface NotesPage {
	version: number;
	page: string;
	current: boolean;
}

/** Each note's place among `passages`, and the notes changed by being found (to be saved). */
export function placeNotes(
	notes: readonly ReaderNote[],
	passages: readonly (PassageText & { block: HTMLElement })[],
	{ version, page, current }: NotesPage,
): { places: Map<string, NotePlace>; changed: ReaderNote[] } {
	const places = new Map<string, NotePlace>();
	const changed: ReaderNote[] = [];
	for (const note of notes) {
		const anchor = anchorNote(note, passages);
		if (anchor) {
			const { block, text: words } = passages[anchor.order]!;
			places.set(note.id, { block, range: rangeAt(block, anchor.position) });
			const moved =
				note.detached || note.passage !== anchor.passage || note.position.start !== anchor.position.start || note.version !== version;
			if (!current || !moved) continue;
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
		} else if (current && !note.detached) {
			// Kept, with its words, and listed as no longer in the text.
			note.detached = true;
			changed.push(note);
		}
	}
	return { places, changed };
}
