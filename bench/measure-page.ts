/**
 * A document page's first load in Chromium, with an empty cache and no interaction: what it
 * fetches (by kind, raw and gzipped), how that compares with the document's own text, and
 * whether any JavaScript runs before the reader does anything.
 */
import type { Browser } from 'playwright-core';
import { gzipSize, withTimeout } from './helpers.ts';
import { type Fetched, recordNetwork, summarize, type Transfer } from './network.ts';

export interface PageLoad {
	url: string;
	transfer: Transfer;
	/** Gzipped text content of `.document-text`: what the reader came for. */
	textGzipBytes: number;
	/** Everything else the first load costs, gzipped: the transfer less the text. */
	beyondTextGzipBytes: number;
	javascript: {
		/** Scripts fetched or inlined on load: each one runs without any interaction. */
		runsBeforeInteraction: boolean;
		files: string[];
		inlineScripts: number;
		gzipBytes: number;
		bytes: number;
	};
	fetched: Fetched[];
}

export async function measurePageLoad(browser: Browser, url: string, timeoutMs = 30_000): Promise<PageLoad> {
	// A new context is a new profile: empty cache, so this is a first visit.
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const network = recordNetwork(page);
		await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
		// Whatever the page fetches by itself after `load` (lazy scripts, prefetches) counts too.
		await page.waitForLoadState('networkidle', { timeout: timeoutMs });
		const fetched = await network.settle();
		network.stop();
		const facts = await withTimeout(
			page.evaluate(() => ({
				text: document.querySelector('.document-text')?.textContent ?? '',
				// Inline scripts that run: not data blocks such as JSON-LD.
				inlineScripts: [...document.scripts].filter(
					(script) => !script.src && script.textContent.trim() !== '' && ['', 'module', 'text/javascript'].includes(script.type),
				).length,
			})),
			timeoutMs,
			'reading the page',
		);
		if (facts.text === '') throw new Error(`${url} has no .document-text`);
		const transfer = summarize(fetched);
		const textGzipBytes = gzipSize(facts.text);
		const scripts = fetched.filter((item) => item.kind === 'js');
		return {
			url,
			transfer,
			textGzipBytes,
			beyondTextGzipBytes: transfer.gzipBytes - textGzipBytes,
			javascript: {
				runsBeforeInteraction: scripts.length > 0 || facts.inlineScripts > 0,
				files: scripts.map((item) => new URL(item.url).pathname),
				inlineScripts: facts.inlineScripts,
				gzipBytes: scripts.reduce((sum, item) => sum + item.gzipBytes, 0),
				bytes: scripts.reduce((sum, item) => sum + item.bytes, 0),
			},
			fetched,
		};
	} finally {
		await context.close();
	}
}
