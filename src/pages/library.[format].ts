/** Every document of the library in one file for reference managers, newest first: `/library.bib`, `.ris`, `.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { libraryItems } from '../data/citations.ts';
import { type ExportFormat, exportFormats } from '../build/citations/citation-export.ts';

export const getStaticPaths = (() =>
	(Object.keys(exportFormats) as ExportFormat[]).map((format) => ({ params: { format }, props: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: ExportFormat }> = async ({ props: { format } }) => {
	const { write, contentType } = exportFormats[format];
	return new Response(write(await libraryItems()), { headers: { 'content-type': contentType } });
};
