/**
 * Citations in the standard styles (Chicago, APA, MLA), made by citation-js with citeproc-js and
 * the CSL styles from CSL items: nothing is formatted by hand. The files for reference managers
 * are `citation-export.ts`'s.
 */
import { Cite, type CslItem, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
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

/** The items' entries in a bibliography of the style, in the style's order, as HTML. */
export function formatReferences(items: CslItem[], style: CitationStyle): { id: string; html: string }[] {
	if (items.length === 0) return [];
	return new Cite(items)
		.format('bibliography', { format: 'html', template: citationStyles[style].template, lang, asEntryArray: true })
		.map(([id, html]) => ({ id, html: unwrapEntry(html) }));
}

/** Where in a work a citation points: a paragraph's number or a section's title. */
export interface Locator {
	label: 'paragraph' | 'section';
	value: string;
}

/** The item's citation in the style, as HTML: the first, full note in Chicago, the in-text citation in APA and MLA. */
export function formatCitation(item: CslItem, style: CitationStyle, locator?: Locator): string {
	return new Cite(item).format('citation', {
		format: 'html',
		template: citationStyles[style].template,
		lang,
		entry: [{ id: item.id, ...(locator && { locator: locator.value, label: locator.label }) }],
	});
}

const locatorToken = 'LOCATOR0TOKEN';
const anchorToken = 'ANCHOR0TOKEN';
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The item's citation of any one passage, for many passages at the cost of one citation: the style
 * lays out the citation once with stand-ins for the locator and the passage's anchor, and each
 * passage's citation puts its own in their place. The same as `formatCitation` with the locator,
 * and the item's URL ending in `#anchor`, but some hundred times faster (citeproc takes a few
 * milliseconds a citation). One difference: a section title stands as written, escaped, without
 * the typographic touches citeproc gives text (curly quotes for straight ones).
 */
export function passageCitations(item: CslItem, style: CitationStyle, label: Locator['label']): (value: string, anchor: string) => string {
	const url = typeof item.URL === 'string' ? item.URL : undefined;
	const layout = formatCitation(url ? { ...item, URL: `${url}#${anchorToken}` } : item, style, { label, value: locatorToken });
	return (value, anchor) => layout.replaceAll(locatorToken, escapeHtml(value)).replaceAll(anchorToken, escapeHtml(anchor));
}
