/**
 * A passage's text as notes count it: the words a reader reads in it, without what the page adds
 * (the margin copies of notes, the ¶ link and the version marks, which are `inert` or kept out of
 * the search index) and without note numbers; the same on every build of the page, so that a
 * note's position in it holds while its words do.
 */
import type { PassageText } from '../../core/notes/anchoring.ts';
import type { TextPosition } from '../../core/notes/note.ts';

/** The passages a note may be on: paragraphs (and list items and quotes), notes and headings; the same as the passage links'. */
const passageBlocks = '[id^="p-"], [id^="fn-"], :is(h2, h3, h4, h5, h6)[id]';

const notText = '[inert], [data-pagefind-ignore], [data-footnote-ref], [data-footnote-backref]';

function textNodes(block: Element): Text[] {
	const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(notText) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	return nodes;
}

export const passageText = (block: Element): string =>
	textNodes(block)
		.map((node) => node.data)
		.join('');

/** The passages of a document's text in reading order, with their texts. */
export const passagesIn = (text: HTMLElement): (PassageText & { block: HTMLElement })[] =>
	[...text.querySelectorAll<HTMLElement>(passageBlocks)].map((block) => ({ id: block.id, block, text: passageText(block) }));

/** Where the part of `range` inside `block` stands in its text, without white space at its ends; undefined if it holds no words. */
export function positionIn(block: Element, range: Range): TextPosition | undefined {
	let at = 0;
	let start: number | undefined;
	let end = 0;
	for (const node of textNodes(block)) {
		if (range.intersectsNode(node)) {
			const from = node === range.startContainer ? range.startOffset : 0;
			const to = node === range.endContainer ? range.endOffset : node.length;
			if (to > from) {
				start ??= at + from;
				end = at + to;
			}
		}
		at += node.length;
	}
	if (start === undefined) return undefined;
	const text = passageText(block);
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return end > start ? { start, end } : undefined;
}

/** The range of the text from `start` to `end` of the block's text. */
export function rangeAt(block: Element, { start, end }: TextPosition): Range {
	const range = document.createRange();
	let at = 0;
	let started = false;
	for (const node of textNodes(block)) {
		if (!started && start < at + node.length) {
			range.setStart(node, start - at);
			started = true;
		}
		if (started && end <= at + node.length) {
			range.setEnd(node, end - at);
			break;
		}
		at += node.length;
	}
	return range;
}
