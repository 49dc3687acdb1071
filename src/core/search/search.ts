/**
 * The search's state and addresses, without a DOM: what a search URL carries, the filters and
 * order Pagefind is asked for, and the result links that highlight the words searched for. (The
 * query's syntax, its searches and what a result shows are in the search-*.ts files beside this.)
 */

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
