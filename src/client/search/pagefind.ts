/**
 * The part of Pagefind's JS API (`pagefind/pagefind.js`, which its build writes beside the site)
 * that the search uses, typed here: the bundle ships no types for it.
 */
import type { Anchor } from '../../core/search/search-passages.ts';

/** A page's data, loaded from its fragment file. */
export interface ResultData {
	/** The page's address, under the site's base. */
	url: string;
	/** The page's indexed text. */
	content: string;
	/** The page's `data-pagefind-meta` values: `title`, `authors`, `publication`, `date`, `published`. */
	meta: Record<string, string>;
	/** Where each match of the search is, as word positions in `content`. */
	locations: number[];
	/** The page's elements with an id, at their word positions. */
	anchors: Anchor[];
}

/** A search result: its data is fetched only when asked for. */
export interface PagefindResult {
	id: string;
	/** Relevance; under a `sort`, the page's place in that order instead. */
	score: number;
	data(): Promise<ResultData>;
}

export interface SearchResponse {
	results: PagefindResult[];
}

/** The options of a search: the filters to match, and an order other than relevance. */
interface SearchOptions {
	filters: Record<string, { any: string[] }>;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
	options(options: { baseUrl: string; noWorker?: boolean }): Promise<void>;
	init(): Promise<void>;
	/** A `null` query finds every page that the filters let through. */
	search(query: string | null, options: SearchOptions): Promise<SearchResponse>;
	/** Each filter's values, with the number of pages that have each. */
	filters(): Promise<Record<string, Record<string, number>>>;
	/** Another instance, of the same index, with what it loads kept apart from this one's. */
	createInstance(options: { noWorker?: boolean }): Pick<Pagefind, 'filters' | 'search'>;
}
