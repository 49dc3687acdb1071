import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/core/search/search-query.ts';
import { shardName } from '../../src/core/search/search-vocabulary.ts';
import {
	correctionShards,
	isHeld,
	plainWords,
	queryWithout,
	rankByWordsAsTyped,
	requiredWords,
	splitShards,
} from '../../src/core/search/search-words.ts';

describe('the words of a query', () => {
	test('required are those of its words and phrases, as the vocabulary spells them, not of OR’s terms or what it leaves out', () => {
		expect(requiredWords(parseQuery('"Kim Il-sung" famine -China Mao OR Stalin Famine'))).toEqual([
			'kim',
			'ilsung',
			'il',
			'sung',
			'famine',
		]);
		expect(requiredWords(parseQuery('-China'))).toEqual([]);
	});

	test('plain are those not in a phrase', () => {
		expect(plainWords(parseQuery('"without discriminating against" stiffness'))).toEqual(['stiffness']);
	});
});

describe('results ranked by the words as typed', () => {
	const results = ['stiff-a', 'stiff-b', 'stiffness', 'both'].map((id) => ({ id }));

	test('put the pages that hold a rare word as typed first, the rest in the order they came', () => {
		const pagesOf = (word: string) => (word === 'stiffness' ? ['stiffness', 'both'] : undefined);
		expect(rankByWordsAsTyped(results, ['stiffness'], pagesOf).map(({ id }) => id)).toEqual(['stiffness', 'both', 'stiff-a', 'stiff-b']);
	});

	test('put first the pages that hold more of the rare words typed', () => {
		const pagesOf = (word: string) => ({ stiffness: ['stiffness', 'both'], undoes: ['both'] })[word];
		expect(rankByWordsAsTyped(results, ['stiffness', 'undoes'], pagesOf).map(({ id }) => id)).toEqual([
			'both',
			'stiffness',
			'stiff-a',
			'stiff-b',
		]);
	});

	test('leave the order as it came for common words, whose pages Pagefind ranks', () => {
		expect(rankByWordsAsTyped(results, ['stiff'], () => undefined)).toEqual(results);
	});
});

describe('a word typed is held', () => {
	test('when the vocabulary holds it', () => {
		expect(isHeld('stiffness', true, [])).toBe(true);
	});

	test('when a word its results matched begins with it, or is another form of it', () => {
		expect(isHeld('famin', false, ['famine'])).toBe(true);
		expect(isHeld('famines', false, ['famine'])).toBe(true);
		expect(isHeld('policies', false, ['policy'])).toBe(true);
		expect(isHeld('successors', false, ['successor'])).toBe(true);
	});

	test('not when the results matched only a word that begins as it does: Pagefind’s answer for a word it does not hold', () => {
		expect(isHeld('misemlpoyed', false, ['mises', 'misery'])).toBe(false);
		expect(isHeld('softhaerted', false, ['soft', 'softly'])).toBe(false);
		expect(isHeld('spendhtrift', false, ['spend', 'spending'])).toBe(false);
		expect(isHeld('breakfast', false, [])).toBe(false);
		expect(isHeld('stalinsim', false, ['stalin', 'stalinism'])).toBe(false);
	});

	test('always when it is a number or a single letter, which the vocabulary leaves out', () => {
		expect(isHeld('1997', false, [])).toBe(true);
		expect(isHeld('a', false, [])).toBe(true);
	});
});

test('a correction reads first the shards near the word’s length, from its first letter and its second, and of the word joined to the one before', () => {
	expect(correctionShards('eun')).toEqual(expect.arrayContaining([shardName('un')]));
	expect(correctionShards('hte')).toEqual(expect.arrayContaining([shardName('the')]));
	const shards = correctionShards('jongeun', 'kim');
	for (const length of [5, 6, 7, 8, 9]) expect(shards).toContain(shardName('j'.repeat(length)));
	for (const length of [8, 9, 10, 11, 12]) expect(shards).toContain(shardName('k'.repeat(length)));
	expect(shards).not.toContain(shardName('ngeun'));
	expect(new Set(shards).size).toBe(shards.length);
});

test('the shards of the parts a word may be split into are read apart', () => {
	const shards = splitShards('jongeun');
	expect(shards).toEqual(expect.arrayContaining([shardName('jo'), shardName('ngeun'), shardName('jong'), shardName('eun')]));
	expect(new Set(shards).size).toBe(shards.length);
});

test('the query without the words the index does not hold is offered, unless nothing is left or its syntax could break', () => {
	expect(queryWithout('Nikita Khrushchev reforms', ['nikita'])).toBe('Khrushchev reforms');
	expect(queryWithout('Breakfast in Red', ['breakfast', 'red'])).toBeUndefined();
	expect(queryWithout('misemlpoyed', ['misemlpoyed'])).toBeUndefined();
	expect(queryWithout('"Nikita Khrushchev" reforms', ['nikita'])).toBeUndefined();
});
