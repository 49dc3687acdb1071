/**
 * Selecting text in a document offers "Copy link to this passage": the address of the nearest
 * paragraph (or note, or heading) with a text fragment, which opens at the passage and highlights
 * it where browsers support text fragments, and at the paragraph where they do not. Browsers look
 * for the fragment's words in the whole page, so it names the selection as Chromium's own "Copy
 * link to highlight" does, with the context that makes it unique. Beside it, for a paragraph or
 * section, "Cite this passage" leads to its citations on the citation page; and "Highlight" and
 * "Add a note" keep the reader's own (../notes/page-notes.ts). The controls
 * (./passage-link-controls.ts) load on a reader's first selection, and the code that names it
 * (./passage-fragment.ts) after them. Also, here, the fallback for browsers without text
 * fragments: a text-fragment address marks its paragraph on arrival.
 */
import { anchorOfTextFragment } from '../../core/passages/text-fragment.ts';
import { onFirst } from '../shared/on-first.ts';

/**
 * Whether the reader has notes on the document, as src/client/notes/store.ts lists them under this
 * key: then the notes' code loads now, to draw them; elsewhere it loads on "Highlight" or "Add a note".
 */
function hasNotes(id = ''): boolean {
	try {
		return (JSON.parse(localStorage.getItem('reader-notes:documents') ?? '[]') as string[]).includes(id);
	} catch {
		return false;
	}
}

const text = document.querySelector<HTMLElement>('.document-text');
if (text && hasNotes(text.dataset.document)) void import('../notes/page-notes.ts').then((notes) => notes.pageNotes(text));
if (text) {
	onFirst(
		document,
		['selectionchange'],
		() => document.getSelection()?.isCollapsed === false,
		() => void import('./passage-link-controls.ts').then((controls) => controls.startPassageLinks(text)),
	);
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
