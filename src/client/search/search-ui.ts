/**
 * The search's view: adds the filters and "How to search" to a search form and fills in its
 * status, its results and "More results", over the engine in ./engine.ts. Loaded only when a
 * reader opens search (the dialog or the search page). Here the reader's actions change the
 * search (./search-state.ts) and its results are shown (./search-result-view.ts,
 * ./search-status.ts); everything from the index is shown as text: no excerpt or query is ever
 * parsed as HTML.
 */
import { type FilterName, isEmpty, searchParamsFromState, type SearchState, type SortOrder } from '../../core/search/search.ts';
import { searchPath } from '../../core/site/paths.ts';
import { sitePath } from '../../core/site/urls.ts';
import { filterCounts, findAll, type Findings, loadEngine, typingPause } from './engine.ts';
import { help } from './search-help.ts';
import { filterValues, type OptionsPanel, optionsPanel, showOptionsInUse } from './search-options-view.ts';
import { renderResult } from './search-result-view.ts';
import { SearchSession } from './search-state.ts';
import { type Announcer, announcement, correctionMessage, createAnnouncer, showCorrection } from './search-status.ts';
import { el } from '../shared/dom.ts';

/** The search page's address for a search: `…/search/?q=famine&author=…`. */
export function searchPageUrl(state: SearchState): string {
	const params = searchParamsFromState(state).toString();
	return sitePath(`${searchPath}${params ? `?${params}` : ''}`);
}

export interface SearchOptions {
	/** The search to show at first (from the page's URL); by default, what the field holds. */
	state?: SearchState;
	/** Heading level of each result's title: 2 on the search page, under its h1. */
	headingLevel: 2 | 3;
	/** Called after each search, e.g. to keep the page's URL in step. */
	onChange?: (state: SearchState) => void;
}

export interface SearchControl {
	/** Searches again for what the field holds now. */
	refresh(): void;
}

/** A search mounted in its form: the search, its elements, and what waits on its results. */
interface Mounted {
	session: SearchSession;
	input: HTMLInputElement;
	status: HTMLElement;
	announcer: Announcer;
	correction: HTMLElement;
	results: HTMLOListElement;
	more: HTMLButtonElement;
	options: OptionsPanel;
	headingLevel: SearchOptions['headingLevel'];
	onChange: SearchOptions['onChange'];
	/** What waits for the first results of a query: the filters' options. */
	fillFilters(): void;
}

/**
 * Runs the search inside `root`, which holds the markup of src/components/SearchForm.astro: adds
 * the filters to its form and fills in its status and results. The field is left where it is,
 * focus and all, so that nothing a reader typed while this loaded is lost.
 */
export function mountSearch(root: HTMLElement, { state: initial, headingLevel, onChange }: SearchOptions): SearchControl {
	const form = root.querySelector<HTMLFormElement>('form.search-form')!;
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = root.querySelector<HTMLElement>('.search-status')!;
	const results = root.querySelector<HTMLOListElement>('.search-results')!;
	if (initial) input.value = initial.query;
	const session = new SearchSession({ query: input.value.trim(), filters: initial?.filters ?? {}, sort: initial?.sort ?? 'relevance' });
	const search: Mounted = {
		session,
		input,
		status,
		results,
		headingLevel,
		onChange,
		announcer: createAnnouncer(status),
		correction: correctionMessage(),
		more: el('button', { type: 'button', className: 'search-more', hidden: true }, 'More results'),
		options: optionsPanel(input.id, session.state.sort),
		fillFilters: onceOnly(() => void fillFilters(search)),
	};
	// Under the field; on the search page of a wide screen, beside the results (search-results.css).
	form.after(el('div', { className: 'search-aside beside' }, search.options.element, help()));
	results.after(search.more);
	results.before(search.correction);
	listen(search, root, form);
	// The filters' options cost Pagefind a file each: load them once the first results are shown
	// (not beside the search that brings them), or when the reader turns to the options, unless
	// the search already uses a filter (from the URL), whose option must show at once.
	if (session.filtered) search.fillFilters();
	search.options.element.addEventListener('focusin', search.fillFilters);
	void run(search);
	return { refresh: () => searchField(search) };
}

/** `action`, run the first time only. */
function onceOnly(action: () => void): () => void {
	let done = false;
	return () => {
		if (done) return;
		done = true;
		action();
	};
}

/** The reader's actions: typing, the filters and the order, Enter, "More results", the arrow keys. */
function listen(search: Mounted, root: HTMLElement, form: HTMLFormElement) {
	const { session, input, results, more, options } = search;
	input.addEventListener('input', () => searchField(search));
	// The filters and the order; the field has its own `input` listener above.
	options.element.addEventListener('change', (event) => {
		const target = event.target as HTMLSelectElement;
		if (target === options.sort) session.setSort(target.value as SortOrder);
		else session.setFilter(target.name as FilterName, target.value);
		void run(search);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		results.querySelector<HTMLAnchorElement>('[data-result-link]')?.focus();
	});
	more.addEventListener('click', () => {
		session.showMore();
		void run(search);
	});
	root.addEventListener('keydown', (event) => moveByArrowKey(search, event));
}

/** Arrow keys move from the box through every result and passage link, and back up to the box. */
function moveByArrowKey({ input, results }: Mounted, event: KeyboardEvent) {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
	const links = [...results.querySelectorAll<HTMLAnchorElement>('[data-result-link]')];
	const stops: HTMLElement[] = [input, ...links];
	const at = stops.indexOf(document.activeElement as HTMLElement);
	if (at === -1 || (at === 0 && event.key === 'ArrowUp')) return;
	event.preventDefault();
	const next = stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]!;
	next.focus();
}

/** Searches for what the field holds, unless that is what was searched already (a space, say). */
function searchField(search: Mounted) {
	const query = search.input.value.trim();
	if (query === search.session.state.query && search.results.children.length > 0) return;
	// A keystroke is no pause: the count of what was typed before it is not announced.
	search.announcer.cancel();
	search.session.setQuery(query);
	void run(search, true);
}

/** Adds each filter's values to its field, with the value the search uses chosen. */
async function fillFilters(search: Mounted) {
	const available = await filterCounts();
	for (const [name, select] of search.options.filters) {
		select.append(...filterValues(name, available[name] ?? {}));
		const chosen = search.session.state.filters[name];
		select.value = chosen?.[0] ?? '';
		// A value from the URL that the index does not hold would filter out everything unseen.
		if (chosen?.length && select.value === '') {
			search.session.dropFilter(name);
			void run(search);
		}
	}
}

/** Searches for the search's state; `typed`, as the reader types, after a pause in the typing. */
async function run(search: Mounted, typed = false) {
	const { session, announcer } = search;
	const current = session.start();
	search.onChange?.(session.state);
	showOptionsInUse(search.options, session.optionsInUse);
	if (isEmpty(session.state)) return showNothing(search);
	const [engine] = await Promise.all([loadEngine().catch(() => undefined), typed ? typingPause() : undefined]);
	// A later keystroke has started another search meanwhile.
	if (!session.isLatest(current)) return;
	if (!engine) return announcer.announce('Search could not load. Check the connection and type again.', 0);
	const findings = await findAll(engine, session.state, session.shown, session.corrects);
	// A later search has started: show nothing of this one.
	if (findings === null || !session.isLatest(current)) return;
	showFindings(search, findings);
}

/** No search: no results, no correction, nothing to announce. */
function showNothing(search: Mounted) {
	search.results.replaceChildren();
	showFindingsCorrection(search, {});
	search.results.dataset.query = '';
	search.announcer.announce('', 0);
	search.more.hidden = true;
}

/** Shows a search's results, its correction and "More results", and announces them. */
function showFindings(search: Mounted, findings: Findings) {
	const { session, results, more } = search;
	const { query } = session.state;
	// A reader may already be on a result: keep the focus on the same link in the new list.
	const focused = results.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : null;
	const moreHadFocus = document.activeElement === more;
	const before = results.children.length;
	results.replaceChildren(...findings.found.map((found) => renderResult(found, search.headingLevel, query !== '')));
	results.dataset.query = query; // what the list answers, while the status waits to speak
	showFindingsCorrection(search, findings);
	if (focused) results.querySelector<HTMLElement>(`[data-result-link][href="${CSS.escape(focused)}"]`)?.focus();
	search.announcer.announce(announcement(query, findings));
	more.hidden = findings.total <= session.shown;
	if (query) search.fillFilters();
	// After "More results", the reader goes on from the first of the new results.
	if (moreHadFocus) results.children[before]?.querySelector<HTMLElement>('[data-result-link]')?.focus();
}

/** The correction of the query searched, if any, and what it offers to search instead. */
function showFindingsCorrection(search: Mounted, findings: Pick<Findings, 'corrected' | 'missing'>) {
	const { session, input } = search;
	showCorrection(search.correction, search.status, session.state.query, findings, {
		searchFor(query) {
			input.value = query;
			searchField(search);
			input.focus();
		},
		searchAsTyped(typed) {
			session.searchAsTyped(typed);
			void run(search).then(() => input.focus());
		},
	});
}
