import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

declare module 'vfile' {
	interface DataMap {
		/**
		 * How many lines of the document's file come before its text (the frontmatter), when its
		 * page offers to report a mistake; undefined when it does not.
		 */
		linesBeforeText: number | undefined;
	}
}

/**
 * Makes each passage's `data-source-line` (rehype-source-lines, counted below the frontmatter) the
 * line of the document's file, for a report of a mistake to name; where the page offers no report
 * (`file.data.linesBeforeText` undefined), takes them out, so that the page carries none.
 * Adds nothing to the file's data.
 */
export default function rehypeReportLines() {
	return (tree: Root, file: VFile) => {
		const before = file.data.linesBeforeText;
		visit(tree, 'element', ({ properties }) => {
			if (properties.dataSourceLine === undefined) return;
			if (before === undefined) delete properties.dataSourceLine;
			else properties.dataSourceLine = String(Number(properties.dataSourceLine) + before);
		});
	};
}
