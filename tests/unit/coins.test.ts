import { describe, expect, test } from 'vitest';
import { coinsTitle, contextObject } from '../../src/build/citations/coins.ts';

const head = (format: string) => [
	['url_ver', 'Z39.88-2004'],
	['ctx_ver', 'Z39.88-2004'],
	['rft_val_fmt', `info:ofi/fmt:kev:mtx:${format}`],
];

describe('a COinS ContextObject says what the item is, in the keys Zotero reads', () => {
	test('a journal article: its title as the article’s, the journal’s, pages split, each person by family and given name', () => {
		const item = {
			id: 'lankov',
			type: 'article-journal',
			title: 'The Natural Death of North Korean Stalinism',
			author: [{ family: 'Lankov', given: 'Andrei' }],
			'container-title': 'Asia Policy',
			issue: '1',
			page: '95-121',
			issued: { 'date-parts': [[2006, 1]] },
			publisher: 'The National Bureau of Asian Research',
			'publisher-place': 'Seattle',
			URL: 'https://example.org/documents/lankov/',
		};
		expect(contextObject(item)).toEqual([
			...head('journal'),
			['rft.genre', 'article'],
			['rft.atitle', 'The Natural Death of North Korean Stalinism'],
			['rft.jtitle', 'Asia Policy'],
			['rft.date', '2006-01'],
			['rft.issue', '1'],
			['rft.spage', '95'],
			['rft.epage', '121'],
			['rft.aulast', 'Lankov'],
			['rft.aufirst', 'Andrei'],
			['rft.pub', 'The National Bureau of Asian Research'],
			['rft.place', 'Seattle'],
			['rft.identifier', 'https://example.org/documents/lankov/'],
		]);
	});

	test('a newspaper piece by an organization: a Dublin Core item of Zotero’s type, its paper, the organization as one name', () => {
		const item = {
			id: 'sw',
			type: 'article-newspaper',
			title: 'Support North Korea’s workers',
			author: [{ literal: 'All Together' }],
			'container-title': 'Socialist Worker',
			issue: '2284',
			issued: { 'date-parts': [[2012, 1, 3]] },
		};
		expect(contextObject(item)).toEqual([
			...head('dc'),
			['rft.type', 'newspaperArticle'],
			['rft.title', 'Support North Korea’s workers'],
			['rft.source', 'Socialist Worker'],
			['rft.date', '2012-01-03'],
			['rft.issue', '2284'],
			['rft.aucorp', 'All Together'],
		]);
	});

	test('an unsigned piece names no creator; a single page is a start page only', () => {
		const pairs = contextObject({ id: 'x', type: 'article-magazine', title: 'A piece', page: '57', issued: { 'date-parts': [[2013]] } });
		expect(pairs.filter(([key]) => key.startsWith('rft.au'))).toEqual([]);
		expect(pairs).toContainEqual(['rft.type', 'magazineArticle']);
		expect(pairs).toContainEqual(['rft.spage', '57']);
		expect(pairs.map(([key]) => key)).not.toContain('rft.epage');
	});

	test('a book, a chapter in one, a report, a web page and a bare document', () => {
		const keys = (type: string) =>
			contextObject({ id: 'x', type, title: 'T', 'container-title': 'C' }).filter(([key]) =>
				/^(rft_val_fmt|rft\.(genre|type|[abj]?title|source))$/.test(key),
			);
		expect(keys('book')).toEqual([
			['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
			['rft.genre', 'book'],
			['rft.btitle', 'T'],
		]);
		expect(keys('chapter')).toEqual([
			['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
			['rft.genre', 'bookitem'],
			['rft.atitle', 'T'],
			['rft.btitle', 'C'],
		]);
		expect(keys('report')).toEqual([
			['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
			['rft.genre', 'report'],
			['rft.btitle', 'T'],
		]);
		expect(keys('webpage')).toEqual([
			['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
			['rft.type', 'webpage'],
			['rft.title', 'T'],
			['rft.source', 'C'],
		]);
		expect(keys('document')).toEqual([
			['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
			['rft.type', 'document'],
			['rft.title', 'T'],
			['rft.source', 'C'],
		]);
	});
});

test('the span’s title percent-encodes every value, spaces as %20 and a + as %2B', () => {
	expect(coinsTitle({ id: 'x', type: 'document', title: 'War & Peace + more: 1944–1993' })).toBe(
		'url_ver=Z39.88-2004&ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc&rft.type=document&rft.title=War%20%26%20Peace%20%2B%20more%3A%201944%E2%80%931993',
	);
});
