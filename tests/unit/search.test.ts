import { describe, expect, test } from 'vitest';
import { highlightTerms, termPattern } from '../../src/lib/highlight';
import {
	createSpellings,
	excerptParts,
	isEmpty,
	withHighlight,
	pagefindSearchOptions,
	resultPassages,
	searchParamsFromState,
	stateFromSearchParams,
} from '../../src/lib/search';

describe('the state a search URL carries', () => {
	test('reads the query, every filter value and the order', () => {
		const state = stateFromSearchParams(new URLSearchParams('q=+famine+&author=Andrei+Lankov&year=2006&year=2012&sort=newest'));
		expect(state).toEqual({ query: 'famine', filters: { author: ['Andrei Lankov'], year: ['2006', '2012'] }, sort: 'newest' });
	});

	test('ignores unknown filters and orders', () => {
		expect(stateFromSearchParams(new URLSearchParams('q=x&colour=red&sort=random'))).toEqual({
			query: 'x',
			filters: {},
			sort: 'relevance',
		});
	});

	test('writes back what it reads, leaving out what is default', () => {
		const params = 'q=Kim+Il+Sung&author=All+Together&sort=oldest';
		expect(searchParamsFromState(stateFromSearchParams(new URLSearchParams(params))).toString()).toBe(params);
		expect(searchParamsFromState({ query: '', filters: {}, sort: 'relevance' }).toString()).toBe('');
	});

	test('keeps markup in a query as text', () => {
		const query = '<img src=x onerror=alert(1)>';
		const state = stateFromSearchParams(searchParamsFromState({ query, filters: {}, sort: 'relevance' }));
		expect(state.query).toBe(query);
	});

	test('is empty with neither a query nor a filter', () => {
		expect(isEmpty({ query: '', filters: { author: [] }, sort: 'newest' })).toBe(true);
		expect(isEmpty({ query: '', filters: { kind: ['Article'] }, sort: 'relevance' })).toBe(false);
	});
});

describe('what Pagefind is asked', () => {
	test('any of a filter’s values, and the date order when not by relevance', () => {
		expect(pagefindSearchOptions({ query: 'x', filters: { year: ['2006', '2012'] }, sort: 'newest' })).toEqual({
			filters: { year: { any: ['2006', '2012'] } },
			sort: { date: 'desc' },
		});
		expect(pagefindSearchOptions({ query: 'x', filters: {}, sort: 'relevance' })).toEqual({ filters: {} });
	});
});

describe('excerpts', () => {
	test('split into plain and marked text, with entities decoded and any other tag dropped', () => {
		expect(excerptParts('the <mark>famine</mark> of 1996&#x27;99 &lt;b&gt; <b>bold</b>')).toEqual([
			{ text: 'the ', marked: false },
			{ text: 'famine', marked: true },
			{ text: " of 1996'99 <b> bold", marked: false },
		]);
	});
});

describe('result links', () => {
	test('carry the query’s words to highlight, once each, before the fragment, replacing any others', () => {
		expect(withHighlight('/d/?highlight=m#fn-2', '"Magnetic Mountain" magnetic')).toBe('/d/?highlight=magnetic&highlight=mountain#fn-2');
		expect(withHighlight('/d/', 'Kim Il-sung')).toBe('/d/?highlight=kim&highlight=il-sung');
		expect(withHighlight('/d/', 'a famine')).toBe('/d/?highlight=famine');
		expect(withHighlight('/d/#x', '')).toBe('/d/#x');
	});
});

describe('highlighting on arrival', () => {
	test('takes the words of the parameter once each, without one-letter words', () => {
		expect(highlightTerms(['Kim', 'Il-sung', 'kim', 'a'])).toEqual(['kim', 'il-sung']);
		expect(highlightTerms([])).toEqual([]);
	});

	test('finds the words, and the words they begin, in any case, but not inside other words', () => {
		const pattern = termPattern(['famine', 'kim'])!;
		expect('Famines and the famine; Kimchi, skim and Kim.'.match(pattern)).toEqual(['Famines', 'famine', 'Kimchi', 'Kim']);
		expect(termPattern([])).toBeUndefined();
	});

	test('finds a term Pagefind stripped of inner marks where the text has them', () => {
		expect('“200-day battles” and Kim Il‑sung’s'.match(termPattern(['200day', 'ilsung'])!)).toEqual(['200-day', 'Il‑sung’s']);
	});

	test('treats the words as text, not as a pattern', () => {
		// As patterns, "(b)" would find "b" and "c.d" would find "cxd".
		expect('a b cxd'.match(termPattern(['(b)', 'c.d'])!)).toBeNull();
		expect('x c.d y'.match(termPattern(['c.d'])!)).toEqual(['c.d']);
	});
});

describe('passage links', () => {
	const anchors = [
		{ element: 'h1', id: 'title', location: 0, text: 'Title' },
		{ element: 'p', id: 'p-1', location: 5 },
		{ element: 'h2', id: 'pre-1990', location: 780, text: 'Pre-1990' },
		{ element: 'p', id: 'p-9', location: 786 },
		{ element: 'p', id: 'p-10', location: 850 },
		{ element: 'a', id: 'fnref-1', location: 860 },
		{ element: 'li', id: 'fn-1', location: 1402 },
		{ element: 'li', id: 'fn-2', location: 1421 },
	];
	const sub = (locations: number[], excerpt = 'e') => ({ title: 'Pre-1990', url: '/d/?highlight=x#pre-1990', excerpt, locations });

	test('land each match on the paragraph that holds it, with the excerpt on the first', () => {
		expect(resultPassages([sub([800, 870])], anchors)).toEqual([
			{ title: '¶ 9', url: '/d/?highlight=x#p-9', excerpt: 'e' },
			{ title: '¶ 10', url: '/d/?highlight=x#p-10', excerpt: '' },
		]);
	});

	test('land a match in a note on the note, and one in a heading on the heading', () => {
		expect(resultPassages([sub([1410, 781])], anchors)).toEqual([
			{ title: 'Pre-1990', url: '/d/?highlight=x#pre-1990', excerpt: 'e' },
			{ title: 'Note 1', url: '/d/?highlight=x#fn-1', excerpt: '' },
		]);
	});

	test('list each passage once, and three at most', () => {
		const passages = resultPassages([sub([6, 7]), sub([800, 851, 1403, 1422])], anchors);
		expect(passages.map((passage) => passage.title)).toEqual(['¶ 1', '¶ 9', '¶ 10']);
	});

	test('put the block with the most matches first', () => {
		expect(resultPassages([sub([800, 851, 852, 853])], anchors).map((passage) => passage.title)).toEqual(['¶ 10', '¶ 9']);
	});

	test('list nothing for a match in the title, which the result itself links to', () => {
		expect(resultPassages([sub([1])], anchors)).toEqual([]);
	});
});

describe('spellings of topic names', () => {
	const spellings = createSpellings([
		{ name: 'Kim Il Sung', aliases: ['Kim Il-sung'] },
		{ name: 'Soviet Union', aliases: ['USSR'] },
	]);

	test('a query holding one spelling is also searched as the others', () => {
		expect(spellings.variants('Kim Il-sung')).toEqual(['Kim Il-sung', 'Kim Il Sung']);
		expect(spellings.variants('kim il sung famine')).toEqual(['kim il sung famine', 'Kim Il-sung famine']);
		expect(spellings.variants('USSR and kim il-sung')).toEqual([
			'USSR and kim il-sung',
			'Soviet Union and kim il-sung',
			'USSR and Kim Il Sung',
		]);
	});

	test('a query naming no topic is searched as it is', () => {
		expect(spellings.variants('famine')).toEqual(['famine']);
	});
});
