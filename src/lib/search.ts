/**
 * The search's logic that needs no DOM: the state a search URL carries, what to ask Pagefind,
 * how to show its excerpts safely, where its results should land, and how the results of a query
 * and its other spellings merge into one list.
 */

import { passageLabel } from './passages';
import { createTopicMatcher } from './topic-matcher';

/** The filters the index carries (see the `data-pagefind-filter` attributes of a document page). */
export const filterNames = ['author', 'publication', 'kind', 'year', 'topic'] as const;
export type FilterName = (typeof filterNames)[number];

export const sortOrders = { relevance: 'Relevance', newest: 'Newest first', oldest: 'Oldest first' } as const;
export type SortOrder = keyof typeof sortOrders;

export interface SearchState {
	query: string;
	filters: Partial<Record<FilterName, string[]>>;
	sort: SortOrder;
}

/** Reads a search from a URL's query string: `?q=famine&author=Andrei+Lankov&sort=newest`. */
export function stateFromSearchParams(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const name of filterNames) {
		const values = params.getAll(name).filter(Boolean);
		if (values.length > 0) filters[name] = values;
	}
	const sort = params.get('sort');
	return { query: params.get('q')?.trim() ?? '', filters, sort: sort && sort in sortOrders ? (sort as SortOrder) : 'relevance' };
}

/** Writes a search as a query string; the inverse of `stateFromSearchParams`. */
export function searchParamsFromState({ query, filters, sort }: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const name of filterNames) for (const value of filters[name] ?? []) params.append(name, value);
	if (sort !== 'relevance') params.set('sort', sort);
	return params;
}

/** Whether there is anything to search for. */
export const isEmpty = ({ query, filters }: SearchState): boolean =>
	query === '' && Object.values(filters).every((values) => !values?.length);

/** The options of `pagefind.search()` for a state. */
export function pagefindSearchOptions({ filters, sort }: SearchState) {
	return {
		filters: Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }])),
		...(sort !== 'relevance' && { sort: { date: sort === 'newest' ? 'desc' : 'asc' } as const }),
	};
}

export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };
const decodeEntities = (html: string): string =>
	html.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => entities[name] ?? '');

/**
 * Splits a Pagefind excerpt ("…the <mark>famine</mark> of…") into text and marked text, to be
 * shown as text nodes: nothing in an excerpt is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	return excerpt
		.split(/(<mark>.*?<\/mark>)/s)
		.filter(Boolean)
		.map((part) => {
			const marked = part.startsWith('<mark>');
			const text = decodeEntities((marked ? part.slice(6, -7) : part).replace(/<[^>]*>/g, ''));
			return { text, marked };
		});
}

/**
 * A result link that asks its page to highlight the query's words: `?highlight=…` once a word,
 * before any #fragment. (Pagefind's own `highlightParam` keeps, for each page, the words of the
 * first search that found it, so a page first found while typing "Magnetic M" would keep "m".)
 */
export function withHighlight(url: string, query: string): string {
	const [beforeHash = '', hash] = url.split('#', 2);
	const [path, queryString = ''] = beforeHash.split('?', 2);
	const params = new URLSearchParams(queryString);
	params.delete('highlight');
	// The words, once each; one-letter words would mark every "a" on the page.
	const words = query.toLowerCase().match(/[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*/gu) ?? [];
	for (const word of new Set(words)) if (word.length > 1) params.append('highlight', word);
	const highlighted = params.toString();
	return `${path}${highlighted ? `?${highlighted}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

/** The parts of Pagefind's result data that passage links need. */
export interface Anchor {
	element: string;
	id: string;
	location: number;
	text?: string;
}
export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
}
export interface Passage {
	title: string;
	url: string;
	excerpt: string;
}

/** Passages listed under a result, at most: the rest are a click away on the page, highlighted. */
const MAX_PASSAGES = 3;

/** What a passage link is called: a paragraph (`p-N`), a note (`fn-N`), or a heading by its text. */
function passageTitle(anchor: Anchor): string | undefined {
	return passageLabel(anchor.id) ?? (/^h[2-6]$/.test(anchor.element) ? anchor.text : undefined);
}

/**
 * Links to the passages a result matched: each match lands on the block that holds it, the
 * paragraph (`#p-12`), the note (`#fn-3`) or, for a match in a heading, the heading. The blocks
 * with the most matches come first (a phrase's words together beat one word alone), then in the
 * text's order; each sub-result's excerpt goes with its best block.
 */
export function resultPassages(subResults: readonly SubResult[], anchors: readonly Anchor[]): Passage[] {
	const targets = anchors.filter((anchor) => passageTitle(anchor) !== undefined).sort((a, b) => a.location - b.location);
	const blocks = new Map<string, { target: Anchor; matches: number; sub: SubResult }>();
	for (const sub of subResults) {
		for (const location of sub.locations) {
			const target = targets.findLast((anchor) => anchor.location <= location);
			if (!target) continue;
			const block = blocks.get(target.id) ?? { target, matches: 0, sub };
			block.matches++;
			blocks.set(target.id, block);
		}
	}
	const ranked = [...blocks.values()].sort((a, b) => b.matches - a.matches || a.target.location - b.target.location);
	const withExcerpt = new Set(subResults.map((sub) => ranked.find((block) => block.sub === sub)));
	return ranked.slice(0, MAX_PASSAGES).map((block) => ({
		title: passageTitle(block.target)!,
		url: `${block.sub.url.split('#')[0]}#${block.target.id}`,
		excerpt: withExcerpt.has(block) ? block.sub.excerpt : '',
	}));
}

/** A topic's spellings, as `/topics/spellings.json` lists them for search. */
export interface TopicSpellings {
	name: string;
	aliases: string[];
}

/** Searches run for one query at most: the query itself and its other spellings. */
const MAX_QUERIES = 8;

/**
 * Makes search know the topics' spellings: `variants("Kim Il-sung famine")` is the query itself,
 * then the query with the topic's name respelled each other way ("Kim Il Sung famine"), so that a
 * reader finds a passage whichever spelling its author used.
 */
export function createSpellings(topics: readonly TopicSpellings[]) {
	const spellings = topics.map(({ name, aliases }, index) => ({ id: String(index), name, aliases }));
	const matcher = createTopicMatcher(spellings, { ignoreCase: true });
	return {
		variants(query: string): string[] {
			const queries = new Set([query]);
			for (const match of matcher.matches(query)) {
				const { name, aliases } = spellings[Number(match.topic)]!;
				// Spellings that differ only by a hyphen are tried too: the index splits words at hyphens.
				for (const other of [name, ...aliases]) {
					if (other.toLowerCase() === match.text.toLowerCase()) continue;
					queries.add(query.slice(0, match.index) + other + query.slice(match.index + match.text.length));
				}
			}
			return [...queries].slice(0, MAX_QUERIES);
		},
	};
}

/** A search result with the query that found it, so that its page highlights the words it holds. */
export interface FoundBy<T> {
	result: T;
	query: string;
}

/** The results of one search: the query as typed, or as another spelling of a topic it names. */
export interface QueryResults<T> {
	query: string;
	results: readonly T[];
}

/**
 * The results of several searches as one list: each result once, where it ranks best (on a tie,
 * in the first search: the query as typed), by Pagefind's score (comparable between searches of
 * the same index).
 */
export function mergeByScore<T extends { id: string; score: number }>(searches: readonly QueryResults<T>[]): FoundBy<T>[] {
	const best = new Map<string, FoundBy<T>>();
	for (const { query, results } of searches) {
		for (const result of results) {
			const found = best.get(result.id);
			if (!found || result.score > found.result.score) best.set(result.id, { result, query });
		}
	}
	return [...best.values()].sort((a, b) => b.result.score - a.result.score);
}

/** How many results several searches found between them: a result found by two counts once. */
export function countDistinct(searches: readonly { results: readonly { id: string }[] }[]): number {
	return new Set(searches.flatMap(({ results }) => results.map(({ id }) => id))).size;
}

/**
 * The results that can be among the first `count` of several searches merged by date: each
 * search is in date order already, so only its first `count` can. Each result once, with the
 * first search that found it (the query as typed comes first).
 */
export function dateCandidates<T extends { id: string }>(searches: readonly QueryResults<T>[], count: number): FoundBy<T>[] {
	const candidates = new Map<string, FoundBy<T>>();
	for (const { query, results } of searches) {
		for (const result of results.slice(0, count)) if (!candidates.has(result.id)) candidates.set(result.id, { query, result });
	}
	return [...candidates.values()];
}

/** Results in the order of their `published` date (ISO, so compared as text); an undated one counts as oldest. */
export function sortByDate<T extends { meta: Record<string, string> }>(
	found: readonly FoundBy<T>[],
	order: Exclude<SortOrder, 'relevance'>,
): FoundBy<T>[] {
	const direction = order === 'newest' ? -1 : 1;
	return [...found].sort((a, b) => direction * (a.result.meta.published ?? '').localeCompare(b.result.meta.published ?? ''));
}
