/**
 * The controls beside a selection in a document (see ./passage-link.ts, which loads this on the
 * reader's first selection): "Copy link to this passage" and, for a paragraph or section, "Cite
 * this passage".
 */
import { plainTextDirective, type TextDirective, textFragment } from '../lib/text-fragment';

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

let fragments: Promise<typeof import('./passage-fragment') | undefined> | undefined;
/** The code that names a selection, loaded on the first one; undefined while it cannot load (the next selection tries again). */
const loadFragments = () => (fragments ??= import('./passage-fragment').catch(() => (fragments = undefined)));

/** The directive for the selection in `block`: with the context that makes it unique, or else (the code would not load) the words alone. */
async function directiveFor(range: Range, block: Element, selected: string): Promise<TextDirective> {
	return (await loadFragments())?.uniqueDirective(range, block, selected) ?? plainTextDirective(selected);
}

/** Offers the controls for selections in `text` from now on, beginning with the selection that loaded this. */
export function startPassageLinks(text: HTMLElement) {
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
	let link: { block: HTMLElement; range: Range; selected: string; what: string } | undefined;
	/**
	 * A paragraph's number, as its ¶ link carries it (rehype-paragraph-anchors). Read from the markup,
	 * not with lib/passages.ts, which the lazily loaded search also uses: sharing it would split it
	 * into a chunk of its own, one more request on every page.
	 */
	const paragraphNumber = (block: Element) => block.querySelector<HTMLElement>(':scope > a.paragraph-link')?.dataset.number;
	/** The sections and paragraphs the citation page cites; notes are cited by the passage that calls them. */
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
			selected,
			what: paragraphNumber(start) === undefined ? 'this passage' : `paragraph ${paragraphNumber(start)}`,
		};
		void loadFragments();
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
	const updateSoon = () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(update, 120);
	};
	document.addEventListener('selectionchange', updateSoon);
	updateSoon();
	// Pressing the button keeps the selection, so that the reader sees what the link holds.
	for (const control of [button, cite]) control.addEventListener('pointerdown', (event) => event.preventDefault());
	button.addEventListener('click', async () => {
		if (!link) return;
		const { block, range, selected, what } = link;
		const [{ copyLink }, directive] = await Promise.all([import('./copy'), directiveFor(range, block, selected)]);
		void copyLink(`${location.origin}${location.pathname}${textFragment(block.id, directive)}`, what);
	});
}
