/** The Atom feed of the library's documents (src/lib/atom-feed.ts). */
import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library';
import { atomFeed } from '../lib/atom-feed';
import { getCorpus } from '../data/corpus';
import { feedPath, versionPath } from '../lib/paths';
import { absoluteUrl, documentUrl } from '../lib/urls';

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
