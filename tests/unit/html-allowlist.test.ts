import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../support/markdown.ts';

describe('the HTML a document may hold (remark-html-allowlist)', () => {
	test('the editors’ marks and the inline elements of scholarly prose are published as written', async () => {
		const { code } = await renderMarkdown(
			[
				'<section class="executive-summary" aria-labelledby="executive-summary">',
				'',
				'## Executive summary',
				'',
				'</section>',
				'',
				'A gap <ins class="editorial-gap" data-pagefind-ignore>[…]</ins> in H<sub>2</sub>O, x<sup>2</sup>, <span lang="ko" dir="ltr">조선</span>, <abbr title="Democratic People’s Republic of Korea">DPRK</abbr>.',
				'',
				'<!-- an editors’ comment, closed -->',
			].join('\n'),
		);
		expect(code).toContain('<section class="executive-summary" aria-labelledby="executive-summary">');
		expect(code).toContain('<ins class="editorial-gap" data-pagefind-ignore="">[…]</ins>');
		expect(code).toContain('<span lang="ko" dir="ltr">조선</span>');
		expect(code).toContain('<abbr title="Democratic People’s Republic of Korea">DPRK</abbr>');
	});

	test.each([
		[
			'a redirect to another site',
			'<meta http-equiv="refresh" content="2;url=https://example.com/">',
			'<meta> is not allowed in a document',
		],
		['a base address', '<base href="https://example.com/">', '<base> is not allowed'],
		['a script', '<script>alert(1)</script>', '<script> is not allowed'],
		['a style', '<style>body { display: none }</style>', '<style> is not allowed'],
		['a frame', '<iframe src="https://example.com/"></iframe>', '<iframe> is not allowed'],
		['an object', '<object data="x.swf"></object>', '<object> is not allowed'],
		['a form', '<form action="https://example.com/"><input name="q"></form>', '<form> is not allowed'],
		['an image with a handler', 'Text <img src="x" onerror="alert(1)">', '<img> is not allowed'],
		['an event attribute', 'Text <span onclick="alert(1)">here</span>', '<span> may not have the attribute onClick'],
		['a class of its own', 'Text <ins class="highlight">here</ins>', '<ins> may not have the attribute className = "highlight"'],
		['a link written as HTML', 'Text <a href="javascript:alert(1)">here</a>', '<a> is not allowed'],
		['a javascript: link', 'Text [here](javascript:alert(1)).', 'the link to "javascript:alert(1)" may not be followed from a document'],
		['a javascript: link by reference', '[x]: javascript:alert(1)\n\nText [here][x].', 'the link to "javascript:alert(1)"'],
	])('%s stops the build, naming its line', async (_, markdown, message) => {
		await expect(renderMarkdown(`A first paragraph.\n\n${markdown}`)).rejects.toThrow(`line 3 of the text: ${message}`);
	});

	test('an HTML comment never closed stops the build: it would leave out the rest of the text', async () => {
		await expect(renderMarkdown('One.\n\n<!-- a note\n\nTwo.\n\nThree.')).rejects.toThrow(
			'line 3 of the text: an HTML comment "<!--" is never closed with "-->": the rest of the text would be left out',
		);
	});

	test('every problem of a file is named at once, each at the file’s own line', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'html-allowlist-'));
		try {
			const frontmatter = '---\ntitle: A\nsummary: B\n---\n';
			const body = '\nOne.\n\n<script>alert(1)</script>\n\nTwo <span\nonclick="x">here</span>.\n';
			const file = join(folder, 'a.md');
			await writeFile(file, frontmatter + body);
			const error = await renderMarkdown(body, {}, pathToFileURL(file)).catch((caught: unknown) => caught as Error);
			const name = relative(process.cwd(), file);
			expect(String(error)).toContain(`${name}:8: <script> is not allowed in a document`);
			// The attribute's element begins on the line of the tag.
			expect(String(error)).toContain(`${name}:10: <span> may not have the attribute onClick`);
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	});
});
