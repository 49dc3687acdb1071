/**
 * What search makes of the words typed, beyond what Pagefind tells: Pagefind's index holds stems,
 * so it cannot tell "stiffness" from "stiff", and for a word it does not hold at all it answers
 * with the longest start of it that it does ("misemlpoyed" finds "Mises"). The vocabulary's shards
 * (search-vocabulary.ts) know each word as written and, for a rare one, the pages that hold it.
 */
import { stemmer } from 'stemmer';
import { type ParsedQuery, parseQuery } from './search-query.ts';
import { nearbyShards, shardName, wordsOf } from './search-vocabulary.ts';
import { maxDistance } from './spelling-correction.ts';

/** The plain words of a query as the vocabulary spells them: not its phrases, nor what it leaves out. */
export function plainWords({ clauses }: ParsedQuery): string[] {
	const plain = clauses.filter((clause) => clause.length === 1 && !clause[0]!.phrase).map(([term]) => term!.text);
	return [...new Set(wordsOf(plain.join(' ')))];
}

/**
 * The words a query requires, as the vocabulary spells them: those of its plain words and phrases,
 * not of an OR's terms (one of which may well be missing) nor of what it leaves out.
 */
export function requiredWords({ clauses }: ParsedQuery): string[] {
	return [
		...new Set(
			wordsOf(
				clauses
					.filter((clause) => clause.length === 1)
					.map(([term]) => term!.text)
					.join(' '),
			),
		),
	];
}

/**
 * The results with those that hold more of the rare words typed, as typed, first; otherwise in the
 * order they came. `pagesOf` gives the pages that hold a rare word as written, and undefined for a
 * common word, whose pages Pagefind ranks alone.
 */
export function rankByWordsAsTyped<T extends { id: string }>(
	results: readonly T[],
	words: readonly string[],
	pagesOf: (word: string) => readonly string[] | undefined,
): T[] {
	const lists = words.map(pagesOf).filter((pages): pages is readonly string[] => pages !== undefined);
	if (lists.length === 0) return [...results];
	const held = (id: string) => lists.filter((pages) => pages.includes(id)).length;
	return results
		.map((result, order) => ({ result, order, held: held(result.id) }))
		.sort((a, b) => b.held - a.held || a.order - b.order)
		.map(({ result }) => result);
}

/**
 * Whether the index holds a word typed: the vocabulary holds it, or a word its results matched
 * begins with it ("famin" finds "famine") or is another form of it, of the same stem ("policies"
 * finds "policy"). Not a word that merely begins as it does, which is Pagefind's answer for a
 * word it does not hold ("misemlpoyed" finds "Mises").
 */
export function isHeld(word: string, inVocabulary: boolean, matched: Iterable<string>): boolean {
	if (inVocabulary || word.length < 2 || /\p{N}/u.test(word)) return true;
	const stem = stemmer(word);
	for (const other of matched) if (other.startsWith(word) || stemmer(other) === stem) return true;
	return false;
}

/**
 * The shards a correction of `word` reads first: the words beginning as it does within the lengths
 * it may be corrected to, and as its second letter does (a letter too many at its start, or its
 * first two swapped: "eun" is "un", "hte" is "the"), and those it may make joined to the word
 * before it. A word mistyped in its first letter otherwise goes uncorrected.
 */
export function correctionShards(word: string, before?: string): string[] {
	const names = new Set([...nearbyShards(word, maxDistance(word)), ...nearbyShards(word.slice(1), 1)]);
	if (before) for (const name of nearbyShards(before + word, maxDistance(before + word))) names.add(name);
	return [...names];
}

/**
 * The shards of the parts `word` may be split into ("nuclearweapons": "nuclear" and "weapons"),
 * read only when the nearer spellings correct nothing: a shard for every place it may be split,
 * more than all the others.
 */
export function splitShards(word: string): string[] {
	const names = new Set<string>();
	for (let at = 2; at <= word.length - 2; at++) {
		names.add(shardName(word.slice(0, at)));
		names.add(shardName(word.slice(at)));
	}
	return [...names];
}

/**
 * The query less the words the index does not hold, to offer instead of it; undefined where that
 * would leave nothing but small words, or where the query has syntax (quotes, a minus, OR) that dropping a word
 * could break.
 */
export function queryWithout(query: string, missing: readonly string[]): string | undefined {
	if (parseQuery(query).syntax) return undefined;
	const kept = query.split(/\s+/).filter((token) => token && !wordsOf(token).some((word) => missing.includes(word)));
	// A query of small words alone ("in", "of") is no search to offer.
	return kept.some((token) => token.length > 2) ? kept.join(' ') : undefined;
}
