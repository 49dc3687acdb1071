/**
 * What Zotero and its peers read from the built pages to choose an item's type and creators: the
 * item-type tags beside Highwire's, the absence of any byline to mistake for an author, and the
 * COinS spans a list page offers as several items. Each span is parsed as an OpenURL ContextObject
 * (as Zotero's parser reads it: `key=value` pairs, values percent-decoded) and compared, field by
 * field, with the frontmatter and the works' YAML, read here independently of the site's code.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { type BuiltPage, loadPages } from '../support/dist.ts';
import { type Author, type Document, isoOf, readDocuments, readWorks, type Work } from '../support/frontmatter.ts';

let documents: Document[];
let works: Work[];
let pages: Map<string, BuiltPage>;

beforeAll(async () => {
	[documents, works] = await Promise.all([readDocuments(), readWorks()]);
	pages = new Map((await loadPages(builds.root)).map((page) => [page.path, page]));
	// The loops below must have something to check.
	expect(documents.map(({ data }) => data.publication.type).sort()).toEqual(['journal', 'newspaper', 'newspaper']);
	expect(works.length).toBeGreaterThan(5);
});

const page = (path: string): BuiltPage => {
	const found = pages.get(path);
	if (!found) throw new Error(`no page at ${path}`);
	return found;
};

/** The `<meta name=…>` contents of a page's head under one name. */
const meta = (found: BuiltPage, name: string) =>
	selectAll(`head meta[name="${name}"], head meta[property="${name}"]`, found.tree).map((tag) => String(tag.properties.content));

type ContextObject = [string, string][];

/** Each COinS span of a page (or of a part of one), in order, as its ContextObject's pairs. */
const spans = (tree: Root | Element): ContextObject[] =>
	selectAll('span.Z3988', tree).map((span) =>
		String(span.properties.title)
			.split('&')
			.map((pair) => {
				const [key, value = ''] = pair.split('=');
				return [key!, decodeURIComponent(value)];
			}),
	);

/** What a ContextObject says of the creators, in order, as Zotero would take them. */
const creatorsOf = (pairs: ContextObject) => pairs.filter(([key]) => /^rft\.au(last|first|corp)$/.test(key));
const expectedCreators = (authors: Author[] = []) =>
	authors.flatMap((author) =>
		author.type === 'person'
			? [
					['rft.aulast', author.family],
					['rft.aufirst', author.given],
				]
			: [['rft.aucorp', author.name]],
	);
const pageEnds = (pages?: string): [string, string][] => {
	if (!pages) return [];
	const [first, last] = pages.split(/[–-]+/);
	return [['rft.spage', first!], ...(last && last !== first ? [['rft.epage', last] as [string, string]] : [])];
};

/** The ContextObject a document must have, from its frontmatter. */
function expectedDocument({ data, date, url }: Document): ContextObject {
	const { publication } = data;
	const issue = publication.issue ?? publication.number;
	const head: [string, string][] =
		publication.type === 'journal'
			? [
					['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
					['rft.genre', 'article'],
					['rft.atitle', data.title],
					['rft.jtitle', publication.title],
				]
			: [
					['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
					['rft.type', `${publication.type}Article`],
					['rft.title', data.title],
					['rft.source', publication.title],
				];
	return [
		['url_ver', 'Z39.88-2004'],
		['ctx_ver', 'Z39.88-2004'],
		...head,
		['rft.date', date],
		...(publication.volume ? [['rft.volume', publication.volume] as [string, string]] : []),
		...(issue ? [['rft.issue', issue] as [string, string]] : []),
		...pageEnds(publication.pages),
		...(expectedCreators(data.authors) as [string, string][]),
		...(publication.publisher ? [['rft.pub', publication.publisher] as [string, string]] : []),
		...(publication.place ? [['rft.place', publication.place] as [string, string]] : []),
		['rft.identifier', url],
	];
}

const documentAt = (id: string) => documents.find((document) => document.id === id)!;
const idOf = (pairs: ContextObject) => new URL(pairs.find(([key]) => key === 'rft.identifier')![1]).pathname.split('/')[2]!;

describe('each document page says what it is, in the tags Zotero reads', () => {
	test('a journal article by Highwire’s tags alone, with no item type or span to override them', () => {
		for (const document of documents.filter(({ data }) => data.publication.type === 'journal')) {
			const found = page(`/documents/${document.id}/`);
			expect(meta(found, 'citation_journal_title'), document.id).toEqual([document.data.publication.title]);
			expect(meta(found, 'DC.type'), document.id).toEqual([]);
			expect(spans(found.tree), document.id).toEqual([]);
		}
	});

	test('a newspaper piece as a newspaper article in its paper, with no journal title, and a span with its creators', () => {
		for (const document of documents.filter(({ data }) => data.publication.type === 'newspaper')) {
			const found = page(`/documents/${document.id}/`);
			const { publication } = document.data;
			expect(meta(found, 'citation_journal_title'), document.id).toEqual([]);
			expect(meta(found, 'DC.type'), document.id).toEqual(['newspaperArticle']);
			expect(meta(found, 'prism.publicationName'), document.id).toEqual([publication.title]);
			expect(meta(found, 'eprints.place_of_pub'), document.id).toEqual(publication.place ? [publication.place] : []);
			expect(spans(found.tree), document.id).toEqual([expectedDocument(document)]);
		}
	});

	test('an organization is one name, and an unsigned piece names no author wherever a reference manager looks for one', () => {
		const together = spans(page('/documents/support-north-koreas-workers/').tree)[0]!;
		expect(creatorsOf(together)).toEqual([['rft.aucorp', 'All Together']]);
		const unsigned = documents.filter(({ data }) => data.authors.length === 0);
		expect(unsigned.map(({ id }) => id)).toEqual(['north-korea-is-not-a-socialist-society']);
		for (const { id } of unsigned) {
			const found = page(`/documents/${id}/`);
			for (const name of ['citation_author', 'citation_authors', 'author', 'article:author', 'DC.creator', 'dcterms.creator']) {
				expect(meta(found, name), `${id}: ${name}`).toEqual([]);
			}
			// Zotero's Embedded Metadata translator takes the text of any such element for the author's name.
			expect(select('[class*="byline" i], [class*="vcard" i], a[rel~="author"]', found.tree), id).toBeUndefined();
			expect(creatorsOf(spans(found.tree)[0]!), id).toEqual([]);
		}
	});
});

describe('a page that lists documents or works offers each as an item to save, field by field', () => {
	test('the library: every document, in the library’s order', () => {
		const found = spans(page('/').tree);
		expect(found.map(idOf)).toEqual(selectAll('.library .card h2 a', page('/').tree).map((a) => String(a.properties.href).split('/')[2]));
		expect(found.map(idOf).sort()).toEqual(documents.map(({ id }) => id).sort());
		for (const pairs of found) expect(pairs, idOf(pairs)).toEqual(expectedDocument(documentAt(idOf(pairs))));
	});

	test('each topic page: the documents that mention it, one span under each', () => {
		const topicPages = [...pages.keys()].filter((path) => /^\/topics\/[^/]+\/$/.test(path));
		expect(topicPages.length).toBeGreaterThan(10);
		for (const path of topicPages) {
			const listed = selectAll('.mentions-in', page(path).tree).map((section) =>
				String(section.properties.ariaLabelledBy).replace(/^in-/, ''),
			);
			const found = spans(page(path).tree);
			expect(found.map(idOf), path).toEqual(listed);
			for (const pairs of found) expect(pairs, `${path} ${idOf(pairs)}`).toEqual(expectedDocument(documentAt(idOf(pairs))));
		}
	});

	test('each document’s citation page: the document itself', () => {
		for (const document of documents)
			expect(spans(page(`/documents/${document.id}/cite/`).tree), document.id).toEqual([expectedDocument(document)]);
	});

	test('the works cited: every work, as the kind of work it is, with what is known of it', () => {
		const entries = selectAll('.works-cited > li', page('/works-cited/').tree);
		expect(entries.map((entry) => String(entry.properties.id)).sort()).toEqual(works.map(({ id }) => id).sort());
		const head: Record<string, (work: Work) => [string, string][]> = {
			'article-journal': (work) => [
				['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
				['rft.genre', 'article'],
				['rft.atitle', work.title],
				['rft.jtitle', work.container!],
			],
			book: (work) => [
				['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
				['rft.genre', 'book'],
				['rft.btitle', work.title],
			],
			document: (work) => [
				['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
				['rft.type', 'document'],
				['rft.title', work.title],
			],
		};
		for (const entry of entries) {
			const work = works.find(({ id }) => id === entry.properties.id)!;
			const found = spans(entry);
			expect(found, work.id).toHaveLength(1);
			expect(Object.keys(head), `${work.id} is of a type this test knows`).toContain(work.type);
			expect(found[0], work.id).toEqual([
				['url_ver', 'Z39.88-2004'],
				['ctx_ver', 'Z39.88-2004'],
				...head[work.type]!(work),
				...(work.published ? [['rft.date', isoOf(work.published)] as [string, string]] : []),
				...(work.volume ? [['rft.volume', work.volume] as [string, string]] : []),
				...(work.issue ? [['rft.issue', work.issue] as [string, string]] : []),
				...pageEnds(work.pages),
				...(expectedCreators(work.authors) as [string, string][]),
				...(work.publisher ? [['rft.pub', work.publisher] as [string, string]] : []),
				...(work.place ? [['rft.place', work.place] as [string, string]] : []),
				...(work.url ? [['rft.identifier', work.url] as [string, string]] : []),
			]);
		}
	});

	test('a span’s values are percent-encoded, with no `+`, which Zotero reads as a space', () => {
		for (const path of ['/', '/works-cited/']) {
			for (const span of selectAll('span.Z3988', page(path).tree)) {
				const title = String(span.properties.title);
				expect(title, path).not.toMatch(/[+ ]/);
				expect(title, path).toMatch(
					/^url_ver=Z39\.88-2004&ctx_ver=Z39\.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3A(journal|book|dc)&/,
				);
			}
		}
	});
});
