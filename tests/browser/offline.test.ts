import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { OfflineSummary } from '../../src/core/site/offline.ts';
import { buildSite, projectRoot } from '../../harness/build.ts';
import { builds, publicSiteUrl, testBuildsDir } from '../support/builds.ts';
import { useChromium } from '../support/chromium.ts';
import { makeNote } from '../support/notes.ts';
import { serveSite } from '../../harness/server.ts';

const { browser } = useChromium();

const lankov = 'documents/natural-death-of-north-korean-stalinism/';
const workers = 'documents/support-north-koreas-workers/';

/** A server of its own for each test: a new origin, so a new service worker and storage. Closed, it is the network gone. */
let servers: Awaited<ReturnType<typeof serveSite>>[] = [];
const serve = async (dir: string, port?: number) => {
	const server = await serveSite(dir, '/', port);
	servers.push(server);
	return server;
};
afterEach(async () => {
	await Promise.all(servers.map((server) => server.close()));
	servers = [];
});

/** The addresses the site's caches hold on a page's origin, with their queries if `withQuery`. */
const cached = (page: Page, withQuery = false) =>
	page.evaluate(async (withQuery) => {
		const urls: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) {
				const url = new URL(request.url);
				urls.push(withQuery ? url.pathname + url.search : url.pathname);
			}
		return urls;
	}, withQuery);

/** A first visit: the service worker registers and, as it starts, keeps the page it started on. */
async function firstVisit(url: string): Promise<Page> {
	const page = await (await browser().newContext({ viewport: { width: 1280, height: 900 } })).newPage();
	await page.goto(url);
	await expect.poll(() => cached(page), { timeout: 20_000 }).toContain(new URL(url).pathname);
	return page;
}

/** Keeps the whole library with the control in the reading settings, and waits until it is kept. */
async function keepLibrary(page: Page): Promise<string> {
	await page.click('.settings-button');
	const keep = page.locator('.offline-keep');
	await expect.poll(() => keep.textContent()).toMatch(/^Keep the library for offline reading \(\d+\.\d MB\)$/);
	const label = (await keep.textContent())!;
	await keep.click();
	await expect
		.poll(() => page.locator('.offline-state').textContent(), { timeout: 30_000 })
		.toMatch(/^The whole library is kept on this device/);
	await page.keyboard.press('Escape');
	return label;
}

describe('offline reading', () => {
	test('a page read once reads again offline, and says it is the stored copy', async () => {
		const server = await serve(builds.root.dir);
		const page = await firstVisit(server.url + workers);
		await server.close();
		await page.reload();
		expect(await page.locator('.stored-copy').textContent()).toMatch(
			/^You are offline: this is the copy of this page stored on this device, as it was on /,
		);
		expect(await page.locator('h1').textContent()).toContain('Support North Korea’s workers');
		// Online, the same page says nothing of it.
		await serve(builds.root.dir, Number(new URL(server.url).port));
		await page.reload();
		expect(await page.locator('.stored-copy').count()).toBe(0);
	});

	test('with the library kept: offline, a document never opened reads, its notes work, and search finds', async () => {
		const server = await serve(builds.root.dir);
		const page = await firstVisit(server.url);
		const label = await keepLibrary(page);
		const { bytes } = JSON.parse(await readFile(join(builds.root.dir, 'offline.json'), 'utf8')) as OfflineSummary;
		expect(label).toBe(`Keep the library for offline reading (${(bytes / 1e6).toFixed(1)} MB)`);
		await server.close();

		await page.goto(server.url + lankov);
		expect(await page.locator('.stored-copy').isVisible()).toBe(true);
		expect(await page.locator('h1').textContent()).toBe('The Natural Death of North Korean Stalinism');
		await page.click('#fnref-2');
		await page.waitForURL(`${server.url}${lankov}#fn-2`);
		expect(await page.locator('#fn-2').isVisible()).toBe(true);

		await page.keyboard.press('Control+k');
		await page.keyboard.type('famine');
		const first = page.locator('.search-dialog .search-result').first();
		await first.waitFor({ timeout: 20_000 });
		await first.locator('a').first().click();
		await page.waitForURL((url) => url.pathname.startsWith('/documents/'));
		expect(await page.locator('.stored-copy').isVisible()).toBe(true);
		await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
	});

	test('with the library kept: offline, the reader’s notebook lists their notes and exports them with their citations', async () => {
		const server = await serve(builds.root.dir);
		const page = await firstVisit(server.url + workers);
		await keepLibrary(page);
		await makeNote(page, 'consolidate his rule', 'On the succession.');
		await server.close();
		await page.goto(`${server.url}notes/`);
		expect(await page.locator('.stored-copy').isVisible()).toBe(true);
		await expect.poll(() => page.locator('.note-entry').count()).toBe(1);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Markdown', exact: true }).click(),
		]);
		const markdown = await readFile((await download.path())!, 'utf8');
		expect(markdown).toContain('> consolidate his rule\n\nOn the succession.');
		expect(markdown).toContain(`para. 2, ${publicSiteUrl}/${workers}#p-2.`);
	});

	test('a page and file read again under another query (a search’s stamp, the words to highlight) is kept once', async () => {
		const server = await serve(builds.root.dir);
		const page = await firstVisit(server.url + workers);
		for (const query of ['famine', 'Stalinism']) {
			await page.goto(`${server.url}${workers}?highlight=${query}`);
			await page.keyboard.press('Control+k');
			await page.keyboard.type(query);
			await page.locator('.search-dialog .search-result').first().waitFor({ timeout: 20_000 });
		}
		await expect.poll(() => cached(page, true)).toContain('/pagefind/pagefind-entry.json');
		const addresses = await cached(page, true);
		expect(addresses.filter((address) => address.includes('?'))).toEqual([]);
		expect(addresses.filter((address) => address === '/pagefind/pagefind-entry.json')).toHaveLength(1);
		expect(addresses.filter((address) => address === `/${workers}`)).toHaveLength(1);
	});

	test('the kept library can be removed, and the control to keep it comes back, with the focus', async () => {
		const server = await serve(builds.root.dir);
		const page = await firstVisit(server.url);
		await keepLibrary(page);
		await page.click('.settings-button');
		await page.locator('.settings-dialog[open]').waitFor();
		await page.locator('.offline-forget').focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('.offline-state').textContent())
			.toBe('The pages you open are kept as you read them, to read again offline.');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('offline-keep');
		expect(await page.evaluate(() => caches.has('library'))).toBe(false);
	});

	test('a reader who never keeps the library stores only what they opened, and what those pages load', async () => {
		const server = await serve(builds.root.dir);
		const page = await firstVisit(server.url + workers);
		// The first page's stylesheet and script, though it loaded them before the worker started.
		const assets = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="stylesheet"], script[src]')].map(
				(element) => new URL('href' in element ? element.href : element.src).pathname,
			),
		);
		expect(assets.length).toBeGreaterThan(1);
		for (const asset of assets) await expect.poll(() => cached(page)).toContain(asset);
		await page.goto(server.url + lankov);
		await expect.poll(() => cached(page)).toContain(`/${lankov}`);
		const pages = (await cached(page)).filter((url) => url.endsWith('/') || url.endsWith('.html'));
		expect(pages.sort()).toEqual([`/${lankov}`, `/${workers}`]);
		// Not the downloads: an EPUB opened is not kept.
		await page.goto(`${server.url}library.epub`).catch(() => undefined);
		expect((await cached(page)).some((url) => url.endsWith('.epub'))).toBe(false);
		expect((await cached(page)).some((url) => url.includes('/pagefind/'))).toBe(false);
	});
});

describe('a new build', () => {
	let next: string;
	const summary = 'A summary the editors rewrote for the next build.';

	beforeAll(async () => {
		// A real second build: the same documents, one of them with its summary edited.
		const work = await mkdtemp(join(tmpdir(), 'next-build-'));
		await cp(join(projectRoot, 'content', 'documents'), join(work, 'documents'), { recursive: true });
		await cp(join(projectRoot, 'content', 'passages'), join(work, 'passages'), { recursive: true });
		const file = join(work, 'documents', 'support-north-koreas-workers.md');
		await writeFile(file, (await readFile(file, 'utf8')).replace(/^summary: .*$/m, `summary: ${summary}`));
		next = join(testBuildsDir, 'next');
		const { code, output } = await buildSite(next, { DOCUMENTS_DIR: join(work, 'documents'), SITE_URL: publicSiteUrl });
		if (code !== 0) throw new Error(`the next build failed:\n${output}`);
	}, 120_000);

	test('is what a reader sees on reload, and replaces the kept library, which then reads offline', async () => {
		const site = await serve(builds.root.dir);
		const port = Number(new URL(site.url).port);
		const page = await firstVisit(site.url);
		await keepLibrary(page);
		await page.goto(site.url + workers);
		expect(await page.locator('.summary').textContent()).not.toContain(summary);

		await site.close();
		const nextSite = await serve(next, port);
		await page.reload();
		expect(await page.locator('.summary').textContent()).toContain(summary);
		// The new worker brings the kept library up to the new build.
		const { build } = JSON.parse(await readFile(join(next, 'offline.json'), 'utf8')) as OfflineSummary;
		await expect
			.poll(
				() =>
					page.evaluate(async () => {
						const kept = await (await caches.open('library')).match('/.kept-library');
						return kept ? ((await kept.json()) as { build: string }).build : undefined;
					}),
				{ timeout: 30_000 },
			)
			.toBe(build);
		await nextSite.close();
		await page.goto(site.url);
		await page.goto(site.url + workers);
		expect(await page.locator('.stored-copy').isVisible()).toBe(true);
		expect(await page.locator('.summary').textContent()).toContain(summary);
	});
});
