import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Marks each passage a reader can link to (a heading, a paragraph, list item or quote, a note:
 * whatever has an id and comes from the Markdown) with the line of the text it begins on, as
 * `data-source-line`, counted below the frontmatter as Astro hands the text to the plugins. A
 * report of a mistake names it; the second pass (`rehype-report-lines.ts`) makes it a line of the
 * file, or takes it out. Adds nothing to the file's data.
 */
export default function rehypeSourceLines() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const line = node.position?.start.line;
			// A link's id (a note's reference) marks no passage.
			if (node.tagName === 'a' || typeof node.properties.id !== 'string' || line === undefined) return;
			node.properties.dataSourceLine = String(line);
		});
	};
}
