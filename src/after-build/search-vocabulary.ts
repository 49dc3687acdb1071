import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import {
	rareWordPagesDir,
	shardListPath,
	shardPagesPath,
	shardPath,
	type VocabularyShard,
	vocabularyDir,
	vocabularyShards,
} from '../core/search/search-vocabulary.ts';
import type { AfterBuildStep } from './step.ts';

/** What Pagefind writes before the JSON of a fragment, once unzipped. */
const signature = 'pagefind_dcd';

/** A fragment holds one page's indexed text; a fragment group, several pages' by their hash. */
type Fragment = { content: string } | Record<string, { content: string }>;

/**
 * The indexed text of every page, read back from the fragments Pagefind wrote, with the page's id
 * in the index (its fragment's name, as search results give it), one page at a time.
 */
async function* indexedPages(fragments: string): AsyncGenerator<{ id: string; content: string }> {
	for (const name of await readdir(fragments)) {
		const data = gunzipSync(await readFile(`${fragments}/${name}`)).toString('utf8');
		if (!data.startsWith(signature)) throw new Error(`${fragments}/${name} is not a Pagefind fragment`);
		const fragment = JSON.parse(data.slice(signature.length)) as Fragment;
		const id = name.replace(/\.pf_fragment$/, '');
		if (typeof fragment.content === 'string') yield { id, content: fragment.content };
		else
			for (const [hash, page] of Object.entries(fragment as Record<string, { content: string }>)) yield { id: hash, content: page.content };
	}
}

/**
 * Writes the index's vocabulary (`search-vocabulary/*.json`, see src/core/search/search-vocabulary.ts)
 * from the text Pagefind indexed, after the index is built: search loads a shard for each word
 * typed, and the shards around a word the documents do not use, to correct it.
 */
export const searchVocabulary: AfterBuildStep = {
	name: 'search-vocabulary',
	run: async ({ site, log }) => {
		const shards = await vocabularyShards(indexedPages(`${site}pagefind/fragment`));
		if (shards.size === 0) throw new Error(`The search index in ${site}pagefind holds no word`);
		await rm(`${site}${vocabularyDir}`, { recursive: true, force: true });
		await mkdir(`${site}${rareWordPagesDir}`, { recursive: true });
		let [words, bytes, largest] = [0, 0, 0];
		for (const [name, { words: shardWords, pages }] of shards) {
			const json = JSON.stringify({ words: shardWords } satisfies VocabularyShard);
			await writeFile(`${site}${shardPath(name)}`, json);
			await writeFile(`${site}${shardPagesPath(name)}`, JSON.stringify(pages));
			[words, bytes, largest] = [words + shardWords.length, bytes + json.length, Math.max(largest, json.length)];
		}
		await writeFile(`${site}${shardListPath}`, JSON.stringify([...shards.keys()].sort()));
		const kb = (n: number) => (n / 1000).toFixed(1);
		log(
			`wrote ${words} words into ${shards.size} shards in ${vocabularyDir}/ (${kb(bytes)} KB of words, the largest shard ${kb(largest)} KB), with their rare words' pages`,
		);
	},
};
