/**
 * The header's search field, enhanced: typing in it, submitting it or pressing Ctrl/⌘-K opens
 * the search dialog; Esc closes it. Only this small file runs on page load; the search itself
 * (and Pagefind, and its index) loads when the dialog first opens. The dialog's field is in the
 * page from the start and takes the focus at once, so no keystroke is lost while that loads.
 * Without JavaScript, the header field's form leads to the search page.
 */
import searchStylesheet from '../../styles/search-results.css?url';
import type { SearchControl } from './search-ui.ts';
import { linkStylesheet } from '../shared/stylesheet.ts';

const form = document.querySelector<HTMLFormElement>('form.site-search');
const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');

if (form && dialog) {
	const field = form.elements.namedItem('q') as HTMLInputElement;
	const root = dialog.querySelector<HTMLElement>('.search-root')!;
	const dialogField = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	const pageLink = dialog.querySelector<HTMLAnchorElement>('.search-page-link')!;
	let control: Promise<SearchControl> | undefined;
	/** Where the reader was before the dialog opened, to go back to, without scrolling, on close. */
	let returnTo: HTMLElement | null = null;

	/** Opens the dialog; `query` is what the reader typed in the header field, if that is how. */
	const open = (query?: string) => {
		if (query !== undefined) dialogField.value = query;
		if (!dialog.open) {
			returnTo = query !== undefined ? field : (document.activeElement as HTMLElement | null);
			dialog.showModal();
		}
		dialogField.focus();
		dialogField.setSelectionRange(dialogField.value.length, dialogField.value.length);
		if (control) {
			if (query !== undefined) void control.then((search) => search.refresh());
			return;
		}
		void linkStylesheet(searchStylesheet).then(() => dialog.classList.add('is-styled'));
		control = import('./search-ui.ts').then((search) =>
			search.mountSearch(root, {
				headingLevel: 3,
				// The search page holds the same search, with its URL to bookmark or share.
				onChange: (state) => {
					pageLink.href = search.searchPageUrl(state);
				},
			}),
		);
	};

	document.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			open();
		}
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		open(field.value);
	});
	field.addEventListener('input', () => open(field.value));
	dialog.addEventListener('close', () => {
		field.value = '';
		(returnTo ?? document.body).focus({ preventScroll: true });
	});
	// A click on the backdrop (outside the dialog's box) closes it, as Esc does.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	// The shortcut as this keyboard writes it.
	if (/Mac|iPhone|iPad/.test(navigator.userAgent)) form.querySelector('.shortcut')!.textContent = '⌘ K';
	form.classList.add('is-enhanced');
}
