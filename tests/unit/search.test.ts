import { describe, expect, test } from 'vitest';
import { highlightTerms, termPattern } from '../../src/core/search/highlight.ts';
import {
	isEmpty,
	withHighlight,
	pagefindSearchOptions,
	searchParamsFromState,
	stateFromSearchParams,
} from '../../src/core/search/search.ts';

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

	test('asks for a pattern of bounded size, however long the address', () => {
		const words = Array.from({ length: 100 }, (_, index) => `word${index}`);
		expect(highlightTerms([words.join(' ')])).toEqual(words.slice(0, 16));
		expect(highlightTerms(['a'.repeat(10_000), 'famine'])).toEqual(['famine']);
		expect(() => termPattern(highlightTerms(['a'.repeat(10_000), ...words]))).not.toThrow();
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
