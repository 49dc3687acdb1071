import { describe, expect, test } from 'vitest';
import { firstLedger, matchLedger, numbersAreConsecutive } from '../../src/core/passages/passage-ledger.ts';

const published = [
	'North Korea’s future is shrouded in uncertainty after the death of Chairman Kim Jong-il.',
	'The change in leadership and the centralised power that he embodied may spark a struggle at the top.',
	'North Korea’s neighbours don’t want any instability to ripple across East Asia and beyond it.',
	'The regime relies on a vast security apparatus, labour camps and the fear of collective punishment.',
	'Workers in the special economic zones earn a fraction of what their labour produces for the state.',
];
const ledger = firstLedger(published);

describe('a text first published', () => {
	test('numbers its blocks in order, and keeps their words for the next build', () => {
		expect(ledger.next).toBe(6);
		expect(ledger.passages.map(({ id }) => id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
		expect(ledger.passages[0]!.text).toBe(published[0]);
		expect(matchLedger(ledger, published)).toEqual({ ids: ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'], ledger, changes: [], homeless: [] });
	});

	test('read again unchanged, two blocks with the same words keep their own ids, as do retired addresses their homes', () => {
		const twice = [published[0]!, 'See above.', 'See above.', published[1]!];
		const first = matchLedger(firstLedger(twice), twice).ledger;
		const retiredOne = { ...first, retired: { 'p-9': 'p-3' } };
		expect(matchLedger(retiredOne, twice)).toEqual({ ids: ['p-1', 'p-2', 'p-3', 'p-4'], ledger: retiredOne, changes: [], homeless: [] });
		// Spaces differ, words do not: still unchanged.
		expect(matchLedger(first, twice.with(1, ' See  above. ')).ids).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
	});
});

describe('once published, an address keeps pointing at the same words', () => {
	test('a typo fixed keeps its id', () => {
		const fixed = published.with(1, published[1]!.replace('centralised', 'centralized').replace('spark', 'sparks'));
		const { ids, changes, ledger: next } = matchLedger(ledger, fixed);
		expect(ids).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
		expect(changes).toEqual([{ kind: 'edited', id: 'p-2' }]);
		expect(next.passages[1]!.text).toBe(fixed[1]);
	});

	test('a paragraph inserted gets a number never used, and renumbers nothing after it', () => {
		const inserted = published.toSpliced(2, 0, 'Pyongyang has announced a new five-year plan for the light industries of the east coast.');
		const { ids, changes, ledger: next } = matchLedger(ledger, inserted);
		expect(ids).toEqual(['p-1', 'p-2', 'p-6', 'p-3', 'p-4', 'p-5']);
		expect(changes).toEqual([{ kind: 'added', id: 'p-6', after: 'p-2' }]);
		expect(next.next).toBe(7);
		expect(numbersAreConsecutive(ids)).toBe(false);
	});

	test('a paragraph removed lands on the one that took its place, or the last one if it was last', () => {
		const { ids, changes, ledger: next } = matchLedger(ledger, published.toSpliced(2, 1));
		expect(ids).toEqual(['p-1', 'p-2', 'p-4', 'p-5']);
		expect(changes).toEqual([{ kind: 'removed', id: 'p-3', landsOn: 'p-4' }]);
		expect(next.retired).toEqual({ 'p-3': 'p-4' });
		expect(matchLedger(ledger, published.slice(0, 4)).ledger.retired).toEqual({ 'p-5': 'p-4' });
	});

	test('a paragraph split keeps its id on its first part; the rest is new', () => {
		const [first, rest] = [published[3]!.slice(0, 50), published[3]!.slice(50)];
		const split = published.toSpliced(3, 1, first, rest);
		const { ids, changes } = matchLedger(ledger, split);
		expect(ids).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-6', 'p-5']);
		expect(changes).toEqual([
			{ kind: 'edited', id: 'p-4' },
			{ kind: 'split', id: 'p-6', from: 'p-4' },
		]);
	});

	test('two paragraphs merged keep the first id; the second lands on the merged one', () => {
		const merged = published.toSpliced(1, 2, `${published[1]} ${published[2]}`);
		const { ids, changes, ledger: next } = matchLedger(ledger, merged);
		expect(ids).toEqual(['p-1', 'p-2', 'p-4', 'p-5']);
		expect(changes).toEqual([
			{ kind: 'edited', id: 'p-2' },
			{ kind: 'merged', id: 'p-3', into: 'p-2' },
		]);
		expect(next.retired).toEqual({ 'p-3': 'p-2' });
	});

	test('a paragraph rewritten past recognition is a new passage, and its old address lands on it', () => {
		const rewritten = published.with(4, 'Something else entirely, about the harvest and the weather in the provinces this autumn.');
		const { ids, changes } = matchLedger(ledger, rewritten);
		expect(ids).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-6']);
		expect(changes).toEqual([
			{ kind: 'added', id: 'p-6', after: 'p-4' },
			{ kind: 'removed', id: 'p-5', landsOn: 'p-6' },
		]);
	});

	test('an address retired before follows its successor when that is retired too', () => {
		const once = matchLedger(ledger, published.toSpliced(2, 1)).ledger; // p-3 → p-4
		const twice = matchLedger(once, once.passages.map(({ text }) => text).toSpliced(2, 1)); // p-4 goes too
		expect(twice.ledger.retired).toEqual({ 'p-3': 'p-5', 'p-4': 'p-5' });
		expect(twice.homeless).toEqual([]);
	});

	test('a text with no paragraph left leaves its addresses with no home', () => {
		const once = matchLedger(ledger, published.toSpliced(2, 1)).ledger;
		expect(matchLedger(once, []).homeless).toEqual(['p-1', 'p-2', 'p-4', 'p-5', 'p-3']);
	});
});

test('numbers read in order from 1 are consecutive; any gap or insertion is not', () => {
	expect(numbersAreConsecutive(['p-1', 'p-2', 'p-3'])).toBe(true);
	expect(numbersAreConsecutive(['p-1', 'p-3'])).toBe(false);
	expect(numbersAreConsecutive(['p-1', 'p-4', 'p-2'])).toBe(false);
});
