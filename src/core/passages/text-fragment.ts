/**
 * Text fragments (`#p-3:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/): a link that
 * opens at a passage and highlights it where the browser supports them, and at the passage's
 * anchor where it does not. Browsers look for the text in the whole page, not in the anchor's
 * block, so the directive must name the selection uniquely: with words of context before
 * (`prefix-`) and after (`-suffix`), and by its first and last words (`start,end`) when long.
 */

/** A text directive's parts, as a generator finds them (text-fragments-polyfill's `TextFragment`). */
export interface TextDirective {
	textStart: string;
	textEnd?: string;
	prefix?: string;
	suffix?: string;
}

/** Longer selections are named by their first and last words, which keeps the link short. */
const MAX_EXACT_LENGTH = 80;
const EDGE_WORDS = 4;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** Percent-encodes a term, including the directive's own syntax characters `-`, `,` and `&`. */
const encodeTerm = (term: string) => encodeURIComponent(term.trim().replace(/\s+/g, ' ')).replace(/-/g, '%2D');

/** `text=[prefix-,]start[,end][,-suffix]`, each term percent-encoded. */
export function textDirective({ prefix, textStart, textEnd, suffix }: TextDirective): string {
	const terms = [
		prefix && `${encodeTerm(prefix)}-`,
		encodeTerm(textStart),
		textEnd && encodeTerm(textEnd),
		suffix && `-${encodeTerm(suffix)}`,
	];
	return `text=${terms.filter(Boolean).join(',')}`;
}

/**
 * The directive for `selected` text without context: for a browser in which the generator cannot
 * run. It may match an earlier occurrence; the anchor before it still names the passage.
 */
export function plainTextDirective(selected: string): TextDirective {
	const all = words(selected);
	const text = all.join(' ');
	return text.length <= MAX_EXACT_LENGTH || all.length <= EDGE_WORDS * 2
		? { textStart: text }
		: { textStart: all.slice(0, EDGE_WORDS).join(' '), textEnd: all.slice(-EDGE_WORDS).join(' ') };
}

/** Words of the block before, where a block's words are not unique on the page. */
const CONTEXT_WORDS = 3;

/**
 * The directive for a selection whose whole block stands elsewhere on the page too (a heading is
 * also in the contents). Browsers match each term within one block, but let a prefix end in the
 * block before; so the prefix is the last words of the block before, and the text runs from the
 * start of the selection's block (`blockBefore`) to the end of the selection.
 */
export function directiveAcrossBlocks({
	before,
	blockBefore,
	selected,
}: {
	before: string;
	blockBefore: string;
	selected: string;
}): TextDirective {
	const prefix = words(before).slice(-CONTEXT_WORDS).join(' ');
	return { ...(prefix && { prefix }), ...plainTextDirective(`${blockBefore} ${selected}`) };
}

/** The `#anchor:~:text=…` fragment: the anchor is where browsers without text fragments land. */
export const textFragment = (anchor: string, directive: TextDirective): string => `#${anchor}:~:${textDirective(directive)}`;

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
