/**
 * The search engine, without a DOM: loads Pagefind and the topics' spellings (each once, on first
 * use), runs a reader's query and its other spellings, and merges their results, by relevance or
 * by date, up to the number the view shows.
 */
import { sitePath } from '../../lib/urls';
import {
	countDistinct,
	createSpellings,
	dateCandidates,
	type FoundBy,
	mergeByScore,
	pagefindSearchOptions,
	type SearchState,
	sortByDate,
	type TopicSpellings,
} from '../../lib/search';
import type { Pagefind, PagefindResult, ResultData } from './pagefind';

/** A pause in typing this long starts a search; keystrokes within it replace the pending one. */
const TYPING_PAUSE_MS = 60;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ sitePath('pagefind/pagefind.js'))) as Pagefind;
		await module.options({ baseUrl: sitePath(), excerptLength: 24 });
		await module.init();
		return module;
	})().catch((error: unknown) => {
		pagefind = undefined; // the next search tries again
		throw error;
	});
	return pagefind;
}

let spellings: Promise<ReturnType<typeof createSpellings>> | undefined;
/** The topics' spellings, so that a name typed one way finds it written another. */
function loadSpellings() {
	spellings ??= fetch(sitePath('topics/spellings.json'))
		.then((response) => (response.ok ? (response.json() as Promise<TopicSpellings[]>) : []))
		.catch(() => [])
		.then(createSpellings);
	return spellings;
}

/**
 * Pagefind, ready to search, with the topics' spellings loading alongside it rather than after
 * it. Rejects when Pagefind cannot load; the next call tries again.
 */
export function loadEngine(): Promise<Pagefind> {
	void loadSpellings();
	return loadPagefind();
}

/** Each filter's values, with the number of documents that have each. */
export async function filterCounts() {
	return (await loadPagefind()).filters();
}

/**
 * The first `count` results for a search, each with the spelling that found it: the query as typed
 * and as the topics' other spellings, merged; and how many there are in all. By relevance,
 * Pagefind's scores order them; by date, each search is already in order, so its first `count`
 * results are enough to merge. Null when a later search has superseded this one.
 */
export async function findAll(engine: Pagefind, state: SearchState, count: number) {
	const options = pagefindSearchOptions(state);
	const queries = state.query ? (await loadSpellings()).variants(state.query) : [''];
	const first = await engine.debouncedSearch(state.query || null, options, TYPING_PAUSE_MS);
	if (first === null) return null;
	const others = await Promise.all(queries.slice(1).map(async (query) => ({ query, ...(await engine.search(query, options)) })));
	const searches = [{ query: state.query, results: first.results }, ...others];
	const total = countDistinct(searches);
	if (state.sort === 'relevance' || searches.length === 1) {
		return { total, found: await loadData(mergeByScore(searches).slice(0, count)) };
	}
	return { total, found: sortByDate(await loadData(dateCandidates(searches, count)), state.sort).slice(0, count) };
}

/** The results' data: a fragment file each, so loaded only for results that may be shown. */
function loadData(found: readonly FoundBy<PagefindResult>[]): Promise<FoundBy<ResultData>[]> {
	return Promise.all(found.map(async ({ query, result }) => ({ query, result: await result.data() })));
}
