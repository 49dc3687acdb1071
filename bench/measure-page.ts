/**
 * A document page's first load in Chromium, with an empty cache and no interaction: what it
 * fetches (by kind, raw and gzipped), how that compares with the document's own text, and
 * whether any JavaScript runs before the reader does anything.
 */
import type { Browser, Page } from 'playwright-core';
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
	/**
	 * What the service worker stored for offline reading on this first visit, once the page was
	 * idle and the worker had started: files and their bytes as stored.
	 */
	storedForOffline: { files: number; bytes: number };
}

/** Waits (up to `timeoutMs`) for the service worker to have stored the page, then counts what is stored. */
const storedForOffline = (page: Page, timeoutMs: number) =>
	page.evaluate(async (timeoutMs) => {
		const stored = async () => {
			const sizes: number[] = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) sizes.push((await (await cache.match(request))!.blob()).size);
			}
			return sizes;
		};
		const deadline = Date.now() + timeoutMs;
		while (!(await caches.match(location.href))) {
			if (Date.now() > deadline) throw new Error(`the service worker had not stored ${location.href} after ${timeoutMs} ms`);
			await new Promise((wait) => setTimeout(wait, 100));
		}
		const sizes = await stored();
		return { files: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
	}, timeoutMs);

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
		const stored = await withTimeout(storedForOffline(page, timeoutMs / 2), timeoutMs, 'waiting for the service worker');
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
			storedForOffline: stored,
		};
	} finally {
		await context.close();
	}
}
