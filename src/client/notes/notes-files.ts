/**
 * The notebook's exports: the notes of one document or all, as a file the reader saves. Each file
 * is made in the browser from what it keeps (./store.ts): it needs no network.
 */
import { type DocumentNotes, notesCslJson, notesMarkdown, notesRis } from '../../core/notes/exports.ts';
import type { NotedDocument, ReaderNote } from '../../core/notes/note.ts';
import { annotationCollection } from '../../core/notes/web-annotation.ts';
import { el } from '../shared/dom.ts';
import { notedDocument } from './store.ts';

export const notesFormats = {
	markdown: { name: 'Markdown', extension: 'md', type: 'text/markdown' },
	annotations: { name: 'Web Annotations (JSON-LD)', extension: 'jsonld', type: 'application/ld+json' },
	ris: { name: 'RIS', extension: 'ris', type: 'application/x-research-info-systems' },
	csl: { name: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
} as const;
export type NotesFormat = keyof typeof notesFormats;

/** The file's text; `site` is the site's address with its base path. */
function notesFile(format: NotesFormat, documents: DocumentNotes[], site: string): string {
	if (format === 'markdown') return notesMarkdown(documents, site);
	if (format === 'ris') return notesRis(documents, site);
	if (format === 'csl') return notesCslJson(documents, site);
	const notes = documents.flatMap(({ notes }) => notes.map((note) => ({ note, source: site + note.page })));
	return `${JSON.stringify(annotationCollection(notes, 'Notes and highlights'), null, 2)}\n`;
}

function save(name: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = el('a', { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Saves the documents' notes as a file of `format`, named `name`. A document whose citation this browser has
 * not kept (notes imported offline) is fetched for it; where that fails, the export says so.
 */
export async function exportNotes(
	format: NotesFormat,
	documents: { id: string; document: NotedDocument | undefined; notes: ReaderNote[] }[],
	site: string,
	name: string,
): Promise<string | undefined> {
	const cited: DocumentNotes[] = [];
	for (const { id, document, notes } of documents) {
		const found = document ?? (await notedDocument(id));
		if (!found) return `How to cite ${id} is not kept in this browser yet: export again once you are online.`;
		cited.push({ document: found, notes });
	}
	const { extension, type } = notesFormats[format];
	save(`${name}.${extension}`, notesFile(format, cited, site), type);
	return undefined;
}
