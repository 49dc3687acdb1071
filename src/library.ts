import { type CollectionEntry, getCollection, render } from 'astro:content';
import { byNewest } from './lib/format';
import type { ReadingTimeData } from './markdown/remark-reading-time';

export type DocumentEntry = CollectionEntry<'documents'>;

/** Every document, newest first: the order of the library and of the previous/next links. */
export async function getLibrary(): Promise<DocumentEntry[]> {
	const documents = await getCollection('documents');
	return documents.sort((a, b) => byNewest(a.data, b.data));
}

/** Renders a document and returns its parts with the data the Markdown pipeline added. */
export async function renderDocument(entry: DocumentEntry) {
	const rendered = await render(entry);
	const { readingTime } = rendered.remarkPluginFrontmatter as ReadingTimeData;
	return { ...rendered, readingTime };
}
