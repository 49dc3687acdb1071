/**
 * What a result shows of its page: how many matches it has, the passages that hold them (a
 * paragraph, a note, a heading) with the best first, and an excerpt of each, worked out from the
 * page's indexed text and the word positions of its matches. Excerpts are parts of text, some
 * marked: nothing of them is ever parsed as HTML.
 */
import { passageLabel } from '../passages/passages.ts';
import { wordsOf } from './search-vocabulary.ts';

/** An element of the page with an id, at its word position in the indexed text. */
export interface Anchor {
	element: string;
	id: string;
	location: number;
	text?: string;
}

/** The page as Pagefind indexed it. */
export interface IndexedPage {
	url: string;
	/** The indexed text; word positions count its words, split at white space as Pagefind splits them. */
	content: string;
	anchors: Anchor[];
}

export interface ExcerptPart {
	text: string;
	marked: boolean;
}

interface Passage {
	title: string;
	url: string;
	excerpt: ExcerptPart[];
}

export interface PageMatches {
	count: number;
	/** The query's words the matches stand for (see `termOf`), to tell which words found nothing. */
	terms: Set<string>;
	/** The excerpt of the best passage (or of the page's start, when no passage matched). */
	excerpt: ExcerptPart[];
	/** At most three passages, best first: the rest are a click away on the page, highlighted. */
	passages: Passage[];
}

/** The words an excerpt shows. */
const EXCERPT_WORDS = 24;
const MAX_PASSAGES = 3;
/** Pagefind's word separator: white space, but not the zero-width no-break space. */
const wordSeparator = /[^\S\uFEFF]+/;

/** What a passage link is called: a paragraph (`p-N`), a note (`fn-N`), or a heading by its text. */
function passageTitle(anchor: Anchor): string | undefined {
	return passageLabel(anchor.id) ?? (/^h[2-6]$/.test(anchor.element) ? anchor.text : undefined);
}

const normalize = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** A word as a name: a possessive is the name it belongs to ("Sung’s" is "Sung"). */
const normalizeName = (word: string): string => normalize(word.replace(/['’]s\W*$/iu, ''));

const commonPrefix = (a: string, b: string): number => {
	let length = 0;
	while (length < a.length && a[length] === b[length]) length++;
	return length;
};

/**
 * Which of the query's words a matched word stands for, so that a passage holding every word of
 * the query ranks above one repeating one of them: the query word it shares the longest start
 * with (Pagefind finds the words a query word begins, and stems: "Stalinism" finds "Stalinist").
 */
function termOf(word: string, queryWords: readonly string[]): string {
	let best = normalize(word);
	let bestLength = 0;
	// A hyphenated word is also its parts: "de-Stalinization" was found by "Stalin".
	for (const part of [word, ...word.split(/[-\u2010\u2011]/)].map(normalize)) {
		for (const query of queryWords) {
			const length = commonPrefix(part, query);
			if (length > bestLength && length >= Math.min(3, query.length)) [best, bestLength] = [query, length];
		}
	}
	return best;
}

/**
 * The word positions of every occurrence of a phrase in a page's text (Pagefind's exact mode
 * gives only the first): its words in order, each whole, less the marks around it.
 */
export function phraseLocations(content: string, phrase: string): number[] {
	// A possessive is the name it belongs to: "Kim Il Sung’s" holds "Kim Il Sung".
	const words = content.split(wordSeparator).map(normalizeName);
	// A hyphenated word is one word of the text, as in the phrase: "Kim Jong-un" is two.
	const wanted = phrase.split(/\s+/).map(normalize).filter(Boolean);
	const locations: number[] = [];
	if (wanted.length === 0) return locations;
	for (let start = 0; start + wanted.length <= words.length; start++) {
		if (wanted.every((word, offset) => words[start + offset] === word)) {
			for (let offset = 0; offset < wanted.length; offset++) locations.push(start + offset);
		}
	}
	return locations;
}

/** The words at word positions of a page's text, as the vocabulary spells them: lower case, less the marks around them. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
	const words = content.split(wordSeparator);
	return locations.flatMap((location) => wordsOf(words[location] ?? ''));
}

/** The first word of the densest run of `length` words among `locations`, between `from` and `to`. */
function densestStart(locations: readonly number[], length: number, from: number, to: number): number {
	if (to - from <= length || locations.length === 0) return from;
	let best = from;
	let bestCount = -1;
	for (const location of locations) {
		// A window that starts a little before this match, so that the excerpt gives some context.
		const start = Math.max(from, Math.min(to - length, location - Math.floor(length / 4)));
		const count = locations.filter((other) => other >= start && other < start + length).length;
		if (count > bestCount) [best, bestCount] = [start, count];
	}
	return best;
}

/** The words from `start` on, `length` of them at most and none from `end`, with the matches marked. */
function excerptOf(words: readonly string[], marked: ReadonlySet<number>, start: number, end: number, from: number): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const push = (text: string, isMarked: boolean) => {
		const last = parts.at(-1);
		if (last && last.marked === isMarked) last.text += text;
		else if (text) parts.push({ text, marked: isMarked });
	};
	const stop = Math.min(end, start + EXCERPT_WORDS);
	if (start > from) push('… ', false);
	for (let at = start; at < stop; at++) {
		const word = words[at] ?? '';
		if (at > start) push(' ', false);
		if (!marked.has(at)) {
			push(word, false);
			continue;
		}
		// The word is marked, not the punctuation around it.
		const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word) ?? [];
		push(before, false);
		push(core, true);
		push(after, false);
	}
	if (stop < end) push(' …', false);
	return parts;
}

/**
 * The matches of a page at word positions `locations` of its text, for a query of `queryWords`:
 * each lands on the passage that holds it; the passages that hold the most of the query's
 * different words come first, then those with the most matches of a query word as typed (not a
 * longer word it begins: "Stalin", not "Stalinism"), then with the most matches, then in order.
 */
export function pageMatches(page: IndexedPage, locations: readonly number[], queryWords: readonly string[]): PageMatches {
	const words = page.content.split(wordSeparator);
	const matched = [...new Set(locations)].sort((a, b) => a - b);
	const marked = new Set(matched);
	const normalizedQuery = queryWords.map(normalize).filter(Boolean);
	const terms = new Set(matched.map((location) => termOf(words[location] ?? '', normalizedQuery)));
	const targets = page.anchors.filter((anchor) => passageTitle(anchor) !== undefined).sort((a, b) => a.location - b.location);
	const blocks = new Map<string, { target: Anchor; end: number; locations: number[]; terms: Set<string>; exact: number }>();
	for (const location of matched) {
		const index = targets.findLastIndex((anchor) => anchor.location <= location);
		if (index === -1) continue; // in the title, which the result itself links to
		const target = targets[index]!;
		const block = blocks.get(target.id) ?? {
			target,
			end: targets[index + 1]?.location ?? words.length,
			locations: [],
			terms: new Set<string>(),
			exact: 0,
		};
		block.locations.push(location);
		if (normalizedQuery.includes(normalizeName(words[location] ?? ''))) block.exact++;
		block.terms.add(termOf(words[location] ?? '', normalizedQuery));
		blocks.set(target.id, block);
	}
	const ranked = [...blocks.values()].sort(
		(a, b) =>
			b.terms.size - a.terms.size || b.exact - a.exact || b.locations.length - a.locations.length || a.target.location - b.target.location,
	);
	const excerptOfBlock = ({ target, end, locations: at }: (typeof ranked)[number]) =>
		excerptOf(words, marked, densestStart(at, EXCERPT_WORDS, target.location, end), end, target.location);
	const pageUrl = page.url.split('#')[0];
	const passages = ranked.slice(0, MAX_PASSAGES).map((block) => ({
		title: passageTitle(block.target)!,
		url: `${pageUrl}#${block.target.id}`,
		excerpt: excerptOfBlock(block),
	}));
	const excerpt = passages[0]?.excerpt ?? excerptOf(words, marked, densestStart(matched, EXCERPT_WORDS, 0, words.length), words.length, 0);
	return { count: matched.length, terms, excerpt, passages };
}
