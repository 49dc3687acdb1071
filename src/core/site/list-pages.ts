/**
 * Pages that list things (a topic's passages, a work's citing passages, a document's citations)
 * split by size as well as by count, so that none grows past the cap however many passages a
 * document has or however long they are. Pure: the pages say what each item weighs.
 */

/** The most HTML, in bytes, a page that lists things may have; the build stops on a page at or over it. */
export const LIST_PAGE_CAP = 200_000;

/**
 * What a page's list may weigh, by the pages' estimates of their items' markup: well under the
 * cap, which must also hold the page's header, navigation, head and footer, and the estimates' error.
 */
const LIST_PAGE_BUDGET = 140_000;

/** The bytes of `text` in UTF-8 as written into a page, a little over: each of `&<>"` as the longest of their escapes. */
export function htmlBytes(text: string): number {
	let escapes = 0;
	for (const char of text) if (char === '&' || char === '<' || char === '>' || char === '"') escapes++;
	return Buffer.byteLength(text, 'utf8') + 5 * escapes;
}

/** The part of a group (a document) one page lists: all of its items, or those that fit. */
export interface GroupSlice<G, I> {
	group: G;
	items: I[];
	/** The group's place in the whole list, from 0. */
	index: number;
	/** Whether the group's first items were listed on an earlier page. */
	continued: boolean;
}

export interface GroupLimits<G, I> {
	/** The estimated bytes a group's heading adds to a page, and each of its items. */
	groupWeight: (group: G) => number;
	itemWeight: (item: I, group: G) => number;
	/** What a page's items may weigh together. */
	budget?: number;
	/** The most groups a page lists. */
	maxGroups: number;
	/** What the first page holds besides the list (a document's own citations), against the budget. */
	firstPageWeight?: number;
}

/**
 * Splits groups of items (documents and their passages), in order, into pages of at most
 * `maxGroups` groups whose weights stay within the budget. A group too heavy for what is left of a
 * page goes on over the next, its heading repeated; a page always lists at least one item, so an
 * item heavier than the whole budget has a page to itself. Always at least one page.
 */
export function pagesOfGroups<G, I>(
	groups: readonly G[],
	itemsOf: (group: G) => readonly I[],
	{ groupWeight, itemWeight, budget = LIST_PAGE_BUDGET, maxGroups, firstPageWeight = 0 }: GroupLimits<G, I>,
): GroupSlice<G, I>[][] {
	const pages: GroupSlice<G, I>[][] = [[]];
	let used = firstPageWeight;
	let itemsOnPage = 0;
	const newPage = () => {
		pages.push([]);
		used = 0;
		itemsOnPage = 0;
	};
	groups.forEach((group, index) => {
		const heading = groupWeight(group);
		const items = itemsOf(group);
		const first = items.length > 0 ? itemWeight(items[0]!, group) : 0;
		if (itemsOnPage > 0 && (pages.at(-1)!.length >= maxGroups || used + heading + first > budget)) newPage();
		let slice: GroupSlice<G, I> = { group, items: [], index, continued: false };
		pages.at(-1)!.push(slice);
		used += heading;
		for (const item of items) {
			const weight = itemWeight(item, group);
			if (itemsOnPage > 0 && used + weight > budget) {
				newPage();
				slice = { group, items: [], index, continued: true };
				pages.at(-1)!.push(slice);
				used = heading;
			}
			slice.items.push(item);
			used += weight;
			itemsOnPage++;
		}
	});
	return pages;
}

/** Which page (from 1) lists the first item for which `where` holds, or undefined. */
export function pageListing<G, I>(pages: readonly GroupSlice<G, I>[][], where: (slice: GroupSlice<G, I>) => boolean): number | undefined {
	const found = pages.findIndex((slices) => slices.some(where));
	return found === -1 ? undefined : found + 1;
}

/** What Astro's pages of a list need to link to each other: the page's number, their count and its neighbours' addresses. */
export interface ListPage {
	currentPage: number;
	lastPage: number;
	url: { prev: string | undefined; next: string | undefined };
}
