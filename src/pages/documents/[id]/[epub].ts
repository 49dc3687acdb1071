/** Each document as an EPUB book for e-readers: `/documents/<id>/<id>.epub`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentEpub } from '../../../data/epub.ts';
import { type DocumentEntry, getLibrary } from '../../../data/library.ts';

export const getStaticPaths = (async () =>
	(await getLibrary()).map((entry) => ({ params: { id: entry.id, epub: `${entry.id}.epub` }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: DocumentEntry }> = async ({ props: { entry } }) =>
	new Response(await documentEpub(entry), { headers: { 'content-type': 'application/epub+zip' } });
