import { readFile } from 'node:fs/promises';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { type CollectionEntry, getCollection, render } from 'astro:content';
import { byNewest } from '../core/site/format.ts';
import { storedHtml } from '../build/content/stored-html.ts';
import type { ReadingTimeData } from '../markdown/remark-reading-time.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

/** Documents a library page lists: enough to browse, few enough to load at once. */
export const LIBRARY_PAGE_SIZE = 25;

/** Every document, newest first: the order of the library and of the previous/next links. */
export async function getLibrary(): Promise<DocumentEntry[]> {
	const documents = await getCollection('documents');
	return documents.sort((a, b) => byNewest(a.data, b.data));
}

/**
 * A document's text as the Markdown pipeline rendered it. Astro's glob loader logs a Markdown
 * error and goes on without the rendered text; this stops instead, so that no page is built
 * from a document whose text failed.
 */
export function renderedHtml(entry: DocumentEntry): string {
	if (!entry.rendered) {
		throw new Error(`${entry.filePath}: its Markdown could not be rendered; the reason is printed above ([glob-loader]).`);
	}
	return storedHtml(entry.rendered);
}

/** The headings of a rendered document and the data the Markdown pipeline added. */
export async function renderedData(entry: DocumentEntry) {
	renderedHtml(entry);
	const { headings, remarkPluginFrontmatter } = await render(entry);
	const { readingTime } = remarkPluginFrontmatter as ReadingTimeData;
	return { headings, readingTime };
}

/**
 * A document's file and its text, the file less its frontmatter, as Astro's Markdown loader reads
 * it. The content store does not keep the text (`retainBody: false`): ten thousand documents'
 * Markdown would stay in memory for the whole build, in every copy the build makes of the store,
 * for the few checks that quote it.
 */
export async function documentSource(entry: DocumentEntry): Promise<{ file: string; body: string }> {
	const file = entry.filePath === undefined ? '' : await readFile(entry.filePath, 'utf8');
	return { file, body: parseFrontmatter(file, { frontmatter: 'empty-with-spaces' }).content.trim() };
}

/**
 * How many lines of a document's file come before its text (the frontmatter): the Markdown
 * plugins count lines from the text, a report of a mistake names the file's.
 */
export function linesBeforeText(entry: DocumentEntry, { file, body }: { file: string; body: string }): number {
	const at = file.lastIndexOf(body);
	if (file === '' || at === -1)
		throw new Error(`${entry.filePath ?? entry.id}: its text was not found in its file, so its lines cannot be counted.`);
	return file.slice(0, at).split('\n').length - 1;
}
