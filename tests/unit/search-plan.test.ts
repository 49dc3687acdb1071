import { describe, expect, test } from 'vitest';
import { combineResults, planSearch } from '../../src/core/search/search-plan.ts';
import { parseQuery } from '../../src/core/search/search-query.ts';
import { createSpellings } from '../../src/core/search/search-spellings.ts';

const plan = (query: string) => planSearch(query, parseQuery(query));
const spellings = createSpellings([{ name: 'Kim Il Sung', aliases: ['Kim Il-sung'] }]);
const expandedPlan = (query: string) => planSearch(query, spellings.expand(query, parseQuery(query)));

/** Each search's results as hand-made hits: page id → score; `*` is the search for every page. */
const hitsFrom =
	(table: Record<string, Record<string, number>>) =>
	(query: string | null): Map<string, { score: number }> =>
		new Map(Object.entries(table[query ?? '*'] ?? {}).map(([id, score]) => [id, { score }]));

describe('the searches a query needs', () => {
	test('a plain query is one search, as typed', () => {
		expect(plan(' Kim famine ')).toEqual({ whole: 'Kim famine', clauses: [], excluded: [], queries: ['Kim famine'] });
	});

	test('a phrase beside words: the words, the phrase, and its words to score it', () => {
		expect(plan('"Kim Il Sung" famine')).toEqual({
			words: 'famine',
			clauses: [[{ term: { text: 'Kim Il Sung', phrase: true, start: 1 }, query: '"Kim Il Sung"', scoredBy: 'Kim Il Sung' }]],
			excluded: [],
			queries: ['famine', '"Kim Il Sung"', 'Kim Il Sung'],
		});
	});

	test('OR: each of its terms, once', () => {
		expect(plan('famine OR hunger')).toEqual({
			clauses: [
				[
					{ term: { text: 'famine', phrase: false, start: 0 }, query: 'famine', scoredBy: 'famine' },
					{ term: { text: 'hunger', phrase: false, start: 10 }, query: 'hunger', scoredBy: 'hunger' },
				],
			],
			excluded: [],
			queries: ['famine', 'hunger'],
		});
	});

	test('what is left out is searched too', () => {
		expect(plan('famine -China -"Soviet Union"')).toEqual({
			words: 'famine',
			clauses: [],
			excluded: ['China', '"Soviet Union"'],
			queries: ['famine', 'China', '"Soviet Union"'],
		});
	});

	test('a query of exclusions only searches every page', () => {
		expect(plan('-China')).toEqual({ clauses: [], excluded: ['China'], queries: [null, 'China'] });
	});

	test('a name with other spellings: the query as typed, the other words, and each spelling', () => {
		expect(expandedPlan('Kim Il-sung famine')).toEqual({
			whole: 'Kim Il-sung famine',
			words: 'famine',
			clauses: [
				[
					{ term: { text: 'Kim Il-sung', phrase: true, start: 0 }, query: '"Kim Il-sung"', scoredBy: 'Kim Il-sung' },
					{ term: { text: 'Kim Il Sung', phrase: true, spelling: true, start: 0 }, query: '"Kim Il Sung"', scoredBy: 'Kim Il Sung' },
				],
			],
			excluded: [],
			queries: ['Kim Il-sung famine', 'famine', '"Kim Il-sung"', 'Kim Il-sung', '"Kim Il Sung"', 'Kim Il Sung'],
		});
	});
});

describe('the results of a plan', () => {
	test('of a plain query are that search’s, best first', () => {
		expect(combineResults(plan('Kim famine'), hitsFrom({ 'Kim famine': { a: 1, b: 3 } }))).toEqual([
			{ id: 'b', score: 3, foundBy: [{ query: 'Kim famine', result: { score: 3 } }], spellings: [] },
			{ id: 'a', score: 1, foundBy: [{ query: 'Kim famine', result: { score: 1 } }], spellings: [] },
		]);
	});

	test('are the pages with the words and the phrase, scored by the words and the phrase’s words', () => {
		const hits = hitsFrom({
			famine: { a: 1, b: 2, c: 3 },
			'"Kim Il Sung"': { b: 1, c: 1, d: 1 },
			'Kim Il Sung': { b: 5, c: 0.5, d: 1 },
		});
		expect(combineResults(plan('"Kim Il Sung" famine'), hits)).toEqual([
			{
				id: 'b',
				score: 7,
				foundBy: [
					{ query: 'famine', result: { score: 2 } },
					{ query: '"Kim Il Sung"', result: { score: 1 } },
				],
				spellings: [],
			},
			{
				id: 'c',
				score: 3.5,
				foundBy: [
					{ query: 'famine', result: { score: 3 } },
					{ query: '"Kim Il Sung"', result: { score: 1 } },
				],
				spellings: [],
			},
		]);
	});

	test('meet an OR clause through either of its terms, the first the page has', () => {
		const hits = hitsFrom({ famine: { p: 1, q: 1, r: 1 }, Mao: { p: 2 }, Stalin: { p: 4, q: 3 } });
		expect(combineResults(plan('Mao OR Stalin famine'), hits)).toEqual([
			{
				id: 'q',
				score: 4,
				foundBy: [
					{ query: 'famine', result: { score: 1 } },
					{ query: 'Stalin', result: { score: 3 } },
				],
				spellings: [],
			},
			{
				id: 'p',
				score: 3,
				foundBy: [
					{ query: 'famine', result: { score: 1 } },
					{ query: 'Mao', result: { score: 2 } },
				],
				spellings: [],
			},
		]);
	});

	test('leave out the pages that hold what is excluded', () => {
		const hits = hitsFrom({ famine: { p: 1, q: 2, r: 3 }, China: { q: 9 }, '"Soviet Union"': { r: 1 } });
		expect(combineResults(plan('famine -China -"Soviet Union"'), hits)).toEqual([
			{ id: 'p', score: 1, foundBy: [{ query: 'famine', result: { score: 1 } }], spellings: [] },
		]);
	});

	test('of exclusions only are every other page', () => {
		const hits = hitsFrom({ '*': { p: 1, q: 2, r: 3 }, China: { q: 1 } });
		expect(combineResults(plan('-China'), hits)).toEqual([
			{ id: 'r', score: 3, foundBy: [{ query: null, result: { score: 3 } }], spellings: [] },
			{ id: 'p', score: 1, foundBy: [{ query: null, result: { score: 1 } }], spellings: [] },
		]);
	});

	test('of a name in several spellings: as typed, the page keeps its score; else the words typed win over another spelling', () => {
		const hits = hitsFrom({
			'Kim Il-sung famine': { a: 10, e: 7 },
			famine: { a: 2, b: 3, c: 1, d: 4 },
			'"Kim Il-sung"': { a: 1, b: 1 },
			'Kim Il-sung': { a: 4, b: 2 },
			'"Kim Il Sung"': { b: 1, c: 1 },
			'Kim Il Sung': { b: 6, c: 5 },
		});
		expect(combineResults(expandedPlan('Kim Il-sung famine'), hits)).toEqual([
			// Found as typed, with the name's matches where it has them.
			{
				id: 'a',
				score: 10,
				foundBy: [
					{ query: 'famine', result: { score: 2 } },
					{ query: '"Kim Il-sung"', result: { score: 1 } },
				],
				spellings: [],
			},
			// Found as typed only, its words apart.
			{ id: 'e', score: 7, foundBy: [{ query: 'Kim Il-sung famine', result: { score: 7 } }], spellings: [] },
			// Only through the other spelling, which it names.
			{
				id: 'c',
				score: 6,
				foundBy: [
					{ query: 'famine', result: { score: 1 } },
					{ query: '"Kim Il Sung"', result: { score: 1 } },
				],
				spellings: ['Kim Il Sung'],
			},
			// Both spellings: the one typed, with its score (2, not 6).
			{
				id: 'b',
				score: 5,
				foundBy: [
					{ query: 'famine', result: { score: 3 } },
					{ query: '"Kim Il-sung"', result: { score: 1 } },
				],
				spellings: [],
			},
		]);
	});
});
