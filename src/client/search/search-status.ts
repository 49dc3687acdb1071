/**
 * What the search says of its results: the status, a live region that a screen reader hears once
 * typing pauses, and the correction message, which says it on the screen when a word typed is
 * not in the index.
 */
import { siteLanguage } from '../../core/site/site.ts';
import { queryWithout } from '../../core/search/search-words.ts';
import type { Findings } from './engine.ts';
import { el } from '../shared/dom.ts';

/** The count is announced once typing has paused this long, not at every keystroke. */
const ANNOUNCE_PAUSE_MS = 700;

/** Words in quotes, listed: “breakfast” and “marmalade”. */
const quoted = (words: readonly string[]): string =>
	new Intl.ListFormat(siteLanguage, { type: 'conjunction' }).format(words.map((word) => `“${word}”`));

export interface Announcer {
	/** Sets the live region once typing pauses: a screen reader hears the count, not every change. */
	announce(text: string, at?: number): void;
	/** Drops the announcement still waiting. */
	cancel(): void;
}

export function createAnnouncer(status: HTMLElement): Announcer {
	let announcement: ReturnType<typeof setTimeout> | undefined;
	const cancel = () => clearTimeout(announcement);
	return {
		announce(text, at = ANNOUNCE_PAUSE_MS) {
			cancel();
			announcement = setTimeout(() => {
				status.textContent = text;
			}, at);
		},
		cancel,
	};
}

/** What the status says of the results for `query`: how many, and for what. */
export function announcement(query: string, { total, corrected, missing }: Findings): string {
	const what = query ? ` for “${query}”` : '';
	const count = `${total} ${total === 1 ? 'result' : 'results'}`;
	if (missing) return `No document holds ${quoted(missing)}: no results${what}.`;
	if (corrected !== undefined) return `${count} for “${corrected}”, since there are no results${what}.`;
	return total === 0 ? `No results${what}.` : `${count}${what}.`;
}

/** What the correction message offers to search instead. */
export interface CorrectionActions {
	/** Another query: the one typed less the words no document holds. */
	searchFor(query: string): void;
	/** The query as typed, not corrected. */
	searchAsTyped(typed: string): void;
}

/**
 * "Showing results for …": said when a word typed is not in the index and its nearest spelling
 * found results; "No document holds …", when a word has no spelling near enough.
 */
export const correctionMessage = (): HTMLParagraphElement => el('p', { className: 'search-correction', hidden: true });

/** Fills in the correction message for the results of `query`, or empties and hides it. */
export function showCorrection(
	correction: HTMLElement,
	status: HTMLElement,
	query: string,
	{ corrected, missing = [] }: Pick<Findings, 'corrected' | 'missing'>,
	actions: CorrectionActions,
): void {
	correction.hidden = corrected === undefined && missing.length === 0;
	// One message on the screen: the correction says what the status says, which screen readers still hear.
	status.classList.toggle('sr-only', !correction.hidden);
	if (missing.length > 0) return correction.replaceChildren(...missingMessage(query, missing, actions));
	if (corrected === undefined) return correction.replaceChildren();
	const instead = el('button', { type: 'button', className: 'search-instead' }, 'search instead for ', el('em', {}, query));
	instead.addEventListener('click', () => actions.searchAsTyped(query));
	correction.replaceChildren('Showing results for ', el('strong', {}, corrected), ' — ', instead);
}

/** "No document holds …", and the query without those words to search instead, where there is one. */
function missingMessage(query: string, missing: readonly string[], { searchFor }: CorrectionActions): (Node | string)[] {
	const said = `No document holds ${quoted(missing)}`;
	const without = queryWithout(query, missing);
	if (without === undefined) return [said, '.'];
	const instead = el('button', { type: 'button', className: 'search-instead' }, 'search for ', el('em', {}, without));
	instead.addEventListener('click', () => searchFor(without));
	return [said, ' — ', instead];
}
