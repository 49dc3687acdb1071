import { type CollectionEntry, getCollection, render } from 'astro:content';
import { byNewest } from './lib/format';
import type { ReadingTimeData } from './markdown/remark-reading-time';

export type DocumentEntry = CollectionEntry<'documents'>;

/** Documents a library page lists: enough to browse, few enough to load at once. */
export const LIBRARY_PAGE_SIZE = 25;

/** Every document, newest first: the order of the library and of the previous/next links. */
export async function getLibrary(): Promise<DocumentEntry[]> {
	const documents = await getCollection('documents');
	return documents.sort((a, b) => byNewest(a.data, b.data));
}

/** Renders a document and returns its parts with the data the Markdown pipeline added. */
export async function renderDocument(entry: DocumentEntry) {
	// Astro's glob loader logs a Markdown error and goes on without the rendered text; stop here
	// instead, so that no page is built from a document whose text failed.
	if (!entry.rendered) {
		throw new Error(`${entry.filePath}: its Markdown could not be rendered; the reason is printed above ([glob-loader]).`);
	}
	const rendered = await render(entry);
	const { readingTime } = rendered.remarkPluginFrontmatter as ReadingTimeData;
	return { ...rendered, readingTime };
}
