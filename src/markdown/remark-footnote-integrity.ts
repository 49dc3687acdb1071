import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fileLine } from './file-lines.ts';

export interface RemarkFootnoteIntegrityOptions {
	/** Also refuse a note that no reference points to (remark-gfm would drop it unseen). */
	refuseUnreferenced?: boolean;
}

const defaults: Required<RemarkFootnoteIntegrityOptions> = { refuseUnreferenced: true };

/**
 * Stops the build, naming the file and line, where footnotes do not pair up: a reference to a
 * note that does not exist (remark-gfm leaves its `[^n]` as plain text) or a note that nothing
 * refers to (remark-gfm leaves it out). Run it after remark-gfm. Adds nothing to the file's data.
 */
export default function remarkFootnoteIntegrity(options: RemarkFootnoteIntegrityOptions = {}) {
	const { refuseUnreferenced } = { ...defaults, ...options };
	return (tree: Root, file: VFile) => {
		const referenced = new Set<string>();
		visit(tree, 'footnoteReference', (node) => {
			referenced.add(node.identifier);
		});
		visit(tree, 'text', (node) => {
			const dangling = /\[\^([^\]\s]+)\]/.exec(node.value);
			if (dangling) {
				file.fail(`${fileLine(file, node)}: footnote reference [^${dangling[1]}] has no note “[^${dangling[1]}]: …”`);
			}
		});
		if (!refuseUnreferenced) return;
		visit(tree, 'footnoteDefinition', (node) => {
			if (!referenced.has(node.identifier)) {
				file.fail(`${fileLine(file, node)}: footnote [^${node.label ?? node.identifier}] is never referenced in the text`);
			}
		});
	};
}
