/**
 * How the results of a query and of its other spellings (each a search of its own) merge into the
 * one list a reader sees: by relevance, by date either way, and the count the status gives.
 */
import { describe, expect, test } from 'vitest';
import { countDistinct, dateCandidates, type FoundBy, mergeByScore, sortByDate } from '../../src/lib/search';

/** A result as one line, so that a wrong order, score or spelling shows in the diff. */
const line = ({ result, query }: FoundBy<{ id: string; score?: number; meta?: Record<string, string> }>) =>
	[result.id, result.score ?? result.meta?.published ?? '-', query].join(' ');

describe('by relevance', () => {
	test('a result found by two spellings is listed once, with the better score and the spelling that found it', () => {
		const merged = mergeByScore([
			{
				query: 'Kim Il-sung',
				results: [
					{ id: 'a', score: 2 },
					{ id: 'c', score: 0.5 },
				],
			},
			{
				query: 'Kim Il Sung',
				results: [
					{ id: 'b', score: 3 },
					{ id: 'a', score: 1 },
				],
			},
			{ query: 'kim il sung', results: [{ id: 'c', score: 4 }] },
		]);
		expect(merged.map(line)).toEqual(['c 4 kim il sung', 'b 3 Kim Il Sung', 'a 2 Kim Il-sung']);
	});

	test('on equal scores the first search keeps a result, and the results stay in the order first found', () => {
		const merged = mergeByScore([
			{
				query: 'USSR',
				results: [
					{ id: 'a', score: 1 },
					{ id: 'b', score: 1 },
				],
			},
			{
				query: 'Soviet Union',
				results: [
					{ id: 'c', score: 1 },
					{ id: 'b', score: 1 },
				],
			},
		]);
		expect(merged.map(line)).toEqual(['a 1 USSR', 'b 1 USSR', 'c 1 Soviet Union']);
	});

	test('no search, no result', () => {
		expect(mergeByScore([])).toEqual([]);
		expect(mergeByScore([{ query: 'famine', results: [] }])).toEqual([]);
	});
});

describe('by date', () => {
	const dated = (id: string, published?: string) => ({ id, meta: published === undefined ? {} : { published } });
	const searches = [
		{ query: 'Kim Il-sung', results: [dated('a', '2006-01'), dated('b', '2013-04-14'), dated('c', '1999')] },
		{ query: 'Kim Il Sung', results: [dated('b', '2013-04-14'), dated('d'), dated('e', '2020')] },
		{ query: 'kim il sung', results: [dated('f', '2012-01-03')] },
	];

	test('only the first `count` of each search are candidates, each once, with the first search that found it', () => {
		expect(dateCandidates(searches, 2).map(line)).toEqual([
			'a 2006-01 Kim Il-sung',
			'b 2013-04-14 Kim Il-sung',
			'd - Kim Il Sung',
			'f 2012-01-03 kim il sung',
		]);
		expect(dateCandidates(searches, 0)).toEqual([]);
	});

	test('newest first, the undated last', () => {
		expect(sortByDate(dateCandidates(searches, 2), 'newest').map(line)).toEqual([
			'b 2013-04-14 Kim Il-sung',
			'f 2012-01-03 kim il sung',
			'a 2006-01 Kim Il-sung',
			'd - Kim Il Sung',
		]);
	});

	test('oldest first, the undated first, a month before a day in it', () => {
		const found = [...dateCandidates(searches, 2), { query: 'famine', result: dated('g', '2006-01-15') }];
		expect(sortByDate(found, 'oldest').map(line)).toEqual([
			'd - Kim Il Sung',
			'a 2006-01 Kim Il-sung',
			'g 2006-01-15 famine',
			'f 2012-01-03 kim il sung',
			'b 2013-04-14 Kim Il-sung',
		]);
	});

	test('results of the same date keep their order, and the list given is left as it was', () => {
		const found = [
			{ query: 'q', result: dated('x', '2001') },
			{ query: 'q', result: dated('y', '2001') },
			{ query: 'q', result: dated('z', '2003') },
		];
		expect(sortByDate(found, 'newest').map(line)).toEqual(['z 2003 q', 'x 2001 q', 'y 2001 q']);
		expect(found.map(line)).toEqual(['x 2001 q', 'y 2001 q', 'z 2003 q']);
		expect(sortByDate(found, 'oldest').map(line)).toEqual(['x 2001 q', 'y 2001 q', 'z 2003 q']);
	});
});

describe('the count of results', () => {
	test('counts each result once, however many spellings found it, and all of them, not only those shown', () => {
		const ids = (...list: string[]) => ({ results: list.map((id) => ({ id })) });
		expect(countDistinct([ids('a', 'b', 'c', 'd', 'e', 'f'), ids('b', 'g'), ids()])).toBe(7);
		expect(countDistinct([ids('a', 'a')])).toBe(1);
		expect(countDistinct([])).toBe(0);
	});
});
