/**
 * Copies a link or a citation for the reader and says so. The Clipboard API needs a secure
 * context and the reader's permission; where it is missing or refused, the text is shown selected
 * in a field, ready for the reader's own copy command.
 */
import { el } from '../shared/dom.ts';
import { previewsStyled } from '../shared/previews-stylesheet.ts';

const status = el('div', { className: 'copy-status', hidden: true, attributes: { role: 'status' } });
document.body.append(status);

let hideTimer: number | undefined;

async function show(content: Node | string, keepFor = 4000) {
	await previewsStyled;
	window.clearTimeout(hideTimer);
	status.replaceChildren(content);
	status.hidden = false;
	hideTimer = window.setTimeout(() => {
		// The fallback field stays while the reader is using it.
		if (!status.contains(document.activeElement)) status.hidden = true;
	}, keepFor);
}

async function showFallback(text: string, prompt: string) {
	const field = el('input', { type: 'text', readOnly: true, value: text });
	const label = el('label', {}, `${prompt}: `, field);
	await show(label, 15000);
	// After the activating link's own navigation, which would take the focus back.
	window.setTimeout(() => {
		field.focus();
		field.select();
		field.addEventListener('blur', () => (status.hidden = true), { once: true });
	});
}

/** What to copy: plain text, and the same as HTML for editors that keep italics. */
interface Copied {
	text: string;
	html?: string;
}

async function copy({ text, html }: Copied, done: string, prompt: string): Promise<void> {
	try {
		if (!navigator.clipboard) throw new Error('no Clipboard API');
		if (html && typeof ClipboardItem !== 'undefined') {
			const blob = (content: string, type: string) => new Blob([content], { type });
			await navigator.clipboard.write([
				new ClipboardItem({ 'text/plain': blob(text, 'text/plain'), 'text/html': blob(html, 'text/html') }),
			]);
		} else {
			await navigator.clipboard.writeText(text);
		}
		await show(done);
	} catch {
		await showFallback(text, prompt);
	}
}

/** Copies `url`; `what` names what it leads to ("paragraph 3") for the confirmation. */
export const copyLink = (url: string, what: string): Promise<void> =>
	copy({ text: url }, `Link to ${what} copied.`, `Copy the link to ${what}`);

/**
 * Copies the citation shown in `citation`; `what` names it ("the Chicago note") for the
 * confirmation. A reference file's text (a <pre>, perhaps folded away, where innerText is empty)
 * is copied as the file has it, plain; a formatted citation also as HTML, for editors that keep
 * its italics.
 */
export const copyCitation = (citation: HTMLElement, what: string): Promise<void> =>
	copy(
		citation instanceof HTMLPreElement
			? { text: (citation.textContent ?? '').trim() }
			: { text: citation.innerText.trim(), html: citation.innerHTML.trim() },
		`${what.charAt(0).toUpperCase()}${what.slice(1)} copied.`,
		`Copy ${what}`,
	);
