/**
 * On a document opened from a search result (`?highlight=famine`), marks the searched words in
 * the text, scrolls to the first one (at or after the linked passage, if the link named one),
 * and offers to clear the marks. Loaded only when the parameter is there (./highlight-search.entry.ts).
 * Not Pagefind's own pagefind-highlight.js: at 44 KB it would be most of every page's weight,
 * and it neither scrolls to the first mark nor clears them; this is about 1 KB.
 */
import { highlightTerms, termPattern } from '../../core/search/highlight.ts';
import marksStylesheet from '../../styles/search-results.css?url';
import { el } from '../shared/dom.ts';
import { linkStylesheet } from '../shared/stylesheet.ts';

const pattern = termPattern(highlightTerms(new URLSearchParams(location.search).getAll('highlight')));
const text = document.querySelector<HTMLElement>('.document-text');

function markTerms(root: HTMLElement, terms: RegExp): HTMLElement[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const nodes: Text[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (!node.parentElement?.closest('.excerpt-note, .editorial-gap, [data-footnote-backref], [inert]')) nodes.push(node as Text);
	}
	const marks: HTMLElement[] = [];
	for (const node of nodes) {
		const value = node.data;
		const matches = [...value.matchAll(terms)];
		if (matches.length === 0) continue;
		const parts: (Node | string)[] = [];
		let last = 0;
		for (const match of matches) {
			parts.push(value.slice(last, match.index));
			const mark = el('mark', { className: 'search-hit' }, match[0]);
			marks.push(mark);
			parts.push(mark);
			last = match.index + match[0].length;
		}
		parts.push(value.slice(last));
		node.replaceWith(...parts);
	}
	return marks;
}

/** The id a `#fragment` names, also when it is not valid percent-encoding. */
function fragmentId(hash: string): string {
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return hash.slice(1);
	}
}

function clear(marks: HTMLElement[], bar: HTMLElement) {
	for (const mark of marks) mark.replaceWith(mark.textContent ?? '');
	text?.normalize();
	// The button goes with the bar: the focus goes to the text it was about.
	if (text) {
		text.tabIndex = -1;
		text.focus({ preventScroll: true });
	}
	bar.remove();
	document.documentElement.classList.remove('has-highlight-bar');
	const url = new URL(location.href);
	url.searchParams.delete('highlight');
	history.replaceState(history.state, '', url);
}

/** Marks the searched words, scrolls to the first, and adds the bar that clears them. */
function highlight(text: HTMLElement, pattern: RegExp) {
	const marks = markTerms(text, pattern);
	if (marks.length === 0) return;
	const button = el('button', { type: 'button' }, 'Clear highlighting');
	const count = el('p');
	count.setAttribute('role', 'status');
	const bar = el('div', { className: 'highlight-bar' }, count, button);
	text.before(bar);
	// Filled in once in the page: a live region that arrives with its text is not announced.
	requestAnimationFrame(() => {
		count.textContent = `${marks.length} ${marks.length === 1 ? 'match' : 'matches'} of your search highlighted.`;
	});
	document.documentElement.classList.add('has-highlight-bar');
	button.addEventListener('click', () => clear(marks, bar));
	const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
	const after = Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY;
	const first = (target && marks.find((mark) => target.compareDocumentPosition(mark) & after)) ?? marks[0]!;
	// After the browser's own jump to the #fragment, which comes with the load and would undo this.
	const scroll = () => requestAnimationFrame(() => first.scrollIntoView({ block: 'center' }));
	if (document.readyState === 'complete') scroll();
	else addEventListener('load', scroll, { once: true });
}

// The marks' and the bar's styles first, so that they appear styled. (A `then`, not a top-level
// `await`: a module that awaits makes the bundler put what it shares with the page's script in
// files of their own, each one more request on every page.)
if (pattern && text) void linkStylesheet(marksStylesheet).then(() => highlight(text, pattern));
