/**
 * Copies a link for the reader and says so. The Clipboard API needs a secure context and the
 * reader's permission; where it is missing or refused, the link is shown selected in a field,
 * ready for the reader's own copy command.
 */

const status = document.createElement('div');
status.className = 'copy-status';
status.setAttribute('role', 'status');
status.hidden = true;
document.body.append(status);

let hideTimer: number | undefined;

function show(content: Node | string, keepFor = 4000) {
	window.clearTimeout(hideTimer);
	status.replaceChildren(content);
	status.hidden = false;
	hideTimer = window.setTimeout(() => {
		// The fallback field stays while the reader is using it.
		if (!status.contains(document.activeElement)) status.hidden = true;
	}, keepFor);
}

function showFallback(url: string, what: string) {
	const label = document.createElement('label');
	label.textContent = `Copy the link to ${what}: `;
	const field = Object.assign(document.createElement('input'), { type: 'text', readOnly: true, value: url });
	label.append(field);
	show(label, 15000);
	// After the link's own navigation, which would take the focus back.
	window.setTimeout(() => {
		field.focus();
		field.select();
		field.addEventListener('blur', () => (status.hidden = true), { once: true });
	});
}

/** Copies `url`; `what` names what it leads to ("paragraph 3") for the confirmation. */
export async function copyLink(url: string, what: string): Promise<void> {
	try {
		if (!navigator.clipboard) throw new Error('no Clipboard API');
		await navigator.clipboard.writeText(url);
		show(`Link to ${what} copied.`);
	} catch {
		showFallback(url, what);
	}
}
