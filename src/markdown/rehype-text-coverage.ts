import type { Element, Nodes, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import type { VFile } from 'vfile';
import { blocksNotOnPage } from '../core/passages/text-coverage.ts';
import { fileLine } from './file-lines.ts';

/** What the pipeline adds within a passage, which the text does not have: note markers and the notes' margin copies. */
const added = (element: Element) =>
	(element.tagName === 'sup' &&
		element.children.some((child) => child.type === 'element' && child.properties.dataFootnoteRef !== undefined)) ||
	(Array.isArray(element.properties.className) && element.properties.className.includes('sidenote'));

/** A passage's text as the text wrote it. */
const textOf = (node: Nodes): string => {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && added(node)) return ' ';
	return 'children' in node ? node.children.map(textOf).join('') : '';
};

/**
 * Stops the build, naming the file and line, where a paragraph or heading of the text
 * (`file.data.sourceBlocks`, from remark-source-blocks) is not among the page's passages: its
 * words went missing on the way. Run it last. Adds nothing to the file's data.
 */
export default function rehypeTextCoverage() {
	return (tree: Root, file: VFile) => {
		const passages = selectAll('p, li, blockquote, h2, h3, h4, h5, h6', tree).map(textOf);
		const missing = blocksNotOnPage(file.data.sourceBlocks ?? [], passages);
		if (missing.length === 0) return;
		const lines = missing.map(
			({ line, opening }) =>
				`${fileLine(file, { type: 'text', position: { start: { line, column: 1 }, end: { line, column: 1 } } })}: the passage beginning "${opening}" is not on its page: the HTML before it may have taken it in`,
		);
		file.fail(`Text that did not reach its page:\n  ${lines.join('\n  ')}`);
	};
}
