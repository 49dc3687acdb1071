/**
 * Misspellings forgiven: for a query with words the index does not hold, the nearest spellings it
 * does hold, within one edit for a short word and two for a longer one (a letter added, dropped or
 * changed, or two letters swapped: the commonest slip of all), nearest first and, as near, the
 * most frequent first. A word the index holds, or begins (Pagefind finds "famin" in
 * "famine"), is never corrected; nor is a number.
 */
import damerauLevenshtein from 'damerau-levenshtein';

export interface Vocabulary {
	/** Each word and the times it occurs. */
	counts: ReadonlyMap<string, number>;
	/** The words in order, to find those a query word begins. */
	sorted: readonly string[];
}

export function readVocabulary(file: readonly (readonly [word: string, count: number, ...unknown[]])[]): Vocabulary {
	return { counts: new Map(file.map(([word, count]) => [word, count])), sorted: file.map(([word]) => word).sort() };
}

/** Whether the index holds a word, or a word it begins. */
export function holds({ counts, sorted }: Vocabulary, word: string): boolean {
	if (counts.has(word)) return true;
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < word) low = middle + 1;
		else high = middle;
	}
	return sorted[low]?.startsWith(word) ?? false;
}

interface Candidate {
	/** What replaces the words from `start` to `end` of the query. */
	text: string;
	start: number;
	end: number;
	distance: number;
	count: number;
}

/** How many edits from a word its correction may be: one for a word of up to four letters, two for a longer one. */
export const maxDistance = (word: string): number => (word.length <= 4 ? 1 : 2);

/** The index's words near enough to `word`. */
function nearest(vocabulary: Vocabulary, word: string): { word: string; distance: number; count: number }[] {
	const most = maxDistance(word);
	const found: { word: string; distance: number; count: number }[] = [];
	for (const [other, count] of vocabulary.counts) {
		if (Math.abs(other.length - word.length) > most) continue;
		const distance = damerauLevenshtein(word, other).steps;
		if (distance <= most) found.push({ word: other, distance, count });
	}
	return found;
}

/** A query's words, where they stand in it; `OR` is syntax, not a word. */
export function queryWords(query: string) {
	return [...query.matchAll(/[\p{L}\p{N}]+/gu)]
		.filter(([word]) => word !== 'OR')
		.map((match) => ({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length }));
}

/** A correction of a query: the query as corrected, and the words it changed. */
export interface Correction {
	query: string;
	changed: { from: string; to: string }[];
}

/** How many corrections are tried at most, each a search. */
const MAX_CORRECTIONS = 4;

/**
 * The corrections worth trying for a query that found nothing, best first: each word the index
 * does not hold replaced by a near one; a word joined to the one before it where the index holds
 * them as one ("Kim Jong eun" → "jongun"), or split where it holds the parts. Empty when every word
 * is in the index. `held` tells a word the index holds; by default, one the vocabulary holds or
 * begins (a vocabulary loaded in part can be told more).
 */
export function corrections(
	query: string,
	vocabulary: Vocabulary,
	names: ReadonlySet<string> = new Set(),
	held: (word: string) => boolean = (word) => holds(vocabulary, word),
): Correction[] {
	const words = queryWords(query);
	const perWord: Candidate[][] = [];
	for (const [index, { word, start, end }] of words.entries()) {
		if (/\p{N}/u.test(word) || held(word)) continue;
		const candidates: Candidate[] = nearest(vocabulary, word).map((near) => ({ text: near.word, start, end, ...near }));
		const before = words[index - 1];
		// Joined only across a space or a hyphen (not " -", which leaves a word out), and only into a
		// word longer than the one before: else the join would only drop the word ("Stalin zq").
		if (before && /^(?:\s+|[-‐‑])$/.test(query.slice(before.end, start))) {
			for (const near of nearest(vocabulary, before.word + word)) {
				if (near.word.startsWith(before.word) && near.word.length >= before.word.length + 2) {
					candidates.push({ text: near.word, start: before.start, end, distance: near.distance + 1, count: near.count });
				}
			}
		}
		for (let at = 2; at <= word.length - 2; at++) {
			const [left, right] = [word.slice(0, at), word.slice(at)];
			const count = Math.min(vocabulary.counts.get(left) ?? 0, vocabulary.counts.get(right) ?? 0);
			if (count > 0) candidates.push({ text: `${left} ${right}`, start, end, distance: 1, count });
		}
		// As near, a word of a name comes first: names are what readers half remember.
		const isName = (candidate: Candidate) => (candidate.text.split(' ').every((part) => names.has(part)) ? 0 : 1);
		candidates.sort((a, b) => a.distance - b.distance || isName(a) - isName(b) || b.count - a.count);
		if (candidates.length > 0) perWord.push(candidates.slice(0, MAX_CORRECTIONS));
	}
	if (perWord.length === 0) return [];
	// The best candidate for every word, then the next best for one word at a time.
	const best = perWord.map((candidates) => candidates[0]!);
	const tries = [best];
	for (const [index, candidates] of perWord.entries()) {
		for (const other of candidates.slice(1)) tries.push(best.map((candidate, at) => (at === index ? other : candidate)));
	}
	const total = (set: Candidate[]) => set.reduce((sum, { distance }) => sum + distance, 0);
	return tries
		.map((set, order) => ({ set, order }))
		.sort((a, b) => total(a.set) - total(b.set) || a.order - b.order)
		.slice(0, MAX_CORRECTIONS)
		.map(({ set }) => apply(query, set));
}

/** A correction written as the reader wrote the word: "Hobsbaum" → "Hobsbawm", "KHRUSHCHOV" → "KHRUSHCHEV". */
function inCaseOf(typed: string, word: string): string {
	if (typed.length > 1 && typed === typed.toUpperCase()) return word.toUpperCase();
	return /^\p{Lu}/u.test(typed) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The query with its candidates in place; a join takes the word before into it. */
function apply(query: string, candidates: readonly Candidate[]): Correction {
	let corrected = '';
	let at = 0;
	const changed: Correction['changed'] = [];
	for (const candidate of [...candidates].sort((a, b) => a.start - b.start)) {
		if (candidate.start < at) continue; // a join over a word already corrected
		const from = query.slice(candidate.start, candidate.end);
		const to = inCaseOf(from, candidate.text);
		corrected += query.slice(at, candidate.start) + to;
		changed.push({ from, to });
		at = candidate.end;
	}
	return { query: corrected + query.slice(at), changed };
}
