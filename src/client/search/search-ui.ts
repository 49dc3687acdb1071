/**
 * The search's view: adds the filters and "How to search" to a search form and fills in its
 * status, its results and "More results", over the engine in ./engine.ts. Loaded only
 * when a reader opens search (the dialog or the search page). Everything from the index is shown as text: no excerpt or
 * query is ever parsed as HTML.
 */
import {
	type FilterName,
	filterNames,
	isEmpty,
	searchParamsFromState,
	type SearchState,
	type SortOrder,
	sortOrders,
	withHighlight,
} from '../../core/search/search.ts';
import type { ExcerptPart } from '../../core/search/search-passages.ts';
import { searchPath } from '../../core/site/paths.ts';
import { sitePath } from '../../core/site/urls.ts';
import { queryWithout } from '../../core/search/search-words.ts';
import { filterCounts, findAll, type Found, loadEngine, typingPause } from './engine.ts';
import { el } from '../shared/dom.ts';

/** Results shown at first, and added by each "More results": each costs Pagefind a fragment file. */
const PAGE = 5;
/** The count is announced once typing has paused this long, not at every keystroke. */
const ANNOUNCE_PAUSE_MS = 700;

/** The search page's address for a search: `…/search/?q=famine&author=…`. */
export function searchPageUrl(state: SearchState): string {
	const params = searchParamsFromState(state).toString();
	return sitePath(`${searchPath}${params ? `?${params}` : ''}`);
}

const filterLabels: Record<FilterName, string> = {
	author: 'Author',
	publication: 'Publication',
	kind: 'Kind',
	year: 'Year',
	topic: 'Topic',
};

function excerpt(parts: readonly ExcerptPart[], className: string): HTMLElement {
	return el('p', { className }, ...parts.map(({ text, marked }) => (marked ? el('mark', {}, text) : text)));
}

const code = (text: string) => el('code', {}, text);

/** Words in quotes, listed: “breakfast” and “marmalade”. */
const quoted = (words: readonly string[]): string =>
	new Intl.ListFormat('en', { type: 'conjunction' }).format(words.map((word) => `“${word}”`));

/** How to write a query, under the field: made here rather than sent with every page. */
const help = () =>
	el(
		'details',
		{ className: 'search-help' },
		el('summary', {}, 'How to search'),
		el(
			'ul',
			{},
			el('li', {}, code('famine 1990s'), ': documents with every word (or a word it begins)'),
			el('li', {}, code('"exact phrase"'), ': the words together, in this order, alone or beside other words'),
			el('li', {}, code('-word'), ' or ', code('-"a phrase"'), ': leaves out the documents that have it'),
			el('li', {}, code('famine OR hunger'), ': either word'),
			el(
				'li',
				{},
				'A name finds every spelling the documents use (',
				code('Kim Il-sung'),
				' finds “Kim Il Sung”); a word the documents never use is corrected to the nearest one they do.',
			),
		),
	);

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
	// One value a filter, as the form can show it.
	const filters = Object.fromEntries(Object.entries(initial?.filters ?? {}).map(([name, values]) => [name, values.slice(0, 1)]));
	let state: SearchState = { query: input.value.trim(), filters, sort: initial?.sort ?? 'relevance' };
	let announcement: ReturnType<typeof setTimeout> | undefined;
	let shown = PAGE;
	let run = 0;
	/** A query the reader asked to search as typed, not corrected. */
	let uncorrected: string | undefined;
	const id = input.id;

	const selects = new Map<FilterName, HTMLSelectElement>();
	const filterFields = filterNames.map((name) => {
		const select = el('select', { name, id: `${id}-${name}` }, el('option', { value: '' }, 'Any'));
		selects.set(name, select);
		return el('p', { className: 'search-filter' }, el('label', { htmlFor: select.id }, filterLabels[name]), select);
	});
	const sort = el(
		'select',
		{ name: 'sort', id: `${id}-sort` },
		...Object.entries(sortOrders).map(([value, label]) => el('option', { value, selected: value === state.sort }, label)),
	);
	const more = el('button', { type: 'button', className: 'search-more', hidden: true }, 'More results');
	// "Showing results for …": said when a word typed is not in the index and its nearest spelling
	// found results; "No document holds …", when a word has no spelling near enough.
	const correction = el('p', { className: 'search-correction', hidden: true });
	// The filters and the order fold behind one control, so that the results start high on every
	// screen; it says how many are in use.
	const optionsInUse = el('span', { className: 'options-in-use' });
	const options = el(
		'details',
		{ className: 'search-options-toggle' },
		el('summary', {}, 'Filters and order', optionsInUse),
		el(
			'fieldset',
			{ className: 'search-options' },
			el('legend', { className: 'sr-only' }, 'Narrow the search'),
			...filterFields,
			el('p', { className: 'search-filter' }, el('label', { htmlFor: sort.id }, 'Order'), sort),
		),
	);
	// Under the field; on the search page of a wide screen, beside the results (search-results.css).
	form.after(el('div', { className: 'search-aside beside' }, options, help()));
	results.after(more);
	results.before(correction);

	/** ": 2 in use" after "Filters and order", or nothing where none is. */
	function showOptionsInUse() {
		const inUse = Object.values(state.filters).filter((values) => values?.length).length + (state.sort === 'relevance' ? 0 : 1);
		optionsInUse.textContent = inUse === 0 ? '' : `: ${inUse} in use`;
	}

	function showCorrection(corrected: string | undefined, missing: readonly string[] = []) {
		correction.hidden = corrected === undefined && missing.length === 0;
		// One message on the screen: the correction says what the status says, which screen readers still hear.
		status.classList.toggle('sr-only', !correction.hidden);
		if (missing.length > 0) {
			const without = queryWithout(state.query, missing);
			const instead =
				without === undefined
					? undefined
					: el('button', { type: 'button', className: 'search-instead' }, 'search for ', el('em', {}, without));
			instead?.addEventListener('click', () => {
				input.value = without!;
				searchField();
				input.focus();
			});
			return correction.replaceChildren(`No document holds ${quoted(missing)}`, ...(instead ? [' — ', instead] : ['.']));
		}
		if (corrected === undefined) return correction.replaceChildren();
		const typed = state.query;
		const instead = el('button', { type: 'button', className: 'search-instead' }, 'search instead for ', el('em', {}, typed));
		instead.addEventListener('click', () => {
			uncorrected = typed;
			void search().then(() => input.focus());
		});
		correction.replaceChildren('Showing results for ', el('strong', {}, corrected), ' — ', instead);
	}

	async function fillFilters() {
		const available = await filterCounts();
		for (const [name, select] of selects) {
			const counts = available[name] ?? {};
			const values = Object.keys(counts).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
			select.append(...values.map((value) => el('option', { value }, `${value} (${counts[value]})`)));
			select.value = state.filters[name]?.[0] ?? '';
			// A value from the URL that the index does not hold would filter out everything unseen.
			if (state.filters[name]?.length && select.value === '') {
				state = { ...state, filters: { ...state.filters, [name]: [] } };
				void search();
			}
		}
	}

	function renderResult({ data, matches, spellings, words }: Found): HTMLLIElement {
		const title = data.meta.title ?? data.url;
		// `highlight` on result links lets the document page mark the searched words, as it spells them.
		const link = (url: string) => withHighlight(url, words);
		const heading = el(
			`h${headingLevel}`,
			{ className: 'result-title' },
			el('a', { href: link(data.url), dataset: { resultLink: '' } }, title),
		);
		const { count, passages } = matches;
		const facts = [data.meta.authors, data.meta.publication, data.meta.date].filter(Boolean);
		if (state.query) facts.push(`${count} ${count === 1 ? 'match' : 'matches'}`);
		// A result found only through another spelling of a name says which.
		if (spellings.length > 0) facts.push(`as ${spellings.map((spelling) => `“${spelling}”`).join(', ')}`);
		// Each passage link stands with its words; the first passage's are the result's own excerpt.
		return el(
			'li',
			{ className: 'search-result' },
			heading,
			el('p', { className: 'result-facts' }, facts.join(' · ')),
			passages.length === 0
				? excerpt(matches.excerpt, 'result-excerpt')
				: el(
						'ul',
						{ className: 'result-passages' },
						...passages.map((passage, index) =>
							el(
								'li',
								{},
								el('a', { href: link(passage.url), dataset: { resultLink: '' } }, passage.title),
								index === 0 ? excerpt(matches.excerpt, 'result-excerpt') : excerpt(passage.excerpt, 'passage-excerpt'),
							),
						),
					),
		);
	}

	/** Sets the live region once typing pauses: a screen reader hears the count, not every change. */
	function announce(text: string, at = ANNOUNCE_PAUSE_MS) {
		clearTimeout(announcement);
		announcement = setTimeout(() => {
			status.textContent = text;
		}, at);
	}

	/** What waits for the first results of a query: the filters' options. */
	let afterResults = () => {};

	/** Searches for `state`; `typed`, as the reader types, after a pause in the typing. */
	async function search(typed = false) {
		const current = ++run;
		onChange?.(state);
		showOptionsInUse();
		if (isEmpty(state)) {
			results.replaceChildren();
			showCorrection(undefined);
			results.dataset.query = '';
			announce('', 0);
			more.hidden = true;
			return;
		}
		const [engine] = await Promise.all([loadEngine().catch(() => undefined), typed ? typingPause() : undefined]);
		// A later keystroke has started another search meanwhile.
		if (current !== run) return;
		if (!engine) {
			announce('Search could not load. Check the connection and type again.', 0);
			return;
		}
		const response = await findAll(engine, state, shown, uncorrected !== state.query);
		// A later search has started: show nothing of this one.
		if (response === null || current !== run) return;
		const { total, found: data, corrected, missing } = response;
		// A reader may already be on a result: keep the focus on the same link in the new list.
		const focused = results.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : null;
		const moreHadFocus = document.activeElement === more;
		const before = results.children.length;
		results.replaceChildren(...data.map(renderResult));
		results.dataset.query = state.query; // what the list answers, while the status waits to speak
		showCorrection(corrected, missing);
		if (focused) results.querySelector<HTMLElement>(`[data-result-link][href="${CSS.escape(focused)}"]`)?.focus();
		const what = state.query ? ` for “${state.query}”` : '';
		const count = `${total} ${total === 1 ? 'result' : 'results'}`;
		if (missing) announce(`No document holds ${quoted(missing)}: no results${what}.`);
		else if (corrected !== undefined) announce(`${count} for “${corrected}”, since there are no results${what}.`);
		else announce(total === 0 ? `No results${what}.` : `${count}${what}.`);
		more.hidden = total <= shown;
		if (state.query) afterResults();
		// After "More results", the reader goes on from the first of the new results.
		if (moreHadFocus) results.children[before]?.querySelector<HTMLElement>('[data-result-link]')?.focus();
	}

	/** Searches for what the field holds, unless that is what was searched already (a space, say). */
	function searchField() {
		const query = input.value.trim();
		if (query === state.query && results.children.length > 0) return;
		// A keystroke is no pause: the count of what was typed before it is not announced.
		clearTimeout(announcement);
		state = { ...state, query };
		shown = PAGE;
		void search(true);
	}

	input.addEventListener('input', searchField);
	// The filters and the order; the field has its own `input` listener above.
	options.addEventListener('change', (event) => {
		const target = event.target as HTMLSelectElement;
		if (target === sort) state = { ...state, sort: sort.value as SortOrder };
		else state = { ...state, filters: { ...state.filters, [target.name]: target.value ? [target.value] : [] } };
		shown = PAGE;
		void search();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		results.querySelector<HTMLAnchorElement>('[data-result-link]')?.focus();
	});
	more.addEventListener('click', () => {
		shown += PAGE;
		void search();
	});

	// Arrow keys move from the box through every result and passage link, and back up to the box.
	root.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...results.querySelectorAll<HTMLAnchorElement>('[data-result-link]')];
		const stops: HTMLElement[] = [input, ...links];
		const at = stops.indexOf(document.activeElement as HTMLElement);
		if (at === -1 || (at === 0 && event.key === 'ArrowUp')) return;
		event.preventDefault();
		const next = stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]!;
		next.focus();
	});

	// The filters' options cost Pagefind a file each: load them once the first results are shown
	// (not beside the search that brings them), or when the reader turns to the options, unless
	// the search already uses a filter (from the URL), whose option must show at once.
	let filtersFilled = false;
	const fill = () => {
		if (filtersFilled) return;
		filtersFilled = true;
		void fillFilters();
	};
	if (Object.values(state.filters).some((values) => values?.length)) fill();
	options.addEventListener('focusin', fill);
	afterResults = fill;
	void search();
	return { refresh: searchField };
}
