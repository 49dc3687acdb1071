/**
 * How to cite the library's documents: each document and cited work as a CSL item, and each
 * document's citations in every style, for the whole document and for each of its sections and
 * paragraphs. Worked out on a page's first request and kept for the rest of the build.
 */
import { join } from 'node:path';
import { builtCorpus, getCorpus, type WorkEntry } from './corpus.ts';
import { type DocumentEntry, getLibrary } from './library.ts';
import {
	type CitationLayouts,
	type CitationStyle,
	citationLayoutsSchema,
	citationFormatFingerprint,
	citationLayouts,
	citationsFrom,
	citationStyleIds,
	type ItemCitations,
} from '../build/citations/citation-format.ts';
import { buildCache, buildCacheRoot } from './build-cache.ts';
import { type ExportFormat, exportFormats } from '../build/citations/citation-export.ts';
import { type CitedVersion, type CslItem, documentItem, workItem } from '../build/citations/csl.ts';
import { paragraphNumber, passageLabel } from '../core/passages/passages.ts';
import type { OutlinePassage } from '../markdown/rehype-passage-outline.ts';
import { citedVersionPath, versionPath } from '../core/site/paths.ts';
import { absoluteUrl } from '../core/site/urls.ts';

/** A document's or passage's citation in one style: the note or in-text citation, and for the whole document the reference. */
export interface StyledCitation {
	style: CitationStyle;
	citation: string;
	reference?: string;
}

export interface PassageCitation {
	passage: OutlinePassage;
	/** "¶ 3", or the section's title. */
	label: string;
	/** The absolute address of the passage. */
	url: string;
	citations: StyledCitation[];
}

/**
 * Works out something of a document once a build: kept by its id, not by the entry object (each
 * page may be handed its own copy of the entry), and worked out afresh when its content changes
 * (Astro reloads an edited entry with a new digest).
 */
function perDocument<T>(make: (entry: DocumentEntry) => T): (entry: DocumentEntry) => T {
	const made = new Map<string, { digest: unknown; value: T }>();
	return (entry) => {
		const found = made.get(entry.id);
		if (found && found.digest === entry.digest) return found.value;
		const value = make(entry);
		made.set(entry.id, { digest: entry.digest, value });
		return value;
	};
}

/**
 * The version a citation of the document names, and the address it leads to: the current
 * version's own, once there is more than one (src/core/site/paths.ts). Needs the corpus worked out.
 */
export function citedVersion(id: string): { url: string; version?: CitedVersion } {
	const { list, current } = builtCorpus().versions(id);
	const url = absoluteUrl(citedVersionPath(id, current));
	return current > 1 ? { url, version: { number: current, date: list.at(-1)!.date } } : { url };
}

/** The document as a CSL item, addressed at the version it cites. Needs the corpus worked out. */
export const documentCslItem = perDocument((entry): CslItem => {
	const { url, version } = citedVersion(entry.id);
	return documentItem(entry.id, entry.data, url, version);
});

/**
 * The document's record in each reference file (BibTeX, RIS, CSL-JSON), written once a build for
 * its files, its citation page and its notes' citation, which give the same text. Needs the corpus
 * worked out.
 */
export const documentReferenceFiles = perDocument(
	(entry): Record<ExportFormat, string> =>
		Object.fromEntries(
			(Object.keys(exportFormats) as ExportFormat[]).map((format) => [format, exportFormats[format].write([documentCslItem(entry)])]),
		) as Record<ExportFormat, string>,
);

/** An earlier version of the document as a CSL item, addressed at its own page. Needs the corpus worked out. */
export function versionCslItem(entry: DocumentEntry, number: number): CslItem {
	const version = builtCorpus().versions(entry.id).list[number - 1]!;
	return documentItem(entry.id, entry.data, absoluteUrl(versionPath(entry.id, number)), { number, date: version.date });
}

/** Every document of the library as a CSL item, newest first. */
export async function libraryItems(): Promise<CslItem[]> {
	await getCorpus();
	return (await getLibrary()).map(documentCslItem);
}

export const workCslItem = (work: WorkEntry): CslItem => workItem(work.id, work.data);

/**
 * A document's layouts in every style, kept from one build to the next while its CSL item, the
 * styles and citeproc stay the same: citeproc takes some 40 ms a document, the most costly part
 * of a large library's first build.
 */
const keptLayouts = buildCache(join(buildCacheRoot, 'citations'), citationFormatFingerprint(), citationLayoutsSchema);

/** Each document is registered with citeproc once a style, for its citations and its passages'. */
export const documentCitationLayouts = perDocument((entry): Record<CitationStyle, CitationLayouts> => {
	// The styles are given no `version`: theirs is a software's or an edition's (MLA would print a
	// bare "3" after the newspaper's name). The version is in the address each citation gives, and
	// the pages say it beside the citations (`citedVersion`); the exports carry it.
	const { version: _, ...item } = documentCslItem(entry);
	return keptLayouts(
		item,
		() =>
			Object.fromEntries(citationStyleIds.map((style) => [style, citationLayouts(item, style)])) as Record<CitationStyle, CitationLayouts>,
	);
});

const itemCitations = perDocument((entry) => {
	const layouts = documentCitationLayouts(entry);
	return new Map(citationStyleIds.map((style) => [style, citationsFrom(layouts[style])]));
});

const citationsIn = (entry: DocumentEntry, style: CitationStyle): ItemCitations => itemCitations(entry).get(style)!;

/** The whole document's citation and reference in each style. */
export function documentCitations(entry: DocumentEntry): StyledCitation[] {
	return citationStyleIds.map((style) => {
		const { citation, reference } = citationsIn(entry, style);
		return { style, citation, reference };
	});
}

/** The citation of each section and paragraph of the document, in reading order. */
export async function passageCitationsOf(entry: DocumentEntry): Promise<PassageCitation[]> {
	const { outline } = (await getCorpus()).document(entry.id);
	return outline.map((passage) => {
		const isSection = passage.kind === 'section';
		const value = isSection ? passage.text : String(paragraphNumber(passage.id));
		return {
			passage,
			label: isSection ? passage.text : (passageLabel(passage.id) ?? passage.id),
			url: `${citedVersion(entry.id).url}#${passage.id}`,
			citations: citationStyleIds.map((style) => ({
				style,
				citation: citationsIn(entry, style).passage(isSection ? 'section' : 'paragraph', value, passage.id),
			})),
		};
	});
}
