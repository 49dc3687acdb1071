/**
 * The previews' popover (see ./previews.entry.ts, which loads this when a reader first points at or
 * focuses a note reference or topic link), where the note is not in the margin beside its
 * reference (there, pointing at it marks the margin note). The popover is a visual copy (hidden from screen
 * readers, which reach the note itself through the link, so they get it once) and holds nothing
 * focusable. Its stylesheet (`previewsStyled`) is to be waited for before it starts.
 */
import { el } from '../shared/dom.ts';
import { previewContent, previewedId } from './preview-content.ts';

export { previewsStyled } from '../shared/previews-stylesheet.ts';

/** Long enough to pass over a link without a popover, short enough to feel immediate. */
const SHOW_DELAY = 250;
const HIDE_DELAY = 300;

/** Whether the reader turned previews off since this loaded (src/core/site/reader-settings.ts). */
const previewsOff = () => document.documentElement.dataset.readerPreviews === 'off';

/**
 * Whether the link's note shows in the margin beside it (apparatus.css): pointing at the
 * reference then marks that note, and a preview would only cover it with a second copy.
 */
function noteInMargin(link: HTMLAnchorElement): boolean {
	const copy = link.closest('sup')?.nextElementSibling;
	return Boolean(link.matches('[data-footnote-ref]') && copy?.matches('.sidenote') && getComputedStyle(copy).display !== 'none');
}

/** Puts `popover` below `link`, or above it where the window has no room below, inside the window's width. */
function placeBeside(popover: HTMLElement, link: HTMLAnchorElement) {
	const box = link.getBoundingClientRect();
	const width = popover.offsetWidth;
	const height = popover.offsetHeight;
	const viewport = document.documentElement;
	const left = Math.min(Math.max(box.left, 8), viewport.clientWidth - width - 8);
	const below = box.bottom + 6;
	const top = below + height > viewport.clientHeight && box.top - height - 6 > 0 ? box.top - height - 6 : below;
	popover.style.left = `${left + window.scrollX}px`;
	popover.style.top = `${top + window.scrollY}px`;
}

/** The one popover of the page, the link it shows, and the timers that show and hide it after a pause. */
class Preview {
	readonly popover = el('div', { className: 'preview', popover: 'manual', attributes: { 'aria-hidden': 'true' } });
	/** The link whose preview is shown. */
	current: HTMLAnchorElement | undefined;
	#showTimer: number | undefined;
	#hideTimer: number | undefined;

	constructor() {
		document.body.append(this.popover);
	}

	get open(): boolean {
		return this.popover.matches(':popover-open');
	}

	/** Shows `link`'s preview, unless previews are off or its note is in the margin. */
	show(link: HTMLAnchorElement) {
		this.#stopTimers();
		if ((this.current === link && this.open) || previewsOff() || noteInMargin(link)) return;
		const content = previewContent(link);
		if (!content) return;
		this.popover.replaceChildren(content);
		this.popover.dataset.for = previewedId(link);
		this.current = link;
		if (!this.open) this.popover.showPopover();
		placeBeside(this.popover, link);
	}

	showSoon(link: HTMLAnchorElement) {
		this.#stopTimers();
		this.#showTimer = window.setTimeout(() => this.show(link), SHOW_DELAY);
	}

	hide() {
		this.#stopTimers();
		if (this.open) this.popover.hidePopover();
		this.current = undefined;
	}

	hideSoon() {
		this.#stopTimers();
		this.#hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY);
	}

	/** Keeps the preview shown: the pointer has moved onto it. */
	keep() {
		window.clearTimeout(this.#hideTimer);
	}

	#stopTimers() {
		window.clearTimeout(this.#showTimer);
		window.clearTimeout(this.#hideTimer);
	}
}

/** Shows previews of the `triggers` links in `text` from now on, answering first what the reader did while this loaded. */
export function startPreviews(text: HTMLElement, triggers: string, earlier: readonly Event[]) {
	const preview = new Preview();
	const triggerOf = (event: Event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(triggers);
		return link && text.contains(link) && !link.closest('[inert]') ? link : undefined;
	};

	const onText = {
		pointerover(event: Event) {
			const link = triggerOf(event);
			if (link && (event as PointerEvent).pointerType !== 'touch') preview.showSoon(link);
		},
		pointerout(event: Event) {
			if (triggerOf(event) && !preview.popover.contains((event as PointerEvent).relatedTarget as Node | null)) preview.hideSoon();
		},
		focusin(event: Event) {
			const link = triggerOf(event);
			if (link && link.matches(':focus-visible')) preview.show(link);
		},
		focusout(event: Event) {
			if (triggerOf(event)) preview.hide();
		},
		// A tap shows the preview; a second tap on the same link follows it.
		click(event: Event) {
			const link = triggerOf(event);
			if (!link || (event as PointerEvent).pointerType !== 'touch' || preview.current === link || previewsOff()) return;
			event.preventDefault();
			preview.show(link);
		},
	};
	for (const [type, listener] of Object.entries(onText)) text.addEventListener(type, listener);
	preview.popover.addEventListener('pointerenter', () => preview.keep());
	preview.popover.addEventListener('pointerleave', () => preview.hideSoon());
	document.addEventListener('pointerdown', (event) => {
		const { current, popover } = preview;
		if (current && !popover.contains(event.target as Node) && !current.contains(event.target as Node)) preview.hide();
	});
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && preview.current) preview.hide();
	});
	window.addEventListener('resize', () => preview.hide());
	for (const event of earlier) {
		// A pointer that has left its link while this loaded wants no preview; a tap was held back for this.
		if (event.type === 'pointerover' && !triggerOf(event)?.matches(':hover')) continue;
		if (event.type === 'click') {
			const link = triggerOf(event);
			if (link) preview.show(link);
		} else onText[event.type as keyof typeof onText]?.(event);
	}
}
