import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { type BuiltPage, idsOf, loadPages } from '../support/dist.ts';
import { documentIds } from '../support/pages.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What each title block must say, from the publication facts in SOURCES.md. */
const titleBlocks: Record<string, { title: string; byline: string; facts: Record<string, string> }> = {
	'natural-death-of-north-korean-stalinism': {
		title: 'The Natural Death of North Korean Stalinism',
		byline: 'Andrei Lankov (Australian National University; Kookmin University, Seoul)',
		facts: {
			'Published in': 'Asia Policy, no. 1, pp. 95–121 (The National Bureau of Asian Research, Seattle)',
			Date: 'January 2006',
			Keywords: 'North Korea; Stalinism; regime change; social change',
		},
	},
	'north-korea-is-not-a-socialist-society': {
		title: 'North Korea Is Not a Socialist Society',
		byline: 'Unsigned',
		facts: {
			'Published in': 'Revolution, issue 301',
			Date: '14 April 2013',
			Original: 'https://revcom.us/a/301/north-korea-is-not-a-socialist-society-en.html',
		},
	},
	'support-north-koreas-workers': {
		title: 'Support North Korea’s workers, not fake socialism or international diplomacy',
		byline: 'All Together (South Korea)',
		facts: { 'Published in': 'Socialist Worker, issue 2284', Date: '3 January 2012' },
	},
};

let pages: BuiltPage[];
let documents: BuiltPage[];

beforeAll(async () => {
	pages = await loadPages(builds.root);
	// The documents' own pages, not their citation pages below them.
	documents = pages.filter((page) => /^\/documents\/[^/]+\/$/.test(page.path));
	expect(documents.map((page) => page.path).sort()).toEqual(documentIds.map((id) => `/documents/${id}/`).sort());
});

test('ids are unique on every page', () => {
	for (const page of pages) {
		const ids = idsOf(page.tree);
		const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
		expect(repeated, page.path).toEqual([]);
	}
});

test('no page sends an HTML comment: the templates’ notes are for who reads the source, not every reader’s download', () => {
	let checked = 0;
	for (const page of pages) {
		const comments: string[] = [];
		visit(page.tree, 'comment', (comment) => void comments.push(comment.value));
		expect(comments, page.path).toEqual([]);
		checked++;
	}
	expect(checked).toBeGreaterThan(20);
});

test('every footnote reference has exactly one note, and that note links back to it', () => {
	let references = 0;
	for (const page of documents) {
		const ids = idsOf(page.tree);
		for (const reference of selectAll('a[data-footnote-ref]', page.tree)) {
			references++;
			const noteId = String(reference.properties.href).replace(/^#/, '');
			expect(noteId, page.path).toMatch(/^fn-\d+$/);
			expect(
				ids.filter((id) => id === noteId),
				`${page.path} #${noteId}`,
			).toHaveLength(1);
			const note = select(`[id="${noteId}"]`, page.tree)!;
			const backLinks = selectAll('a[data-footnote-backref]', note).map((a) => a.properties.href);
			expect(backLinks, `${page.path} #${noteId}`).toEqual([`#${reference.properties.id}`]);
			expect(String(reference.properties.id)).toBe(noteId.replace('fn-', 'fnref-'));
		}
		// No note without a reference either.
		const notes = selectAll('section[data-footnotes] li[id]', page.tree);
		expect(notes.length).toBe(selectAll('a[data-footnote-ref]', page.tree).length);
	}
	expect(references).toBe(5);
});

describe.each(documentIds)('the page of %s', (id) => {
	const page = () => documents.find((candidate) => candidate.path === `/documents/${id}/`)!;

	test('has a title block with its title, authors, publication and date', () => {
		const block = select('.title-block', page().tree)!;
		const expected = titleBlocks[id]!;
		expect(toString(select('h1', block)!)).toBe(expected.title);
		expect(collapse(toString(select('.attribution', block)!))).toBe(expected.byline);
		const facts = Object.fromEntries(
			selectAll('.facts > div', block).map((row) => [toString(select('dt', row)!), collapse(toString(select('dd', row)!))]),
		);
		expect(facts).toMatchObject(expected.facts);
	});

	test('gives every heading an id and a self-link with an accessible name', () => {
		const headings = selectAll('main :is(h1, h2, h3, h4)', page().tree).filter((heading) => heading.properties.id !== 'footnote-label');
		expect(headings.length).toBeGreaterThan(0);
		for (const heading of headings) {
			const id = String(heading.properties.id);
			const link = select(`a.heading-link[href="#${id}"]`, page().tree);
			expect(link, `#${id}`).toBeTruthy();
			expect(String(link!.properties.ariaLabel)).toBe(`Link to this section: ${toString(heading)}`);
		}
	});

	test('links to every section from its table of contents, and to nothing else', () => {
		const sections = selectAll('.document-text :is(h2, h3)', page().tree)
			.map((heading) => `#${heading.properties.id}`)
			.filter((href) => href !== '#footnote-label');
		const contents = selectAll('nav.toc ol a', page().tree).map((a) => String(a.properties.href));
		expect(contents).toEqual(sections);
	});

	test('keeps the footnotes’ screen-reader label out of the contents and without a self-link', () => {
		expect(select('nav.toc a[href="#footnote-label"]', page().tree)).toBeFalsy();
		expect(select('a.heading-link[href="#footnote-label"]', page().tree)).toBeFalsy();
	});

	test('loads one script file, the progressive enhancements, as an external module that loads nothing more until search opens', async () => {
		// The JSON-LD block is data for search engines, which no browser runs; the one inline script
		// sets the reader's settings before the first paint (tests/site/security.test.ts).
		const scripts = selectAll('script[src]', page().tree);
		expect(scripts).toHaveLength(1);
		expect(selectAll('script:not([src]):not([type="application/ld+json"])', page().tree)).toHaveLength(1);
		expect(scripts[0]!.properties).toMatchObject({ type: 'module', src: expect.stringMatching(/^\/_astro\/.+\.js$/) });
		// One request: a static import (a chunk shared with the search, say) would be a second.
		const code = await readFile(join(builds.root.dir, String(scripts[0]!.properties.src)), 'utf8');
		expect(code).not.toMatch(/(?:^|[;}\s])import\s*(?:[\w*{][^;]*?from\s*)?["']/);
		expect(code).toMatch(/import\(/);
	});
});

test('every block of body text has a paragraph id: each paragraph, list item and quote outside the notes', () => {
	for (const page of documents) {
		const text = select('.document-text', page.tree)!;
		// Not the notes (`fn-N`), their margin copies, the editors' note where an excerpt ends, or a
		// paragraph that is the body of a list item or quote (the item or quote is the block).
		const apart = new Set(selectAll('[data-footnotes] *, [inert] *, .excerpt-note *, li > p, blockquote > p', text));
		const blocks = selectAll('p, li, blockquote', text).filter((block) => !apart.has(block));
		expect(blocks.length, page.path).toBeGreaterThan(5);
		expect(
			blocks.filter((block) => !/^p-\d+$/.test(String(block.properties.id ?? ''))).map((block) => toString(block).slice(0, 60)),
			page.path,
		).toEqual([]);
	}
});

test('the library lists every document newest first, with authors, publication, date, summary and reading time', () => {
	const library = pages.find((page) => page.path === '/')!;
	const cards = selectAll('.library .card', library.tree);
	expect(cards.map((card) => toString(select('h2', card)!).trim())).toEqual([
		'North Korea Is Not a Socialist Society',
		'Support North Korea’s workers, not fake socialism or international diplomacy',
		'The Natural Death of North Korean Stalinism',
	]);
	const dates = cards.map((card) => String(select('time', card)!.properties.dateTime));
	expect(dates).toEqual(['2013-04-14', '2012-01-03', '2006-01']);
	for (const card of cards) {
		const text = toString(card);
		expect(text).toMatch(/\d+ min read/);
		expect(text).toContain('Editors’ summary');
		expect(select('.attribution', card)).toBeTruthy();
		expect(select('cite', card)).toBeTruthy();
	}
});

test('the document pages link to the previous and next documents of the library', () => {
	const pager = (id: string) =>
		selectAll('nav.pager a', documents.find((page) => page.path === `/documents/${id}/`)!.tree).map((a) => [
			a.properties.rel?.toString(),
			a.properties.href,
		]);
	expect(pager('support-north-koreas-workers')).toEqual([
		['prev', '/documents/north-korea-is-not-a-socialist-society/'],
		['next', '/documents/natural-death-of-north-korean-stalinism/'],
	]);
	expect(pager('north-korea-is-not-a-socialist-society')).toEqual([['next', '/documents/support-north-koreas-workers/']]);
	expect(pager('natural-death-of-north-korean-stalinism')).toEqual([['prev', '/documents/support-north-koreas-workers/']]);
});

test('the 404 page says what happened and links back to the library', () => {
	const notFound = pages.find((page) => page.file === '404.html')!;
	expect(toString(select('h1', notFound.tree)!)).toBe('Page not found');
	expect(selectAll('main a', notFound.tree).map((a) => a.properties.href)).toContain('/');
});
