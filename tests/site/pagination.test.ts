import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, expect, test } from 'vitest';
import { readCorpus } from '../../bench/corpus';
import { generateLibrary } from '../../bench/generate-library';
import { buildSite, projectRoot } from '../support/build';
import { type BuiltPage, checkLinks, loadPages } from '../support/dist';

// A library of 30 documents, recombined from the real ones by the benchmark's generator: two pages.
const documents = 30;
const build = { dir: join(projectRoot, '.test-builds', 'library-of-30'), base: '/' };
let pages: BuiltPage[];

beforeAll(async () => {
	const source = join(projectRoot, '.test-builds', 'library-of-30-documents');
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
	expect(cards('/2/')).toHaveLength(5);
	const linked = [...cards('/'), ...cards('/2/')].map((card) => String(select('h2 a', card)!.properties.href));
	expect(new Set(linked).size).toBe(documents);
	expect(pages.filter((p) => /^\/documents\/[^/]+\/$/.test(p.path))).toHaveLength(documents);
});

test('the pages run newest first, from one page to the next', () => {
	const dates = [...cards('/'), ...cards('/2/')].map((card) => String(select('time', card)!.properties.dateTime));
	expect(dates).toEqual([...dates].sort().reverse());
	expect(select('ol.library', page('/2/').tree)!.properties.start).toBe(26);
});

test('every internal link and #fragment of the larger library resolves', () => {
	expect(checkLinks(build, pages).broken).toEqual([]);
});

test('each library page says which it is and links to the next and previous ones', () => {
	expect(toString(select('h1', page('/').tree)!)).toBe('Library (page 1 of 2)');
	expect(toString(select('h1', page('/2/').tree)!)).toBe('Library (page 2 of 2)');
	expect(pager('/')).toEqual([['next', '/2/']]);
	expect(pager('/2/')).toEqual([['prev', '/']]);
});
