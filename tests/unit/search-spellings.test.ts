import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/core/search/search-query.ts';
import { createSpellings, otherSpellings } from '../../src/core/search/search-spellings.ts';

const topics = [
	{ name: 'Kim Il Sung', aliases: ['Kim Il-sung'] },
	{ name: 'North Korean famine', aliases: ['famine'] },
	{ name: 'United States', aliases: ['U.S.', 'US', 'Washington'] },
	{ name: 'Joseph Stalin', aliases: ['Stalin'] },
];
const spellings = createSpellings(topics);
const expand = (query: string) => spellings.expand(query, parseQuery(query));

describe('the other spellings of a name', () => {
	test('are every other spelling of its topic', () => {
		expect(otherSpellings('Kim Il-sung', 'Kim Il-sung', ['Kim Il Sung', 'Kim Il-sung'])).toEqual(['Kim Il Sung']);
		expect(otherSpellings('kim il sung', 'Kim Il Sung', ['Kim Il Sung', 'Kim Il-sung'])).toEqual(['Kim Il-sung']);
		expect(otherSpellings('Washington', 'Washington', ['United States', 'U.S.', 'US', 'Washington'])).toEqual([
			'United States',
			'U.S.',
			'US',
		]);
	});

	test('leave out the spellings that hold the words typed, which could only find fewer', () => {
		expect(otherSpellings('Stalin', 'Stalin', ['Joseph Stalin', 'Stalin'])).toEqual([]);
		expect(otherSpellings('North Korean famine', 'North Korean famine', ['North Korean famine', 'famine'])).toEqual(['famine']);
	});

	test('are none for a common word, an alias in lower case, even typed with a capital', () => {
		expect(otherSpellings('famine', 'famine', ['North Korean famine', 'famine'])).toEqual([]);
		expect(otherSpellings('Famine', 'famine', ['North Korean famine', 'famine'])).toEqual([]);
	});

	test('are none for an acronym typed in lower case, and the others for one typed in capitals', () => {
		const all = ['United States', 'U.S.', 'US', 'Washington'];
		expect(otherSpellings('us', 'US', all)).toEqual([]);
		expect(otherSpellings('u.s.', 'U.S.', all)).toEqual([]);
		expect(otherSpellings('US', 'US', all)).toEqual(['United States', 'U.S.', 'Washington']);
	});

	test('are six at most', () => {
		const all = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'];
		expect(otherSpellings('Alpha', 'Alpha', all)).toEqual(['Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta']);
	});
});

describe('a query with the topics’ spellings', () => {
	test('searches a name as typed or in its other spellings, as phrases of one clause', () => {
		expect(expand('Kim Il-sung famine')).toEqual({
			clauses: [
				[
					{ text: 'Kim Il-sung', phrase: true, start: 0 },
					{ text: 'Kim Il Sung', phrase: true, spelling: true, start: 0 },
				],
				[{ text: 'famine', phrase: false, start: 12 }],
			],
			excluded: [],
			syntax: false,
		});
	});

	test('keeps a name as the reader typed it, in any case', () => {
		expect(expand('famine kim il sung').clauses).toEqual([
			[{ text: 'famine', phrase: false, start: 0 }],
			[
				{ text: 'kim il sung', phrase: true, start: 7 },
				{ text: 'Kim Il-sung', phrase: true, spelling: true, start: 7 },
			],
		]);
	});

	test('adds nothing for a common word, or for a name that a longer spelling holds', () => {
		expect(expand('famine')).toEqual(parseQuery('famine'));
		expect(expand('Stalin')).toEqual(parseQuery('Stalin'));
	});

	test('adds nothing for an acronym in lower case, and its other spellings in capitals', () => {
		expect(expand('us famine')).toEqual(parseQuery('us famine'));
		expect(expand('US famine').clauses).toEqual([
			[
				{ text: 'US', phrase: true, start: 0 },
				{ text: 'United States', phrase: true, spelling: true, start: 0 },
				{ text: 'U.S.', phrase: true, spelling: true, start: 0 },
				{ text: 'Washington', phrase: true, spelling: true, start: 0 },
			],
			[{ text: 'famine', phrase: false, start: 3 }],
		]);
	});

	test('never expands the words of a phrase, of an exclusion or of an OR', () => {
		for (const query of ['"Kim Il-sung" famine', 'famine -"Kim Il-sung"', 'famine -US', 'US OR China', '"US famine"']) {
			expect(expand(query)).toEqual(parseQuery(query));
		}
	});

	test('expands a name beside a phrase, and keeps what it left out', () => {
		expect(expand('"great famine" Washington -US')).toEqual({
			clauses: [
				[{ text: 'great famine', phrase: true, start: 1 }],
				[
					{ text: 'Washington', phrase: true, start: 15 },
					{ text: 'United States', phrase: true, spelling: true, start: 15 },
					{ text: 'U.S.', phrase: true, spelling: true, start: 15 },
					{ text: 'US', phrase: true, spelling: true, start: 15 },
				],
			],
			excluded: [{ text: 'US', phrase: false, start: 27 }],
			syntax: true,
		});
	});

	test('expands every name of a query', () => {
		expect(expand('Washington and Kim Il Sung').clauses).toEqual([
			[
				{ text: 'Washington', phrase: true, start: 0 },
				{ text: 'United States', phrase: true, spelling: true, start: 0 },
				{ text: 'U.S.', phrase: true, spelling: true, start: 0 },
				{ text: 'US', phrase: true, spelling: true, start: 0 },
			],
			[{ text: 'and', phrase: false, start: 11 }],
			[
				{ text: 'Kim Il Sung', phrase: true, start: 15 },
				{ text: 'Kim Il-sung', phrase: true, spelling: true, start: 15 },
			],
		]);
	});

	test('know every word of every spelling, in lower case', () => {
		expect(spellings.nameWords).toEqual(
			new Set(['kim', 'il', 'sung', 'north', 'korean', 'famine', 'united', 'states', 'u.s.', 'us', 'washington', 'joseph', 'stalin']),
		);
	});
});
