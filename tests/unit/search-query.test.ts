import { describe, expect, test } from 'vitest';
import { pagefindTerm, parseQuery } from '../../src/core/search/search-query.ts';

describe('the query as search understands it', () => {
	test('plain words are one clause each, with no syntax, and know where they start', () => {
		expect(parseQuery('Kim  famine')).toEqual({
			clauses: [[{ text: 'Kim', phrase: false, start: 0 }], [{ text: 'famine', phrase: false, start: 5 }]],
			excluded: [],
			syntax: false,
		});
		expect(parseQuery('   ')).toEqual({ clauses: [], excluded: [], syntax: false });
	});

	test('an exact phrase beside words is a clause of its own, starting after its quote', () => {
		expect(parseQuery('"Kim Il Sung" famine')).toEqual({
			clauses: [[{ text: 'Kim Il Sung', phrase: true, start: 1 }], [{ text: 'famine', phrase: false, start: 14 }]],
			excluded: [],
			syntax: true,
		});
	});

	test('a phrase’s white space is trimmed and collapsed', () => {
		expect(parseQuery('"  Kim   Il Sung "').clauses).toEqual([[{ text: 'Kim Il Sung', phrase: true, start: 1 }]]);
	});

	test('a quote not yet closed while typing is a phrase to the end', () => {
		expect(parseQuery('famine "Kim Il')).toEqual({
			clauses: [[{ text: 'famine', phrase: false, start: 0 }], [{ text: 'Kim Il', phrase: true, start: 8 }]],
			excluded: [],
			syntax: true,
		});
	});

	test('-word and -"phrase" leave out, starting after their marks', () => {
		expect(parseQuery('famine -China -"Soviet Union"')).toEqual({
			clauses: [[{ text: 'famine', phrase: false, start: 0 }]],
			excluded: [
				{ text: 'China', phrase: false, start: 8 },
				{ text: 'Soviet Union', phrase: true, start: 16 },
			],
			syntax: true,
		});
	});

	test('a query of exclusions only has no clause', () => {
		expect(parseQuery('-China')).toEqual({ clauses: [], excluded: [{ text: 'China', phrase: false, start: 1 }], syntax: true });
	});

	test('OR makes one clause of the terms either side', () => {
		expect(parseQuery('famine OR hunger')).toEqual({
			clauses: [
				[
					{ text: 'famine', phrase: false, start: 0 },
					{ text: 'hunger', phrase: false, start: 10 },
				],
			],
			excluded: [],
			syntax: true,
		});
		expect(parseQuery('Stalin "Kim Il Sung" OR Mao').clauses).toEqual([
			[{ text: 'Stalin', phrase: false, start: 0 }],
			[
				{ text: 'Kim Il Sung', phrase: true, start: 8 },
				{ text: 'Mao', phrase: false, start: 24 },
			],
		]);
	});

	test('an OR before a term left out joins nothing, and is dropped', () => {
		expect(parseQuery('famine OR -China')).toEqual({
			clauses: [[{ text: 'famine', phrase: false, start: 0 }]],
			excluded: [{ text: 'China', phrase: false, start: 11 }],
			syntax: true,
		});
	});

	test('a OR b OR c is one clause of three terms', () => {
		expect(parseQuery('a OR b OR c').clauses).toEqual([
			[
				{ text: 'a', phrase: false, start: 0 },
				{ text: 'b', phrase: false, start: 5 },
				{ text: 'c', phrase: false, start: 10 },
			],
		]);
	});

	test('OR at the start is a word, and or in lower case is always a word', () => {
		expect(parseQuery('OR famine')).toEqual({
			clauses: [[{ text: 'OR', phrase: false, start: 0 }], [{ text: 'famine', phrase: false, start: 3 }]],
			excluded: [],
			syntax: false,
		});
		expect(parseQuery('famine or hunger')).toEqual({
			clauses: [
				[{ text: 'famine', phrase: false, start: 0 }],
				[{ text: 'or', phrase: false, start: 7 }],
				[{ text: 'hunger', phrase: false, start: 10 }],
			],
			excluded: [],
			syntax: false,
		});
	});

	test('OR at the end is a word of its own clause, and no syntax', () => {
		expect(parseQuery('famine OR')).toEqual({
			clauses: [[{ text: 'famine', phrase: false, start: 0 }], [{ text: 'OR', phrase: false, start: 7 }]],
			excluded: [],
			syntax: false,
		});
	});

	test('a hyphen inside a word is no exclusion', () => {
		expect(parseQuery('Kim Il-sung 1996–99 1996-99')).toEqual({
			clauses: [
				[{ text: 'Kim', phrase: false, start: 0 }],
				[{ text: 'Il-sung', phrase: false, start: 4 }],
				[{ text: '1996–99', phrase: false, start: 12 }],
				[{ text: '1996-99', phrase: false, start: 20 }],
			],
			excluded: [],
			syntax: false,
		});
	});

	test('a lone minus, a lone mark and an empty phrase are dropped', () => {
		expect(parseQuery('famine - "" “ China')).toEqual({
			clauses: [[{ text: 'famine', phrase: false, start: 0 }], [{ text: 'China', phrase: false, start: 14 }]],
			excluded: [],
			syntax: false,
		});
		expect(parseQuery('-"" -')).toEqual({ clauses: [], excluded: [], syntax: false });
	});
});

describe('what Pagefind is asked for a term', () => {
	test('a phrase in quotes, words as they are', () => {
		expect(pagefindTerm({ text: 'Kim Il Sung', phrase: true, start: 0 })).toBe('"Kim Il Sung"');
		expect(pagefindTerm({ text: 'Kim Il-sung', phrase: false, start: 0 })).toBe('Kim Il-sung');
	});
});
