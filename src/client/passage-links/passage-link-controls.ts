/**
 * The controls beside a selection in a document (see ./passage-link.entry.ts, which loads this on the
 * reader's first selection): "Copy link to this passage"; for a paragraph or section, "Cite this
 * passage"; "Highlight" and "Add a note", which the reader's browser keeps (../notes/page-notes.ts);
 * and, where the site takes reports, "Report a mistake".
 */
import { reportHref } from '../../core/site/mistake-reports.ts';
import { el } from '../shared/dom.ts';
import { previewsStyled } from '../shared/previews-stylesheet.ts';
import { plainTextDirective, type TextDirective, textFragment } from '../../core/passages/text-fragment.ts';

const anchored = '[id^="p-"], [id^="fn-"], :is(h2, h3, h4, h5, h6)[id]';

/**
 * The selection's text as the page shows it: without the margin copies of notes (inert, so not
 * matched by text fragments either) and without the partial words at its edges, which a text
 * fragment cannot match.
 */
function wholeWords(range: Range): string {
	let selected = selectedText(range);
	const before = range.startContainer.nodeType === Node.TEXT_NODE ? (range.startContainer as Text).data[range.startOffset - 1] : undefined;
	const after = range.endContainer.nodeType === Node.TEXT_NODE ? (range.endContainer as Text).data[range.endOffset] : undefined;
	if (before && /[\p{L}\p{N}]/u.test(before)) selected = selected.replace(/^\S*\s*/, '');
	if (after && /[\p{L}\p{N}]/u.test(after)) selected = selected.replace(/\s*\S*$/, '');
	return selected.trim();
}

/** The selection's text as the page shows it, without the margin copies of notes. */
function selectedText(range: Range): string {
	const contents = range.cloneContents();
	for (const copy of contents.querySelectorAll('[inert]')) copy.remove();
	return contents.textContent ?? '';
}

let fragments: Promise<typeof import('./passage-fragment.ts') | undefined> | undefined;
/** The code that names a selection, loaded on the first one; undefined while it cannot load (the next selection tries again). */
const loadFragments = () => (fragments ??= import('./passage-fragment.ts').catch(() => (fragments = undefined)));

/** The directive for the selection in `block`: with the context that makes it unique, or else (the code would not load) the words alone. */
async function directiveFor(range: Range, block: Element, selected: string): Promise<TextDirective> {
	return (await loadFragments())?.uniqueDirective(range, block, selected) ?? plainTextDirective(selected);
}

/** The row of controls, hidden until there is a selection; "Report a mistake" only where the site takes reports. */
function controlsRow(reportsAddress: string | undefined) {
	const copy = el('button', { type: 'button', className: 'passage-link-button' }, 'Copy link to this passage');
	const cite = el('a', { className: 'passage-cite-link' }, 'Cite this passage');
	const highlight = el('button', { type: 'button', className: 'passage-highlight-button' }, 'Highlight');
	const note = el('button', { type: 'button', className: 'passage-note-button' }, 'Add a note');
	const report = reportsAddress ? el('a', { className: 'passage-report-link' }, 'Report a mistake') : undefined;
	// An issue tracker opens beside the text, so that the reader keeps their place; the link says so.
	if (report && !reportsAddress!.startsWith('mailto:')) {
		Object.assign(report, { target: '_blank', rel: 'noopener noreferrer' });
		report.append(el('span', { className: 'sr-only' }, ' (opens in a new tab)'));
	}
	const controls = el('div', { className: 'passage-controls', hidden: true }, copy, cite, highlight, note, ...(report ? [report] : []));
	return { controls, copy, cite, highlight, note, report };
}

/** Shows `controls` below the selection, within the window; the row wraps where the window is narrow. */
function placeBelow(controls: HTMLElement, range: Range) {
	const box = range.getBoundingClientRect();
	controls.hidden = false;
	controls.style.left = '0';
	const left = Math.min(Math.max(box.left + window.scrollX, 8), document.documentElement.clientWidth - controls.offsetWidth - 8);
	controls.style.top = `${box.bottom + window.scrollY + 8}px`;
	controls.style.left = `${left}px`;
}

/**
 * A paragraph's number, as its ¶ link carries it (rehype-paragraph-anchors). Read from the markup,
 * not with core/passages/passages.ts, which the lazily loaded search also uses: sharing it would
 * split it into a chunk of its own, one more request on every page.
 */
const paragraphNumber = (block: Element) => block.querySelector<HTMLElement>(':scope > a.paragraph-link')?.dataset.number;

/** The sections and paragraphs the citation page cites; notes are cited by the passage that calls them. */
const citable = (block: Element) => paragraphNumber(block) !== undefined || /^H[2-6]$/.test(block.tagName);

/**
 * The citation page that cites `block`: a long document's run over several, `cite/`, `cite/2/`, …,
 * and the text names the passage each after the first begins at (`citePages`).
 */
function citePageOf(block: Element, citePage: string, citePages: string): string {
	let page = 1;
	citePages.split(' ').forEach((id, at) => {
		const first = id ? document.getElementById(id) : null;
		if (first && (first === block || first.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING)) page = at + 2;
	});
	return page === 1 ? citePage : `${citePage}${page}/`;
}

/** Words selected in a passage of the text. */
interface Selected {
	/** The passage the selection begins in. */
	block: HTMLElement;
	range: Range;
	/** The selection's whole words. */
	selected: string;
	/** What a copied link leads to: "paragraph 12", or "this passage". */
	what: string;
}

/** The words selected now in `text`; undefined where nothing is, or the selection is not in the text's words. */
function selectionIn(text: HTMLElement): Selected | undefined {
	const selection = document.getSelection();
	const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
	// A selection of whole blocks (a triple click) starts at an element, not inside a text.
	const container = range?.startContainer;
	const block = (container instanceof Element ? container : container?.parentElement)?.closest<HTMLElement>(anchored);
	const selected = range ? wholeWords(range) : '';
	if (!range || !block || !text.contains(block) || block.closest('[inert]') || selected === '') return undefined;
	const number = paragraphNumber(block);
	return { block, range: range.cloneRange(), selected, what: number === undefined ? 'this passage' : `paragraph ${number}` };
}

/**
 * Offers the controls for selections in `text` from now on, beginning with the selection that
 * loaded this, once their stylesheet has loaded.
 */
export async function startPassageLinks(text: HTMLElement): Promise<void> {
	await previewsStyled;
	const {
		citePath = location.pathname,
		citePage = '',
		citePages = '',
		corrections: reportsAddress,
		source = '',
		title = '',
	} = text.dataset;
	const { controls, copy, cite, highlight, note, report } = controlsRow(reportsAddress);
	// Right after the text, so that a keyboard reaches them from the passage before the rest of the page.
	text.after(controls);
	const address = (document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).split('#')[0]!;
	let link: Selected | undefined;

	const update = () => {
		const now = selectionIn(text);
		if (!now) {
			// The controls keep their place while they are being used.
			if (!controls.contains(document.activeElement)) controls.hidden = true;
			return;
		}
		link = now;
		const { block, range } = now;
		void loadFragments();
		cite.hidden = !citable(block);
		cite.href = `${citePageOf(block, citePage, citePages)}#${block.id}`;
		if (report) {
			const line = Number(block.dataset.sourceLine) || undefined;
			const words = selectedText(range).replace(/\s+/g, ' ').trim();
			report.href = reportHref(reportsAddress!, { title, address: `${address}#${block.id}`, selected: words, source, line });
		}
		placeBelow(controls, range);
	};

	let timer: number | undefined;
	const updateSoon = () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(update, 120);
	};
	document.addEventListener('selectionchange', updateSoon);
	updateSoon();
	/** The selection as it stands when a control is pressed, not as the last pause in selecting left it. */
	const selectionNow = () => {
		window.clearTimeout(timer);
		update();
		return link;
	};
	// Pressing a control keeps the selection, so that the reader sees what the link holds.
	controls.addEventListener('pointerdown', (event) => event.preventDefault());
	for (const [kind, pressed] of [
		['highlight', highlight],
		['note', note],
	] as const) {
		pressed.addEventListener('click', async () => {
			const now = selectionNow();
			if (!now) return;
			const { block, range } = now;
			const { pageNotes } = await import('../notes/page-notes.ts');
			controls.hidden = true;
			await pageNotes(text).add(kind, block, range);
		});
	}
	copy.addEventListener('click', async () => {
		const now = selectionNow();
		if (!now) return;
		const { block, range, selected, what } = now;
		const [{ copyLink }, directive] = await Promise.all([import('../copy/copy.ts'), directiveFor(range, block, selected)]);
		// At the address of the version the page shows (`citePath`), which keeps these words when a later version comes.
		void copyLink(`${location.origin}${citePath}${textFragment(block.id, directive)}`, what);
	});
}
