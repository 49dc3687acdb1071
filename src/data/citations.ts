/**
 * How to cite the library's documents: each document and cited work as a CSL item, and each
 * document's citations in every style, for the whole document and for each of its sections and
 * paragraphs. Worked out on a page's first request and kept for the rest of the build.
 */
import { getCorpus, type WorkEntry } from './corpus';
import { type DocumentEntry, getLibrary } from './library';
import {
	type CitationStyle,
	formatCitation,
	formatReferences,
	type Locator,
	passageCitations,
	citationStyleIds,
} from '../lib/citation-format';
import { type CslItem, documentItem, workItem } from '../lib/csl';
import { paragraphNumber, passageLabel } from '../lib/passages';
import type { OutlinePassage } from '../markdown/rehype-passage-outline';
import { documentUrl } from '../lib/urls';

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

// Kept by entry, so that an entry Astro reloads (while editing) is worked out afresh.
const items = new WeakMap<DocumentEntry, CslItem>();

/** The document as a CSL item, addressed at its page. */
export function documentCslItem(entry: DocumentEntry): CslItem {
	let item = items.get(entry);
	if (!item) {
		item = documentItem(entry.id, entry.data, documentUrl(entry.id));
		items.set(entry, item);
	}
	return item;
}

/** Every document of the library as a CSL item, newest first. */
export async function libraryItems(): Promise<CslItem[]> {
	return (await getLibrary()).map(documentCslItem);
}

export const workCslItem = (work: WorkEntry): CslItem => workItem(work.id, work.data);

const wholeDocumentCitations = new WeakMap<DocumentEntry, StyledCitation[]>();

/** The whole document's citation and reference in each style. */
export function documentCitations(entry: DocumentEntry): StyledCitation[] {
	let found = wholeDocumentCitations.get(entry);
	if (!found) {
		const item = documentCslItem(entry);
		found = citationStyleIds.map((style) => ({
			style,
			citation: formatCitation(item, style),
			reference: formatReferences([item], style)[0]!.html,
		}));
		wholeDocumentCitations.set(entry, found);
	}
	return found;
}

/** The citation of each section and paragraph of the document, in reading order. */
export async function passageCitationsOf(entry: DocumentEntry): Promise<PassageCitation[]> {
	const { outline } = (await getCorpus()).document(entry.id);
	const item = documentCslItem(entry);
	const layouts = new Map<Locator['label'], Map<CitationStyle, ReturnType<typeof passageCitations>>>();
	const layoutOf = (label: Locator['label'], style: CitationStyle) => {
		const byStyle = layouts.get(label) ?? layouts.set(label, new Map()).get(label)!;
		return byStyle.get(style) ?? byStyle.set(style, passageCitations(item, style, label)).get(style)!;
	};
	return outline.map((passage) => {
		const isSection = passage.kind === 'section';
		const label: Locator['label'] = isSection ? 'section' : 'paragraph';
		const value = isSection ? passage.text : String(paragraphNumber(passage.id));
		return {
			passage,
			label: isSection ? passage.text : (passageLabel(passage.id) ?? passage.id),
			url: `${documentUrl(entry.id)}#${passage.id}`,
			citations: citationStyleIds.map((style) => ({ style, citation: layoutOf(label, style)(value, passage.id) })),
		};
	});
}
