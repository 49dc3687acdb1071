import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { paragraphId } from '../core/passages/passages.ts';

export interface RehypePassageOutlineOptions {
	/** Which ids mark a paragraph, list item or quote: by default `p-N`. */
	paragraphId?: RegExp;
	/** Heading ids that are not sections, such as the footnotes' screen-reader label. */
	excludeHeadings?: readonly string[];
}

/** A section or a paragraph of the text, by the anchor a reader can cite it at. */
export interface OutlinePassage {
	id: string;
	kind: 'section' | 'paragraph';
	/** A section's title, a paragraph's text, without note markers or sidenotes. */
	text: string;
}

declare module 'vfile' {
	interface DataMap {
		/** The document's sections (headings) and paragraphs, in reading order. */
		outline: OutlinePassage[];
	}
}

const defaults = { paragraphId, excludeHeadings: [] as readonly string[] };
const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Note markers and the copies made inert (sidenotes) are apparatus, not the passage's words. */
const isApparatus = (node: Element) => node.tagName === 'sup' || node.properties.inert !== undefined;

function textOf(nodes: readonly ElementContent[]): string {
	return nodes
		.map((node) => (node.type === 'text' ? node.value : node.type === 'element' && !isApparatus(node) ? textOf(node.children) : ''))
		.join('');
}

/**
 * Records the document's sections and paragraphs in reading order, with their text, for the
 * citations of each passage. Changes nothing in the tree. Adds `outline` to the file's data.
 */
export default function rehypePassageOutline(options: RehypePassageOutlineOptions = {}) {
	const { paragraphId, excludeHeadings } = { ...defaults, ...options };

	return (tree: Root, file: VFile) => {
		const outline: OutlinePassage[] = [];
		visit(tree, 'element', (node: Element) => {
			if (isApparatus(node)) return 'skip';
			const { id } = node.properties;
			if (typeof id !== 'string') return;
			const isSection = headingTags.has(node.tagName) && !excludeHeadings.includes(id);
			if (!isSection && !paragraphId.test(id)) return;
			outline.push({ id, kind: isSection ? 'section' : 'paragraph', text: textOf(node.children).replace(/\s+/g, ' ').trim() });
			// A list item's paragraphs and quotes are numbered in their own right.
			return isSection ? 'skip' : undefined;
		});
		file.data.outline = outline;
	};
}
