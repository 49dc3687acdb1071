import { describe, expect, test } from 'vitest';
import { documentSchema } from '../../src/schemas/document.ts';
import { authorList, byNewest, formatDate, otherSpellings, publicationDetails } from '../../src/core/site/format.ts';
import { withBase } from '../../src/core/site/paths.ts';
import { buildToc } from '../../src/core/passages/toc.ts';
import { bookLink } from '../../src/build/epub/links.ts';

describe('withBase', () => {
	test.each([
		['/', 'documents/x/', '/documents/x/'],
		['/reader/', 'documents/x/', '/reader/documents/x/'],
		['/reader', '/documents/x/', '/reader/documents/x/'],
		['/reader/', '', '/reader/'],
	])('joins %s and %s', (base, path, expected) => {
		expect(withBase(base, path)).toBe(expected);
	});
});

describe('formatting metadata', () => {
	test('a topic’s other spellings leave out those its name already shows, as whole words in any case', () => {
		expect(otherSpellings('North Korean famine', ['famine', 'Famine', 'famines'])).toEqual(['famines']);
		expect(otherSpellings('Kim Jong-il', ['Kim Jong Il', 'Chairman Kim', 'Kim'])).toEqual(['Kim Jong Il', 'Chairman Kim']);
		expect(otherSpellings('United States', ['U.S.', 'US'])).toEqual(['U.S.', 'US']);
	});

	test('names one, two or more authors, or says the piece is unsigned', () => {
		const person = (family: string) => ({ type: 'person' as const, given: 'A.', family });
		expect(authorList([])).toBe('Unsigned');
		expect(authorList([person('Lankov')])).toBe('A. Lankov');
		expect(authorList([person('X'), { type: 'organization', name: 'All Together' }])).toBe('A. X and All Together');
		expect(authorList([person('X'), person('Y'), person('Z')])).toBe('A. X, A. Y and A. Z');
	});

	test('gives a date no more precisely than it is known', () => {
		expect(formatDate({ iso: '2006-01', year: 2006, month: 1 })).toBe('January 2006');
		expect(formatDate({ iso: '2013-04-14', year: 2013, month: 4, day: 14 })).toBe('14 April 2013');
		expect(formatDate({ iso: '2006', year: 2006 })).toBe('2006');
	});

	test('describes volume, number, issue and pages', () => {
		expect(publicationDetails({ title: 'Asia Policy', type: 'journal', number: '1', pages: '95–121' })).toBe('no. 1, pp. 95–121');
		expect(publicationDetails({ title: 'Revolution', type: 'newspaper', issue: '301' })).toBe('issue 301');
		expect(publicationDetails({ title: 'X', type: 'journal', volume: '3', pages: '28' })).toBe('vol. 3, p. 28');
	});

	test('orders documents newest first, whatever the precision of their dates', () => {
		const doc = (published: string) => documentSchema.shape.published.parse(published);
		const dates = ['2006-01', '2013-04-14', '2012-01-03', '2012'].map((iso) => ({ published: doc(iso) }));
		expect(dates.sort(byNewest).map((d) => d.published.iso)).toEqual(['2013-04-14', '2012-01-03', '2012', '2006-01']);
	});
});

describe('buildToc', () => {
	const headings = [
		{ depth: 2, slug: 'executive-summary', text: 'Executive Summary' },
		{ depth: 3, slug: 'main-argument', text: 'Main Argument' },
		{ depth: 4, slug: 'detail', text: 'Detail' },
		{ depth: 2, slug: 'pre-1990', text: 'Pre-1990' },
		{ depth: 2, slug: 'footnote-label', text: 'Notes' },
	];

	test('nests sections under their parts, down to the depth asked for, less the excluded ids', () => {
		expect(buildToc(headings, { maxDepth: 3, exclude: ['footnote-label'] })).toEqual([
			{ ...headings[0], children: [{ ...headings[1], children: [] }] },
			{ ...headings[3], children: [] },
		]);
	});

	test('is empty for a text without headings', () => {
		expect(buildToc([])).toEqual([]);
	});
});

describe('links of a document in an EPUB book (bookLink)', () => {
	const links = {
		page: 'https://example.org/reader/documents/this/',
		documentsPath: '/reader/documents/',
		inBook: new Set(['this', 'other']),
		chapterFile: (id: string) => `${id}.xhtml`,
	};

	test('a link to a document the book holds, or to a passage of it, stays in the book, whether relative or from the root', () => {
		expect(bookLink('../other/#p-2', links)).toBe('other.xhtml#p-2');
		expect(bookLink('/reader/documents/other/', links)).toBe('other.xhtml');
		expect(bookLink('/reader/documents/this/#fn-1', links)).toBe('this.xhtml#fn-1');
	});

	test('any other link leads to its address on the site, or elsewhere', () => {
		expect(bookLink('../elsewhere/#p-2', links)).toBe('https://example.org/reader/documents/elsewhere/#p-2');
		expect(bookLink('/reader/documents/other/cite/', links)).toBe('https://example.org/reader/documents/other/cite/');
		expect(bookLink('/reader/topics/kim-il-sung/', links)).toBe('https://example.org/reader/topics/kim-il-sung/');
		expect(bookLink('https://other.example/documents/other/', links)).toBe('https://other.example/documents/other/');
	});
});
