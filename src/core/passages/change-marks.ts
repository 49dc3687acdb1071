/**
 * Marks on the passages of a page that a version changed: a small link to what changed, and a
 * note that shows when a link opens the page at that passage (`:target`, no script needed),
 * telling the reader that the words their link cited are no longer these and where to read them.
 * Pure: the page gives the passages, the words and the addresses.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

/** A link a mark's note offers. */
export interface MarkLink {
	href: string;
	text: string;
}

export interface PassageMark {
	/** The passage's id, or a retired id whose anchor stands in the passage that took its place. */
	id: string;
	/** The mark's text, a link to what changed: "Reworded in version 2"; none for a retired anchor. */
	label?: string;
	/** Where what changed is shown. */
	href: string;
	/** What a reader who opened a link to the passage is told, and where to read on. */
	notice: string;
	links: MarkLink[];
}

function markOf({ label, href, notice, links }: PassageMark): Element {
	const note = h('span.passage-change-notice', { role: 'note' }, [
		`${notice} `,
		...links.flatMap(({ href, text }, index) => [...(index > 0 ? [' · '] : []), h('a', { href }, text)]),
		'.',
	]);
	return h('span.passage-change', { dataPagefindIgnore: '' }, [...(label ? [' ', h('a.passage-change-mark', { href }, label)] : []), note]);
}

/** The page's HTML with each mark added to the end of its passage; the HTML as it was where there is none. */
export function withChangeMarks(html: string, marks: readonly PassageMark[]): string {
	if (marks.length === 0) return html;
	const byId = new Map(marks.map((mark) => [mark.id, mark]));
	const tree: Root = fromHtml(html, { fragment: true });
	visit(tree, 'element', (node: Element) => {
		const mark = typeof node.properties.id === 'string' ? byId.get(node.properties.id) : undefined;
		if (mark) node.children.push(markOf(mark));
	});
	return toHtml(tree);
}
