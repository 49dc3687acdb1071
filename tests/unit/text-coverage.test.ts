import { describe, expect, test } from 'vitest';
import { blocksNotOnPage } from '../../src/lib/text-coverage';
import { renderMarkdown } from '../support/markdown';

/** The page's passages as the site reads them back: each paragraph's and heading's text. */
async function passagesOf(markdown: string): Promise<string[]> {
	const { code } = await renderMarkdown(markdown);
	return [...code.matchAll(/<(p|h[2-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(([, , inner]) => inner!.replace(/<[^>]+>/g, ' '));
}

describe('every block of the text on its page', () => {
	test('a text published whole has nothing missing, its notes, emphasis, links and the editors’ marks aside', async () => {
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
		expect(blocksNotOnPage(markdown, await passagesOf(markdown))).toEqual([]);
	});

	test('a block the page does not hold is named by its line and first words', () => {
		const markdown = 'One paragraph here.\n\nA second paragraph that went missing.\n\nA third.';
		expect(blocksNotOnPage(markdown, ['One paragraph here.', 'A third.'])).toEqual([
			{ line: 3, opening: 'a second paragraph that went missing' },
		]);
	});

	test('a block cut short on the page is missing too', () => {
		const markdown = 'A paragraph of many words that runs on well past its eighth word to its end.';
		expect(blocksNotOnPage(markdown, ['A paragraph of many words that runs on well past'])).toEqual([
			{ line: 1, opening: 'a paragraph of many words that runs on' },
		]);
	});
});
