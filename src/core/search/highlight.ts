/**
 * The words a search result link asks its page to highlight, and how to find them in the text.
 * Kept apart from the search's own helpers, so the page-load script shares no code with the
 * search that loads later.
 */

/** The most words an address may ask to highlight, and the longest: enough for any query typed, and no address can make a pattern too large to build. */
const HIGHLIGHT_LIMITS = { terms: 16, length: 48 } as const;

/**
 * The words to highlight on arrival: the `highlight` parameters of a result link, one a word
 * (`?highlight=200-day&highlight=battles`, from `withHighlight` in ./search.ts), each once,
 * without one-letter words, and within `HIGHLIGHT_LIMITS` (an address is anyone's to write).
 */
export function highlightTerms(params: readonly string[]): string[] {
	const words = params.flatMap((param) => param.toLowerCase().match(/[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*/gu) ?? []);
	return [...new Set(words)].filter((word) => word.length > 1 && word.length <= HIGHLIGHT_LIMITS.length).slice(0, HIGHLIGHT_LIMITS.terms);
}

/** Marks that may stand inside a word of the text but not in a term: "200day" finds "200-day". */
const innerMarks = "['’\\-‑]?";

/**
 * A pattern that finds the terms, and the words they begin ("famine" finds "famines"), in any
 * case, as Pagefind matched them. The terms are text: nothing in them is read as a pattern.
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
	if (terms.length === 0) return undefined;
	const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const patterns = [...terms]
		.sort((a, b) => b.length - a.length)
		.map((term) => [...term.replace(/['’\-‑]/g, '')].map(escape).join(innerMarks));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?:${innerMarks}[\\p{L}\\p{N}])*`, 'giu');
}
