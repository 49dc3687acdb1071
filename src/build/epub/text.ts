/**
 * A document's text as the site renders it, made into the body of an EPUB content document: the
 * same passage ids; the notes as EPUB notes, linked both ways; and none of what is there for a
 * browser only (self-links, margin copies of notes, topic links, search's attributes).
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { SKIP, visit } from 'unist-util-visit';
import type { NavEntry } from './package.ts';

export interface EpubTextOptions {
	/** Where a link of the site's own leads in the book: a file of the book, or the site's address. */
	resolve: (href: string) => string;
	/** The content document's file name, for the contents' links. */
	file: string;
}

const classes = (node: Element): string[] => (node.properties.className as string[] | undefined) ?? [];

/** What the site adds for browsers and screens: left out of the book. */
const isBrowserOnly = (node: Element): boolean =>
	node.properties.inert !== undefined || ['paragraph-link', 'heading-link'].some((name) => classes(node).includes(name));

/** Every `data-*` attribute is the site's (search, previews, copying), none the text's. */
function withoutData(node: Element) {
	for (const key of Object.keys(node.properties)) if (/^data[A-Z]/.test(key)) delete node.properties[key];
}

/** The text's elements for an EPUB, and the entries its sections add to the contents. */
export function epubText(html: string, { resolve, file }: EpubTextOptions): { body: ElementContent[]; sections: NavEntry[] } {
	const tree: Root = fromHtml(html, { fragment: true });
	visit(tree, 'element', (node, index, parent) => {
		if (!parent || index === undefined) return;
		if (isBrowserOnly(node)) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		// A heading's wrapper (for its self-link) and a topic link (the editors', not the author's) give way to what they hold.
		if (classes(node).includes('heading') || classes(node).includes('topic-link')) {
			parent.children.splice(index, 1, ...node.children);
			return [SKIP, index];
		}
		const { properties } = node;
		if (properties.dataFootnoteRef !== undefined) Object.assign(properties, { 'epub:type': 'noteref', role: 'doc-noteref' });
		if (properties.dataFootnoteBackref !== undefined) Object.assign(properties, { role: 'doc-backlink', className: undefined });
		if (properties.dataFootnotes !== undefined) Object.assign(properties, { 'epub:type': 'endnotes', role: 'doc-endnotes' });
		if (node.tagName === 'li' && typeof properties.id === 'string' && properties.id.startsWith('fn-')) properties['epub:type'] = 'endnote';
		// The notes' heading is for screen readers on the site; a book shows it.
		if (properties.id === 'footnote-label') properties.className = undefined;
		if (node.tagName === 'a' && typeof properties.href === 'string' && !properties.href.startsWith('#')) {
			properties.href = resolve(properties.href);
		}
		withoutData(node);
		return undefined;
	});
	const body = tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
	return { body, sections: sectionsOf(tree, file) };
}

/** The text's sections and their subsections, by their headings, as entries of the contents. */
function sectionsOf(tree: Root, file: string): NavEntry[] {
	const sections: NavEntry[] = [];
	for (const heading of selectAll('h2[id], h3[id]', tree)) {
		const entry: NavEntry = { title: textOf(heading), href: `${file}#${String(heading.properties.id)}`, children: [] };
		const parent = sections.at(-1);
		if (heading.tagName === 'h3' && parent) parent.children.push(entry);
		else sections.push(entry);
	}
	return sections;
}

const textOf = (node: ElementContent): string =>
	node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
