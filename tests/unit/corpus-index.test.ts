import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/data/corpus-index.ts';

const topics = ['a', 'b', 'c', 'd'].map((id) => ({ id, data: { name: id.toUpperCase() } }));
const mention = (topic: string, passage = 'p-1') => ({ topic, passage, excerpt: { before: '', match: topic, after: '' } });

/** Documents in library order (newest first), each naming the topics given. */
function corpus(named: Record<string, string[]>) {
	const documents = Object.entries(named).map(([id, names]) => ({
		entry: { id },
		mentions: names.map((name) => mention(name)),
		citations: [],
	}));
	return indexCorpus(documents, topics, []);
}

describe('related documents', () => {
	test('are those that share most topics, most first, then in the library’s order, never the document itself', () => {
		const index = corpus({ one: ['a', 'b', 'c'], two: ['a'], three: ['a', 'b'], four: ['d'], five: ['b', 'c'] });
		expect(index.relatedTo('one').map(({ document, shared }) => [document.id, shared.map(({ topic }) => topic.id)])).toEqual([
			['three', ['a', 'b']],
			['five', ['b', 'c']],
			['two', ['a']],
		]);
	});

	test('are `limit` at most, the best kept whatever order they are counted in', () => {
		const named = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`d${i}`, i % 3 === 0 ? ['a', 'b'] : ['a']]));
		const index = corpus({ ...named, last: ['a', 'b'] });
		expect(index.relatedTo('last', 3).map(({ document }) => document.id)).toEqual(['d0', 'd3', 'd6']);
		expect(index.relatedTo('d1').map(({ document }) => document.id)).toEqual(['d0', 'd2', 'd3', 'd4', 'd5']);
		// Asked again, the counts start afresh.
		expect(index.relatedTo('last', 3).map(({ document }) => document.id)).toEqual(['d0', 'd3', 'd6']);
	});

	test('are none for a document that shares no topic', () => {
		expect(corpus({ one: ['d'], two: ['a'] }).relatedTo('one')).toEqual([]);
	});
});
