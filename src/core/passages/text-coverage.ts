/**
 * Nothing of a text silently dropped: every paragraph and heading the Markdown parser read (its
 * notes and tables aside) must be on the page made from it. A block whose opening or closing
 * words do not stand together in any of the page's passages went missing between the parser
 * and the page (raw HTML that took it in, a plugin that lost it).
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** How many words of a block's start and of its end must stand together on the page. */
const WORDS_CHECKED = 8;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A paragraph or heading of the Markdown: its line of the text and its words. */
export interface SourceBlock {
	line: number;
	words: string[];
}

/** The paragraphs and headings of a parsed text, its notes and tables aside (they have no passages of their own). */
export function sourceBlocks(tree: Root): SourceBlock[] {
	const blocks: SourceBlock[] = [];
	visit(tree, (node: Nodes) => {
		if (node.type === 'footnoteDefinition' || node.type === 'table') return SKIP;
		// A heading of the first rank is not a section of the page, which has its own title.
		if (node.type !== 'paragraph' && !(node.type === 'heading' && node.depth > 1)) return undefined;
		blocks.push({ line: node.position?.start.line ?? 1, words: wordsOf(toString(node, { includeHtml: false })) });
		return SKIP;
	});
	return blocks;
}

/** The blocks whose words `passages` (the page's paragraphs and headings, as text) do not hold: their lines and first words. */
export function blocksNotOnPage(blocks: readonly SourceBlock[], passages: readonly string[]): { line: number; opening: string }[] {
	const page = ` ${passages.map((passage) => wordsOf(passage).join(' ')).join(' | ')} `;
	const holds = (words: readonly string[]) => words.length === 0 || page.includes(` ${words.join(' ')} `);
	return blocks
		.filter(({ words }) => !holds(words.slice(0, WORDS_CHECKED)) || !holds(words.slice(-WORDS_CHECKED)))
		.map(({ line, words }) => ({ line, opening: words.slice(0, WORDS_CHECKED).join(' ') }));
}
