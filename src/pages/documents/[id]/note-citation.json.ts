/**
 * How the reader's notes cite the document (src/core/notes/note.ts, `NotedDocument`): its Chicago
 * note, whole and of a passage with stand-ins for the locator, and its RIS record and CSL-JSON
 * item, which a note's exports carry. A reader's browser keeps it with their first note on the
 * document, so that their notes leave with their citations offline too.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citedVersion, documentCitationLayouts, documentCslItem, documentReferenceFiles } from '../../../data/citations.ts';
import { builtCorpus, getCorpus } from '../../../data/corpus.ts';
import { type DocumentEntry, getLibrary } from '../../../data/library.ts';
import type { NotedDocument } from '../../../core/notes/note.ts';

export const getStaticPaths = (async () =>
	(await getLibrary()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: DocumentEntry }> = async ({ props: { entry } }) => {
	await getCorpus();
	const item = documentCslItem(entry);
	const { citation, paragraph, section } = documentCitationLayouts(entry).chicago;
	const document: NotedDocument = {
		id: entry.id,
		title: entry.data.title,
		version: builtCorpus().versions(entry.id).current,
		url: citedVersion(entry.id).url,
		layouts: { citation, paragraph, section },
		ris: documentReferenceFiles(entry).ris,
		csl: item,
	};
	return new Response(JSON.stringify(document), { headers: { 'content-type': 'application/json' } });
};
