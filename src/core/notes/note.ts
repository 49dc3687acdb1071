/**
 * A reader's highlight or note, as the reader's browser keeps it (src/client/notes/store.ts): on
 * a passage of a document, by the passage's lasting id and the words, as the W3C Web Annotation
 * model names them (https://www.w3.org/TR/annotation-model/#text-quote-selector), so that it finds
 * its words again when the text changes; and the document as the notes cite it.
 */

/** The words, with some of the text before and after them, which tell apart words that stand twice. */
export interface TextQuote {
	exact: string;
	prefix: string;
	suffix: string;
}

/** Where the words stand in their passage's text, counted in characters from its start. */
export interface TextPosition {
	start: number;
	end: number;
}

/** Where in a document a citation points: a paragraph's number or a section's title (none for a note of the document). */
export interface NoteLocator {
	label: 'paragraph' | 'section';
	value: string;
}

export interface ReaderNote {
	/** A UUID, which an export and an import keep. */
	id: string;
	/** The document's id. */
	document: string;
	/** The version of the text the words were last found in. */
	version: number;
	/** That version's page, under the site's base path: the document's, or `documents/<id>/vN/`. */
	page: string;
	/** The passage's id (`p-12`, `fn-3`, a heading's). */
	passage: string;
	/** The passage's place in the document's reading order, for listing notes in it. */
	order: number;
	locator?: NoteLocator;
	quote: TextQuote;
	position: TextPosition;
	/** What the reader wrote; empty for a highlight. */
	note: string;
	/** ISO times. */
	created: string;
	modified: string;
	/** Whether the words are gone from the current text: the note is kept, with its quote, and leads to the version it was made on. */
	detached: boolean;
}

/** A highlight is a note without words of the reader's own. */
export const isHighlight = (note: Pick<ReaderNote, 'note'>): boolean => note.note.trim() === '';

/** How a document is cited in notes, as the build writes it for each (`documents/<id>/note-citation.json`). */
export interface NotedDocument {
	id: string;
	title: string;
	/** The current version, when this was read. */
	version: number;
	/** The address citations give: the current version's own. */
	url: string;
	/** The Chicago note of the whole document and of a paragraph or section, with stand-ins for the locator and anchor (src/core/citations/citation-layouts.ts). */
	layouts: { citation: string; paragraph: string; section: string };
	/** The document's RIS record and CSL-JSON item, as its reference files give them. */
	ris: string;
	csl: Record<string, unknown>;
}

/** Notes in reading order: by passage, then by where the words begin. */
export const inReadingOrder = (a: ReaderNote, b: ReaderNote): number =>
	a.order - b.order || a.position.start - b.position.start || a.created.localeCompare(b.created);
