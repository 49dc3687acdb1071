/** The Atom feed of the library's documents (src/lib/atom-feed.ts). */
import type { APIRoute } from 'astro';
import { getLibrary } from '../data/library';
import { atomFeed } from '../lib/atom-feed';
import { feedPath } from '../lib/paths';
import { absoluteUrl, documentUrl } from '../lib/urls';

export const GET: APIRoute = async () => {
	const documents = (await getLibrary()).map(({ id, data }) => ({ url: documentUrl(id), data }));
	return new Response(atomFeed(documents, absoluteUrl(''), absoluteUrl(feedPath)), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
	});
};
