/// <reference lib="webworker" />
/**
 * The service worker: every page a reader opens (and what it loads) is kept as it is read, so that
 * it reads offline later; and, when the reader asks, the whole library (offline-files.json) is
 * kept too, search index included. Pages always come from the network first, so a new build is
 * what a reader online sees; a page read from the stored copy says so at its top. A new build
 * changes this file (its `BUILD`), and the new worker brings a kept library up to that build.
 * Bundled by src/after-build/offline.ts, which sets `BUILD` and `BASE`.
 */
import type { WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { keptOffline, type OfflineFiles, type OfflineRequest, type OfflineStatus, offlinePaths } from '../core/site/offline.ts';

declare const self: ServiceWorkerGlobalScope;
/** The build this worker comes with. */
declare const BUILD: string;
/** The base path the site is served under. */
declare const BASE: string;

/** Pages and files as the reader opened them. */
const VISITED = 'visited';
/** Files whose address changes when they do (hashed by the build): never fetched twice. */
const IMMUTABLE = 'visited-immutable';
/** The whole library, kept when the reader asks. */
const LIBRARY = 'library';
/** What the kept library is (its build, when, and each file's revision), under an address the site has no file at. */
const KEPT = `${BASE}.kept-library`;

interface Kept {
	build: string;
	when: string;
	revisions: Record<string, string>;
}

const sameOrigin = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith(BASE);
/** What the worker keeps as it is read: what the offline copy holds (src/core/site/offline.ts), not downloads such as the EPUBs. */
const kept = (url: URL) =>
	sameOrigin(url) && keptOffline(decodeURIComponent(url.pathname.slice(BASE.length)).replace(/(^|\/)$/, '$1index.html'));
const isImmutable = (url: URL) => url.pathname.startsWith(`${BASE}_astro/`) || /_[0-9a-f]{7,}\.pf_[a-z]+$/.test(url.pathname);

/** A page from the stored copy, with a note at the top of its main content that says so, and from when. */
async function fromStoredCopy(response: Response): Promise<Response> {
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const stored = response.headers.get('date');
	const when = stored ? `, as it was on ${new Date(stored).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}` : '';
	const notice = `<p class="stored-copy">You are offline: this is the copy of this page stored on this device${when}.</p>`;
	const html = (await response.text()).replace(/<main[^>]*>/, (main) => main + notice);
	const headers = new Headers(response.headers);
	// The page is longer by the note.
	headers.delete('content-length');
	return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

const markStoredCopy = {
	cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response }) => cachedResponse && fromStoredCopy(cachedResponse),
};
/**
 * A page or file is the same whatever its query (a search's, the words to highlight, the
 * cache-busting stamp Pagefind puts on its entry file): one copy of it is kept.
 */
const withoutQuery = {
	cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
		const url = new URL(request.url);
		url.search = '';
		return url.href;
	},
};

/**
 * What is kept as it is read stays within a bound, however long a reader reads without keeping
 * the library: the pages and files opened least recently go first. (The kept library is the
 * library's size, and is the reader's to remove.)
 */
const VISITED_LIMIT = 500;
const IMMUTABLE_LIMIT = 1000;
// Workbox declares the plugin's optional callbacks as possibly undefined, which its own plugin
// type does not allow under `exactOptionalPropertyTypes`; it is a plugin all the same.
const bound = (maxEntries: number) => new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true }) as WorkboxPlugin;
const visitedBound = bound(VISITED_LIMIT);
const immutableBound = bound(IMMUTABLE_LIMIT);

registerRoute(
	({ request, url }) => request.mode === 'navigate' && kept(url),
	new NetworkFirst({ cacheName: VISITED, plugins: [withoutQuery, markStoredCopy, visitedBound] }),
);
registerRoute(({ url }) => kept(url) && isImmutable(url), new CacheFirst({ cacheName: IMMUTABLE, plugins: [immutableBound] }));
registerRoute(({ url }) => kept(url), new NetworkFirst({ cacheName: VISITED, plugins: [withoutQuery, visitedBound] }));

// Offline, and not among the files as this reader opened them: the kept library, or the same
// page opened with another query (a search), may have it.
setCatchHandler(async ({ request }) => {
	// Pagefind asks for its entry file with a query that changes each time.
	const stored = await caches.match(request, { ignoreSearch: true });
	if (!stored) return Response.error();
	return request.mode === 'navigate' ? fromStoredCopy(stored) : stored;
});

async function readKept(): Promise<Kept | undefined> {
	// Not `caches.open`, which would make the cache again after the reader removed it.
	const response = await caches.match(KEPT, { cacheName: LIBRARY });
	return response ? ((await response.json()) as Kept) : undefined;
}

async function tell(message: OfflineStatus) {
	for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

async function status(): Promise<OfflineStatus> {
	const kept = await readKept();
	return kept
		? { type: 'status', kept: true, files: Object.keys(kept.revisions).length, when: kept.when, build: kept.build }
		: { type: 'status', kept: false };
}

/** Files fetched at once while the library is kept. */
const AT_ONCE = 6;

/**
 * Keeps the library of this build: fetches each file the kept copy lacks or holds in another
 * revision, a few at a time, and drops those the build no longer has. Tells the pages how far it is.
 */
async function keepLibrary() {
	const response = await fetch(`${BASE}${offlinePaths.files}`, { cache: 'no-store' });
	if (!response.ok) throw new Error(`${offlinePaths.files}: ${response.status}`);
	const { build, files } = (await response.json()) as OfflineFiles;
	const cache = await caches.open(LIBRARY);
	const before = (await readKept())?.revisions ?? {};
	const wanted = files.filter(([url, revision]) => before[url] !== revision);
	let done = files.length - wanted.length;
	for (let start = 0; start < wanted.length; start += AT_ONCE) {
		await Promise.all(
			wanted.slice(start, start + AT_ONCE).map(async ([url]) => {
				const file = await fetch(url, { cache: 'no-store' });
				if (!file.ok) throw new Error(`${url}: ${file.status}`);
				await cache.put(url, file);
			}),
		);
		done += Math.min(AT_ONCE, wanted.length - start);
		await tell({ type: 'progress', done, total: files.length });
	}
	const revisions = Object.fromEntries(files);
	for (const url of Object.keys(before)) if (!(url in revisions)) await cache.delete(url);
	// The library's copies are this build's: an older one kept as it was read must not come first.
	const visited = await caches.open(VISITED);
	for (const [url] of wanted) await visited.delete(url);
	const kept: Kept = { build, when: new Date().toISOString(), revisions };
	await cache.put(KEPT, new Response(JSON.stringify(kept), { headers: { 'content-type': 'application/json' } }));
}

async function answer(request: OfflineRequest) {
	try {
		if (request.type === 'keep') await keepLibrary();
		if (request.type === 'forget') await caches.delete(LIBRARY);
		await tell(await status());
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		console.warn(`The library could not be kept: ${reason}`);
		await tell({ type: 'failed', reason });
	}
}

/** The requests, one after another: a keep asked for while an update runs waits for it, and finds little left to fetch. */
let queue: Promise<void> = Promise.resolve();
const inTurn = (request: OfflineRequest): Promise<void> => (queue = queue.then(() => answer(request)));

self.addEventListener('message', (event: ExtendableMessageEvent) => event.waitUntil(inTurn(event.data as OfflineRequest)));

let updating: Promise<void> | undefined;

/** Brings a library kept from an earlier build up to this one; one update at a time. */
function updateKept(): Promise<void> {
	updating ??= (async () => {
		const kept = await readKept();
		if (kept && kept.build !== BUILD) await inTurn({ type: 'keep' });
	})().finally(() => (updating = undefined));
	return updating;
}

// Beside Workbox's routes, which answer the request: this only keeps the worker alive as long as
// the update takes, without holding back the page, as an update inside the activation would.
self.addEventListener('fetch', (event) => {
	if (event.request.mode === 'navigate') event.waitUntil(updateKept());
});

self.addEventListener('install', () => void self.skipWaiting());

/**
 * Keeps a page open as this worker starts, which was read before the worker could keep it: the
 * page, and the stylesheet and script it names, so that it reads offline as it looked.
 */
async function keepOpenPage(address: string) {
	const visited = await caches.open(VISITED);
	if (await visited.match(address)) return;
	const page = await fetch(address);
	if (!page.ok) return;
	const html = await page.clone().text();
	await visited.put(address, page);
	const immutable = await caches.open(IMMUTABLE);
	for (const [, path] of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"/g)) {
		const url = new URL(path!, address);
		if (kept(url) && isImmutable(url) && !(await immutable.match(url.href))) await immutable.add(url.href);
	}
}

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await self.clients.claim();
			for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
				const url = new URL(client.url);
				url.hash = '';
				url.search = '';
				if (kept(url)) await keepOpenPage(url.href).catch((error: unknown) => console.warn(`${url.href} could not be kept:`, error));
			}
		})(),
	);
	// Started at once, not awaited: the next page the reader opens keeps the worker alive for it.
	void updateKept();
});
