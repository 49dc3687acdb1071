/**
 * A search as the reader shapes it, without a DOM: what is searched (the query, the filters, the
 * order), how many of its results are shown, which run of it is the latest, and a query the
 * reader asked to search as typed. The view (./search-ui.ts) changes it through these
 * transitions and shows what it holds.
 */
import type { FilterName, SearchState, SortOrder } from '../../core/search/search.ts';

/** Results shown at first, and added by each "More results": each costs Pagefind a fragment file. */
export const PAGE = 5;

export class SearchSession {
	#state: SearchState;
	#shown = PAGE;
	#run = 0;
	/** A query the reader asked to search as typed, not corrected. */
	#uncorrected: string | undefined;

	constructor({ query, filters, sort }: SearchState) {
		// One value a filter, as the form can show it.
		const shown = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, values.slice(0, 1)]));
		this.#state = { query, filters: shown, sort };
	}

	/** What is searched. */
	get state(): SearchState {
		return this.#state;
	}

	/** How many results are shown. */
	get shown(): number {
		return this.#shown;
	}

	/** Whether a word the index does not hold may be corrected: not in a query the reader asked for as typed. */
	get corrects(): boolean {
		return this.#uncorrected !== this.#state.query;
	}

	/** How many filters and orders other than relevance are in use. */
	get optionsInUse(): number {
		const filters = Object.values(this.#state.filters).filter((values) => values?.length).length;
		return filters + (this.#state.sort === 'relevance' ? 0 : 1);
	}

	/** Whether any filter is in use. */
	get filtered(): boolean {
		return Object.values(this.#state.filters).some((values) => values?.length);
	}

	/** Another query, from its first results. */
	setQuery(query: string): void {
		this.#state = { ...this.#state, query };
		this.#shown = PAGE;
	}

	/** A filter's one value, or none (`''`), from the first results. */
	setFilter(name: FilterName, value: string): void {
		this.#state = { ...this.#state, filters: { ...this.#state.filters, [name]: value ? [value] : [] } };
		this.#shown = PAGE;
	}

	/** Another order, from the first results. */
	setSort(sort: SortOrder): void {
		this.#state = { ...this.#state, sort };
		this.#shown = PAGE;
	}

	/** A filter's value dropped, the results shown as many as before: one the index does not hold. */
	dropFilter(name: FilterName): void {
		this.#state = { ...this.#state, filters: { ...this.#state.filters, [name]: [] } };
	}

	/** Another page of results shown. */
	showMore(): void {
		this.#shown += PAGE;
	}

	/** The reader took back the correction of `query`: it is searched as typed. */
	searchAsTyped(query: string): void {
		this.#uncorrected = query;
	}

	/** A run of the search starts; its number, to tell whether a later one has started since. */
	start(): number {
		return ++this.#run;
	}

	/** Whether run `run` is the latest: no later one has started. */
	isLatest(run: number): boolean {
		return run === this.#run;
	}
}
