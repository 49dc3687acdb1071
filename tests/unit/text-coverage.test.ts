import type { Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { blocksNotOnPage, sourceBlocks } from '../../src/core/passages/text-coverage.ts';
import rehypeTextCoverage from '../../src/markdown/rehype-text-coverage.ts';
import remarkSourceBlocks from '../../src/markdown/remark-source-blocks.ts';
import { renderMarkdown } from '../support/markdown.ts';

const blocksOf = (markdown: string) => sourceBlocks(unified().use(remarkParse).use(remarkGfm).parse(markdown));

describe('every block of the text on its page', () => {
	test('a text published whole renders, its notes, emphasis, links and the editors’ marks aside', async () => {
		const markdown = [
			'## A heading',
			'',
			'A *first* paragraph with [a link](https://example.org/) and a note.[^1]',
			'',
			'- an item of a list',
			'- another, with <ins class="editorial-gap" data-pagefind-ignore>[…]</ins> a gap',
			'',
			'> A quotation.',
			'',
			'[^1]: The note.',
		].join('\n');
		await expect(renderMarkdown(markdown)).resolves.toBeDefined();
	});

	test('a block the page does not hold is named by its line and first words', () => {
		const blocks = blocksOf('One paragraph here.\n\nA second paragraph that went missing.\n\nA third.');
		expect(blocksNotOnPage(blocks, ['One paragraph here.', 'A third.'])).toEqual([
			{ line: 3, opening: 'a second paragraph that went missing' },
		]);
	});

	test('a block cut short on the page is missing too', () => {
		const blocks = blocksOf('A paragraph of many words that runs on well past its eighth word to its end.');
		expect(blocksNotOnPage(blocks, ['A paragraph of many words that runs on well past'])).toEqual([
			{ line: 1, opening: 'a paragraph of many words that runs on' },
		]);
	});

	test('a paragraph lost after the parser read it stops the build at its line, named by its first words', async () => {
		// Stands for whatever loses a block between the parser and the page: here, a plugin that drops it.
		const dropTwo = () => (tree: HastRoot) => {
			tree.children = tree.children.filter((node) => !(node.type === 'element' && toString(node).startsWith('Two')));
		};
		const processor = unified().use(remarkParse).use(remarkSourceBlocks).use(remarkRehype).use(dropTwo).use(rehypeTextCoverage);
		await expect(processor.run(processor.parse('One.\n\nTwo words here.\n\nThree.'), new VFile())).rejects.toThrow(
			'line 3 of the text: the passage beginning "two words here" is not on its page',
		);
		await expect(processor.run(processor.parse('One.\n\nThree.'), new VFile())).resolves.toBeDefined();
	});
});
