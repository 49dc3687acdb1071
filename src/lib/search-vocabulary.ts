/**
 * The index's vocabulary: every word of the indexed text with the number of times it occurs,
 * written at build time beside Pagefind's index, so that search can tell a misspelt word from one
 * the documents use and find the nearest they do use (see spelling-correction.ts).
 */

/** The vocabulary file: `[word, occurrences]` pairs, the most frequent first. */
export type VocabularyFile = [word: string, count: number][];

/** Where the vocabulary is written, under the site's base. */
export const vocabularyPath = 'pagefind-vocabulary.json';

/**
 * The words of a text as search matches them: lower case, without the marks around them; a word
 * with a hyphen or apostrophe also as its parts and joined ("Jong-un": "jong", "un", "jongun";
 * "Hobsbawm’s": "hobsbawm", "hobsbawms"), as Pagefind indexes them. Words with digits are left
 * out: numbers are never corrected.
 */
export function wordsOf(text: string): string[] {
	const words: string[] = [];
	for (const token of text.toLowerCase().split(/\s+/)) {
		const parts = token.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
		if (parts.length === 0 || parts.some((part) => /\p{N}/u.test(part))) continue;
		if (parts.length > 1) words.push(parts.join(''));
		words.push(...parts.filter((part) => part.length > 1));
	}
	return words;
}

/** Counts the words of texts; the file lists them most frequent first, then alphabetically. */
export function vocabularyOf(texts: Iterable<string>): VocabularyFile {
	const counts = new Map<string, number>();
	for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
	return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1));
}
