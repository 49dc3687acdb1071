import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

declare module 'vfile' {
	interface DataMap {
		/** Every id in the document: the anchors a link may point to. */
		anchors: Set<string>;
		/** The address of every link in the document, as written. */
		links: string[];
	}
}

/**
 * Records the document's anchors and links, so that every link into the corpus can be checked
 * once all documents are known. Changes nothing in the tree.
 */
export default function rehypeLinkTargets() {
	return (tree: Root, file: VFile) => {
		const anchors = new Set<string>();
		const links: string[] = [];
		visit(tree, 'element', (node: Element) => {
			if (typeof node.properties.id === 'string') anchors.add(node.properties.id);
			if (node.tagName === 'a' && typeof node.properties.href === 'string') links.push(node.properties.href);
		});
		file.data.anchors = anchors;
		file.data.links = links;
	};
}
