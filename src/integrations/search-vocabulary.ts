import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { vocabularyOf, vocabularyPath } from '../lib/search-vocabulary';

/** What Pagefind writes before the JSON of a fragment, once unzipped. */
const signature = 'pagefind_dcd';

/** A fragment holds one page's indexed text; a fragment group, several pages' by their hash. */
type Fragment = { content: string } | Record<string, { content: string }>;

/** The indexed text of every page, read back from the fragments Pagefind wrote. */
async function indexedTexts(fragments: string): Promise<string[]> {
	const texts: string[] = [];
	for (const name of await readdir(fragments)) {
		const data = gunzipSync(await readFile(`${fragments}/${name}`)).toString('utf8');
		if (!data.startsWith(signature)) throw new Error(`${fragments}/${name} is not a Pagefind fragment`);
		const fragment = JSON.parse(data.slice(signature.length)) as Fragment;
		if (typeof fragment.content === 'string') texts.push(fragment.content);
		else for (const page of Object.values(fragment as Record<string, { content: string }>)) texts.push(page.content);
	}
	return texts;
}

/**
 * Writes the index's vocabulary (`pagefind-vocabulary.json`, see src/lib/search-vocabulary.ts)
 * from the text Pagefind indexed, after the index is built: search loads it to correct a
 * misspelt word, only when a query finds nothing.
 */
export default function searchVocabulary(): AstroIntegration {
	return {
		name: 'search-vocabulary',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const vocabulary = vocabularyOf(await indexedTexts(`${site}pagefind/fragment`));
				if (vocabulary.length === 0) throw new Error(`The search index in ${site}pagefind holds no word`);
				const json = JSON.stringify(vocabulary);
				await writeFile(`${site}${vocabularyPath}`, json);
				logger.info(`wrote ${vocabulary.length} words (${(json.length / 1000).toFixed(1)} KB) into ${vocabularyPath}`);
			},
		},
	};
}
