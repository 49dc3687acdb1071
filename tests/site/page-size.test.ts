import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../../harness/build.ts';
import { type BuiltPage, checkLinks, loadPages } from '../support/dist.ts';
import { type LongLibrary, writeLongLibrary } from '../support/long-library.ts';

// A library with one document of some 20,000 words in 200 paragraphs and eight more of 60, every
// paragraph of them naming the United States: what made a citation page 448 KB and a topic's page
// 219 KB. Every page that lists things stays under 200 KB.
const cap = 200_000;
const build = { dir: join(projectRoot, '.test-builds', 'long-library'), base: '/' };
let library: LongLibrary;
let pages: BuiltPage[];
const sizes = new Map<string, number>();

beforeAll(async () => {
	library = await writeLongLibrary(join(projectRoot, '.test-builds', 'long-library-source'));
	const { code, output } = await buildSite(build.dir, { DOCUMENTS_DIR: library.documents }, ['--force']);
	if (code !== 0) throw new Error(`the build of the long library failed:\n${output}`);
	pages = await loadPages(build);
	for (const { file, path } of pages) sizes.set(path, (await stat(join(build.dir, file))).size);
}, 900_000);

const page = (path: string) => {
	const found = pages.find((candidate) => candidate.path === path);
	if (!found) throw new Error(`no page ${path}`);
	return found;
};
const documentPage = (id: string) => page(`/documents/${id}/`);
const isDocumentPage = (path: string) => /^\/documents\/[^/]+\/$/.test(path);

/** The pages of a list at `path`, by following its "next" links from the first. */
function listPages(path: string): BuiltPage[] {
	const found = [page(path)];
	for (let next = nextOf(found[0]!); next; next = nextOf(found.at(-1)!)) found.push(page(next));
	return found;
}
const nextOf = (from: BuiltPage) => {
	const href = selectAll('nav.pagination a[rel="next"]', from.tree)[0]?.properties.href;
	return href === undefined ? undefined : String(href);
};

test('the long document is as long as it should be', () => {
	const paragraphs = selectAll('.document-text p[id^="p-"]', documentPage(library.longId).tree);
	expect(paragraphs).toHaveLength(200);
	const words = paragraphs.reduce((sum, p) => sum + toString(p).trim().split(/\s+/).length, 0);
	expect(words).toBeGreaterThan(20_000);
});

test('no page that lists things is over 200 KB of HTML', () => {
	const over = [...sizes].filter(([path, size]) => !isDocumentPage(path) && size >= cap).map(([path, size]) => `${path}: ${size} bytes`);
	expect(over).toEqual([]);
	// The pages most at risk are there to be measured.
	expect(sizes.get(`/documents/${library.longId}/cite/`)).toBeDefined();
	expect(sizes.get('/topics/united-states/')).toBeDefined();
});

test('every internal link and #fragment resolves', () => {
	expect(checkLinks(build, pages).broken).toEqual([]);
});

describe('the long document’s citations', () => {
	test('every section and paragraph is cited once, over the citation pages in reading order', () => {
		const text = select('.document-text', documentPage(library.longId).tree)!;
		const expected = selectAll('p[id^="p-"], h2[id], h3[id]', text).map((element) => String(element.properties.id));
		const cited = listPages(`/documents/${library.longId}/cite/`).flatMap((cite) =>
			selectAll('article.passage-citation', cite.tree).map((article) => String(article.properties.ariaLabelledBy)),
		);
		expect(cited).toEqual(expected);
	});

	test('run over several pages, the whole document’s citations on the first, each page listing what every page cites', () => {
		const cites = listPages(`/documents/${library.longId}/cite/`);
		expect(cites.length).toBeGreaterThan(1);
		expect(cites.map((p) => p.path)).toEqual(cites.map((_, at) => `/documents/${library.longId}/cite/${at === 0 ? '' : `${at + 1}/`}`));
		expect(selectAll('section.cite', cites[0]!.tree)).toHaveLength(1);
		for (const cite of cites) {
			expect(selectAll('section.cite', cite.tree), cite.path).toHaveLength(cite === cites[0] ? 1 : 0);
			const listed = selectAll('nav.cite-pages a', cite.tree).map((a) => String(a.properties.href));
			expect(listed).toEqual(cites.map((p) => p.path));
			expect(select('nav.cite-pages a[aria-current="page"]', cite.tree)!.properties.href).toBe(cite.path);
		}
	});

	test('“Cite this passage” leads to the page that cites the passage, for every section and paragraph', () => {
		const text = select('.document-text', documentPage(library.longId).tree)!;
		const citePage = String(text.properties.dataCitePage);
		const starts = String(text.properties.dataCitePages ?? '')
			.split(' ')
			.filter(Boolean);
		expect(starts.length).toBeGreaterThan(0);
		// In reading order, as the page's script compares them.
		const order = selectAll('[id]', text).map((element) => String(element.properties.id));
		const citable = selectAll('p[id^="p-"], h2[id], h3[id]', text).map((element) => String(element.properties.id));
		for (const id of citable) {
			const number = starts.reduce((found, start, at) => (order.indexOf(start) <= order.indexOf(id) ? at + 2 : found), 1);
			const href = number === 1 ? citePage : `${citePage}${number}/`;
			expect(select(`article.passage-citation[aria-labelledby="${id}"]`, page(href).tree), `${href}#${id}`).toBeTruthy();
		}
	});
});

describe('a topic named in many long passages', () => {
	test('its pages list every passage of the long documents, each once', () => {
		const expected = [library.longId, ...library.otherIds].flatMap((id) =>
			selectAll('.document-text p[id^="p-"]', documentPage(id).tree).map((p) => `/documents/${id}/#${String(p.properties.id)}`),
		);
		expect(expected).toHaveLength(200 + 8 * 60);
		const listed = listPages('/topics/united-states/').flatMap((topic) =>
			selectAll('a.mention-link', topic.tree).map((a) => String(a.properties.href)),
		);
		expect(new Set(listed).size).toBe(listed.length);
		expect(expected.filter((href) => !listed.includes(href))).toEqual([]);
	});
});
