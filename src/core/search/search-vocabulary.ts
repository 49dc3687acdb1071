/**
 * The index's vocabulary: every word of the indexed text with the number of times it occurs, and,
 * for a word few pages hold, which pages hold it as written. Written at build time beside
 * Pagefind's index, in shards of one first letter and one length each, so that search fetches only
 * the few it needs: one a word typed, to tell a word the documents use from one they do not, and
 * the pages of a rare one, to rank the pages that hold the word as typed above those that hold
 * another form of it (the index matches stems); and the words of the shards around a misspelt
 * word, to correct it (see spelling-correction.ts). The pages are a file of their own beside each
 * shard's words, fetched only for a rare word typed: a correction reads words alone.
 */

/** A word and the times it occurs; for a word at most `RARE_WORD_PAGES` pages hold, the number of them. */
type VocabularyWord = [word: string, count: number, pages?: number];

/** A shard's file of words: the most frequent first. */
export interface VocabularyShard {
	words: VocabularyWord[];
}

/** A shard's file of pages: each of its rare words, and the ids in the index of the pages that hold it. */
export type RareWordPages = Record<string, string[]>;

/** A shard as the build makes it: its words, and the pages of its rare words. */
export interface ShardContent extends VocabularyShard {
	pages: RareWordPages;
}

/** Where the shards are written, under the site's base. */
export const vocabularyDir = 'search-vocabulary';

/**
 * A word held by this many pages or fewer lists them: enough to lift the few pages holding a rare
 * word as typed above the many holding another form of it. A commoner word's pages are ranked by
 * Pagefind alone.
 */
const RARE_WORD_PAGES = 10;

/** Words longer than this share a shard with those of this length. */
const LONGEST_SHARD = 24;

/** The shard a word is in: its first character (as a code point) and its length. */
export const shardName = (word: string): string => shardOf(word.codePointAt(0)!, word.length);

const shardOf = (first: number, length: number): string => `${first.toString(16)}-${Math.min(length, LONGEST_SHARD)}`;

/** The list of the shards written, so that search asks for no shard that does not exist. */
export const shardListPath = `${vocabularyDir}/shards.json`;

/** The shard's words' address, under the site's base. */
export const shardPath = (name: string): string => `${vocabularyDir}/${name}.json`;

/** Where the pages of the shards' rare words are written, under the site's base. */
export const rareWordPagesDir = `${vocabularyDir}/pages`;

/** The address of the pages of the shard's rare words, under the site's base. */
export const shardPagesPath = (name: string): string => `${rareWordPagesDir}/${name}.json`;

/** The shards that hold the words within `distance` letters of `word`'s length, and beginning as it does. */
export function nearbyShards(word: string, distance: number): string[] {
	const first = word.codePointAt(0);
	if (first === undefined) return [];
	const names = new Set<string>();
	for (let length = Math.max(2, word.length - distance); length <= word.length + distance; length++) names.add(shardOf(first, length));
	return [...names];
}

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

/** The vocabulary of indexed pages, by shard name: each word counted, and a rare word's pages listed. */
export async function vocabularyShards(
	pages: AsyncIterable<{ id: string; content: string }> | Iterable<{ id: string; content: string }>,
): Promise<Map<string, ShardContent>> {
	const counts = new Map<string, number>();
	const holders = new Map<string, Set<string>>();
	// One page at a time: ten thousand pages' texts are never held at once.
	for await (const { id, content } of pages) {
		for (const word of wordsOf(content)) {
			counts.set(word, (counts.get(word) ?? 0) + 1);
			let pagesOfWord = holders.get(word);
			if (!pagesOfWord) holders.set(word, (pagesOfWord = new Set()));
			// Past the limit the word is common: its pages are no longer kept.
			if (pagesOfWord.size <= RARE_WORD_PAGES) pagesOfWord.add(id);
		}
	}
	const shards = new Map<string, ShardContent>();
	const sorted = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1));
	for (const [word, count] of sorted) {
		const name = shardName(word);
		let shard = shards.get(name);
		if (!shard) shards.set(name, (shard = { words: [], pages: {} }));
		const pagesOfWord = holders.get(word)!;
		if (pagesOfWord.size <= RARE_WORD_PAGES) {
			shard.words.push([word, count, pagesOfWord.size]);
			shard.pages[word] = [...pagesOfWord].sort();
		} else shard.words.push([word, count]);
	}
	return shards;
}
