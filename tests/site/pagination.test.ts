import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, expect, test } from 'vitest';
import { readCorpus } from '../../bench/corpus.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { buildSite, projectRoot } from '../../harness/build.ts';
import { type BuiltPage, checkLinks, loadPages } from '../support/dist.ts';

// A library of 60 documents, recombined from the real ones by the benchmark's generator: three
// library pages, and topics and works named by more documents than one of their pages lists.
const documents = 60;
const build = { dir: join(projectRoot, '.test-builds', 'library-of-60'), base: '/' };
let pages: BuiltPage[];

beforeAll(async () => {
	const source = join(projectRoot, '.test-builds', 'library-of-60-documents');
	await generateLibrary(await readCorpus(join(projectRoot, 'content', 'documents')), documents, source, 1);
	const { code, output } = await buildSite(build.dir, { DOCUMENTS_DIR: source }, ['--force']);
	if (code !== 0) throw new Error(`the build of a generated library failed:\n${output}`);
	pages = await loadPages(build);
});

const page = (path: string) => pages.find((candidate) => candidate.path === path)!;
const cards = (path: string) => selectAll('.library .card', page(path).tree);
const pager = (path: string) =>
	selectAll('nav.pagination a', page(path).tree).map((a) => [String(a.properties.rel), String(a.properties.href)]);

test('the library lists 25 documents a page, and every document once', () => {
	expect(cards('/')).toHaveLength(25);
	expect(cards('/2/')).toHaveLength(25);
	expect(cards('/3/')).toHaveLength(10);
	const linked = [...cards('/'), ...cards('/2/'), ...cards('/3/')].map((card) => String(select('h2 a', card)!.properties.href));
	expect(new Set(linked).size).toBe(documents);
	expect(pages.filter((p) => /^\/documents\/[^/]+\/$/.test(p.path))).toHaveLength(documents);
});

test('the pages run newest first, from one page to the next', () => {
	const dates = [...cards('/'), ...cards('/2/'), ...cards('/3/')].map((card) => String(select('time', card)!.properties.dateTime));
	expect(dates).toEqual([...dates].sort().reverse());
	expect(select('ol.library', page('/2/').tree)!.properties.start).toBe(26);
	expect(select('ol.library', page('/3/').tree)!.properties.start).toBe(51);
});

test('every internal link and #fragment of the larger library resolves', () => {
	expect(checkLinks(build, pages).broken).toEqual([]);
});

test('each library page says which it is and links to the next and previous ones', () => {
	expect(toString(select('h1', page('/').tree)!)).toBe('Library (page 1 of 3)');
	expect(toString(select('h1', page('/3/').tree)!)).toBe('Library (page 3 of 3)');
	expect(pager('/')).toEqual([['next', '/2/']]);
	expect(pager('/2/')).toEqual([
		['prev', '/'],
		['next', '/3/'],
	]);
	expect(pager('/3/')).toEqual([['prev', '/2/']]);
});

/** The documents whose text links to `href`, by their pages' paths. */
const documentsLinkingTo = (href: string) =>
	pages
		.filter((p) => /^\/documents\/[^/]+\/$/.test(p.path))
		.filter((p) => selectAll('.document-text a', p.tree).some((a) => a.properties.href === href))
		.map((p) => p.path)
		.sort();

/** The pages of a list at `path`, by following its "next" links from the first. */
function listPages(path: string): BuiltPage[] {
	const found = [page(path)];
	for (let next = nextOf(path); next; next = nextOf(next)) found.push(page(next));
	return found;
}

const nextOf = (path: string) => pager(path).find(([rel]) => rel === 'next')?.[1];

test('a topic named by more documents than a page holds lists them 20 a page, each once, and its related-document links find them', () => {
	const topic = '/topics/stalinism/';
	const expected = documentsLinkingTo(topic);
	expect(expected.length).toBeGreaterThan(20);
	const topicPages = listPages(topic);
	const pageCount = Math.ceil(expected.length / 20);
	expect(pageCount).toBeGreaterThan(1);
	expect(topicPages.map((p) => p.path)).toEqual([topic, ...Array.from({ length: pageCount - 1 }, (_, n) => `${topic}${n + 2}/`)]);
	const listed = topicPages.map((p) => selectAll('.mentions-in .mentions-source a', p.tree).map((a) => String(a.properties.href)));
	expect(listed.slice(0, -1).every((hrefs) => hrefs.length === 20)).toBe(true);
	expect(listed.flat().sort()).toEqual(expected);
	expect(toString(select('h1', page(`${topic}2/`).tree)!)).toBe('Stalinism');
	expect(toString(select('title', page(`${topic}2/`).tree)!)).toMatch(new RegExp(`^Stalinism \\(page 2 of ${pageCount}\\)`));
	// A related document's "more" link leads to the page of the topic that lists that document's passages.
	const more = pages.flatMap((p) => selectAll('.related-documents a.more-passages', p.tree).map((a) => String(a.properties.href)));
	expect(more.length).toBeGreaterThan(0);
	for (const href of more) {
		const [path, fragment] = href.split('#') as [string, string];
		expect(select(`.mentions-in[aria-labelledby="${fragment}"]`, page(path).tree), href).toBeTruthy();
	}
});

test('a work cited by more documents than a page holds: the works-cited entry lists 20 and links to the rest, its own pages list each once', () => {
	const list = page('/works-cited/');
	const entries = selectAll('.works-cited > li', list.tree).filter((entry) => select('a.more-documents', entry));
	expect(entries.length).toBeGreaterThan(0);
	for (const entry of entries) {
		const id = String(entry.properties.id);
		const expected = documentsLinkingTo(`/works-cited/#${id}`);
		expect(selectAll('.cited-in cite', entry)).toHaveLength(20);
		expect(select('a.more-documents', entry)!.properties.href).toBe(`/works-cited/${id}/2/`);
		expect(toString(select('a.more-documents', entry)!)).toBe(`${expected.length - 20} more document${expected.length === 21 ? '' : 's'}`);
		const workPages = listPages(`/works-cited/${id}/`);
		const listed = workPages.flatMap((p) => selectAll('.cited-in-list > li > a', p.tree).map((a) => String(a.properties.href)));
		expect(listed.sort()).toEqual(expected);
	}
});
