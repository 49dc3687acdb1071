/**
 * The search's filters and order, folded behind one control, so that the results start high on
 * every screen; the control says how many are in use. Each filter's values are added once the
 * index has been asked for them.
 */
import { type FilterName, filterNames, type SortOrder, sortOrders } from '../../core/search/search.ts';
import { el } from '../shared/dom.ts';

const filterLabels: Record<FilterName, string> = {
	author: 'Author',
	publication: 'Publication',
	kind: 'Kind',
	year: 'Year',
	topic: 'Topic',
};

export interface OptionsPanel {
	/** The folding control, with the filters and the order inside. */
	element: HTMLDetailsElement;
	filters: Map<FilterName, HTMLSelectElement>;
	sort: HTMLSelectElement;
	/** After "Filters and order": how many are in use. */
	inUse: HTMLSpanElement;
}

/** A labelled field of the panel. */
const field = (label: string, select: HTMLSelectElement) =>
	el('p', { className: 'search-filter' }, el('label', { htmlFor: select.id }, label), select);

/** The filters (each "Any" until its values are added) and the order, `sort` chosen; `id` is the search field's. */
export function optionsPanel(id: string, sort: SortOrder): OptionsPanel {
	const filters = new Map(
		filterNames.map((name) => [name, el('select', { name, id: `${id}-${name}` }, el('option', { value: '' }, 'Any'))] as const),
	);
	const order = el(
		'select',
		{ name: 'sort', id: `${id}-sort` },
		...Object.entries(sortOrders).map(([value, label]) => el('option', { value, selected: value === sort }, label)),
	);
	const inUse = el('span', { className: 'options-in-use' });
	const element = el(
		'details',
		{ className: 'search-options-toggle' },
		el('summary', {}, 'Filters and order', inUse),
		el(
			'fieldset',
			{ className: 'search-options' },
			el('legend', { className: 'sr-only' }, 'Narrow the search'),
			...[...filters].map(([name, select]) => field(filterLabels[name], select)),
			field('Order', order),
		),
	);
	return { element, filters, sort: order, inUse };
}

/** ": 2 in use" after "Filters and order", or nothing where none is. */
export function showOptionsInUse({ inUse }: OptionsPanel, count: number): void {
	inUse.textContent = count === 0 ? '' : `: ${count} in use`;
}

/** A filter's values, each with the number of documents that have it: years newest first, the rest in alphabetical order. */
export function filterValues(name: FilterName, counts: Record<string, number>): HTMLOptionElement[] {
	const values = Object.keys(counts).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
	return values.map((value) => el('option', { value }, `${value} (${counts[value]})`));
}
