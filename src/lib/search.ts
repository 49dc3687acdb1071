/**
 * The search's logic that needs no DOM: the state a search URL carries, what to ask Pagefind,
 * how to show its excerpts safely, and where its results should land.
 */

/** The filters the index carries (see the `data-pagefind-filter` attributes of a document page). */
export const filterNames = ['author', 'publication', 'kind', 'year'] as const;
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
		...(sort !== 'relevance' && { sort: { date: sort === 'newest' ? 'desc' : 'asc' } }),
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
	const words = query.toLowerCase().match(/[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*/gu) ?? [];
	for (const word of new Set(words)) params.append('highlight', word);
	const highlighted = params.toString();
	return `${path}${highlighted ? `?${highlighted}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

/** The parts of Pagefind's result data that passage links need. */
export interface Anchor {
	element: string;
	id: string;
	location: number;
}
export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	anchor?: Anchor;
}
export interface Passage {
	title: string;
	url: string;
	excerpt: string;
}

/** Ids that mark a footnote in the built pages (remark-gfm's `fn-N`). */
const footnotePattern = /^fn-(.+)$/;

/**
 * Links to the passages a result matched: Pagefind's sub-results (one per section), except that
 * matches among the footnotes link to the note itself (`#fn-3`), not to the notes' heading.
 */
export function passagesOf(subResults: readonly SubResult[], anchors: readonly Anchor[]): Passage[] {
	const footnotes = anchors.filter((anchor) => footnotePattern.test(anchor.id)).sort((a, b) => a.location - b.location);
	return subResults.flatMap((sub): Passage[] => {
		const firstNote = footnotes[0];
		if (!firstNote || !sub.locations.some((location) => location >= firstNote.location)) {
			return [{ title: sub.title, url: sub.url, excerpt: sub.excerpt }];
		}
		const notes = new Map<string, Anchor>();
		for (const location of sub.locations) {
			const note = footnotes.findLast((anchor) => anchor.location <= location);
			if (note) notes.set(note.id, note);
		}
		const sectionPart = sub.locations.some((location) => location < firstNote.location)
			? [{ title: sub.title, url: sub.url, excerpt: sub.excerpt }]
			: [];
		const [page] = sub.url.split('#');
		return [
			...sectionPart,
			...[...notes.values()].map((note) => ({
				title: `Note ${note.id.match(footnotePattern)![1]}`,
				url: `${page}#${note.id}`,
				excerpt: notes.size === 1 && sectionPart.length === 0 ? sub.excerpt : '',
			})),
		];
	});
}
