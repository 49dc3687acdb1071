/**
 * The ¶ and section links, enhanced: following one also copies its address (its version's own, in
 * a text that has had more than one). The link still
 * goes to its passage, so without JavaScript, or with the copy refused, the address bar holds it.
 * The copying (../copy/copy.ts) loads on the first such click.
 */

document.addEventListener('click', (event) => {
	if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	const link = (event.target as Element).closest<HTMLAnchorElement>('a.paragraph-link, a.heading-link');
	if (!link) return;
	const what = link.classList.contains('paragraph-link')
		? `paragraph ${link.dataset.number}`
		: `the section “${link.closest('.heading')?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim()}”`;
	// In a text whose version has its own address (`data-cite-path`), the address copied is that one, which keeps these words.
	const citePath = link.closest<HTMLElement>('.document-text')?.dataset.citePath;
	const address = citePath ? `${location.origin}${citePath}${link.hash}` : link.href;
	void import('../copy/copy.ts').then((copy) => copy.copyLink(address, what));
});
