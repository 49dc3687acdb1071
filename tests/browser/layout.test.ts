import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { projectRoot } from '../../harness/build.ts';
import { tabTo, useChromium } from '../support/chromium.ts';
import { charactersPerLine, sidewaysOverflow } from '../support/layout.ts';

const siteUrl = inject('siteUrl');
const lankov = 'documents/natural-death-of-north-korean-stalinism/';

const { browser, inViewport } = useChromium();

/** Where the screenshots are kept, so that a change in look is seen: not in the repository. */
const screenshots = join(projectRoot, 'test-results', 'screenshots');

/** The pages a reader sees most, each ready as they see it. */
const pages: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
	{ name: 'document', path: lankov },
	{ name: 'library', path: '' },
	{ name: 'topic', path: 'topics/north-korean-famine/' },
	{ name: 'topics', path: 'topics/' },
	{ name: 'search', path: 'search/?q=famine', ready: async (page) => void (await page.locator('.search-result').first().waitFor()) },
	{ name: 'citation', path: `${lankov}cite/` },
];

const screens = [
	{ width: 390, height: 844, phone: true },
	{ width: 1280, height: 800, phone: false },
	{ width: 1440, height: 900, phone: false },
] as const;

const views = pages.flatMap((page) =>
	screens.flatMap((screen) => (['light', 'dark'] as const).map((colorScheme) => ({ ...page, ...screen, colorScheme }))),
);

/** A page as the reader's screen shows it: a phone as a phone, touch and all. */
async function openOn(path: string, { width, height, phone }: (typeof screens)[number], colorScheme: 'light' | 'dark' = 'light') {
	const context = await browser().newContext({ viewport: { width, height }, colorScheme, isMobile: phone, hasTouch: phone });
	const page = await context.newPage();
	await page.goto(siteUrl + path);
	return page;
}

/** The running text a page shows: paragraphs, list items and descriptions with no such blocks inside. */
const runningText = (page: Page) =>
	page.locator('main :is(p, li, dd):visible').filter({ hasNot: page.locator(':is(p, li, dd, select, pre)') });

describe.each(views)('$name at $width px, $colorScheme', (view) => {
	test('shows no sideways scrolling, a one-row header and lines of at most 75 characters; a screenshot is kept', async () => {
		const page = await openOn(view.path, view, view.colorScheme);
		await view.ready?.(page);
		await mkdir(screenshots, { recursive: true });
		await page.screenshot({ path: join(screenshots, `${view.name}-${view.width}-${view.colorScheme}.png`) });

		expect(await sidewaysOverflow(page)).toBe(0);
		// One row: everything the header shows stands beside everything else, none below another's foot.
		const boxes = await page
			.locator('.site-header > :visible, .site-menu > summary:visible, .site-menu-items > :visible')
			.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
		const firstFoot = Math.min(...boxes.map(({ bottom }) => bottom));
		for (const { top } of boxes) expect(top).toBeLessThan(firstFoot);
		expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(view.phone ? 64 : 80);

		const blocks = runningText(page);
		// Longer than a line may be: a search result's words, a citation, a paragraph.
		const long = await blocks.evaluateAll((found) =>
			found.flatMap((block, index) => (block.textContent!.trim().length > 75 ? [index] : [])),
		);
		expect(long.length, 'running text to measure').toBeGreaterThan(0);
		for (const index of long) {
			const perLine = await charactersPerLine(blocks.nth(index));
			expect(perLine, await blocks.nth(index).evaluate((block) => block.textContent!.slice(0, 60))).toBeLessThanOrEqual(75);
		}
	});
});

describe('the text first', () => {
	test.each([screens[0], screens[2]])(
		'at $width × $height a document’s first screen shows the title, the author, the facts’ line and the editors’ summary',
		async (screen) => {
			const page = await openOn(lankov, screen);
			for (const selector of ['h1', '.attribution', '.facts-details > summary', '.editorial p'])
				expect(await inViewport(page, selector), selector).toBe(true);
			expect(await page.locator('.facts').isVisible()).toBe(false);
		},
	);

	test('the facts open on demand, by keyboard, and print open', async () => {
		const page = await openOn(lankov, screens[1]);
		await tabTo(page, '.facts-details > summary');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.facts').isVisible()).toBe(true);
		expect(await page.locator('.facts dt').allTextContents()).toEqual(['Published in', 'Date', 'Keywords', 'E-book', 'Cite']);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.facts').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.facts').isVisible()).toBe(true);
		expect(await page.locator('.facts-details > summary').isVisible()).toBe(false);
	});

	test('the facts are there to read without JavaScript', async () => {
		const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(siteUrl + lankov);
		await page.click('.facts-details > summary');
		expect(await page.locator('.facts').isVisible()).toBe(true);
	});
});

describe('wide pages', () => {
	test.each([screens[1], screens[2]])('at $width px the library uses the width it has: its cards in two columns', async (screen) => {
		const page = await openOn('', screen);
		const [first, second, third] = await page
			.locator('.library > li')
			.evaluateAll((cards) => cards.slice(0, 3).map((card) => card.getBoundingClientRect().toJSON() as DOMRect));
		expect(second!.top).toBe(first!.top);
		expect(second!.left).toBeGreaterThan(first!.right);
		expect(third!.top).toBeGreaterThanOrEqual(Math.max(first!.bottom, second!.bottom));
		const header = (await page.locator('.site-header').boundingBox())!;
		expect(second!.right).toBeGreaterThan(header.x + header.width - 40);
	});

	/** The pages with no notes in their margin, and what each sets beside its text there. */
	const besides = [
		{ name: 'topic', column: '.topic', beside: '.topic-beside' },
		{ name: 'search', column: '.search-results', beside: '.search-aside' },
		{ name: 'citation', column: '.passage-citations', beside: '.cite-contents' },
	].map((layout) => ({ ...layout, ...pages.find(({ name }) => name === layout.name)! }));

	test.each(screens.slice(1).flatMap((screen) => besides.map((layout) => ({ ...layout, ...screen }))))(
		'at $width px the $name page sets what belongs beside its text in a second column, reaching the header’s right edge',
		async ({ path, ready, column, beside, ...screen }) => {
			const page = await openOn(path, screen);
			await ready?.(page);
			const text = (await page.locator(column).boundingBox())!;
			const aside = (await page.locator(beside).boundingBox())!;
			const header = (await page.locator('.site-header').boundingBox())!;
			expect(aside.x).toBeGreaterThan(text.x + text.width);
			expect(aside.y).toBeLessThan(screen.height);
			expect(aside.x + aside.width).toBeGreaterThan(header.x + header.width - 40);
		},
	);

	test.each(besides)(
		'on a phone the $name page is one column, what is beside its text below or above it',
		async ({ path, ready, column, beside }) => {
			const page = await openOn(path, screens[0]);
			await ready?.(page);
			const text = (await page.locator(column).boundingBox())!;
			const aside = (await page.locator(beside).boundingBox())!;
			expect(Math.abs(aside.x - text.x)).toBeLessThan(2);
		},
	);

	test('on a phone the library is one column', async () => {
		const page = await openOn('', screens[0]);
		const [first, second] = await page
			.locator('.library > li')
			.evaluateAll((cards) => cards.slice(0, 2).map((card) => card.getBoundingClientRect().toJSON() as DOMRect));
		expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
	});
});

describe('the header', () => {
	test('on a phone, the navigation and the settings open from "Menu", by touch and by keyboard', async () => {
		const page = await openOn(lankov, screens[0]);
		const nav = page.getByRole('navigation', { name: 'Site' });
		expect(await nav.isVisible()).toBe(false);
		await tabTo(page, '.site-menu > summary');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Library');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => nav.isVisible()).toBe(false);

		await page.getByText('Menu', { exact: true }).tap();
		await expect.poll(() => nav.isVisible()).toBe(true);
		expect(await page.locator('.settings-button').isVisible()).toBe(true);
		await page.getByText('Menu', { exact: true }).tap();
		await expect.poll(() => nav.isVisible()).toBe(false);
	});

	test.each([screens[1], screens[2]])(
		'at $width px the navigation and the settings stand in the header, and "Menu" is not shown',
		async (screen) => {
			const page = await openOn(lankov, screen);
			expect(await page.getByRole('navigation', { name: 'Site' }).isVisible()).toBe(true);
			expect(await page.getByRole('link', { name: 'Your notes' }).isVisible()).toBe(true);
			expect(await page.locator('.settings-button').isVisible()).toBe(true);
			expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
		},
	);
});
