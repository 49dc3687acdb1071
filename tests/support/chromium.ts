import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../harness/browser.ts';

export interface TestBrowser {
	/** The file's Chromium, for pages and contexts with options of their own. */
	browser(): Browser;
	/** A new page at 1280 × 900 (or as `options` say) that has loaded `url`. */
	open(url: string, options?: Parameters<Browser['newPage']>[0]): Promise<Page>;
	/** Whether the first element `selector` finds is wholly inside the window. */
	inViewport(page: Page, selector: string): Promise<boolean>;
	/** A page at 1280 × 900, in a context of its own that may read and write the clipboard on `siteUrl`'s origin. */
	withClipboard(siteUrl: string): Promise<Page>;
}

/**
 * One Chromium for a test file: launched before its tests and closed after them. Every page and
 * context a test opens is closed after it, passed or failed, so that a failure leaves nothing behind.
 */
export function useChromium(): TestBrowser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterEach(async () => {
		await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
	});
	afterAll(async () => {
		await browser?.close();
	});
	const launched = (): Browser => {
		if (!browser) throw new Error('Chromium is not running: call useChromium() at the top of the test file');
		return browser;
	};
	return {
		browser: launched,
		async open(url, options = {}) {
			const page = await launched().newPage({ viewport: { width: 1280, height: 900 }, ...options });
			await page.goto(url);
			return page;
		},
		async withClipboard(siteUrl) {
			const context = await launched().newContext({ viewport: { width: 1280, height: 900 } });
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
			return context.newPage();
		},
		inViewport: (page, selector) =>
			page
				.locator(selector)
				.first()
				.evaluate((element) => {
					const { top, bottom } = element.getBoundingClientRect();
					return top >= 0 && bottom <= window.innerHeight;
				}),
	};
}

/** Presses Tab until `selector` has the focus, as a keyboard user gets there; fails if it never does. */
export async function tabTo(page: Page, selector: string, maxPresses = 120): Promise<void> {
	for (let presses = 0; presses < maxPresses; presses++) {
		await page.keyboard.press('Tab');
		if (await page.locator(selector).evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** The clipboard's text. */
export const clipboardText = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

/** Makes the page's Clipboard API refuse every write, as a browser does without the reader's permission. */
export const refuseClipboard = (page: Page): Promise<void> =>
	page.evaluate(() => {
		const refuse = () => Promise.reject(new Error('denied'));
		Object.defineProperty(navigator, 'clipboard', { value: { write: refuse, writeText: refuse } });
	});

/** The value of the field the copy fallback shows, once it has the focus with all its text selected. */
export async function selectedFallbackValue(page: Page): Promise<string> {
	const field = page.locator('.copy-status input');
	await expect
		.poll(() =>
			field.evaluate(
				(input: HTMLInputElement) => input === document.activeElement && input.selectionEnd! - input.selectionStart! === input.value.length,
			),
		)
		.toBe(true);
	return field.inputValue();
}

/** Selects the whole of the contents of the first element `selector` finds, as a reader's drag over it would. */
export const selectContents = (page: Page, selector: string): Promise<void> =>
	page.locator(selector).evaluate((element) => {
		const range = document.createRange();
		range.selectNodeContents(element);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
	});
