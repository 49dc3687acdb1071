import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { tabTo, useChromium } from '../support/chromium.ts';

const siteUrl = inject('siteUrl');
const lankov = `${siteUrl}documents/natural-death-of-north-korean-stalinism/`;

const { browser, open } = useChromium();

/** Opens the settings by keyboard, as a reader who does not use a mouse would. */
async function openSettings(page: Page) {
	await tabTo(page, '.settings-button');
	await page.keyboard.press('Enter');
	await page.locator('.settings-dialog[open]').waitFor();
}

/** Chooses `choice` of the setting named `legend` in the open dialog. */
const choose = (page: Page, legend: string, choice: string) =>
	page
		.locator('.settings-dialog fieldset', { has: page.locator(`legend:text-is("${legend}")`) })
		.getByLabel(choice, { exact: true })
		.check();

const style = (page: Page, selector: string, property: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((element, property) => getComputedStyle(element).getPropertyValue(property), property);

const paragraph = '.document-text #p-3';

describe('the reader’s settings', () => {
	test('open from the header by keyboard, move between choices with the arrows, and close with Esc, back on the button', async () => {
		const page = await open(lankov);
		await openSettings(page);
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('m');
		expect(await page.locator('.settings-dialog legend').allTextContents()).toEqual([
			'Text size',
			'Line spacing',
			'Typeface',
			'Previews of notes and topics',
			'Notes',
			'Motion',
			'Contrast',
		]);
		await page.keyboard.press('ArrowRight');
		expect(await page.evaluate(() => document.documentElement.dataset.readerSize)).toBe('l');
		await page.keyboard.press('Escape');
		expect(await page.locator('.settings-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('settings-button');
	});

	test.each([
		{
			legend: 'Text size',
			choice: 'Larger',
			selector: paragraph,
			property: 'font-size',
			expected: (before: number, after: number) => after / before === 1.1875,
		},
		{
			legend: 'Text size',
			choice: 'Smaller',
			selector: paragraph,
			property: 'font-size',
			expected: (before: number, after: number) => after / before === 0.875,
		},
		{
			legend: 'Line spacing',
			choice: 'Wider',
			selector: paragraph,
			property: 'line-height',
			expected: (before: number, after: number) => after / before > 1.15,
		},
		{
			legend: 'Line spacing',
			choice: 'Closer',
			selector: paragraph,
			property: 'line-height',
			expected: (before: number, after: number) => after / before < 0.9,
		},
	])(
		'$legend: “$choice” changes the text’s $property, and holds after a reload, at the same address',
		async ({ legend, choice, selector, property, expected }) => {
			const page = await open(lankov);
			const before = parseFloat(await style(page, selector, property));
			await openSettings(page);
			await choose(page, legend, choice);
			await page.keyboard.press('Escape');
			const after = parseFloat(await style(page, selector, property));
			expect(expected(before, after), `${before} → ${after}`).toBe(true);
			await page.reload();
			expect(parseFloat(await style(page, selector, property))).toBe(after);
			expect(page.url()).toBe(lankov);
		},
	);

	test('Typeface: “Sans-serif” sets the text in the interface’s sans-serif, and “Standard settings” puts the serif back', async () => {
		const page = await open(lankov);
		expect(await style(page, paragraph, 'font-family')).toMatch(/^Charter/);
		await openSettings(page);
		await choose(page, 'Typeface', 'Sans-serif');
		expect(await style(page, paragraph, 'font-family')).toMatch(/^system-ui/);
		await page.locator('.settings-reset').click();
		expect(await style(page, paragraph, 'font-family')).toMatch(/^Charter/);
		expect(await page.locator('.settings-dialog input[value="serif"]').isChecked()).toBe(true);
		await page.reload();
		expect(await page.evaluate(() => localStorage.getItem('reader-settings'))).toBeNull();
	});

	test('Previews: “Not shown” stops a note’s preview on hover, and the link still leads to the note', async () => {
		// Too narrow for the notes in the margin, where a reference's note shows as a preview.
		const page = await open(lankov, { viewport: { width: 1024, height: 800 } });
		await openSettings(page);
		await choose(page, 'Previews of notes and topics', 'Not shown');
		await page.keyboard.press('Escape');
		await page.hover('#fnref-2');
		await page.waitForTimeout(800);
		expect(await page.locator('.preview:popover-open').count()).toBe(0);
		await page.click('#fnref-2');
		await page.waitForURL(`${lankov}#fn-2`);
		// Shown again, once the reader turns them back on.
		await openSettings(page);
		await choose(page, 'Previews of notes and topics', 'Shown');
		await page.keyboard.press('Escape');
		await page.hover('#fnref-3');
		await page.locator('.preview[data-for="fn-3"]').waitFor();
	});

	test('Notes: “At the end only” takes the notes out of the margin of a wide window; they stay at the end', async () => {
		const page = await open(lankov, { viewport: { width: 1440, height: 900 } });
		expect(await page.locator('.sidenote').first().isVisible()).toBe(true);
		await openSettings(page);
		await choose(page, 'Notes', 'At the end only');
		expect(await page.locator('.sidenote').first().isVisible()).toBe(false);
		expect(await page.locator('#fn-1').isVisible()).toBe(true);
	});

	test('Motion: smooth scrolling as the system allows, none once “Reduced” is chosen; none where the system asks for less', async () => {
		const context = await browser().newContext({ reducedMotion: 'no-preference' });
		const page = await context.newPage();
		await page.goto(lankov);
		await page.focus('.skip-link');
		expect(await style(page, 'html', 'scroll-behavior')).toBe('smooth');
		await openSettings(page);
		await choose(page, 'Motion', 'Reduced');
		await page.keyboard.press('Escape');
		expect(await style(page, 'html', 'scroll-behavior')).toBe('auto');
		const reduced = await (await browser().newContext({ reducedMotion: 'reduce' })).newPage();
		await reduced.goto(lankov);
		await reduced.focus('.skip-link');
		expect(await style(reduced, 'html', 'scroll-behavior')).toBe('auto');
	});

	test('Contrast: “More” makes muted text as strong as the text, as the system’s own preference does', async () => {
		const muted = '.title-block .kind';
		const page = await open(lankov);
		const text = await style(page, 'body', 'color');
		expect(await style(page, muted, 'color')).not.toBe(text);
		await openSettings(page);
		await choose(page, 'Contrast', 'More');
		expect(await style(page, muted, 'color')).toBe(text);
		const more = await (await browser().newContext({ contrast: 'more' })).newPage();
		await more.goto(lankov);
		expect(await style(more, muted, 'color')).toBe(await style(more, 'body', 'color'));
	});

	test('the page is drawn with the reader’s settings from its first paint: no flash of the standard ones', async () => {
		// No service worker: the requests it makes are its own, which the route below would not hold.
		const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(lankov);
		await page.evaluate(() => localStorage.setItem('reader-settings', JSON.stringify({ size: 'xl', font: 'sans', spacing: 'loose' })));
		// The page's scripts are held back: what paints now is the HTML, the stylesheet and the inline script.
		const held: Route[] = [];
		let release = false;
		await page.route('**/_astro/*.js', (route) => void (release ? route.continue() : held.push(route)));
		await page.goto(lankov, { waitUntil: 'commit' });
		await page.waitForFunction(() => document.querySelector('.site-footer') !== null && document.styleSheets.length > 0);
		await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
		expect(held.length).toBeGreaterThan(0);
		// The reading area as the window shows it (the header's search field gains its shortcut once its script runs).
		const { x, y, width } = (await page.locator('main').boundingBox())!;
		const clip = { x, y, width, height: 900 - y };
		const firstPaint = await page.screenshot({ clip });
		expect(await style(page, paragraph, 'font-family')).toMatch(/^system-ui/);
		release = true;
		for (const route of held) await route.continue();
		await page.waitForLoadState('load');
		expect(await page.evaluate(() => document.documentElement.dataset.readerSize)).toBe('xl');
		expect((await page.screenshot({ clip })).equals(firstPaint)).toBe(true);
	});

	test('without JavaScript no settings button is shown, and the page reads as ever', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(lankov);
		expect(await page.locator('.settings-button').isVisible()).toBe(false);
		expect(await page.locator(paragraph).isVisible()).toBe(true);
	});
});
