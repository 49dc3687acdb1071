/**
 * Previews beside footnote references and topic links: hovering, focusing or tapping one shows
 * the note, or the topic's description, in a popover next to it, without moving the text. Esc or
 * moving away closes it; the pointer can move onto it to read it. The popover's code
 * (./preview-popover.ts) loads when a reader first points at, focuses or taps one of those links.
 * Without JavaScript the links lead to the note or the page.
 */

/** The links that show a preview. */
const triggers = 'a[data-footnote-ref], a.topic-link';
const text = document.querySelector<HTMLElement>('.document-text');
/** Whether the reader turned previews off (src/core/site/reader-settings.ts): the links then just lead. */
const previewsOff = () => document.documentElement.dataset.readerPreviews === 'off';

if (text && 'showPopover' in HTMLElement.prototype) {
	const types = ['pointerover', 'focusin', 'click'];
	/** What the reader did before the popover's code was here, answered in order once it is. */
	let pending: Event[] | undefined;
	const hold = (event: Event) => {
		if ((event.target as Element | null)?.closest?.(triggers) == null || previewsOff()) return;
		if (event.type === 'click') {
			// A tap shows the preview (a second one follows the link); a click follows it at once.
			if ((event as PointerEvent).pointerType !== 'touch') return;
			event.preventDefault();
		}
		if (pending) {
			pending.push(event);
			return;
		}
		pending = [event];
		void import('./preview-popover.ts').then(async (popover) => {
			await popover.previewsStyled;
			for (const type of types) text.removeEventListener(type, hold);
			popover.startPreviews(text, triggers, pending!);
		});
	};
	for (const type of types) text.addEventListener(type, hold);
}
