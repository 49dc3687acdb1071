/**
 * Names a selection by a text fragment unique on the page, as Chromium's own "Copy link to
 * highlight" does: text-fragments-polyfill's generator (GoogleChromeLabs), and the block before
 * where the selection's whole block stands twice. Loaded by passage-link.entry.ts on the first
 * selection, so that no page pays for it before a reader asks for a link.
 */
import { GenerateFragmentStatus, generateFragmentFromRange } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { directiveAcrossBlocks, type TextDirective } from '../../core/passages/text-fragment.ts';

const blocks = 'p, li, dd, dt, blockquote, h1, h2, h3, h4, h5, h6, figcaption, td, th, div, section, nav, header, footer, aside';

/**
 * The text of `range` as the page shows it, for a text fragment's context: no inert copy, nothing
 * hidden, and a space where one block ends and the next begins.
 */
function visibleText(range: Range): string {
	const root = range.commonAncestorContainer;
	const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? root.parentNode! : root, NodeFilter.SHOW_TEXT);
	let text = '';
	let lastBlock: Element | null = null;
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const parent = node.parentElement;
		if (!parent || !range.intersectsNode(node) || parent.closest('[inert]') || !parent.checkVisibility()) continue;
		const block = parent.closest(blocks);
		if (block !== lastBlock) text += ' ';
		lastBlock = block;
		const start = node === range.startContainer ? range.startOffset : 0;
		text += node.data.slice(start, node === range.endContainer ? range.endOffset : undefined);
	}
	return text;
}

/** The visible text before `block`, and the block's own before the selection `range`. */
function textBefore(range: Range, block: Element) {
	const between = (startNode: Node, startOffset: number, endNode: Node, endOffset: number) => {
		const part = document.createRange();
		part.setStart(startNode, startOffset);
		part.setEnd(endNode, endOffset);
		return visibleText(part);
	};
	const parent = block.parentNode!;
	return {
		before: between(document.body, 0, parent, [...parent.childNodes].indexOf(block as ChildNode)),
		blockBefore: between(block, 0, range.startContainer, range.startOffset),
	};
}

/**
 * The directive that names the `selected` words of `range`, in `block`, and no others on the page.
 * The margin copies of the notes are inert, and browsers do not look for a fragment's words in
 * them, so the generator does not either.
 */
export function uniqueDirective(range: Range, block: Element, selected: string): TextDirective {
	// Taken out of the layout for as long as the generator reads the page: no frame is painted meanwhile.
	const copies = [...document.querySelectorAll<HTMLElement>('[inert]')];
	for (const copy of copies) copy.style.display = 'none';
	try {
		const { status, fragment } = generateFragmentFromRange(range);
		// The generator looks for context within the selection's block only; where the block's
		// whole text stands elsewhere too, the block before tells the two apart.
		return status === GenerateFragmentStatus.SUCCESS && fragment
			? fragment
			: directiveAcrossBlocks({ ...textBefore(range, block), selected });
	} finally {
		for (const copy of copies) copy.style.display = '';
	}
}
