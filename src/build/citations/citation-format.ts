/**
 * Citations in the standard styles (Chicago, APA, MLA), made by citeproc-js with the CSL styles
 * and locales citation-js registers, from CSL items: nothing is formatted by hand. The files for
 * reference managers are `citation-export.ts`'s.
 */
import { type CslItem, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';
import { z } from 'astro/zod';
import { anchorToken, fillLayout, locatorToken } from '../../core/citations/citation-layouts.ts';
import chicago from './citation-styles/chicago-fullnote-bibliography.csl?raw';
import mla from './citation-styles/modern-language-association.csl?raw';

const cslStyles = plugins.config.get('@csl').styles;
if (!cslStyles.has('chicago-fullnote-bibliography')) cslStyles.add('chicago-fullnote-bibliography', chicago);
if (!cslStyles.has('modern-language-association')) cslStyles.add('modern-language-association', mla);

/** The styles offered, each with the names of its two forms: the citation in the text or a note, and the reference. */
export const citationStyles = {
	chicago: { name: 'Chicago', template: 'chicago-fullnote-bibliography', citation: 'Note', reference: 'Bibliography' },
	apa: { name: 'APA', template: 'apa', citation: 'In-text citation', reference: 'Reference list' },
	mla: { name: 'MLA', template: 'modern-language-association', citation: 'In-text citation', reference: 'Works cited' },
} as const;
export type CitationStyle = keyof typeof citationStyles;

/** The ids of the styles, in the order the pages list them. */
export const citationStyleIds = Object.keys(citationStyles) as CitationStyle[];

/** What a copy button copies, for its name and confirmation: "the Chicago note", "the APA reference list entry". */
export function citationName(style: CitationStyle, form: 'citation' | 'reference'): string {
	const names = citationStyles[style];
	return `the ${names.name} ${names[form].toLowerCase()}${form === 'reference' ? ' entry' : ''}`;
}

const lang = 'en-US';

/** The entries citeproc wraps in `<div class="csl-entry">`, unwrapped. */
const unwrapEntry = (html: string) => html.trim().replace(/^<div[^>]*>([\s\S]*)<\/div>$/, '$1');

/**
 * One citeproc engine a style, made once (a style takes citeproc some hundred milliseconds to
 * read) and given the items of each call: citation-js's own formatting rebuilds its processor's
 * state on every call, which made citations most of a large library's build.
 */
const engines = new Map<CitationStyle, { engine: InstanceType<typeof CSL.Engine>; items: Map<string, CslItem> }>();

/** The style's engine with exactly `items` registered (each citation stands alone), and their order in the style. */
function engineWith(style: CitationStyle, items: readonly CslItem[]) {
	let found = engines.get(style);
	if (!found) {
		const csl = plugins.config.get('@csl');
		const state = { items: new Map<string, CslItem>() };
		const engine = new CSL.Engine(
			{ retrieveItem: (id) => state.items.get(id), retrieveLocale: (locale) => csl.locales.get(locale) },
			csl.styles.get(citationStyles[style].template)!,
			lang,
		);
		engine.setOutputFormat('html');
		engine.opt.development_extensions.wrap_url_and_doi = false;
		found = Object.assign(state, { engine });
		engines.set(style, found);
	}
	found.items = new Map(items.map((item) => [item.id, item]));
	// Emptied first, so that an item given again under the same id is read afresh.
	found.engine.updateItems([]);
	const order = found.engine.updateItems(items.map(({ id }) => id));
	return { engine: found.engine, order };
}

/** The items' entries in a bibliography of the style, in the style's order, as HTML. */
export function formatReferences(items: CslItem[], style: CitationStyle): { id: string; html: string }[] {
	if (items.length === 0) return [];
	const { engine, order } = engineWith(style, items);
	const [, entries] = engine.makeBibliography();
	return entries.map((html, index) => ({ id: order[index]!, html: unwrapEntry(html) }));
}

/** Where in a work a citation points: a paragraph's number or a section's title. */
export interface Locator {
	label: 'paragraph' | 'section';
	value: string;
}

/** The item's citation in the style, as HTML: the first, full note in Chicago, the in-text citation in APA and MLA. */
export function formatCitation(item: CslItem, style: CitationStyle, locator?: Locator): string {
	const { engine } = engineWith(style, [item]);
	return engine.makeCitationCluster([{ id: item.id, ...(locator && { locator: locator.value, label: locator.label }) }]);
}

/** Everything a document is cited by in one style. */
export interface ItemCitations {
	/** The citation of the whole item (see `formatCitation`). */
	citation: string;
	/** Its entry in a bibliography (see `formatReferences`). */
	reference: string;
	/** The citation of one of its passages, by a paragraph's number or a section's title, and its anchor. */
	passage(label: Locator['label'], value: string, anchor: string): string;
}

/**
 * What the style makes of an item, as text, so that it can be kept from one build to the next:
 * its citation and reference, and its citations of a paragraph and of a section with stand-ins
 * for the locator and the passage's anchor (see `citeItem`).
 */
export interface CitationLayouts {
	citation: string;
	reference: string;
	paragraph: string;
	section: string;
}

/** An item's layouts in every style, as a build keeps them for the next (src/data/build-cache.ts). */
export const citationLayoutsSchema = z.record(
	z.enum(citationStyleIds),
	z.strictObject({ citation: z.string(), reference: z.string(), paragraph: z.string(), section: z.string() }),
);

/** The item's layouts in the style, registering it once (see `citeItem`). */
export function citationLayouts(item: CslItem, style: CitationStyle): CitationLayouts {
	const url = typeof item.URL === 'string' ? item.URL : undefined;
	const { engine } = engineWith(style, [url ? { ...item, URL: `${url}#${anchorToken}` } : item]);
	const whole = (html: string) => html.replaceAll(`#${anchorToken}`, '');
	const [, [reference = '']] = engine.makeBibliography();
	return {
		citation: whole(engine.makeCitationCluster([{ id: item.id }])),
		reference: whole(unwrapEntry(reference)),
		paragraph: engine.makeCitationCluster([{ id: item.id, label: 'paragraph', locator: locatorToken }]),
		section: engine.makeCitationCluster([{ id: item.id, label: 'section', locator: locatorToken }]),
	};
}

/** The citations the layouts stand for: each passage's puts its own locator and anchor in place of the stand-ins. */
export function citationsFrom(layouts: CitationLayouts): ItemCitations {
	return {
		citation: layouts.citation,
		reference: layouts.reference,
		passage: (label, value, anchor) => fillLayout(layouts[label], value, anchor),
	};
}

/**
 * The item's citations in the style, at the cost of registering it once (citeproc takes a few
 * milliseconds to register an item, and about as long for each citation): the style lays out its
 * citation, its reference, and its citation of a paragraph and of a section, with stand-ins for
 * the locator and the passage's anchor (the item's URL ending in `#anchor`); each passage's
 * citation puts its own in their place, and the whole item's have the anchor taken out. The same
 * as `formatCitation` and `formatReferences`, but some hundred times faster for a document's
 * many passages. One difference: a section title stands as written, escaped, without the
 * typographic touches citeproc gives text (curly quotes for straight ones).
 */
export const citeItem = (item: CslItem, style: CitationStyle): ItemCitations => citationsFrom(citationLayouts(item, style));

/**
 * Everything besides the item that the layouts depend on: citeproc's version, the styles and the
 * locale. Layouts kept from an earlier build are good only while it is the same.
 */
export function citationFormatFingerprint(): string {
	const csl = plugins.config.get('@csl');
	return [
		CSL.PROCESSOR_VERSION,
		lang,
		csl.locales.get(lang),
		...citationStyleIds.map((style) => csl.styles.get(citationStyles[style].template)),
	].join('\n');
}
