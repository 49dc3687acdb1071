import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type SourceBlock, sourceBlocks } from '../core/passages/text-coverage.ts';

declare module 'vfile' {
	interface DataMap {
		/** The paragraphs and headings the parser read, for rehype-text-coverage to find on the page. */
		sourceBlocks: SourceBlock[];
	}
}

/** Records the text's paragraphs and headings as the parser read them, with their lines (`file.data.sourceBlocks`). */
export default function remarkSourceBlocks() {
	return (tree: Root, file: VFile) => {
		file.data.sourceBlocks = sourceBlocks(tree);
	};
}
