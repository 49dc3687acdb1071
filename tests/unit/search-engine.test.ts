import { describe, expect, test } from 'vitest';
import { findAll } from '../../src/client/search/engine.ts';
import type { Pagefind, SearchResponse } from '../../src/client/search/pagefind.ts';

/**
 * The order in which searches run, as a reader types: a stand-in for Pagefind whose searches
 * each take a few milliseconds and find nothing, so that only the scheduling is under test.
 */
function recordingEngine() {
	const started: string[] = [];
	let running = 0;
	let mostAtOnce = 0;
	const engine = {
		async search(query: string | null): Promise<SearchResponse> {
			started.push(query ?? '*');
			mostAtOnce = Math.max(mostAtOnce, ++running);
			await new Promise((resolve) => setTimeout(resolve, 20));
			running--;
			return { results: [] };
		},
	} as unknown as Pagefind;
	return { engine, started, mostAtOnce: () => mostAtOnce };
}

const state = (query: string) => ({ query, filters: {}, sort: 'relevance' as const });

describe('searches as the reader types', () => {
	test('a search asked for while one runs waits for it, and only the latest of those waiting runs', async () => {
		const { engine, started, mostAtOnce } = recordingEngine();
		const first = findAll(engine, state('R'), 5, false);
		await new Promise((resolve) => setTimeout(resolve, 5));
		const results = await Promise.all([first, ...['Re', 'Rei', 'Reich'].map((query) => findAll(engine, state(query), 5, false))]);
		// The first ran (and, superseded, reports nothing); the two typed while it ran gave way to the last.
		expect(results).toEqual([null, null, null, { total: 0, found: [] }]);
		expect(started).toEqual(['R', 'Reich']);
		expect(mostAtOnce()).toBe(1);
	});

	test('searches asked for at once run as one, the latest', async () => {
		const { engine, started } = recordingEngine();
		const results = await Promise.all(['f', 'fa', 'famine'].map((query) => findAll(engine, state(query), 5, false)));
		expect(results).toEqual([null, null, { total: 0, found: [] }]);
		expect(started).toEqual(['famine']);
	});

	test('a search superseded while it runs reports nothing', async () => {
		const { engine, started } = recordingEngine();
		const first = findAll(engine, state('Kim'), 5, false);
		await new Promise((resolve) => setTimeout(resolve, 5));
		const second = findAll(engine, state('Kim Il'), 5, false);
		expect(await first).toBeNull();
		expect(await second).toEqual({ total: 0, found: [] });
		expect(started).toEqual(['Kim', 'Kim Il']);
	});
});
