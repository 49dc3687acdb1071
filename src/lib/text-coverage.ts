/**
 * Nothing of a text silently dropped: every paragraph and heading of a document's Markdown (its
 * notes aside) must be on its page, read back from the passages the page holds. A block whose
 * opening or closing words do not stand together in any passage went missing somewhere between
 * the file and the page (raw HTML that swallowed it, a parser that read it as something else).
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** How many words of a block's start and of its end must stand together on the page. */
const WORDS_CHECKED = 8;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A block of the Markdown that is not on the page: its line of the text and its first words. */
export interface MissingBlock {
	line: number;
	opening: string;
}

/** The blocks of `markdown` whose words `passages` (the page's paragraphs and headings, as text) do not hold. */
export function blocksNotOnPage(markdown: string, passages: readonly string[]): MissingBlock[] {
	const page = ` ${passages.map((passage) => wordsOf(passage).join(' ')).join(' | ')} `;
	const holds = (words: readonly string[]) => words.length === 0 || page.includes(` ${words.join(' ')} `);
	const missing: MissingBlock[] = [];
	const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown);
	visit(tree, (node: Nodes) => {
		// The notes are checked by their own plugin (remark-footnote-integrity); tables have no passages.
		if (node.type === 'footnoteDefinition' || node.type === 'table') return SKIP;
		// A heading of the first rank is not a section of the page, which has its own title.
		if (node.type !== 'paragraph' && !(node.type === 'heading' && node.depth > 1)) return undefined;
		const words = wordsOf(toString(node, { includeHtml: false }));
		if (!holds(words.slice(0, WORDS_CHECKED)) || !holds(words.slice(-WORDS_CHECKED))) {
			missing.push({ line: node.position?.start.line ?? 1, opening: words.slice(0, WORDS_CHECKED).join(' ') });
		}
		return SKIP;
	});
	return missing;
}
