/// <reference lib="webworker" />
/**
 * The service worker: every page a reader opens (and what it loads) is kept as it is read, so that
 * it reads offline later; and, when the reader asks, the whole library (offline-files.json) is
 * kept too, search index included. Pages always come from the network first, so a new build is
 * what a reader online sees; a page read from the stored copy says so at its top. A new build
 * changes this file (its `BUILD`), and the new worker brings a kept library up to that build.
 * Bundled by src/integrations/offline.ts, which sets `BUILD` and `BASE`.
 */
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { type OfflineFiles, type OfflineRequest, type OfflineStatus, offlinePaths } from '../lib/offline';

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
/** What the kept library is: its build, when, and each file's revision. */
const KEPT = `${BASE}${offlinePaths.files}#kept`;

interface Kept {
	build: string;
	when: string;
	revisions: Record<string, string>;
}

const sameOrigin = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith(BASE);
const isImmutable = (url: URL) => url.pathname.startsWith(`${BASE}_astro/`) || /_[0-9a-f]{7,}\.pf_[a-z]+$/.test(url.pathname);

/** A page from the stored copy, with a note at its top that says so, and from when. */
async function fromStoredCopy(response: Response): Promise<Response> {
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const stored = response.headers.get('date');
	const when = stored ? `, as it was on ${new Date(stored).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}` : '';
	const notice = `<p class="stored-copy" role="status">You are offline: this is the copy of this page stored on this device${when}.</p>`;
	const html = (await response.text()).replace(/<body[^>]*>/, (body) => body + notice);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}

const markStoredCopy = {
	cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response }) => cachedResponse && fromStoredCopy(cachedResponse),
};

registerRoute(
	({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
	new NetworkFirst({ cacheName: VISITED, plugins: [markStoredCopy] }),
);
registerRoute(({ url }) => sameOrigin(url) && isImmutable(url), new CacheFirst({ cacheName: IMMUTABLE }));
registerRoute(({ url }) => sameOrigin(url), new NetworkFirst({ cacheName: VISITED }));

// Offline, and not among the files as this reader opened them: the kept library, or the same
// page opened with another query (a search), may have it.
setCatchHandler(async ({ request }) => {
	// Pagefind asks for its entry file with a query that changes each time.
	const stored = await caches.match(request, { ignoreSearch: true });
	if (!stored) return Response.error();
	return request.mode === 'navigate' ? fromStoredCopy(stored) : stored;
});

async function readKept(): Promise<Kept | undefined> {
	const response = await (await caches.open(LIBRARY)).match(KEPT);
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
	const kept: Kept = { build, when: new Date().toISOString(), revisions };
	await cache.put(KEPT, new Response(JSON.stringify(kept), { headers: { 'content-type': 'application/json' } }));
}

async function answer(request: OfflineRequest) {
	try {
		if (request.type === 'keep') await keepLibrary();
		if (request.type === 'forget') await caches.delete(LIBRARY);
		await tell(await status());
	} catch (error) {
		await tell({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
	}
}

self.addEventListener('message', (event: ExtendableMessageEvent) => event.waitUntil(answer(event.data as OfflineRequest)));

let updating: Promise<void> | undefined;

/** Brings a library kept from an earlier build up to this one; one update at a time. */
function updateKept(): Promise<void> {
	updating ??= (async () => {
		const kept = await readKept();
		if (kept && kept.build !== BUILD) await answer({ type: 'keep' });
	})().finally(() => (updating = undefined));
	return updating;
}

// Beside Workbox's routes, which answer the request: this only keeps the worker alive as long as
// the update takes, without holding back the page, as an update inside the activation would.
self.addEventListener('fetch', (event) => {
	if (event.request.mode === 'navigate') event.waitUntil(updateKept());
});

self.addEventListener('install', () => void self.skipWaiting());

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await self.clients.claim();
			// The pages open as this worker starts were read before it could keep them: keep them now.
			const visited = await caches.open(VISITED);
			for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
				if (sameOrigin(new URL(client.url)) && !(await visited.match(client.url))) await visited.add(client.url).catch(() => undefined);
			}
		})(),
	);
	// Started at once, not awaited: the next page the reader opens keeps the worker alive for it.
	void updateKept();
});
