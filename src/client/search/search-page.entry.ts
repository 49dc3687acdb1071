/**
 * The search page: the search its URL describes (`?q=famine&author=…`), kept in the URL as the
 * reader changes it, so that it can be bookmarked, shared and restored with the Back button.
 */
import { searchParamsFromState, stateFromSearchParams } from '../../core/search/search.ts';
import { mountSearch } from './search-ui.ts';

const root = document.querySelector<HTMLElement>('.search-root');

if (root) {
	root.hidden = false;
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	mountSearch(root, {
		state: stateFromSearchParams(new URLSearchParams(location.search)),
		headingLevel: 2,
		onChange: (state) => {
			const params = searchParamsFromState(state).toString();
			history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
		},
	});
	input.focus();
	input.setSelectionRange(input.value.length, input.value.length);
	document.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			input.focus();
		}
	});
}
