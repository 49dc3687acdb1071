/**
 * The search engine, without a DOM: loads Pagefind and the topics' spellings (each once, on first
 * use), runs the searches a reader's query needs (its words, phrases, OR, what it leaves out, the
 * other spellings of a name it holds), combines them, puts the pages that hold a rare word as typed
 * first, keeps only the pages that hold a phrase as quoted, and, when a word typed is not in the
 * index, tries the nearest spellings the index holds (from the vocabulary's shards around it).
 */
import { type Combined, combineResults, planSearch } from '../../core/search/search-plan.ts';
import { pageMatches, type PageMatches, phraseLocations, wordsAt } from '../../core/search/search-passages.ts';
import { pagefindSearchOptions, type SearchState } from '../../core/search/search.ts';
import { type ParsedQuery, pagefindTerm, parseQuery } from '../../core/search/search-query.ts';
import { createSpellings, type TopicSpellings } from '../../core/search/search-spellings.ts';
import {
	type RareWordPages,
	shardListPath,
	shardName,
	shardPagesPath,
	shardPath,
	type VocabularyShard,
} from '../../core/search/search-vocabulary.ts';
import { correctionShards, isHeld, plainWords, rankByWordsAsTyped, requiredWords, splitShards } from '../../core/search/search-words.ts';
import { corrections, queryWords, readVocabulary } from '../../core/search/spelling-correction.ts';
import { sitePath } from '../../core/site/urls.ts';
import type { Pagefind, PagefindResult, ResultData } from './pagefind.ts';

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

/** The vocabulary's shards that exist, so that none is asked for in vain. */
const loadShardList = once(async () => new Set(await loadJson<string[]>(shardListPath)));

const fetched = new Map<string, Promise<unknown>>();

/** A file of the vocabulary, fetched once; a failure is not kept, so the next search asks again. */
function fetchOnce<T>(path: string): Promise<T> {
	let file = fetched.get(path) as Promise<T> | undefined;
	if (!file) {
		file = loadJson<T>(path);
		file.catch(() => fetched.delete(path));
		fetched.set(path, file);
	}
	return file;
}

/** A shard's words; a shard the build did not write holds none. */
async function loadShard(name: string): Promise<VocabularyShard> {
	return (await loadShardList()).has(name) ? fetchOnce<VocabularyShard>(shardPath(name)) : { words: [] };
}

/** What the vocabulary says of words typed: whether it holds each, and the pages of a rare one. */
interface WordFacts {
	holds(word: string): boolean;
	pagesOf(word: string): readonly string[] | undefined;
}

/** The facts of the words typed, from their shards, one each, and the pages of those that are rare. */
async function wordFacts(words: readonly string[]): Promise<WordFacts> {
	const entries = await Promise.all(
		words.map(async (word) => {
			const name = shardName(word);
			const entry = (await loadShard(name)).words.find(([other]) => other === word);
			const pages = entry?.[2] ? (await fetchOnce<RareWordPages>(shardPagesPath(name)))[word] : undefined;
			return [word, { held: entry !== undefined, pages }] as const;
		}),
	);
	const facts = new Map(entries);
	return { holds: (word) => facts.get(word)?.held ?? false, pagesOf: (word) => facts.get(word)?.pages };
}

/**
 * Pagefind, ready to search, with the topics' spellings and the list of the vocabulary's shards
 * loading alongside it rather than after it. Rejects when Pagefind cannot load; the next call
 * tries again.
 */
export function loadEngine(): Promise<Pagefind> {
	void loadSpellings();
	void loadShardList().catch(() => undefined);
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
	/** The words of the page its matches are, in lower case. */
	matched: Set<string>;
}

export interface Findings {
	/** How many results there are in all. */
	total: number;
	/** The first of them, as many as asked for. */
	found: Found[];
	/** The query as corrected, when a word typed is not in the index and a correction found results. */
	corrected?: string;
	/** The words typed that the index does not hold and that have no correction: the query finds nothing. */
	missing?: string[];
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

/** A query as one search reads it, parsed once. */
interface Query {
	text: string;
	/** As the reader wrote it: its phrases in quotes are those a result must hold as written. */
	typed: ParsedQuery;
	/** With the topics' other spellings of the names it holds, as it is searched. */
	expanded: ParsedQuery;
}

/** Parses a query and adds the other spellings of the names it holds. */
async function parse(text: string): Promise<Query> {
	const typed = parseQuery(text);
	return { text, typed, expanded: (await loadSpellings()).expand(text, typed) };
}

/** The results of one query, combined from its searches, within the state's filters. */
async function run(engine: Pagefind, state: SearchState, query: Query) {
	const plan = planSearch(query.text, query.expanded);
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
 * order of their date. A query with a word the index does not hold is tried as the nearest
 * spellings it does hold, unless `correct` is false (the reader took the correction back). Null
 * when a later search has superseded this one.
 */
export function findAll(engine: Pagefind, state: SearchState, count: number, correct = true): Promise<Findings | null> {
	const search = ++latest;
	const finding = running.then(() => (search === latest ? find(search, engine, state, count, correct) : null));
	running = finding.catch(() => undefined);
	return finding;
}

/** What `findAll` finds, as search number `search`. */
async function find(search: number, engine: Pagefind, state: SearchState, count: number, correct: boolean): Promise<Findings | null> {
	const query = await parse(state.query);
	// A name's words are not required: another spelling of it may lack them ("Nikita Khrushchev").
	const required = requiredWords(query.expanded);
	// The words' shards load beside the searches, not after them.
	const facts = wordFacts(required).catch(() => undefined);
	const combined = await run(engine, state, query);
	// A reader still typing has moved on: no pages loaded for a query on the way.
	if (search !== latest) return null;
	const known = await facts;
	const ranked = known ? rankByWordsAsTyped(combined, plainWords(query.expanded), known.pagesOf) : combined;
	const findings = await firstFound(engine, state, ranked, count, quotedPhrases(query.typed));
	if (!correct || !state.query || !known) return findings;
	// Pagefind passes over a word it does not hold ("Kim Jong Eun" finds "Kim Jong"), or answers
	// it with a word that begins as it does ("misemlpoyed" finds "Mises"): neither is that word.
	const matched = findings.found.flatMap(({ matched }) => [...matched]);
	const unheld = new Set(required.filter((word) => !isHeld(word, known.holds(word), matched)));
	if (unheld.size === 0) return findings;
	const correction = await corrected(search, engine, state, unheld);
	if (correction === null || 'found' in correction) return correction;
	// The corrected words as typed come first too: "politely" before "politics", of the same stem.
	const words = plainWords(correction.query.typed);
	const correctedFacts = await wordFacts(words).catch(() => undefined);
	const results = correctedFacts ? rankByWordsAsTyped(correction.results, words, correctedFacts.pagesOf) : correction.results;
	const quoted = quotedPhrases(correction.query.typed);
	return { ...(await firstFound(engine, state, results, count, quoted)), corrected: correction.query.text };
}

/**
 * The first correction of a query that finds results: each word the index does not hold spelt as
 * the nearest it does hold, and none left as typed, which would only drop it. The words near each
 * are read first, and the parts it may be split into only when those correct nothing. When none
 * does, no results, and the words the index does not hold. Null when a later search has
 * superseded this one.
 */
async function corrected(
	search: number,
	engine: Pagefind,
	state: SearchState,
	unheld: ReadonlySet<string>,
): Promise<{ query: Query; results: Combined<PagefindResult>[] } | Findings | null> {
	const words = queryWords(state.query);
	const shardsOf = (shardsOfWord: (word: string, index: number) => string[]) =>
		words.flatMap(({ word }, index) => (unheld.has(word) ? shardsOfWord(word, index) : []));
	const near = shardsOf((word, index) => correctionShards(word, words[index - 1]?.word));
	const tried = new Set<string>();
	for (const names of [near, [...near, ...shardsOf(splitShards)]]) {
		const [loaded, spellings] = await Promise.all([Promise.all([...new Set(names)].map(loadShard)), loadSpellings()]);
		const vocabulary = readVocabulary(loaded.flatMap(({ words }) => words));
		for (const { query } of corrections(state.query, vocabulary, spellings.nameWords, (word) => !unheld.has(word))) {
			// A reader still typing has moved on ("Kim Il S…"): no correction of a query on the way.
			if (search !== latest) return null;
			if (tried.has(query) || queryWords(query).some(({ word }) => unheld.has(word))) continue;
			tried.add(query);
			const correction = await parse(query);
			const results = await run(engine, state, correction);
			if (results.length > 0) return { query: correction, results };
		}
	}
	return { total: 0, found: [], missing: [...unheld] };
}

/** The phrases a reader put in quotes, as Pagefind is asked for them: those must stand as typed. */
const quotedPhrases = ({ clauses }: ParsedQuery): Set<string> =>
	new Set(clauses.flatMap((clause) => clause.filter(({ phrase }) => phrase).map(pagefindTerm)));

/**
 * The first `count` results, in the order asked for, with their pages and matches, and how many
 * there are in all: a page that Pagefind found for a phrase in quotes but that does not hold its
 * words as quoted (another form of one of them, as the index's stems match) is no result, and the
 * next one takes its place.
 */
async function firstFound(
	engine: Pagefind,
	state: SearchState,
	combined: readonly Combined<PagefindResult>[],
	count: number,
	quoted: ReadonlySet<string>,
): Promise<Pick<Findings, 'total' | 'found'>> {
	const ordered = state.sort === 'relevance' ? combined : await inDateOrder(engine, state, combined);
	const found: Found[] = [];
	let rejected = 0;
	for (let next = 0; found.length < count && next < ordered.length;) {
		const batch = ordered.slice(next, next + count - found.length);
		next += batch.length;
		const loaded = await Promise.all(batch.map((result) => load(result, quoted)));
		for (const page of loaded) if (page) found.push(page);
		rejected += loaded.filter((page) => !page).length;
	}
	return { total: ordered.length - rejected, found };
}

/** Results in the order of their date, as Pagefind's search for every page sorts them. */
async function inDateOrder(engine: Pagefind, state: SearchState, combined: readonly Combined<PagefindResult>[]) {
	const { sort } = pagefindSearchOptions(state);
	const { results } = await engine.search(null, { filters: {}, ...(sort && { sort }) });
	const place = new Map(results.map(({ id }, index) => [id, index]));
	return [...combined].sort((a, b) => (place.get(a.id) ?? Infinity) - (place.get(b.id) ?? Infinity));
}

/**
 * A result's page and its matches, whichever searches found it; undefined for a page that lacks
 * a phrase in quotes as typed. Their data is read one after another: Pagefind keeps one copy of a
 * page's fragment, and each search's data overwrites its locations.
 */
async function load({ foundBy, spellings }: Combined<PagefindResult>, quoted: ReadonlySet<string>): Promise<Found | undefined> {
	let page: ResultData | undefined;
	const locations: number[] = [];
	for (const { query, result } of foundBy) {
		page = await result.data();
		locations.push(...page.locations);
		if (!query?.startsWith('"')) continue;
		// A phrase's every occurrence: Pagefind's exact mode locates only its first, and by stems.
		const phrase = phraseLocations(page.content, query.slice(1, -1));
		if (phrase.length === 0 && quoted.has(query)) return undefined;
		locations.push(...phrase);
	}
	const words = foundBy.map(({ query }) => query?.replaceAll('"', '') ?? '').join(' ');
	const matches = pageMatches(page!, locations, words.split(' '));
	return { data: page!, matches, spellings, words, matched: new Set(wordsAt(page!.content, locations)) };
}
