/**
 * Selecting text in a document offers "Copy link to this passage": the address of the nearest
 * paragraph (or note, or heading) with a text fragment, which opens at the passage and highlights
 * it where browsers support text fragments, and at the paragraph where they do not. Browsers look
 * for the fragment's words in the whole page, so it names the selection as Chromium's own "Copy
 * link to highlight" does, with the context that makes it unique: text-fragments-polyfill's
 * generator, loaded only once a reader selects something. Beside it, for a paragraph or section,
 * "Cite this passage" leads to its citations on the citation page. Also the fallback for browsers
 * without text fragments: a text-fragment address marks its paragraph on arrival.
 */
import { anchorOfTextFragment, directiveAcrossBlocks, plainTextDirective, type TextDirective, textFragment } from '../lib/text-fragment';
import { copyLink } from './copy';

const text = document.querySelector<HTMLElement>('.document-text');
const anchored = '[id^="p-"], [id^="fn-"], :is(h2, h3, h4, h5, h6)[id]';

/**
 * The selection's text as the page shows it: without the margin copies of notes (inert, so not
 * matched by text fragments either) and without the partial words at its edges, which a text
 * fragment cannot match.
 */
function wholeWords(range: Range): string {
	const contents = range.cloneContents();
	for (const copy of contents.querySelectorAll('[inert]')) copy.remove();
	let selected = contents.textContent ?? '';
	const before = range.startContainer.nodeType === Node.TEXT_NODE ? (range.startContainer as Text).data[range.startOffset - 1] : undefined;
	const after = range.endContainer.nodeType === Node.TEXT_NODE ? (range.endContainer as Text).data[range.endOffset] : undefined;
	if (before && /[\p{L}\p{N}]/u.test(before)) selected = selected.replace(/^\S*\s*/, '');
	if (after && /[\p{L}\p{N}]/u.test(after)) selected = selected.replace(/\s*\S*$/, '');
	return selected.trim();
}

type Generator = typeof import('text-fragments-polyfill/dist/fragment-generation-utils.js');
let generator: Promise<Generator | undefined> | undefined;
/** The generator, loaded once; undefined while it cannot load (the next selection tries again). */
const loadGenerator = (): Promise<Generator | undefined> =>
	(generator ??= import('text-fragments-polyfill/dist/fragment-generation-utils.js').catch(() => (generator = undefined)));

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
function textAround(range: Range, block: Element) {
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
		selected: wholeWords(range),
	};
}

/**
 * The directive that names the selected words and no others on the page. The margin copies of the
 * notes are inert, and browsers do not look for a fragment's words in them, so the generator does
 * not either. Without the generator (it failed to load), the words alone.
 */
async function directiveFor(range: Range, block: Element): Promise<TextDirective> {
	const loaded = await loadGenerator();
	if (!loaded) return plainTextDirective(wholeWords(range));
	// Taken out of the layout for as long as the generator reads the page: no frame is painted meanwhile.
	const copies = [...document.querySelectorAll<HTMLElement>('[inert]')];
	for (const copy of copies) copy.style.display = 'none';
	try {
		const { status, fragment } = loaded.generateFragmentFromRange(range);
		// The generator looks for context within the selection's block only; where the block's
		// whole text stands elsewhere too, the block before tells the two apart.
		return status === loaded.GenerateFragmentStatus.SUCCESS && fragment ? fragment : directiveAcrossBlocks(textAround(range, block));
	} finally {
		for (const copy of copies) copy.style.display = '';
	}
}

if (text) {
	const button = Object.assign(document.createElement('button'), {
		type: 'button',
		className: 'passage-link-button',
		textContent: 'Copy link to this passage',
		hidden: true,
	});
	const citePage = text.dataset.citePage ?? '';
	const cite = Object.assign(document.createElement('a'), {
		className: 'passage-cite-link',
		href: citePage,
		textContent: 'Cite this passage',
		hidden: true,
	});
	// In the main landmark, after the text, so that they come before the footer for keyboards too.
	(text.closest('main') ?? document.body).append(button, cite);
	let link: { block: HTMLElement; range: Range; what: string } | undefined;
	/** The sections and paragraphs the citation page cites; notes are cited by the passage that calls them. */
	/**
	 * A paragraph's number, as its ¶ link carries it (rehype-paragraph-anchors). Read from the markup,
	 * not with lib/passages.ts, which the lazily loaded search also uses: sharing it would split it
	 * into a chunk of its own, one more request on every page.
	 */
	const paragraphNumber = (block: Element) => block.querySelector<HTMLElement>(':scope > a.paragraph-link')?.dataset.number;
	const citable = (block: Element) => paragraphNumber(block) !== undefined || /^H[2-6]$/.test(block.tagName);

	const update = () => {
		const selection = document.getSelection();
		const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
		// A selection of whole blocks (a triple click) starts at an element, not inside a text.
		const container = range?.startContainer;
		const start = (container instanceof Element ? container : container?.parentElement)?.closest<HTMLElement>(anchored);
		const selected = range ? wholeWords(range) : '';
		if (!range || !start || !text.contains(start) || start.closest('[inert]') || selected === '') {
			// The controls keep their place while they are being used.
			if (document.activeElement !== button && document.activeElement !== cite) button.hidden = cite.hidden = true;
			return;
		}
		link = {
			block: start,
			range: range.cloneRange(),
			what: paragraphNumber(start) === undefined ? 'this passage' : `paragraph ${paragraphNumber(start)}`,
		};
		void loadGenerator();
		const box = range.getBoundingClientRect();
		button.hidden = false;
		const top = box.bottom + window.scrollY + 8;
		const left = Math.min(Math.max(box.left + window.scrollX, 8), document.documentElement.clientWidth - button.offsetWidth - 8);
		button.style.top = `${top}px`;
		button.style.left = `${left}px`;
		cite.hidden = !citable(start);
		if (!cite.hidden) {
			cite.href = `${citePage}#${start.id}`;
			cite.style.top = `${top}px`;
			// Beside the button where it fits, below it where it does not.
			const beside = left + button.offsetWidth + 8;
			const fits = beside + cite.offsetWidth + 8 <= document.documentElement.clientWidth;
			cite.style.left = `${fits ? beside : left}px`;
			if (!fits) cite.style.top = `${top + button.offsetHeight + 8}px`;
		}
	};

	let timer: number | undefined;
	document.addEventListener('selectionchange', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(update, 120);
	});
	// Pressing the button keeps the selection, so that the reader sees what the link holds.
	for (const control of [button, cite]) control.addEventListener('pointerdown', (event) => event.preventDefault());
	button.addEventListener('click', async () => {
		if (!link) return;
		const { block, range, what } = link;
		void copyLink(`${location.origin}${location.pathname}${textFragment(block.id, await directiveFor(range, block))}`, what);
	});
}

/** Browsers without text fragments keep the directive in the hash and find no element by it. */
function markFragmentTarget() {
	const anchor = anchorOfTextFragment(location.hash);
	const target = anchor ? document.getElementById(anchor) : null;
	if (!target) return;
	document.querySelector('.is-fragment-target')?.classList.remove('is-fragment-target');
	target.classList.add('is-fragment-target');
	target.scrollIntoView();
}
markFragmentTarget();
window.addEventListener('hashchange', markFragmentTarget);
