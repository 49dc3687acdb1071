import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { blocksNotOnPage, sourceBlocks } from '../../src/lib/text-coverage';
import { renderMarkdown } from '../support/markdown';

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

	test('text that raw HTML takes in stops the build at its line', async () => {
		// A <textarea> left open takes in everything after it as its own text, which is no passage.
		await expect(renderMarkdown('One.\n\nTwo <textarea> runs on.\n\nThree words here.')).rejects.toThrow(
			/line 3 of the text: (<textarea> is not allowed|the passage beginning)/,
		);
	});
});
