/**
 * A reader's notes as files that leave the site with their citations: Markdown for their own
 * notes, RIS and CSL-JSON for a reference manager (the document's own record, as its reference
 * files give it, with the notes added), each note with its passage's locator ("para. 12") and the
 * address that opens the passage at the words. The Web Annotation file is ./web-annotation.ts's.
 */
import { fillLayout } from '../citations/citation-layouts.ts';
import { documentPath, versionPath } from '../site/paths.ts';
import { plainTextDirective, textDirective, textFragment } from '../passages/text-fragment.ts';
import { isHighlight, type NotedDocument, type ReaderNote } from './note.ts';

/** A document's notes, in reading order, with how the document is cited. */
export interface DocumentNotes {
	document: NotedDocument;
	notes: readonly ReaderNote[];
}

/**
 * The address that opens the note's words: on the document's current page, or, for a note whose
 * words are gone from it, on the page of the version it was made on. `site` is the site's address
 * with its base path, ending in `/`.
 */
export function noteAddress(note: ReaderNote, site: string): string {
	const directive = plainTextDirective(note.quote.exact);
	const page = note.detached ? versionPath(note.document, note.version) : documentPath(note.document);
	return site + page + (note.passage ? textFragment(note.passage, directive) : `#:~:${textDirective(directive)}`);
}

/** The note's place as citations write it: "para. 12", "sec. “Title”", "n. 3"; empty for the whole document. */
function locatorText(note: ReaderNote): string {
	if (note.locator?.label === 'paragraph') return `para. ${note.locator.value}`;
	if (note.locator?.label === 'section') return `sec. “${note.locator.value}”`;
	const footnote = /^fn-(.+)$/.exec(note.passage);
	return footnote ? `n. ${footnote[1]}` : '';
}

/**
 * The Chicago note citing the note's passage, as HTML: of its paragraph or section, with its
 * address; of the whole document for a note on one of the document's notes, and for a note
 * whose words are gone (the citation names the current version).
 */
function noteCitation(note: ReaderNote, document: NotedDocument): string {
	return note.locator && !note.detached
		? fillLayout(document.layouts[note.locator.label], note.locator.value, note.passage)
		: document.layouts.citation;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Citeproc's HTML as Markdown: its italics as `*…*`, its other markup dropped, its character references read. */
export function citationMarkdown(html: string): string {
	return html
		.replace(/<\/?(?:i|em)\b[^>]*>/g, '*')
		.replace(/<\/?(?:b|strong)\b[^>]*>/g, '**')
		.replace(/<[^>]+>/g, '')
		.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (reference, decimal?: string, hex?: string, name?: string) =>
			decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (entities[name!] ?? reference),
		);
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** One line of text for the note: its place, its words and what the reader wrote, and its address. */
function noteLine(note: ReaderNote, site: string): string {
	const place = locatorText(note);
	const words = `“${note.quote.exact.replace(/\s+/g, ' ').trim()}”`;
	const own = isHighlight(note) ? '' : ` — ${note.note.replace(/\s+/g, ' ').trim()}`;
	return `${place ? `${place}: ` : ''}${words}${own} (${noteAddress(note, site)})`;
}

/** The notes as Markdown: a section a document, and each note as its words quoted, what the reader wrote, and its citation. */
export function notesMarkdown(documents: readonly DocumentNotes[], site: string): string {
	const sections = documents.map(({ document, notes }) => {
		const entries = notes.map((note) => {
			const quote = note.quote.exact
				.trim()
				.split(/\n+/)
				.map((line) => `> ${line.trim()}`)
				.join('\n');
			const gone = note.detached ? `\n\n(These words are not in the current text; they are in version ${note.version}.)` : '';
			const own = isHighlight(note) ? '' : `\n\n${note.note.trim()}`;
			return `${quote}${own}${gone}\n\n— ${citationMarkdown(noteCitation(note, document))} Noted ${day(note.modified)}. [Open at these words](${noteAddress(note, site)})`;
		});
		return [`## ${document.title}`, ...entries].join('\n\n');
	});
	return `# Notes\n\n${sections.join('\n\n')}\n`;
}

/** The notes as RIS: each document's record with a note (`N1`) for each of the reader's, which Zotero keeps as the item's notes. */
export function notesRis(documents: readonly DocumentNotes[], site: string): string {
	return documents
		.map(({ document, notes }) =>
			document.ris
				.trim()
				.split(/\r?\n/)
				.flatMap((line) => (/^ER {2}-/.test(line) ? [...notes.map((note) => `N1  - ${noteLine(note, site)}`), line] : [line]))
				.join('\r\n'),
		)
		.join('\r\n\r\n')
		.concat('\r\n');
}

/** The notes as CSL-JSON: each document's item, with the reader's notes, one a paragraph, in its `note` (Zotero's "Extra"). */
export function notesCslJson(documents: readonly DocumentNotes[], site: string): string {
	const items = documents.map(({ document, notes }) => ({ ...document.csl, note: notes.map((note) => noteLine(note, site)).join('\n\n') }));
	return `${JSON.stringify(items, null, 2)}\n`;
}
