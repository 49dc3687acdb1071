/**
 * The search engine, without a DOM: loads Pagefind and the topics' spellings (each once, on first
 * use), runs the searches a reader's query needs (its words, phrases, OR, what it leaves out, the
 * other spellings of a name it holds), combines them, and, when a query finds nothing, tries the
 * nearest spellings the index holds (the vocabulary, loaded only then).
 */
import { type Combined, combineResults, planSearch } from '../../lib/search-plan';
import { pageMatches, type PageMatches, phraseLocations } from '../../lib/search-passages';
import { pagefindSearchOptions, type SearchState } from '../../lib/search';
import { parseQuery, wantedWords } from '../../lib/search-query';
import { createSpellings, type TopicSpellings } from '../../lib/search-spellings';
import { type VocabularyFile, vocabularyPath } from '../../lib/search-vocabulary';
import { corrections, readVocabulary, type Vocabulary } from '../../lib/spelling-correction';
import { sitePath } from '../../lib/urls';
import type { Pagefind, PagefindResult, ResultData } from './pagefind';

/** A pause in typing this long starts a search; keystrokes within it replace the pending one. */
const TYPING_PAUSE_MS = 60;

/**
 * Resolves once typing has paused, counted from the keystroke, so that the pause runs while
 * Pagefind loads rather than after it.
 */
export const typingPause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));

/** Loads a module or a file once; after a failure, the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () =>
		(loading ??= load().catch((error: unknown) => {
			loading = undefined;
			throw error;
		}));
}

const loadPagefind = once(async () => {
	const module = (await import(/* @vite-ignore */ sitePath('pagefind/pagefind.js'))) as Pagefind;
	await module.options({ baseUrl: sitePath(), noWorker: true });
	await module.init();
	return module;
});

async function loadJson<T>(path: string): Promise<T> {
	const response = await fetch(sitePath(path));
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return (await response.json()) as T;
}

/** The topics' spellings, so that a name typed one way finds it written another. */
const loadSpellings = once(async () => createSpellings(await loadJson<TopicSpellings[]>('topics/spellings.json').catch(() => [])));

/** The index's words, to correct a misspelt one; loaded only when a query finds nothing. */
const loadVocabulary = once(async (): Promise<Vocabulary> => readVocabulary(await loadJson<VocabularyFile>(vocabularyPath)));

/**
 * Pagefind, ready to search, with the topics' spellings loading alongside it rather than after
 * it. Rejects when Pagefind cannot load; the next call tries again.
 */
export function loadEngine(): Promise<Pagefind> {
	void loadSpellings();
	return loadPagefind();
}

/**
 * A second instance of Pagefind, for the filters, so that the one that searches never loads one:
 * an instance that holds a filter counts each of its values among the results of every search,
 * which for a large library takes most of a second a search, or seconds with every filter.
 */
const loadFilterer = once(async () => (await loadPagefind()).createInstance({ noWorker: true }));

/** Each filter's values, with the number of documents that have each. */
export const filterCounts = once(async () => (await loadFilterer()).filters());

const filteredPages = new Map<string, Promise<Set<string>>>();

/** The pages a state's filters let through, each choice of filters found once; undefined without filters. */
function pagesFiltered(state: SearchState): Promise<Set<string>> | undefined {
	const { filters } = pagefindSearchOptions(state);
	if (Object.values(filters).every(({ any }) => any.length === 0)) return undefined;
	const key = JSON.stringify(filters);
	let pages = filteredPages.get(key);
	if (!pages) {
		pages = loadFilterer()
			.then((filterer) => filterer.search(null, { filters }))
			.then(({ results }) => new Set(results.map(({ id }) => id)));
		// A failure is not kept: the next search asks again.
		pages.catch(() => filteredPages.delete(key));
		filteredPages.set(key, pages);
	}
	return pages;
}

/** A result as the view shows it. */
export interface Found {
	data: ResultData;
	matches: PageMatches;
	/** The other spellings of a name that found it, where it lacks the spelling typed. */
	spellings: string[];
	/** The words its page should highlight: those it was found by. */
	words: string;
}

export interface Findings {
	/** How many results there are in all. */
	total: number;
	/** The first of them, as many as asked for. */
	found: Found[];
	/** The query as corrected, when the query as typed found nothing and a correction did. */
	corrected?: string;
}

type Hits = Map<string, PagefindResult>;

/** The number of the latest search asked for: an earlier one still running gives way to it. */
let latest = 0;

/**
 * The search running now. A later one waits for it rather than running beside it, and then runs
 * only if no search was asked for meanwhile: a reader typing "Kim Il Sung" has at most one search
 * of a prefix running, and the last one starts as soon as that one ends. Not Pagefind's own
 * `debouncedSearch`, which loads the index for every prefix typed on the way ("K", "Ki", "Kim"…):
 * at 10,000 documents, most of the time a query took.
 */
let running: Promise<unknown> = Promise.resolve();

/** The results of one query, combined from its searches, within the state's filters. */
async function run(engine: Pagefind, state: SearchState, query: string) {
	const parsed = (await loadSpellings()).expand(query, parseQuery(query));
	const plan = planSearch(query, parsed);
	const [allowed, ...responses] = await Promise.all([
		pagesFiltered(state),
		...plan.queries.map((search) => engine.search(search, { filters: {} })),
	]);
	const hits = new Map(
		plan.queries.map((search, index): [string | null, Hits] => [
			search,
			new Map(responses[index]!.results.filter(({ id }) => !allowed || allowed.has(id)).map((result) => [result.id, result])),
		]),
	);
	return combineResults(plan, (search) => hits.get(search) ?? new Map());
}

/**
 * The first `count` results for a search and how many there are in all: by relevance, or in the
 * order of their date. A query that finds nothing is tried as the nearest spellings the index
 * holds, unless `correct` is false (the reader took the correction back). Null when a later
 * search has superseded this one.
 */
export function findAll(engine: Pagefind, state: SearchState, count: number, correct = true): Promise<Findings | null> {
	const search = ++latest;
	const finding = running.then(() => (search === latest ? find(search, engine, state, count, correct) : null));
	running = finding.catch(() => undefined);
	return finding;
}

/** What `findAll` finds, as search number `search`. */
async function find(search: number, engine: Pagefind, state: SearchState, count: number, correct: boolean): Promise<Findings | null> {
	const combined = await run(engine, state, state.query);
	// A reader still typing has moved on: no pages loaded for a query on the way.
	if (search !== latest) return null;
	const found = await firstFound(engine, state, combined, count);
	// Pagefind passes over a word it does not hold ("Kim Jong Eun" finds "Kim Jong"): that word is
	// not in the index either, as much as the word of a query that finds nothing.
	if (!correct || !state.query || (combined.length > 0 && wordsFound(state.query, found))) return { total: combined.length, found };
	const [vocabulary, spellings] = await Promise.all([loadVocabulary().catch(() => undefined), loadSpellings()]);
	for (const correction of vocabulary ? corrections(state.query, vocabulary, spellings.nameWords) : []) {
		// A reader still typing has moved on ("Kim Il S…"): no correction of a query on the way.
		if (search !== latest) return null;
		const results = await run(engine, state, correction.query);
		if (results?.length) {
			return { total: results.length, found: await firstFound(engine, state, results, count), corrected: correction.query };
		}
	}
	return { total: combined.length, found };
}

/** Whether each word the query requires (not one of an OR's terms) stands among the matches of its results. */
function wordsFound(query: string, found: readonly Found[]): boolean {
	const { clauses } = parseQuery(query);
	return wantedWords({ clauses: clauses.filter((clause) => clause.length === 1), excluded: [], syntax: false })
		.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
		.every((word) => word === '' || found.some(({ matches }) => matches.terms.has(word)));
}

/** The first `count` results, in the order asked for, with their pages and matches. */
async function firstFound(engine: Pagefind, state: SearchState, combined: readonly Combined<PagefindResult>[], count: number) {
	const ordered = state.sort === 'relevance' ? combined : await inDateOrder(engine, state, combined);
	return Promise.all(ordered.slice(0, count).map(load));
}

/** Results in the order of their date, as Pagefind's search for every page sorts them. */
async function inDateOrder(engine: Pagefind, state: SearchState, combined: readonly Combined<PagefindResult>[]) {
	const { sort } = pagefindSearchOptions(state);
	const { results } = await engine.search(null, { filters: {}, ...(sort && { sort }) });
	const place = new Map(results.map(({ id }, index) => [id, index]));
	return [...combined].sort((a, b) => (place.get(a.id) ?? Infinity) - (place.get(b.id) ?? Infinity));
}

/**
 * A result's page and its matches, whichever searches found it. Their data is read one after
 * another: Pagefind keeps one copy of a page's fragment, and each search's data overwrites its
 * locations.
 */
async function load({ foundBy, spellings }: Combined<PagefindResult>): Promise<Found> {
	let page: ResultData | undefined;
	const locations: number[] = [];
	for (const { query, result } of foundBy) {
		page = await result.data();
		locations.push(...page.locations);
		// A phrase's every occurrence: Pagefind's exact mode locates only its first.
		if (query?.startsWith('"')) locations.push(...phraseLocations(page.content, query.slice(1, -1)));
	}
	const words = foundBy.map(({ query }) => query?.replaceAll('"', '') ?? '').join(' ');
	return { data: page!, matches: pageMatches(page!, locations, words.split(' ')), spellings, words };
}
