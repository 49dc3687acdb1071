/**
 * Text fragments (`#p-3:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/): a link that
 * opens at a passage and highlights it where the browser supports them, and at the passage's
 * anchor where it does not.
 */

/** Longer selections are named by their first and last words, which keeps the link short. */
const MAX_EXACT_LENGTH = 80;
const EDGE_WORDS = 4;

/** Percent-encodes a text fragment's term, including its own syntax characters `-`, `,` and `&`. */
const encodeTerm = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');

/** The `#anchor:~:text=…` fragment for `selected` text inside the block with id `anchor`. */
export function textFragment(anchor: string, selected: string): string {
	const words = selected.trim().split(/\s+/).filter(Boolean);
	const text = words.join(' ');
	const directive =
		text.length <= MAX_EXACT_LENGTH || words.length <= EDGE_WORDS * 2
			? encodeTerm(text)
			: `${encodeTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTerm(words.slice(-EDGE_WORDS).join(' '))}`;
	return `#${anchor}:~:text=${directive}`;
}

/** The anchor a text-fragment hash names, for browsers that leave the directive in `location.hash`. */
export function anchorOfTextFragment(hash: string): string | undefined {
	const match = /^#([^:]+):~:/.exec(hash);
	if (!match) return undefined;
	// A malformed escape in an address a reader typed or pasted names no anchor; it must not stop the page's script.
	try {
		return decodeURIComponent(match[1]!);
	} catch {
		return undefined;
	}
}
