import { describe, expect, test } from 'vitest';
import { PAGE, SearchSession } from '../../src/client/search/search-state.ts';

const session = (query = 'famine', filters = {}, sort: 'relevance' | 'newest' = 'relevance') => new SearchSession({ query, filters, sort });

describe('a search as the reader shapes it', () => {
	test('starts with one value a filter, as the form can show it, and the first page of results', () => {
		const search = session('famine', { author: ['Andrei Lankov', 'Kim Il Sung'], year: ['2006'] }, 'newest');
		expect(search.state).toEqual({ query: 'famine', filters: { author: ['Andrei Lankov'], year: ['2006'] }, sort: 'newest' });
		expect(search.shown).toBe(PAGE);
		expect(PAGE).toBe(5);
	});

	test('"More results" shows another page; a new query, filter or order starts again from the first', () => {
		const search = session();
		search.showMore();
		search.showMore();
		expect(search.shown).toBe(3 * PAGE);
		search.setQuery('hunger');
		expect(search.state.query).toBe('hunger');
		expect(search.shown).toBe(PAGE);
		search.showMore();
		search.setFilter('year', '2006');
		expect(search.state.filters).toEqual({ year: ['2006'] });
		expect(search.shown).toBe(PAGE);
		search.showMore();
		search.setSort('newest');
		expect(search.state.sort).toBe('newest');
		expect(search.shown).toBe(PAGE);
	});

	test('a filter set to "Any" holds no value', () => {
		const search = session('', { kind: ['Book'] });
		search.setFilter('kind', '');
		expect(search.state.filters).toEqual({ kind: [] });
		expect(search.filtered).toBe(false);
	});

	test('a filter value the index does not hold is dropped, the results shown as many as before', () => {
		const search = session('famine', { author: ['Nobody'] });
		search.showMore();
		search.dropFilter('author');
		expect(search.state.filters).toEqual({ author: [] });
		expect(search.shown).toBe(2 * PAGE);
	});

	test('each transition makes a new state, so that one already passed on stays as it was', () => {
		const search = session();
		const before = search.state;
		search.setQuery('hunger');
		search.setFilter('topic', 'Famine');
		expect(before).toEqual({ query: 'famine', filters: {}, sort: 'relevance' });
	});

	test('counts the filters and the order in use', () => {
		const search = session('famine', { author: ['Andrei Lankov'], year: [] });
		expect(search.optionsInUse).toBe(1);
		expect(search.filtered).toBe(true);
		search.setSort('oldest');
		expect(search.optionsInUse).toBe(2);
		search.setFilter('author', '');
		search.setSort('relevance');
		expect(search.optionsInUse).toBe(0);
		expect(search.filtered).toBe(false);
	});

	test('corrects a query unless the reader asked for that query as typed', () => {
		const search = session('misemlpoyed');
		expect(search.corrects).toBe(true);
		search.searchAsTyped('misemlpoyed');
		expect(search.corrects).toBe(false);
		search.setQuery('misemlpoyed workers');
		expect(search.corrects).toBe(true);
		search.setQuery('misemlpoyed');
		expect(search.corrects).toBe(false);
	});

	test('only the latest run is current: an earlier one still running gives way', () => {
		const search = session();
		const first = search.start();
		expect(search.isLatest(first)).toBe(true);
		const second = search.start();
		expect(search.isLatest(first)).toBe(false);
		expect(search.isLatest(second)).toBe(true);
	});
});
