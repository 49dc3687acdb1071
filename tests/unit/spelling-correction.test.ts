import { describe, expect, test } from 'vitest';
import { nearbyShards, shardName, vocabularyShards, wordsOf } from '../../src/core/search/search-vocabulary.ts';
import { corrections, readVocabulary } from '../../src/core/search/spelling-correction.ts';

describe('the words of the index', () => {
	test('are in lower case, without the marks around them', () => {
		expect(wordsOf('  “Famine,” said KIM.\n(Hunger)  ')).toEqual(['famine', 'said', 'kim', 'hunger']);
		expect(wordsOf('Pyŏngyang Juche')).toEqual(['pyŏngyang', 'juche']);
		expect(wordsOf('')).toEqual([]);
	});

	test('hold a hyphenated or possessive word joined and as its parts', () => {
		expect(wordsOf('Kim Jong-un co-author Hobsbawm’s Il‑sung')).toEqual([
			'kim',
			'jongun',
			'jong',
			'un',
			'coauthor',
			'co',
			'author',
			'hobsbawms',
			'hobsbawm',
			'ilsung',
			'il',
			'sung',
		]);
	});

	test('leave out words with digits and parts of one letter', () => {
		expect(wordsOf('1996 B-52 1990s the x-ray a famine')).toEqual(['the', 'xray', 'ray', 'famine']);
	});

	test('are counted in shards of one first letter and one length, the most frequent first, then in alphabetical order', async () => {
		const shards = await vocabularyShards([
			{ id: 'a', content: 'the famine' },
			{ id: 'b', content: 'The Famine and the war' },
			{ id: 'c', content: 'war in 1996' },
		]);
		// Each word here is rare: after its count, the number of pages that hold it.
		expect(shards.get(shardName('the'))!.words).toEqual([['the', 3, 2]]);
		expect(shards.get(shardName('war'))!.words).toEqual([['war', 2, 2]]);
		expect(shards.get(shardName('famine'))!.words).toEqual([['famine', 2, 2]]);
		expect(shards.get(shardName('in'))!.words).toEqual([['in', 1, 1]]);
		expect([...shards.values()].flatMap(({ words }) => words)).toHaveLength(5);
		expect((await vocabularyShards([])).size).toBe(0);
	});

	test('list the pages of a word few pages hold, and not those of a common word', async () => {
		const pages = Array.from({ length: 12 }, (_, index) => ({ id: `page-${index}`, content: index < 2 ? 'stiffness stiff' : 'stiff' }));
		const shards = await vocabularyShards(pages);
		expect(shards.get(shardName('stiffness'))!.pages).toEqual({ stiffness: ['page-0', 'page-1'] });
		expect(shards.get(shardName('stiffness'))!.words).toEqual([['stiffness', 2, 2]]);
		expect(shards.get(shardName('stiff'))!.pages).toEqual({});
		expect(shards.get(shardName('stiff'))!.words).toEqual([['stiff', 12]]);
	});

	test('put a word in the shard of its first letter and its length, so that a correction reads only the shards near its length', () => {
		expect(shardName('famine')).toBe('66-6');
		expect(shardName('pyŏngyang')).toBe(shardName('pyongyang'));
		expect(shardName('a'.repeat(40))).toBe(shardName('a'.repeat(24)));
		expect(nearbyShards('famine', 2)).toEqual(['66-4', '66-5', '66-6', '66-7', '66-8']);
		expect(nearbyShards('kin', 1)).toEqual(['6b-2', '6b-3', '6b-4']);
	});

	test('are read with their counts, and in alphabetical order', () => {
		const vocabulary = readVocabulary([
			['the', 3],
			['famine', 2],
			['and', 1],
		]);
		expect(vocabulary.counts).toEqual(
			new Map([
				['the', 3],
				['famine', 2],
				['and', 1],
			]),
		);
		expect(vocabulary.sorted).toEqual(['and', 'famine', 'the']);
	});
});

const vocabulary = readVocabulary([
	['the', 50],
	['kim', 30],
	['famine', 20],
	['man', 20],
	['stalin', 15],
	['il', 12],
	['jong', 10],
	['sung', 9],
	['soviet', 7],
	['mao', 6],
	['hobsbawm', 5],
	['khrushchev', 4],
	['stalinism', 3],
	['women', 3],
	['map', 2],
]);
const queries = (query: string, names?: ReadonlySet<string>) => corrections(query, vocabulary, names).map((correction) => correction.query);

describe('corrections of a query', () => {
	test('are none when the index holds every word, or a word each begins', () => {
		expect(corrections('Kim Il Sung famine', vocabulary)).toEqual([]);
		expect(corrections('famin Stal KHRUSH', vocabulary)).toEqual([]);
		expect(corrections('', vocabulary)).toEqual([]);
	});

	test('never change a number', () => {
		expect(corrections('famine 1997 1990s', vocabulary)).toEqual([]);
	});

	test('replace a word the index lacks by a near one, written as the reader wrote the word', () => {
		expect(corrections('Hobsbaum on the famine', vocabulary)).toEqual([
			{ query: 'Hobsbawm on the famine', changed: [{ from: 'Hobsbaum', to: 'Hobsbawm' }] },
		]);
		expect(corrections('hobsbaum', vocabulary)).toEqual([{ query: 'hobsbawm', changed: [{ from: 'hobsbaum', to: 'hobsbawm' }] }]);
	});

	test('keep a word in capitals in capitals', () => {
		expect(corrections('KHRUSHCHOV', vocabulary)).toEqual([{ query: 'KHRUSHCHEV', changed: [{ from: 'KHRUSHCHOV', to: 'KHRUSHCHEV' }] }]);
	});

	test('allow a short word one edit, and a longer word two', () => {
		expect(queries('kin')).toEqual(['kim']);
		// "famine" is two edits from "famn" (four letters, so one edit at most) and from "famen" (five).
		expect(queries('famn')).toEqual([]);
		expect(queries('famen')).toEqual(['famine', 'women']);
	});

	test('count two letters swapped as one edit, the commonest slip', () => {
		expect(queries('amn')).toEqual(['man']);
		expect(queries('stlain')).toEqual(['stalin']);
	});

	test('as near, put a word of a name first, then the most frequent', () => {
		expect(queries('maq')).toEqual(['man', 'mao', 'map']);
		expect(queries('maq', new Set(['mao', 'zedong']))).toEqual(['mao', 'man', 'map']);
	});

	test('join a word to the one before it where the index holds them as one', () => {
		const jong = readVocabulary([
			['kim', 30],
			['jong', 10],
			['jongun', 6],
		]);
		expect(corrections('Kim Jong eun', jong)).toEqual([{ query: 'Kim Jongun', changed: [{ from: 'Jong eun', to: 'Jongun' }] }]);
		expect(corrections('Kim Jong-eun', jong)).toEqual([{ query: 'Kim Jongun', changed: [{ from: 'Jong-eun', to: 'Jongun' }] }]);
	});

	test('as near, prefer a word corrected alone to one joined to the word before', () => {
		const jong = readVocabulary([
			['kim', 30],
			['jong', 10],
			['jongun', 6],
			['un', 8],
		]);
		expect(corrections('Kim Jong eun', jong).map(({ query }) => query)).toEqual(['Kim Jong un', 'Kim Jongun']);
		expect(corrections('Kim Jong-un', jong)).toEqual([]);
	});

	test('never join a word into the one before only to drop it, nor across a minus sign', () => {
		const words = readVocabulary([
			['stalin', 15],
			['kim', 30],
			['jong', 10],
			['jongun', 6],
		]);
		expect(corrections('Stalin zq', words)).toEqual([]);
		expect(corrections('Kim Jong -eun', words)).toEqual([]);
	});

	test('split a word where the index holds its parts', () => {
		expect(corrections('kimjong', vocabulary)).toEqual([{ query: 'kim jong', changed: [{ from: 'kimjong', to: 'kim jong' }] }]);
		expect(queries('Kimjong famine')).toEqual(['Kim jong famine']);
	});

	test('are four at most, the nearest first, then in the order of each word’s candidates', () => {
		const near = readVocabulary([
			['famine', 20],
			['man', 20],
			['mao', 6],
			['women', 3],
			['fame', 2],
			['map', 2],
		]);
		// "famen": fame (one edit), famine, women (two); "maq": man, mao, map (one edit each).
		expect(corrections('famen maq', near).map(({ query }) => query)).toEqual(['fame man', 'fame mao', 'fame map', 'famine man']);
		expect(queries('maq mab')).toEqual(['man man', 'mao man', 'map man', 'man mao']);
	});

	test('leave OR alone, which is syntax', () => {
		const withOf = readVocabulary([
			['of', 100],
			['hobsbawm', 5],
			['famine', 20],
		]);
		expect(corrections('Hobsbaum OR famine', withOf)).toEqual([
			{ query: 'Hobsbawm OR famine', changed: [{ from: 'Hobsbaum', to: 'Hobsbawm' }] },
		]);
		expect(corrections('hobsbawm or famine', withOf)[0]).toEqual({ query: 'hobsbawm of famine', changed: [{ from: 'or', to: 'of' }] });
	});

	test('keep the query’s quotes and minus signs', () => {
		expect(corrections('"Hobsbaum famine" -Stalinn', vocabulary)).toEqual([
			{
				query: '"Hobsbawm famine" -Stalin',
				changed: [
					{ from: 'Hobsbaum', to: 'Hobsbawm' },
					{ from: 'Stalinn', to: 'Stalin' },
				],
			},
		]);
	});
});
