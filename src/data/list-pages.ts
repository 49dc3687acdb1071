/**
 * How the pages that list things split their lists: a topic's passages, a work's citing passages
 * and a document's citations, by count and by size (`src/core/site/list-pages.ts`), so that no page
 * reaches the cap however long the documents or their passages. Worked out once a build for each
 * list, and asked both by its pages and by the pages that link into them.
 */
import { coinsTitle } from '../build/citations/coins.ts';
import { authorList } from '../core/site/format.ts';
import { htmlBytes, type GroupSlice, type ListPage, pageListing, pagesOfGroups } from '../core/site/list-pages.ts';
import { citePagePath, documentPath, listPagePath, topicPath, workCitationsPath } from '../core/site/paths.ts';
import { sitePath } from '../core/site/urls.ts';
import type { TopicMention } from '../markdown/rehype-topic-links.ts';
import { documentCitations, documentCslItem, type PassageCitation, passageCitationsOf } from './citations.ts';
import { type CitationsIn, getCorpus, LIST_PAGE_SIZE, type MentionsIn } from './corpus.ts';
import type { DocumentEntry } from './library.ts';

export type MentionsSlice = GroupSlice<MentionsIn, TopicMention>;
export type CitationsSlice = GroupSlice<CitationsIn, string>;

const bytes = (html: string) => Buffer.byteLength(html, 'utf8');

/**
 * What a document's heading weighs on a topic's or work's page (its title twice, its COinS, its
 * authors and link): estimates of the markup of `src/pages/topics/[id]/[...page].astro` and
 * `src/pages/works-cited/[id]/[...page].astro`, a little over.
 */
const documentHeadingWeight = (document: DocumentEntry) =>
	400 +
	3 * htmlBytes(document.data.title) +
	2 * bytes(document.id) +
	htmlBytes(coinsTitle(documentCslItem(document))) +
	htmlBytes(authorList(document.data.authors));

/** A listed passage names its document in its link's accessible name, and links to it. */
const passageLinkWeight = (document: DocumentEntry) => 120 + htmlBytes(document.data.title) + bytes(sitePath(documentPath(document.id)));

/** Worked out once a build for each key: a topic's, a work's or a document's id. */
function perKey<T>(make: (key: string) => Promise<T>): (key: string) => Promise<T> {
	const made = new Map<string, Promise<T>>();
	return (key) => {
		let found = made.get(key);
		if (!found) made.set(key, (found = make(key)));
		return found;
	};
}

/** A topic's pages: its documents, newest first, each with the passages naming it and their excerpts. */
export const topicPages = perKey(async (topic): Promise<MentionsSlice[][]> => {
	const corpus = await getCorpus();
	return pagesOfGroups(corpus.mentionsOf(topic), ({ passages }) => passages, {
		maxGroups: LIST_PAGE_SIZE,
		groupWeight: ({ document }) => documentHeadingWeight(document),
		itemWeight: ({ passage, excerpt }, { document }) =>
			passageLinkWeight(document) + 2 * bytes(passage) + htmlBytes(excerpt.before + excerpt.match + excerpt.after),
	});
});

/** Where a topic's pages list a document's mentions of it: the page and the list's anchor. */
export async function mentionsHref(topic: string, id: string): Promise<string> {
	const page = pageListing(await topicPages(topic), ({ group, continued }) => group.document.id === id && !continued);
	if (page === undefined) throw new Error(`document "${id}" does not mention topic "${topic}"`);
	return `${sitePath(listPagePath(topicPath(topic), page))}#in-${id}`;
}

/** A work's pages: the documents that cite it, newest first, each with the passages and notes that do. */
export const workPages = perKey(async (work): Promise<CitationsSlice[][]> => {
	return pagesOfGroups((await getCorpus()).citingPassagesOf(work), ({ passages }) => passages, {
		maxGroups: LIST_PAGE_SIZE,
		groupWeight: ({ document }) => documentHeadingWeight(document),
		itemWeight: (passage, { document }) => passageLinkWeight(document) + 2 * bytes(passage),
	});
});

/** The address of the work's page that lists its `index`th citing document (from 0). */
export async function workDocumentHref(work: string, index: number): Promise<string> {
	const page = pageListing(await workPages(work), (slice) => slice.index === index && !slice.continued) ?? 1;
	return sitePath(listPagePath(workCitationsPath(work), page));
}

/**
 * A document's citation pages: the first gives the whole document's citations, then, on as many
 * pages as they take, each section's and paragraph's.
 */
export const citePages = perKey(async (id): Promise<PassageCitation[][]> => {
	const entry = (await getCorpus()).document(id).entry;
	const passages = await passageCitationsOf(entry);
	const whole = documentCitations(entry).reduce(
		(sum, { citation, reference = '' }) => sum + 600 + bytes(citation) + bytes(reference),
		3_000,
	);
	return pagesOfGroups([entry], () => passages, {
		maxGroups: 1,
		firstPageWeight: whole,
		groupWeight: () => 0,
		// An article of its heading, its opening words and link, each citation and the link, each
		// with a copy button that names the passage: estimates of `src/pages/documents/[id]/cite/[...page].astro`.
		itemWeight: ({ passage, label, url, citations }) =>
			1_300 +
			12 * htmlBytes(label) +
			3 * bytes(url) +
			bytes(sitePath(documentPath(id))) +
			htmlBytes(passage.kind === 'paragraph' ? passage.text : '') +
			citations.reduce((sum, { citation }) => sum + bytes(citation), 0),
	}).map(([slice]) => slice!.items);
});

/** The address of a document's citation page `page` (from 1). */
export const citePageHref = (id: string, page: number): string => sitePath(listPagePath(citePagePath(id), page));

/** Page `page` of `lastPage` of a list at `path`, for its pager. */
export function listPage(path: string, page: number, lastPage: number): ListPage {
	return {
		currentPage: page,
		lastPage,
		url: {
			prev: page > 1 ? sitePath(listPagePath(path, page - 1)) : undefined,
			next: page < lastPage ? sitePath(listPagePath(path, page + 1)) : undefined,
		},
	};
}
