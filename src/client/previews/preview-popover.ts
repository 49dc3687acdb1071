/**
 * The previews' popover (see ./previews.ts, which loads this when a reader first points at or
 * focuses a note reference or topic link), where the note is not in the margin beside its
 * reference (there, pointing at it marks the margin note). The popover is a visual copy (hidden from screen
 * readers, which reach the note itself through the link, so they get it once) and holds nothing
 * focusable. Its stylesheet (`previewsStyled`) is to be waited for before it starts.
 */
export { previewsStyled } from '../shared/previews-stylesheet.ts';

/** Long enough to pass over a link without a popover, short enough to feel immediate. */
const SHOW_DELAY = 250;
const HIDE_DELAY = 300;

/** A copy of a note or description, with its links and ids taken out so that nothing is duplicated or focusable. */
function inertCopy(source: Element): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const child of source.childNodes) fragment.append(child.cloneNode(true));
	for (const backLink of fragment.querySelectorAll('[data-footnote-backref]')) backLink.remove();
	for (const link of fragment.querySelectorAll('a')) link.replaceWith(...link.childNodes);
	for (const element of fragment.querySelectorAll('[id]')) element.removeAttribute('id');
	return fragment;
}

/**
 * Whether the link's note shows in the margin beside it (apparatus.css): pointing at the
 * reference then marks that note, and a preview would only cover it with a second copy.
 */
function noteInMargin(link: HTMLAnchorElement): boolean {
	const copy = link.closest('sup')?.nextElementSibling;
	return Boolean(link.matches('[data-footnote-ref]') && copy?.matches('.sidenote') && getComputedStyle(copy).display !== 'none');
}

function contentFor(link: HTMLAnchorElement): DocumentFragment | undefined {
	if (link.matches('[data-footnote-ref]')) {
		const note = document.getElementById(decodeURIComponent(link.hash.slice(1)));
		if (!note) return undefined;
		const content = inertCopy(note);
		const number = Object.assign(document.createElement('span'), { className: 'preview-label', textContent: `Note ${link.textContent}` });
		content.prepend(number);
		return content;
	}
	// The page's list of its topics holds each one's description (src/components/DocumentTopics.astro).
	const description = document.getElementById(`topic-${link.dataset.topic}`);
	if (!description) return undefined;
	const content = document.createDocumentFragment();
	content.append(
		Object.assign(document.createElement('span'), { className: 'preview-label', textContent: description.dataset.topicName ?? '' }),
	);
	content.append(Object.assign(document.createElement('p'), { textContent: description.textContent?.trim() }));
	return content;
}

/** Shows previews of the `triggers` links in `text` from now on, answering first what the reader did while this loaded. */
export function startPreviews(text: HTMLElement, triggers: string, earlier: readonly Event[]) {
	const popover = document.createElement('div');
	popover.className = 'preview';
	popover.popover = 'manual';
	popover.setAttribute('aria-hidden', 'true');
	document.body.append(popover);

	let current: HTMLAnchorElement | undefined;
	let showTimer: number | undefined;
	let hideTimer: number | undefined;

	const place = (link: HTMLAnchorElement) => {
		const box = link.getBoundingClientRect();
		const width = popover.offsetWidth;
		const height = popover.offsetHeight;
		const viewport = document.documentElement;
		const left = Math.min(Math.max(box.left, 8), viewport.clientWidth - width - 8);
		// Below the link, or above it where the window has no room below.
		const below = box.bottom + 6;
		const top = below + height > viewport.clientHeight && box.top - height - 6 > 0 ? box.top - height - 6 : below;
		popover.style.left = `${left + window.scrollX}px`;
		popover.style.top = `${top + window.scrollY}px`;
	};

	const show = (link: HTMLAnchorElement) => {
		window.clearTimeout(hideTimer);
		window.clearTimeout(showTimer);
		if (current === link && popover.matches(':popover-open')) return;
		// The reader may have turned previews off since this loaded (src/core/site/reader-settings.ts).
		if (document.documentElement.dataset.readerPreviews === 'off' || noteInMargin(link)) return;
		const content = contentFor(link);
		if (!content) return;
		popover.replaceChildren(content);
		popover.dataset.for = link.matches('[data-footnote-ref]') ? decodeURIComponent(link.hash.slice(1)) : `topic-${link.dataset.topic}`;
		current = link;
		if (!popover.matches(':popover-open')) popover.showPopover();
		place(link);
	};

	const hide = () => {
		window.clearTimeout(showTimer);
		window.clearTimeout(hideTimer);
		if (popover.matches(':popover-open')) popover.hidePopover();
		current = undefined;
	};
	const hideSoon = () => {
		window.clearTimeout(showTimer);
		window.clearTimeout(hideTimer);
		hideTimer = window.setTimeout(hide, HIDE_DELAY);
	};

	const triggerOf = (event: Event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(triggers);
		return link && text.contains(link) && !link.closest('[inert]') ? link : undefined;
	};

	const onText = {
		pointerover(event: Event) {
			const link = triggerOf(event);
			if (!link || (event as PointerEvent).pointerType === 'touch') return;
			window.clearTimeout(hideTimer);
			window.clearTimeout(showTimer);
			showTimer = window.setTimeout(() => show(link), SHOW_DELAY);
		},
		pointerout(event: Event) {
			if (triggerOf(event) && !popover.contains((event as PointerEvent).relatedTarget as Node | null)) hideSoon();
		},
		focusin(event: Event) {
			const link = triggerOf(event);
			if (link && link.matches(':focus-visible')) show(link);
		},
		focusout(event: Event) {
			if (triggerOf(event)) hide();
		},
		// A tap shows the preview; a second tap on the same link follows it.
		click(event: Event) {
			const link = triggerOf(event);
			if (!link || (event as PointerEvent).pointerType !== 'touch' || current === link) return;
			if (document.documentElement.dataset.readerPreviews === 'off') return;
			event.preventDefault();
			show(link);
		},
	};
	for (const [type, listener] of Object.entries(onText)) text.addEventListener(type, listener);
	popover.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
	popover.addEventListener('pointerleave', hideSoon);
	document.addEventListener('pointerdown', (event) => {
		if (current && !popover.contains(event.target as Node) && !current.contains(event.target as Node)) hide();
	});
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && current) hide();
	});
	window.addEventListener('resize', hide);
	for (const event of earlier) {
		// A pointer that has left its link while this loaded wants no preview; a tap was held back for this.
		if (event.type === 'pointerover' && !triggerOf(event)?.matches(':hover')) continue;
		if (event.type === 'click') {
			const link = triggerOf(event);
			if (link) show(link);
		} else onText[event.type as keyof typeof onText]?.(event);
	}
}
