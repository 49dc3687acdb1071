import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

export interface RehypeParagraphAnchorsOptions {
	/** Start of each block's id: `p-` gives `p-1`, `p-2`, … through the document. */
	prefix?: string;
	/** Start of each link's accessible name; the block's number follows it. */
	labelPrefix?: string;
}

const defaults: Required<RehypeParagraphAnchorsOptions> = { prefix: 'p-', labelPrefix: 'Link to paragraph' };

/** The blocks of body text that can be linked to. */
const blockTags = new Set(['p', 'li', 'blockquote']);

/**
 * Gives every block of body text (paragraph, list item, block quote) an id numbered through the
 * document, the same on every build of the same text, and a link to itself beside its text. A
 * paragraph inside a list item or a quote is that block, not another one; the footnotes have
 * their own ids (`fn-N`) and are left alone. The link has no text of its own (its mark comes
 * from CSS) so the block's words are unchanged, and search leaves it out.
 * Adds nothing to the file's data.
 */
export default function rehypeParagraphAnchors(options: RehypeParagraphAnchorsOptions = {}) {
	const { prefix, labelPrefix } = { ...defaults, ...options };
	return (tree: Root) => {
		let number = 0;
		visit(tree, 'element', (node: Element, _index, parent) => {
			if (node.properties.dataFootnotes !== undefined) return SKIP;
			if (!blockTags.has(node.tagName) || node.properties.id !== undefined) return CONTINUE;
			const insideBlock = parent?.type === 'element' && blockTags.has(parent.tagName) && parent.tagName !== 'p';
			if (node.tagName === 'p' && insideBlock) return CONTINUE;
			number++;
			const id = `${prefix}${number}`;
			node.properties.id = id;
			node.children.push(
				h('a.paragraph-link', {
					href: `#${id}`,
					ariaLabel: `${labelPrefix} ${number}`,
					dataNumber: String(number),
					dataPagefindIgnore: '',
				}),
			);
			return CONTINUE;
		});
	};
}
