import { describe, expect, inject, test } from 'vitest';
import { tabTo, useChromium } from '../support/chromium.ts';
import { charactersPerLine, sidewaysOverflow } from '../support/layout.ts';
import { renderMarkdown } from '../support/markdown.ts';
import { sitePaths } from '../support/pages.ts';

const siteUrl = inject('siteUrl');
const lankov = `${siteUrl}documents/natural-death-of-north-korean-stalinism/`;

const { browser, open, inViewport } = useChromium();

describe('footnotes', () => {
	test('following a footnote reference lands on its note, and its back-link returns to the reference', async () => {
		const page = await open(lankov);
		await page.click('#fnref-2');
		expect(new URL(page.url()).hash).toBe('#fn-2');
		await expect.poll(() => inViewport(page, '#fn-2')).toBe(true);
		await expect.poll(() => page.locator('#fn-2').evaluate((li) => getComputedStyle(li).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

		await page.click('#fn-2 [data-footnote-backref]');
		expect(new URL(page.url()).hash).toBe('#fnref-2');
		await expect.poll(() => inViewport(page, '#fnref-2')).toBe(true);
	});

	test('footnotes work with JavaScript turned off', async () => {
		const page = await open(lankov, { javaScriptEnabled: false });
		await page.click('#fnref-1');
		expect(new URL(page.url()).hash).toBe('#fn-1');
		await expect.poll(() => inViewport(page, '#fn-1')).toBe(true);
	});
});

describe('section links', () => {
	test('keyboard focus reveals a heading’s self-link, which has an accessible name', async () => {
		const page = await open(lankov);
		const link = page.locator('a.heading-link[href="#executive-summary"]');
		expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
		await tabTo(page, 'a.heading-link[href="#executive-summary"]', 60);
		await expect.poll(() => link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		const box = await link.boundingBox();
		expect(box!.width).toBeGreaterThan(4);
		expect(await link.getAttribute('aria-label')).toBe('Link to this section: Executive Summary');
		await page.keyboard.press('Enter');
		// Following the link is the browser's work after the key press: wait for it, not for a fixed moment.
		await expect.poll(() => new URL(page.url()).hash).toBe('#executive-summary');
	});

	test('hovering a heading reveals its self-link', async () => {
		const page = await open(lankov);
		await page.hover('#main-argument');
		await expect.poll(() => page.locator('a[href="#main-argument"].heading-link').evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
	});

	test('hovering or focusing a paragraph shows its ¶ link, which links to it by number', async () => {
		const page = await open(lankov);
		const link = page.locator('#p-7 > .paragraph-link');
		expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
		await page.hover('#p-7');
		await expect.poll(() => link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		await page.mouse.move(0, 0);
		await link.focus();
		await expect.poll(() => link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		expect(await link.evaluate((a) => getComputedStyle(a, '::before').content)).toBe('"¶\u00a07"');
		expect(await link.getAttribute('aria-label')).toBe('Link to paragraph 7');
		await link.click();
		expect(new URL(page.url()).hash).toBe('#p-7');
	});

	test('a link to a section opens the page at that section', async () => {
		const page = await open(`${lankov}#pre-1990-north-korea-the-worlds-purest-stalinism`);
		await expect.poll(() => inViewport(page, '#pre-1990-north-korea-the-worlds-purest-stalinism')).toBe(true);
	});
});

describe('reading comfort', () => {
	test('the library’s list is styled by a stylesheet of its own, beside the one of every page', async () => {
		const page = await open(siteUrl);
		expect(await page.evaluate(() => document.styleSheets.length)).toBe(2);
		expect(await page.locator('ol.library').evaluate((list) => getComputedStyle(list).listStyleType)).toBe('none');
		expect(
			await page
				.locator('.card')
				.first()
				.evaluate((card) => getComputedStyle(card).paddingTop),
		).not.toBe('0px');
	});

	test('a paragraph in a script written right to left runs and aligns from the right, the others from the left', async () => {
		const page = await open(lankov);
		const [arabic, english] = await page.evaluate(() => {
			const text = document.querySelector('.document-text')!;
			const paragraph = (words: string) => {
				const p = document.createElement('p');
				p.textContent = words;
				text.prepend(p);
				return p;
			};
			// The first words of the first article of the Universal Declaration of Human Rights, and of its English.
			const placed = [paragraph('يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق.'), paragraph('All human beings are born free.')];
			return placed.map((p) => {
				const range = document.createRange();
				range.selectNodeContents(p);
				const words = range.getBoundingClientRect();
				const box = p.getBoundingClientRect();
				return { gapLeft: words.left - box.left, gapRight: box.right - words.right };
			});
		});
		expect(arabic!.gapRight).toBeLessThan(2);
		expect(arabic!.gapLeft).toBeGreaterThan(50);
		expect(english!.gapLeft).toBeLessThan(2);
		expect(english!.gapRight).toBeGreaterThan(50);
	});

	test('body text runs 60 to 75 characters a line on a wide screen', async () => {
		const page = await open(lankov);
		// The longest paragraph without footnote markers, whose raised numbers would sit on lines of their own.
		const longest = await page
			.locator('.document-text > p:not(:has(sup))')
			.evaluateAll((paragraphs) =>
				paragraphs.reduce(
					(best, paragraph, index) => (paragraph.textContent!.length > paragraphs[best]!.textContent!.length ? index : best),
					0,
				),
			);
		const perLine = await charactersPerLine(page.locator('.document-text > p:not(:has(sup))').nth(longest));
		console.info(`body text: ${perLine.toFixed(1)} characters a line`);
		expect(perLine).toBeGreaterThanOrEqual(60);
		expect(perLine).toBeLessThanOrEqual(75);
	});

	test.each(sitePaths)('at 320 px wide, /%s needs no sideways scrolling', async (path) => {
		const page = await open(siteUrl + path, { viewport: { width: 320, height: 640 } });
		expect(await sidewaysOverflow(page)).toBe(0);
	});

	test('the dark theme follows the system preference', async () => {
		const background = async (colorScheme: 'light' | 'dark') => {
			const page = await open(lankov, { colorScheme });
			const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			await page.close();
			const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
			return (r + g + b) / 3;
		};
		expect(await background('light')).toBeGreaterThan(200);
		expect(await background('dark')).toBeLessThan(50);
	});

	test('printing leaves out the navigation and contents, and keeps the notes as endnotes under a heading', async () => {
		const page = await open(lankov);
		await page.emulateMedia({ media: 'print' });
		const shown = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((e) => getComputedStyle(e).display !== 'none');
		for (const chrome of ['.site-header', '.site-footer', '.toc', '.pager', '.heading-link', '[data-footnote-backref]']) {
			expect(await shown(chrome), chrome).toBe(false);
		}
		expect(await shown('.footnotes')).toBe(true);
		const label = await page.locator('#footnote-label').boundingBox();
		expect(label!.width).toBeGreaterThan(20);
	});

	test('printing shows where a link in the text leads, and does not repeat an address shown as the link', async () => {
		const page = await open(`${siteUrl}documents/north-korea-is-not-a-socialist-society/`);
		await page.emulateMedia({ media: 'print' });
		// The documents' texts hold no web link today: add one as a future document would have it.
		await page
			.locator('.document-text p')
			.first()
			.evaluate((p) => {
				const link = Object.assign(document.createElement('a'), { href: 'https://example.org/cited', textContent: 'a cited page' });
				p.append(link);
			});
		const after = (selector: string) => page.locator(selector).evaluate((a) => getComputedStyle(a, '::after').content);
		expect(await after('.document-text a[href="https://example.org/cited"]')).toContain('https://example.org/cited');
		expect(await after('.provenance a[href^="https://revcom.us"]')).toBe('none');
	});
});

describe('quotations and lists', () => {
	test('a quotation is set as one, and its ¶ link, like that of a list item of paragraphs, adds no line of its own', async () => {
		// The documents hold no quotation yet: the pipeline's own rendering of one, put in a document's place.
		const { code } = await renderMarkdown(
			[
				'Before.',
				'> A quoted paragraph, long enough to run over a line or two on the page, as a quotation of any length does.\n>\n> Its second paragraph.',
				'1. A point.\n\n   Its second paragraph.',
				'2. Another point.',
				'After.',
			].join('\n\n'),
		);
		const page = await open(lankov);
		await page.locator('.document-text').evaluate((text, html) => void (text.innerHTML = html), code);
		const quote = page.locator('.document-text blockquote');
		const { border, indent, fontStyle } = await quote.evaluate((element) => {
			const style = getComputedStyle(element);
			return { border: parseFloat(style.borderInlineStartWidth), indent: style.marginInlineStart, fontStyle: style.fontStyle };
		});
		expect(border).toBeGreaterThan(0);
		expect(indent).not.toBe('40px');
		expect(fontStyle).toBe('normal');
		for (const block of [quote, page.locator('.document-text li').first()]) {
			const { link, last, below } = await block.evaluate((element) => {
				const link = element.querySelector(`a.paragraph-link[href="#${element.id}"]`)!.getBoundingClientRect();
				const paragraphs = element.querySelectorAll(':scope > p');
				const last = paragraphs[paragraphs.length - 1]!.getBoundingClientRect();
				const style = getComputedStyle(element);
				// Below the last paragraph's words, the block's padding and, at most, half a line's leading.
				const below = element.getBoundingClientRect().bottom - last.bottom - parseFloat(style.paddingBottom);
				return { link: link.toJSON(), last: last.toJSON(), below: below / parseFloat(style.lineHeight) };
			});
			// On the last line of the last paragraph, and no line of its own below it.
			expect(link.top).toBeGreaterThanOrEqual(last.top);
			expect(link.bottom).toBeLessThanOrEqual(last.bottom + 1);
			expect(below).toBeLessThan(0.5);
		}
	});
});

describe('languages', () => {
	test('Korean marked with `lang` is set in a font made for Korean, in serif or sans-serif, with lines broken between words', async () => {
		// The documents hold no Korean yet: the pipeline's own rendering of it, put in a document's place.
		const { code } = await renderMarkdown(
			'The state calls itself <span lang="ko">조선민주주의인민공화국</span>, and its founder <span lang="ko">김일성</span>.',
		);
		const page = await open(lankov);
		await page.locator('.document-text').evaluate((text, html) => void (text.innerHTML = html), code);
		const korean = page.locator('.document-text span[lang="ko"]');
		expect(await korean.count()).toBe(2);
		const { text, wordBreak } = await korean.first().evaluate((span) => ({
			text: getComputedStyle(span).fontFamily,
			wordBreak: getComputedStyle(span).wordBreak,
		}));
		// The Latin serif first, for the Latin letters around; then Korean serifs, before the system's own.
		expect(text.indexOf('Charter')).toBe(0);
		expect(text).toMatch(/Noto Serif KR.*Nanum Myeongjo.*serif$/);
		expect(wordBreak).toBe('keep-all');
		expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).fontFamily)).toMatch(
			/Noto Sans KR.*Malgun Gothic.*sans-serif$/,
		);
	});
});

describe('every page', () => {
	test.each(sitePaths)('/%s requests nothing from another origin and logs no error', async (path) => {
		const page = await browser().newPage();
		const foreign: string[] = [];
		const errors: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(new URL(siteUrl).origin)) foreign.push(request.url());
		});
		page.on('console', (message) => {
			if (message.type() === 'error' && !(path === 'no-such-page/' && message.text().includes('404'))) errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});
});
