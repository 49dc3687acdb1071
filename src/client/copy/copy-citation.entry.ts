/**
 * The copy buttons beside citations. They are hidden in the HTML, since they need this script,
 * and shown here; without it, the citations are still there to select. The copying (./copy.ts)
 * loads on the first click of one.
 */

const buttons = document.querySelectorAll<HTMLButtonElement>('button.copy-citation');
for (const button of buttons) button.hidden = false;

document.addEventListener('click', (event) => {
	const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.copy-citation') : null;
	const citation = button?.parentElement?.querySelector<HTMLElement>('.citation-text');
	if (!button || !citation) return;
	void import('./copy.ts').then((copy) => copy.copyCitation(citation, button.dataset.what ?? 'the citation'));
});
