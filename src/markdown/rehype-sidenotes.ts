import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { select } from 'hast-util-select';
import { SKIP, visit } from 'unist-util-visit';

export interface RehypeSidenotesOptions {
	/** The class of each margin copy; the stylesheet decides where and when it shows. */
	className?: string;
}

const defaults: Required<RehypeSidenotesOptions> = { className: 'sidenote' };

/** A copy of a note's content with no ids (they stay unique) and no back-link (the copy sits by its reference). */
function copyOf(nodes: readonly ElementContent[]): ElementContent[] {
	return structuredClone(nodes).flatMap((node): ElementContent[] => {
		if (node.type !== 'element') return [node];
		if (node.properties.dataFootnoteBackref !== undefined) return [];
		visit(node, 'element', (element: Element) => {
			delete element.properties.id;
		});
		node.children = copyOf(node.children);
		return [node];
	});
}

/** A note's blocks as phrasing content, so that the copy can stand inside the paragraph it annotates. */
function phrasingOf(note: Element): ElementContent[] {
	return note.children.flatMap((block): ElementContent[] => {
		if (block.type !== 'element') return [];
		const content: ElementContent[] = block.tagName === 'p' ? copyOf(block.children) : [{ type: 'text', value: toString(block) }];
		// The space that stood before the back-link.
		let last = content.at(-1);
		while (last?.type === 'text' && last.value.trim() === '') {
			content.pop();
			last = content.at(-1);
		}
		if (last?.type === 'text') last.value = last.value.trimEnd();
		return [h('span.sidenote-paragraph', content)];
	});
}

/**
 * Puts a copy of each footnote beside its first reference, for wide screens to show in the
 * margin. The copy is inert: out of the tab order, out of the accessibility tree, out of find in
 * page and of search, so that screen readers and search meet each note once, in the list of
 * notes, which stays as it is. Adds nothing to the file's data.
 */
export default function rehypeSidenotes(options: RehypeSidenotesOptions = {}) {
	const { className } = { ...defaults, ...options };
	return (tree: Root) => {
		const done = new Set<string>();
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.properties.dataFootnotes !== undefined) return SKIP;
			const reference = node.tagName === 'sup' ? select('a[data-footnote-ref]', node) : undefined;
			if (!reference || index === undefined || !parent) return undefined;
			const target = String(reference.properties.href ?? '').replace(/^#/, '');
			const note = select(`li[id="${target}"]`, tree);
			if (!note || done.has(target)) return SKIP;
			done.add(target);
			const number = toString(reference);
			const sidenote = h(`span.${className}`, { inert: true, dataPagefindIgnore: '', dataNote: target }, [
				h(`span.${className}-number`, number),
				...phrasingOf(note),
			]);
			parent.children.splice(index + 1, 0, sidenote);
			return [SKIP, index + 2];
		});
	};
}
