/** A document's reference as a file for reference managers: BibTeX, RIS or CSL-JSON. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentReferenceFiles } from '../../../data/citations.ts';
import { getCorpus } from '../../../data/corpus.ts';
import { type DocumentEntry, getLibrary } from '../../../data/library.ts';
import { exportFormats, type ExportFormat } from '../../../build/citations/citation-export.ts';

export const getStaticPaths = (async () =>
	(await getLibrary()).flatMap((entry) =>
		(Object.keys(exportFormats) as ExportFormat[]).map((format) => ({ params: { id: entry.id, format }, props: { entry, format } })),
	)) satisfies GetStaticPaths;

interface Props {
	entry: DocumentEntry;
	format: ExportFormat;
}

export const GET: APIRoute<Props> = async ({ props: { entry, format } }) => {
	// The version the reference names is the corpus's to know.
	await getCorpus();
	return new Response(documentReferenceFiles(entry)[format], { headers: { 'content-type': exportFormats[format].contentType } });
};
