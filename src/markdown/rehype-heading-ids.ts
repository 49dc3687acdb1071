import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from 'unist-util-visit';
import { isPageId } from '../core/passages/page-ids.ts';

export interface RehypeHeadingIdsOptions {
	/** Whether the page uses an id for a part of its own. */
	isReserved?: (id: string) => boolean;
	/** Ids of headings the pipeline itself made, left as they are (the notes' label). */
	exclude?: readonly string[];
	/** What a heading's id takes before it when its own is reserved. */
	prefix?: string;
}

const defaults: Required<RehypeHeadingIdsOptions> = { isReserved: isPageId, exclude: [], prefix: 'section-' };

/**
 * Gives a heading whose id (from its words, by rehype-slug) is one the page uses itself
 * (`title`, `main`, `fn-1`, `p-1`, …) that id with `prefix` before it, numbered if another
 * heading has that too: every id on the page stays unique. Run it after rehype-slug. Adds nothing
 * to the file's data.
 */
export default function rehypeHeadingIds(options: RehypeHeadingIdsOptions = {}) {
	const { isReserved, exclude, prefix } = { ...defaults, ...options };
	return (tree: Root) => {
		const headings: Element[] = [];
		visit(tree, 'element', (element) => {
			if (headingRank(element) && typeof element.properties.id === 'string' && !exclude.includes(element.properties.id))
				headings.push(element);
		});
		const taken = new Set(headings.map((heading) => heading.properties.id as string));
		for (const heading of headings) {
			const id = heading.properties.id as string;
			if (!isReserved(id)) continue;
			let renamed = `${prefix}${id}`;
			for (let number = 1; taken.has(renamed) || isReserved(renamed); number++) renamed = `${prefix}${id}-${number}`;
			taken.add(renamed);
			heading.properties.id = renamed;
		}
	};
}
