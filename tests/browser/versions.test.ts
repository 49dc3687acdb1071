import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { versionedId } from '../support/versioned-library.ts';

// The library whose document went through versions 2 and 3 (tests/support/versioned-library.ts):
// version 2 reworded ¶ 2 ("a challenge" became "hard") and removed ¶ 7; version 3 split ¶ 4.
const current = `${inject('versionedSiteUrl')}documents/${versionedId}/`;

const { open, withClipboard } = useChromium();

/** The note shown at the passage a link opened, if one shows. */
const shownNotice = (page: Page, anchor: string) =>
	page.evaluate((anchor) => {
		const notice = document.getElementById(anchor)?.querySelector(':scope > .passage-change > .passage-change-notice');
		return notice && getComputedStyle(notice).display !== 'none' ? (notice as HTMLElement).innerText : undefined;
	}, anchor);

describe('a link to a passage whose words changed', () => {
	test('a link made when version 1 was current tells the reader on the current page, and leads to the words it cited', async () => {
		const page = await open(`${current}#p-2`);
		await expect.poll(() => shownNotice(page, 'p-2')).toContain('¶ 2 has changed since version 1');
		await page.getByRole('link', { name: '¶ 2 in version 1' }).click();
		await expect.poll(() => page.url()).toBe(`${current}v1/#p-2`);
		expect(await page.locator('#p-2').innerText()).toContain('who will find it a challenge to consolidate his rule');
	});

	test('so does one with a text fragment of the words cited, whose words no longer match', async () => {
		const page = await open(`${current}#p-2:~:text=find%20it%20a%20challenge`);
		await expect.poll(() => shownNotice(page, 'p-2')).toContain('¶ 2 has changed since version 1');
		// What a page sees of a text directive in Chromium: not in its address (`location`), nor in
		// `document.fragmentDirective`, which has nothing to read; only in the navigation's timing
		// entry, and only for the page's first load. The note needs none of it: it follows from the
		// passage's address alone (`:target`), which the browser keeps, directive or not.
		const seen = await page.evaluate(() => ({
			hash: location.hash,
			href: location.href,
			navigation: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name,
			directive: 'fragmentDirective' in document ? Object.keys(Object.getPrototypeOf(document.fragmentDirective) as object) : undefined,
		}));
		expect(seen.hash).toBe('#p-2');
		expect(seen.href).not.toContain(':~:');
		expect(seen.navigation).toBe(`${current}#p-2:~:text=find%20it%20a%20challenge`);
		expect(seen.directive).toEqual([]);
	});

	test('a link to a passage a later version removed says where its address leads now', async () => {
		const page = await open(`${current}#p-7`);
		await expect.poll(() => shownNotice(page, 'p-7')).toContain('version 2 removed it, and its address leads here');
	});

	test('the note needs no script, and a passage no version changed has none', async () => {
		const page = await open(`${current}#p-2`, { javaScriptEnabled: false });
		await expect.poll(() => shownNotice(page, 'p-2')).toContain('¶ 2 has changed since version 1');
		const unchanged = await open(`${current}#p-1`);
		expect(await unchanged.locator('#p-1 .passage-change').count()).toBe(0);
		expect(await shownNotice(page, 'p-3')).toBeUndefined();
	});

	test('an earlier version’s page says, at a passage a later version changed, how to read it now', async () => {
		const page = await open(`${current}v1/#p-2`);
		await expect.poll(() => shownNotice(page, 'p-2')).toContain('This is ¶ 2 as version 1 published it');
		expect(await page.locator('.version-banner').innerText()).toContain('You are reading an earlier version: version 1 of 3');
	});
});

test('"Copy link to this passage" gives the current version’s own address', async () => {
	const page = await withClipboard(current);
	await page.goto(current);
	await page.evaluate(() => {
		const range = document.createRange();
		range.selectNodeContents(document.querySelector('#p-3')!.firstChild!);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
	});
	const button = page.locator('.passage-link-button');
	await button.waitFor();
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await button.click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${current}v3/#p-3:~:text=`));
	// Opened in a new tab, as the reader it is sent to opens it: version 3's page, at the passage, its words highlighted.
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	const opened = await page.context().newPage();
	await opened.goto(copied);
	expect(new URL(opened.url()).pathname).toBe(`/documents/${versionedId}/v3/`);
	await expect.poll(() => opened.evaluate(() => document.querySelector(':target')?.id)).toBe('p-3');
	expect(await opened.locator('.version-banner').innerText()).toContain('You are reading version 3, the current text');
});

test('a ¶ link, followed, copies the current version’s own address too', async () => {
	const page = await withClipboard(current);
	await page.goto(current);
	await page.evaluate(() => navigator.clipboard.writeText(''));
	await page.locator('#p-3 a.paragraph-link').click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${current}v3/#p-3`);
});
