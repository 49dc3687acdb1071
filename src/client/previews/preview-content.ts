/**
 * What a preview shows (./preview-popover.ts): a copy of the note a reference leads to, or the
 * description of the topic a link names, labelled.
 */
import { el } from '../shared/dom.ts';

/** A copy of a note or description, with its links and ids taken out so that nothing is duplicated or focusable. */
function inertCopy(source: Element): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const child of source.childNodes) fragment.append(child.cloneNode(true));
	for (const backLink of fragment.querySelectorAll('[data-footnote-backref]')) backLink.remove();
	for (const link of fragment.querySelectorAll('a')) link.replaceWith(...link.childNodes);
	for (const element of fragment.querySelectorAll('[id]')) element.removeAttribute('id');
	return fragment;
}

/** The id of what `link` previews: its note, or its topic's description. */
export const previewedId = (link: HTMLAnchorElement): string =>
	link.matches('[data-footnote-ref]') ? decodeURIComponent(link.hash.slice(1)) : `topic-${link.dataset.topic}`;

/** The preview of `link`; undefined where the page lacks what it leads to. */
export function previewContent(link: HTMLAnchorElement): DocumentFragment | undefined {
	// The page's list of its topics holds each one's description (src/components/DocumentTopics.astro).
	const source = document.getElementById(previewedId(link));
	if (!source) return undefined;
	const content = document.createDocumentFragment();
	if (link.matches('[data-footnote-ref]'))
		content.append(el('span', { className: 'preview-label' }, `Note ${link.textContent}`), inertCopy(source));
	else
		content.append(
			el('span', { className: 'preview-label' }, source.dataset.topicName ?? ''),
			el('p', {}, source.textContent?.trim() ?? ''),
		);
	return content;
}
