/** The Atom feed of the library's documents (src/core/site/atom-feed.ts). */
import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library.ts';
import { atomFeed } from '../core/site/atom-feed.ts';
import { getCorpus } from '../data/corpus.ts';
import { feedPath, versionPath } from '../core/site/paths.ts';
import { absoluteUrl, documentUrl } from '../core/site/urls.ts';

export const GET: APIRoute = async () => {
	const corpus = await getCorpus();
	const documents = (await getLibrary()).map(({ id, data }) => ({
		url: documentUrl(id),
		data,
		versions: corpus
			.versions(id)
			.list.filter(({ version }) => version > 1)
			.map(({ version, date, revision }) => ({ number: version, date, revision: revision!, url: absoluteUrl(versionPath(id, version)) })),
	}));
	return new Response(atomFeed(documents, absoluteUrl(''), absoluteUrl(feedPath)), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
};
