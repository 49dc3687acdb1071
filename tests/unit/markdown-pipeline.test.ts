import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeReportLines from '../../src/markdown/rehype-report-lines.ts';
import { renderMarkdown, withoutParagraphAnchors, withoutSourceLines } from '../support/markdown.ts';

describe('footnotes (remark-gfm)', () => {
	test('a reference and its note get short ids and link to each other', async () => {
		const { code: html } = await renderMarkdown('Stalinism.[^1]\n\n[^1]: Reichman, 57.');
		const code = withoutSourceLines(html);
		expect(code).toContain('<sup><a href="#fn-1" id="fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>');
		expect(code).toContain('<li id="fn-1">');
		expect(code).toContain(
			'<a href="#fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a>',
		);
		expect(code).not.toContain('user-content-');
	});

	test('the notes are labelled for screen readers only, with no self-link, and left out of search excerpts', async () => {
		const { code } = await renderMarkdown('Text.[^a]\n\n[^a]: Note.');
		expect(code).toContain('<h2 class="sr-only" data-pagefind-ignore="" id="footnote-label">Notes</h2>');
		expect(code).not.toContain('href="#footnote-label"');
	});
});

describe('heading ids and self-links (rehype-slug, rehype-heading-links)', () => {
	test('a heading gets an id from its text and a self-link beside it, named for screen readers', async () => {
		const { code: html, metadata } = await renderMarkdown("## Pre-1990 North Korea: The World's Purest Stalinism?");
		const code = withoutSourceLines(html);
		expect(code).toBe(
			'<div class="heading heading-h2">' +
				'<h2 id="pre-1990-north-korea-the-worlds-purest-stalinism">Pre-1990 North Korea: The World\'s Purest Stalinism?</h2>' +
				'<a class="heading-link" aria-label="Link to this section: Pre-1990 North Korea: The World&#x27;s Purest Stalinism?" href="#pre-1990-north-korea-the-worlds-purest-stalinism"></a>' +
				'</div>',
		);
		// The self-link stays out of the heading text Astro collects for the contents.
		expect(metadata.headings).toEqual([
			{ depth: 2, slug: 'pre-1990-north-korea-the-worlds-purest-stalinism', text: "Pre-1990 North Korea: The World's Purest Stalinism?" },
		]);
	});

	test('a heading never takes an id the page uses itself: its title, main, notes, passages, parts', async () => {
		const { code, metadata } = await renderMarkdown(
			[
				'## Title',
				'## Main',
				'## Editors’ summary',
				'## fn-1',
				'## P 1',
				'## Cite this',
				'## Section title',
				'Text.[^1]',
				'[^1]: A note.',
			].join('\n\n'),
		);
		const ids = [...code.matchAll(/<h2 id="([^"]+)"/g)].map(([, id]) => id);
		// A heading whose own words give "section-title" keeps it; the reserved "title" is numbered.
		expect(ids).toEqual([
			'section-title-1',
			'section-main',
			'section-editors-summary',
			'section-fn-1',
			'section-p-1',
			'section-cite-this',
			'section-title',
		]);
		expect(code).toContain('id="footnote-label"');
		// The contents link to the headings by the ids they have.
		expect(metadata.headings.map(({ slug }) => slug)).toContain('section-p-1');
	});

	test('repeated heading texts get distinct ids', async () => {
		const { code } = await renderMarkdown('## Notes on sources\n\n## Notes on sources');
		expect(code).toContain('id="notes-on-sources"');
		expect(code).toContain('id="notes-on-sources-1"');
	});
});

describe('the text is kept as written', () => {
	test('straight quotes, double hyphens and three dots are not turned into typographic ones', async () => {
		const code = withoutParagraphAnchors(
			withoutSourceLines((await renderMarkdown('"Stalinist" -- nothing revolutionary... Moscow\'s')).code),
		);
		expect(code).toBe('<p>"Stalinist" -- nothing revolutionary... Moscow\'s</p>');
	});
});

describe('reading time (remark-reading-time)', () => {
	test('counts the words of the text and its notes and rounds to whole minutes, at least one', async () => {
		const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
		const long = await renderMarkdown(`${words(500)}[^1]\n\n[^1]: ${words(190)}`);
		expect(long.metadata.frontmatter.readingTime).toEqual({ words: 690, minutes: 3 });
		const short = await renderMarkdown("Kim Il-sung's régime");
		expect(short.metadata.frontmatter.readingTime).toEqual({ words: 3, minutes: 1 });
	});
});

describe('the editors’ note of an excerpt (rehype-excerpt-note)', () => {
	test('stands after the last words of the text and before the notes', async () => {
		const { code: html } = await renderMarkdown('In Stalin’s USSR, only the[^1]\n\n[^1]: Note.', {
			excerpt: 'The excerpt ends here.',
		});
		const code = withoutParagraphAnchors(html);
		expect(code).toMatch(
			/only the<sup>.*<\/sup>(<span class="sidenote".*<\/span>)?<\/p>\n<aside class="excerpt-note" aria-label="Editors’ note" data-pagefind-ignore=""><p><strong class="editorial-label">Editors’ note<\/strong> The excerpt ends here\.<\/p><\/aside><section data-footnotes/s,
		);
	});

	test('ends a text without notes', async () => {
		const code = withoutParagraphAnchors(withoutSourceLines((await renderMarkdown('Only the', { excerpt: 'It goes on.' })).code));
		expect(code).toMatch(/^<p>Only the<\/p>\n?<aside class="excerpt-note".*It goes on\.<\/p><\/aside>$/s);
	});

	test('is not added to a complete text', async () => {
		const code = withoutParagraphAnchors(withoutSourceLines((await renderMarkdown('A whole text.')).code));
		expect(code).toBe('<p>A whole text.</p>');
	});
});

describe('footnote integrity (remark-footnote-integrity)', () => {
	test('refuses a reference to a note that does not exist, naming the line', async () => {
		await expect(renderMarkdown('Text.\n\nMore text.[^9]')).rejects.toThrow(/line 3 of the text: footnote reference \[\^9\] has no note/);
	});

	test('refuses a note that nothing refers to, naming the line', async () => {
		await expect(renderMarkdown('Text.[^1]\n\n[^1]: Used.\n\n[^2]: Never used.')).rejects.toThrow(
			/line 5 of the text: footnote \[\^2\] is never referenced/,
		);
	});

	test('accepts notes that pair up, whatever their labels', async () => {
		await expect(renderMarkdown('A.[^a] B.[^note-2]\n\n[^a]: One.\n\n[^note-2]: Two.')).resolves.toBeTruthy();
	});
});

describe('paragraph anchors (rehype-paragraph-anchors)', () => {
	const link = (n: number) =>
		`<a class="paragraph-link" href="#p-${n}" aria-label="Link to paragraph ${n}" data-number="${n}" data-pagefind-ignore=""></a>`;

	test('number every paragraph, list item and quote through the document, with a link to each', async () => {
		const { code: html } = await renderMarkdown('One.\n\n- Two\n- Three\n\n> Four.\n\n## A heading\n\nFive.');
		const code = withoutSourceLines(html);
		expect(code).toContain(`<p id="p-1">One.${link(1)}</p>`);
		expect(code).toContain(`<li id="p-2">Two${link(2)}</li>`);
		expect(code).toContain(`<li id="p-3">Three${link(3)}</li>`);
		expect(code).toMatch(new RegExp(`<blockquote id="p-4">\\s*<p>Four\\.</p>\\s*${link(4)}</blockquote>`));
		expect(code).toContain(`<p id="p-5">Five.${link(5)}</p>`);
	});

	test('count a list item’s paragraphs as that item, and leave the footnotes to their own ids', async () => {
		const { code: html } = await renderMarkdown('1. Point.\n\n   Its second paragraph.\n\n2. Next.[^1]\n\n[^1]: A note.');
		const code = withoutSourceLines(html);
		expect(code.match(/id="p-\d+"/g)).toEqual(['id="p-1"', 'id="p-2"']);
		expect(code).toContain('<li id="fn-1">');
		expect(code).not.toMatch(/<p id="p-\d+">Its second/);
	});

	test('add no words to the text', async () => {
		const { code } = await renderMarkdown('Only these words.');
		expect(code.replace(/<[^>]+>/g, '')).toBe('Only these words.');
	});
});

describe('sidenotes (rehype-sidenotes)', () => {
	test('a note gets an inert copy beside its first reference, without ids or back-link, for the margin', async () => {
		const { code: html } = await renderMarkdown('Stalinism.[^1] Again.[^1]\n\n[^1]: Henry Reichman, *Theory and Society*.');
		const code = withoutSourceLines(html);
		const copies = code.match(/<span class="sidenote"[\s\S]*?<\/span><\/span>/g) ?? [];
		expect(copies).toEqual([
			'<span class="sidenote" inert data-pagefind-ignore="" data-note="fn-1">' +
				'<span class="sidenote-number">1</span>' +
				'<span class="sidenote-paragraph">Henry Reichman, <em>Theory and Society</em>.</span></span>',
		]);
		// It follows the reference's <sup>, inside the paragraph it annotates.
		expect(withoutParagraphAnchors(code)).toContain('Stalinism.<sup><a href="#fn-1" id="fnref-1"');
		expect(code).toMatch(/id="fnref-1"[^>]*>1<\/a><\/sup><span class="sidenote"/);
		// The list of notes is unchanged: the note itself keeps its id and back-link.
		expect(code).toContain('<li id="fn-1">');
		expect(code.match(/data-footnote-backref=""/g)).toHaveLength(2);
	});

	test('a text without notes gets no copies', async () => {
		const { code } = await renderMarkdown('Just text.');
		expect(code).not.toContain('sidenote');
	});
});

describe('source lines (rehype-source-lines, then rehype-report-lines in the second pass)', () => {
	const markdown = '## A heading\n\nOne.[^1]\n\n- Two\n- Three\n\n> Four.\n\n[^1]: A note.';
	const secondPass = async (html: string, linesBeforeText: number | undefined) =>
		String(
			await unified()
				.use(rehypeParse, { fragment: true })
				.use(rehypeReportLines)
				.use(rehypeStringify)
				.process({ value: html, data: { linesBeforeText } }),
		);
	const lines = (html: string) =>
		[...html.matchAll(/<(\w+) id="([^"]+)" data-source-line="(\d+)"/g)].map(([, tag, id, line]) => `${tag}#${id}:${line}`);

	test('each heading, block and note carries the line of the text it begins on; a note’s reference does not', async () => {
		const { code } = await renderMarkdown(markdown);
		expect(lines(code)).toEqual(['h2#a-heading:1', 'p#p-1:3', 'li#p-2:5', 'li#p-3:6', 'blockquote#p-4:8', 'li#fn-1:10']);
		expect(code).not.toMatch(/<a [^>]*data-source-line/);
	});

	test('the second pass makes them lines of the file, below its frontmatter, or takes them all out', async () => {
		const { code } = await renderMarkdown(markdown);
		expect(lines(await secondPass(code, 4))).toEqual([
			'h2#a-heading:5',
			'p#p-1:7',
			'li#p-2:9',
			'li#p-3:10',
			'blockquote#p-4:12',
			'li#fn-1:14',
		]);
		const without = await secondPass(code, undefined);
		expect(without).not.toContain('data-source-line');
		expect(without).toBe(await secondPass(withoutSourceLines(code), undefined));
	});
});
