import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import type { TopicSpellings } from '../../core/search/search-spellings.ts';

/** Every topic's name and aliases, for search to try each spelling of a name a reader types. */
export const GET: APIRoute = async () => {
	const { topics } = await getCorpus();
	const spellings: TopicSpellings[] = topics.map(({ data }) => ({ name: data.name, aliases: data.aliases }));
	return new Response(JSON.stringify(spellings), { headers: { 'content-type': 'application/json' } });
};
