import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { clipboardText as clipboard, refuseClipboard, selectedFallbackValue, tabTo, useChromium } from '../support/chromium.ts';

const siteUrl = inject('siteUrl');
const lankov = `${siteUrl}documents/natural-death-of-north-korean-stalinism/`;
const workers = `${siteUrl}documents/support-north-koreas-workers/`;

const { browser, open, withClipboard } = useChromium();

/** The note's own text, as the list of notes holds it, less its back-link. */
const noteText = (page: Page, id: string) =>
	page.locator(`#${id}`).evaluate((note) => {
		const copy = note.cloneNode(true) as HTMLElement;
		for (const backLink of copy.querySelectorAll('[data-footnote-backref]')) backLink.remove();
		return copy.textContent!.replace(/\s+/g, ' ').trim();
	});
const previewText = (page: Page) =>
	page.locator('.preview').evaluate((preview: HTMLElement) => preview.innerText.replace(/\s+/g, ' ').trim());
const previewOpen = (page: Page) => page.locator('.preview').evaluate((preview) => preview.matches(':popover-open'));

/** A window too narrow for the notes in the margin, where previews show them. */
const noMargin = { viewport: { width: 1024, height: 800 } };

describe('footnote previews, where the notes are not in the margin', () => {
	test('hovering a reference shows its own note beside it, moving to another shows that one, and Esc closes it', async () => {
		const page = await open(lankov, noMargin);
		await page.hover('#fnref-2');
		await expect.poll(() => previewOpen(page)).toBe(true);
		expect(await previewText(page)).toBe(`Note 2 ${await noteText(page, 'fn-2')}`);
		const reference = (await page.locator('#fnref-2').boundingBox())!;
		const preview = (await page.locator('.preview').boundingBox())!;
		expect(preview.y).toBeGreaterThanOrEqual(reference.y + reference.height - 1);
		expect(preview.y - (reference.y + reference.height)).toBeLessThan(20);

		await page.hover('#fnref-3');
		await expect.poll(() => page.locator('.preview').getAttribute('data-for')).toBe('fn-3');
		expect(await previewText(page)).toBe(`Note 3 ${await noteText(page, 'fn-3')}`);
		await page.keyboard.press('Escape');
		await expect.poll(() => previewOpen(page)).toBe(false);
	});

	test("the previews' rules load only when a preview is first asked for, and the preview is styled when it shows", async () => {
		const page = await open(lankov, noMargin);
		// Whether any stylesheet the page has holds a rule for the preview, in whatever layer or media.
		const previewRuleLoaded = () =>
			page.evaluate(() => {
				const holds = (rules: CSSRuleList): boolean =>
					[...rules].some((rule) =>
						rule instanceof CSSStyleRule
							? rule.selectorText === '.preview'
							: 'cssRules' in rule && holds((rule as CSSGroupingRule).cssRules),
					);
				return [...document.styleSheets].some((sheet) => holds(sheet.cssRules));
			});
		await page.waitForLoadState('networkidle');
		expect(await previewRuleLoaded()).toBe(false);
		await page.hover('#fnref-2');
		await expect.poll(() => previewOpen(page)).toBe(true);
		expect(await previewRuleLoaded()).toBe(true);
		// Its own rules, not the browser's for a popover (fixed, in the middle of the window).
		expect(await page.locator('.preview').evaluate((preview) => getComputedStyle(preview).position)).toBe('absolute');
	});

	test('keyboard focus on a reference shows its note, and Esc closes it with the focus left in place', async () => {
		const page = await open(lankov, noMargin);
		await tabTo(page, '#fnref-1');
		await expect.poll(() => previewOpen(page)).toBe(true);
		expect(await previewText(page)).toBe(`Note 1 ${await noteText(page, 'fn-1')}`);
		await page.keyboard.press('Escape');
		await expect.poll(() => previewOpen(page)).toBe(false);
		expect(await page.locator('#fnref-1').evaluate((link) => link === document.activeElement)).toBe(true);
	});

	test('the preview moves nothing on the page', async () => {
		const page = await open(lankov, noMargin);
		const layout = () =>
			page.evaluate(() => ({
				height: document.documentElement.scrollHeight,
				boxes: [...document.querySelectorAll('.document-text [id^="p-"]')].map((block) => {
					const { left, top, width, height } = block.getBoundingClientRect();
					return [left + scrollX, top + scrollY, width, height].join(' ');
				}),
			}));
		const before = await layout();
		await page.hover('#fnref-4');
		await expect.poll(() => previewOpen(page)).toBe(true);
		expect(await layout()).toEqual(before);
	});

	test('screen readers meet each note once: the preview is hidden from them and holds nothing to focus', async () => {
		const page = await open(lankov, noMargin);
		await page.hover('#fnref-5');
		await expect.poll(() => previewOpen(page)).toBe(true);
		expect(await page.locator('.preview').getAttribute('aria-hidden')).toBe('true');
		expect(await page.locator('.preview').evaluate((preview) => preview.querySelectorAll('a, button, input, [tabindex]').length)).toBe(0);
		expect(await page.locator('.preview').evaluate((preview) => preview.querySelectorAll('[id]').length)).toBe(0);
		// The margin copies are inert: out of the accessibility tree and the tab order.
		expect(await page.locator('.sidenote').evaluateAll((copies) => copies.every((copy) => (copy as HTMLElement).inert))).toBe(true);
	});

	test('on a touch screen, a tap shows the note and a second tap follows the link', async () => {
		const context = await browser().newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(lankov);
		await page.locator('#fnref-1').tap();
		await expect.poll(() => previewOpen(page)).toBe(true);
		expect(new URL(page.url()).hash).toBe('');
		await page.locator('#fnref-1').tap();
		await expect.poll(() => new URL(page.url()).hash).toBe('#fn-1');
	});
});

describe('notes in the margin', () => {
	const background = (page: Page, selector: string) =>
		page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);

	test.each([1280, 1440])(
		'at %i px, pointing at a reference marks its margin note, with no preview over it; so does focus',
		async (width) => {
			const page = await open(lankov, { viewport: { width, height: 900 } });
			const unmarked = await background(page, '.sidenote[data-note="fn-2"]');
			await page.hover('#fnref-2');
			await expect.poll(() => background(page, '.sidenote[data-note="fn-2"]')).not.toBe(unmarked);
			expect(await background(page, '.sidenote[data-note="fn-3"]')).toBe(unmarked);
			// Longer than a preview takes to show.
			await page.waitForTimeout(800);
			expect(await page.locator('.preview:popover-open').count()).toBe(0);
			await page.mouse.move(0, 0);
			await expect.poll(() => background(page, '.sidenote[data-note="fn-2"]')).toBe(unmarked);
			await tabTo(page, '#fnref-1');
			await expect.poll(() => background(page, '.sidenote[data-note="fn-1"]')).not.toBe(unmarked);
			await page.waitForTimeout(800);
			expect(await page.locator('.preview:popover-open').count()).toBe(0);
		},
	);
});

describe('sidenotes', () => {
	/** Each visible sidenote's box, and those of the text's blocks. */
	const boxes = (page: Page) =>
		page.evaluate(() => {
			const box = (element: Element) => {
				const { left, right, top, bottom } = element.getBoundingClientRect();
				return { left, right, top: top + scrollY, bottom: bottom + scrollY };
			};
			const notes = [...document.querySelectorAll('.sidenote')].map((note) => ({
				id: (note as HTMLElement).dataset.note!,
				visible: getComputedStyle(note).display !== 'none',
				box: box(note),
				reference: box(document.querySelector(`a[href="#${(note as HTMLElement).dataset.note}"]`)!),
			}));
			const text = [...document.querySelectorAll('.document-text :is(p, li, blockquote, h2, h3, h4, .footnotes)')].map(box);
			return { notes, text, width: document.documentElement.clientWidth };
		});
	const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
		a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

	test('at 1440 px every note sits in the margin by its reference, overlapping neither another note nor the text', async () => {
		const page = await open(lankov, { viewport: { width: 1440, height: 900 } });
		const { notes, text, width } = await boxes(page);
		expect(notes.map(({ id }) => id)).toEqual(['fn-1', 'fn-2', 'fn-3', 'fn-4', 'fn-5']);
		for (const [index, note] of notes.entries()) {
			expect(note.visible, note.id).toBe(true);
			expect(note.box.right, note.id).toBeLessThanOrEqual(width);
			for (const block of text) expect(overlap(note.box, block), `${note.id} overlaps the text`).toBe(false);
			for (const other of notes.slice(index + 1)) expect(overlap(note.box, other.box), `${note.id} and ${other.id}`).toBe(false);
			// Beside its reference's line, or just below the note before it where that one runs long.
			const previous = notes[index - 1];
			const expectedTop = Math.max(note.reference.top - 16, previous ? previous.box.bottom : 0);
			expect(note.box.top, note.id).toBeGreaterThanOrEqual(expectedTop - 1);
			expect(note.box.top - Math.max(note.reference.top, previous?.box.bottom ?? 0), note.id).toBeLessThan(40);
		}
	});

	test('narrow screens and print show the numbered list instead', async () => {
		const page = await open(lankov, { viewport: { width: 900, height: 900 } });
		const hidden = () => page.locator('.sidenote').evaluateAll((notes) => notes.every((note) => getComputedStyle(note).display === 'none'));
		expect(await hidden()).toBe(true);
		expect(await page.locator('#fn-1').isVisible()).toBe(true);
		await page.setViewportSize({ width: 1440, height: 900 });
		expect(await hidden()).toBe(false);
		await page.emulateMedia({ media: 'print' });
		expect(await hidden()).toBe(true);
		expect(await page.locator('#fn-5').isVisible()).toBe(true);
	});
});

describe('topic links', () => {
	test('hovering or focusing a topic link previews the topic’s description', async () => {
		const page = await open(workers);
		const description = (await page.locator('#topic-kim-jong-il').textContent())!.trim();
		await page.hover('a.topic-link[data-topic="kim-jong-il"]');
		await expect.poll(() => previewOpen(page)).toBe(true);
		expect(await previewText(page)).toBe(`Kim Jong Il ${description}`);
		await page.mouse.move(0, 0);
		await expect.poll(() => previewOpen(page)).toBe(false);

		await tabTo(page, 'a.topic-link[data-topic="china"]');
		await expect.poll(() => page.locator('.preview').getAttribute('data-for')).toBe('topic-china');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).pathname).toBe(new URL(`${siteUrl}topics/china/`).pathname);
	});
});

/** A page whose Clipboard API works, as it does for a reader who allows it. */
describe('copying links', () => {
	test('the ¶ link of a paragraph goes to it and copies its address, and says so', async () => {
		const page = await withClipboard(siteUrl);
		await page.goto(lankov);
		await page.hover('#p-3');
		await page.click('#p-3 > .paragraph-link');
		await expect.poll(() => clipboard(page)).toBe(`${lankov}#p-3`);
		expect(new URL(page.url()).hash).toBe('#p-3');
		await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Link to paragraph 3 copied.');
		expect(await page.locator('.copy-status').getAttribute('role')).toBe('status');
	});

	test('a section’s self-link copies its address too', async () => {
		const page = await withClipboard(siteUrl);
		await page.goto(lankov);
		await page.hover('#main-argument');
		await page.click('a.heading-link[href="#main-argument"]');
		await expect.poll(() => clipboard(page)).toBe(`${lankov}#main-argument`);
		await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Link to the section “Main Argument” copied.');
	});

	test('where the clipboard refuses, the address is shown selected, ready to copy', async () => {
		const page = await open(lankov);
		await refuseClipboard(page);
		await page.hover('#p-4');
		await page.click('#p-4 > .paragraph-link');
		expect(await selectedFallbackValue(page)).toBe(`${lankov}#p-4`);
	});
});

describe('links to a passage', () => {
	/** How many pixels of a screenshot are the colour of text-fragment highlighting, counted in a blank page. */
	async function highlightPixels(page: Page, selector: string): Promise<number> {
		const png = (await page.locator(selector).screenshot()).toString('base64');
		const colour = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--target-text').trim());
		const counter = await browser().newPage();
		const count = await counter.evaluate(
			async ({ png, colour }) => {
				const image = new Image();
				image.src = `data:image/png;base64,${png}`;
				await image.decode();
				const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				const [r, g, b] = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
				const { data } = context.getImageData(0, 0, image.width, image.height);
				let matching = 0;
				for (let at = 0; at < data.length; at += 4) {
					if (Math.abs(data[at]! - r!) < 6 && Math.abs(data[at + 1]! - g!) < 6 && Math.abs(data[at + 2]! - b!) < 6) matching++;
				}
				return matching;
			},
			{ png, colour },
		);
		await counter.close();
		return count;
	}

	/** Selects the `occurrence`-th (from 0) `phrase` in the text of `selector`, leaving out inert copies, as a reader's drag would. */
	const selectPhrase = (page: Page, selector: string, phrase: string, occurrence = 0) =>
		page.locator(selector).evaluate(
			(block, { phrase, occurrence }) => {
				const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
				let seen = 0;
				for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
					if (node.parentElement!.closest('[inert]')) continue;
					for (let at = node.data.indexOf(phrase); at >= 0; at = node.data.indexOf(phrase, at + 1)) {
						if (seen++ < occurrence) continue;
						const range = document.createRange();
						range.setStart(node, at);
						range.setEnd(node, at + phrase.length);
						getSelection()!.removeAllRanges();
						getSelection()!.addRange(range);
						return;
					}
				}
				throw new Error(`"${phrase}" is not in ${block.id} ${occurrence + 1} times`);
			},
			{ phrase, occurrence },
		);

	/** The first block of the page (a paragraph, note or heading with an id) whose visible text has `phrase`, in any case. */
	const firstBlockWith = (page: Page, phrase: string) =>
		page.evaluate((phrase) => {
			const blocks = document.querySelectorAll<HTMLElement>('.document-text :is([id^="p-"], [id^="fn-"], h2[id], h3[id])');
			return [...blocks].find((block) => !block.closest('[inert]') && block.innerText.toLowerCase().includes(phrase.toLowerCase()))!.id;
		}, phrase);

	/** Copies the selection's passage link with the page's button, and waits for it on the clipboard. */
	async function copyPassageLink(page: Page, anchor: string): Promise<string> {
		const button = page.locator('.passage-link-button');
		await button.waitFor();
		expect(await button.textContent()).toBe('Copy link to this passage');
		// The clipboard outlives a test's page: empty it, so that an earlier test's link is not read as this one's.
		await page.evaluate(() => navigator.clipboard.writeText(''));
		await button.click();
		await expect.poll(() => clipboard(page)).toMatch(new RegExp(`#${anchor}:~:text=`));
		return clipboard(page);
	}

	test.each([
		// A word of a note that the text before it uses many times; and the note has a copy in the margin at 1440 px.
		{ document: lankov, block: '#fn-2', phrase: 'Stalinism', occurrence: 0, width: 1280 },
		{ document: lankov, block: '#fn-2', phrase: 'Stalinism', occurrence: 0, width: 1440 },
		{ document: lankov, block: '#p-29', phrase: 'North Korea', occurrence: 0, width: 1280 },
		{ document: lankov, block: '#p-20', phrase: 'the late 1950s', occurrence: 0, width: 1280 },
		// The second of two in the same paragraph.
		{ document: lankov, block: '#p-13', phrase: 'the', occurrence: 1, width: 1280 },
		// A word of a heading that the text before it has already used.
		{ document: lankov, block: '#pre-1990-north-korea-the-worlds-purest-stalinism', phrase: 'Stalinism', occurrence: 0, width: 1280 },
		{ document: workers, block: '#p-9', phrase: 'North Korea', occurrence: 0, width: 1280 },
	])(
		'a link to "$phrase" selected in $block (at $width px) opens at that block, with those words highlighted',
		async ({ document, block, phrase, occurrence, width }) => {
			const page = await withClipboard(siteUrl);
			await page.setViewportSize({ width, height: 900 });
			await page.goto(document);
			const first = await firstBlockWith(page, phrase);
			expect(first, 'an earlier block has the words too').not.toBe(block.slice(1));
			await selectPhrase(page, block, phrase, occurrence);
			const link = await copyPassageLink(page, block.slice(1));
			await expect.poll(() => page.locator('.copy-status').textContent()).toMatch(/^Link to (paragraph \d+|this passage) copied\.$/);

			const opened = await open(link, { viewport: { width, height: 900 } });
			await expect
				.poll(() =>
					opened
						.locator(block)
						.evaluate((target) => target.getBoundingClientRect().top < innerHeight && target.getBoundingClientRect().bottom > 0),
				)
				.toBe(true);
			expect(await highlightPixels(opened, block)).toBeGreaterThan(100);
			expect(await highlightPixels(opened, `#${first}`)).toBe(0);
		},
	);

	test('a long selection is linked by its first and last words, and highlighted whole', async () => {
		const page = await withClipboard(siteUrl);
		await page.goto(lankov);
		await page.locator('#p-13').evaluate((paragraph) => {
			const range = document.createRange();
			range.selectNodeContents(paragraph.firstChild!);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		});
		const link = await copyPassageLink(page, 'p-13');
		// start,end: two terms, neither of them the whole selection.
		const directive = decodeURIComponent(link.split(':~:text=')[1]!);
		expect(directive.split(',').filter((term) => !term.endsWith('-') && !term.startsWith('-'))).toHaveLength(2);
		const opened = await open(link);
		expect(await highlightPixels(opened, '#p-13')).toBeGreaterThan(2000);
	});

	test('a selection that starts or ends inside a word links the whole words it touches, as Chromium’s own links do', async () => {
		const page = await withClipboard(siteUrl);
		await page.goto(lankov);
		await page.locator('#p-13').evaluate((paragraph) => {
			const text = [...paragraph.childNodes].find((node) => node.textContent!.includes('The system of omnipresent'))!;
			// From "…ystem of omnipresent governm…".
			const start = text.textContent!.indexOf('The system of omnipresent') + 'The s'.length;
			const range = document.createRange();
			range.setStart(text, start);
			range.setEnd(text, start + 'ystem of omnipresent governm'.length);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		});
		expect(await copyPassageLink(page, 'p-13')).toBe(`${lankov}#p-13:~:text=system%20of%20omnipresent%20government`);
	});
});
