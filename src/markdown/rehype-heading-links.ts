import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';

export interface RehypeHeadingLinksOptions {
	/** Heading ids that get no self-link, such as the screen-reader label of the footnotes. */
	exclude?: readonly string[];
	/** Start of each link's accessible name; the heading's text follows it. */
	labelPrefix?: string;
}

const defaults: Required<RehypeHeadingLinksOptions> = {
	exclude: [],
	labelPrefix: 'Link to this section:',
};

/**
 * Puts a self-link after every heading that has an id (run it after rehype-slug), and groups
 * the two in a `div.heading`. The link sits outside the heading so that a screen reader does
 * not read it as part of the heading's name; its visible mark comes from CSS, so the link has
 * no text of its own and its name is its `aria-label`.
 */
export default function rehypeHeadingLinks(options: RehypeHeadingLinksOptions = {}) {
	const { exclude, labelPrefix } = { ...defaults, ...options };
	const transform = rehypeAutolinkHeadings({
		behavior: 'after',
		test: (element: Element) => !exclude.includes(String(element.properties.id)),
		group: (heading: Readonly<Element>) => h(`div.heading.heading-${heading.tagName}`),
		properties: (heading: Readonly<Element>) => ({
			className: ['heading-link'],
			ariaLabel: `${labelPrefix} ${toString(heading).trim()}`,
		}),
		content: [],
	});
	return (tree: Root) => transform(tree);
}
