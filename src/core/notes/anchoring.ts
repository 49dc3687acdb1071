/**
 * Finding a note's words in a passage's text, and again after the text has changed: by the
 * passage's lasting id first, then anywhere in the document, telling apart words that stand more
 * than once by the text around them and by where they stood. Line breaks and spaces count as one.
 */
import type { ReaderNote, TextPosition, TextQuote } from './note.ts';

/** Characters of context kept on each side of the words. */
const CONTEXT_LENGTH = 32;

/** The words from `start` to `end` of `text`, with their context. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
	return {
		exact: text.slice(start, end),
		prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
		suffix: text.slice(end, end + CONTEXT_LENGTH),
	};
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for the words, in which any run of white space matches any other. */
const wordsPattern = (words: string) => new RegExp(words.trim().split(/\s+/).map(escape).join('\\s+'), 'gu');

const fold = (text: string) => text.replace(/\s+/g, ' ');

/** How many characters two strings share at their ends (`fromEnd`) or starts. */
function shared(a: string, b: string, fromEnd: boolean): number {
	const [x, y] = fromEnd ? [[...fold(a)].reverse(), [...fold(b)].reverse()] : [[...fold(a)], [...fold(b)]];
	let count = 0;
	while (count < x.length && count < y.length && x[count] === y[count]) count++;
	return count;
}

/**
 * Where the quote's words stand in `text`: where they stand once, there; where more than once, the
 * occurrence whose surroundings best match the quote's context, and of equals the one nearest
 * `near`. Undefined when they are not there.
 */
export function findQuote(text: string, quote: TextQuote, near = 0): TextPosition | undefined {
	if (quote.exact.trim() === '') return undefined;
	const found = [...text.matchAll(wordsPattern(quote.exact))].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
	}));
	const score = ({ start, end }: TextPosition) =>
		shared(text.slice(Math.max(0, start - CONTEXT_LENGTH * 2), start), quote.prefix, true) +
		shared(text.slice(end, end + CONTEXT_LENGTH * 2), quote.suffix, false);
	return found
		.map((position) => ({ position, score: score(position), distance: Math.abs(position.start - near) }))
		.sort((a, b) => b.score - a.score || a.distance - b.distance)[0]?.position;
}

/** A passage of the text a note is drawn on: its id and text, in reading order. */
export interface PassageText {
	id: string;
	text: string;
}

/** Where a note's words are in a text, if they are. */
export interface Anchor {
	passage: string;
	order: number;
	position: TextPosition;
}

/**
 * Where the note's words are in `passages`: in its own passage if they are still there, else in
 * the first passage that has them (a paragraph split in two keeps its id for its first part
 * only); undefined where the text no longer has them.
 */
export function anchorNote(note: Pick<ReaderNote, 'passage' | 'quote' | 'position'>, passages: readonly PassageText[]): Anchor | undefined {
	const own = passages.findIndex(({ id }) => id === note.passage);
	const order = own === -1 ? passages : [passages[own]!, ...passages.filter((_, index) => index !== own)];
	for (const passage of order) {
		const position = findQuote(passage.text, note.quote, passage.id === note.passage ? note.position.start : 0);
		if (position) return { passage: passage.id, order: passages.indexOf(passage), position };
	}
	return undefined;
}
