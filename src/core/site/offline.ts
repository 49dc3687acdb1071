/**
 * The copy of the site a reader can keep for offline reading: which of the built files it holds
 * (every page, the pages' scripts and styles, and the search's index, but not the downloads a
 * reader saves for themselves), the files that describe it, and the messages between the page and
 * the service worker (src/service-worker/sw.ts) that keeps it.
 */
import { vocabularyDir } from '../search/search-vocabulary.ts';

/** The files a build writes for the offline copy, under the base path. */
export const offlinePaths = {
	/** What the copy is: `OfflineSummary`, read to show its size. */
	summary: 'offline.json',
	/** Every file it holds: `OfflineFiles`, read only when the reader keeps the library. */
	files: 'offline-files.json',
	/** The service worker. */
	worker: 'sw.js',
} as const;

export interface OfflineSummary {
	/** The build the copy comes from: a hash of its files' list and revisions. */
	build: string;
	files: number;
	bytes: number;
}

/** Each file of the copy: its address under the base path and a hash of its content. */
export interface OfflineFiles {
	build: string;
	files: [url: string, revision: string][];
}

/** Pagefind's own search interfaces: the site searches with its own (src/client/search/search-ui.ts). */
const pagefindInterface = /^pagefind\/pagefind-(?:component-ui|modular-ui|ui|highlight)\./;

/** Files the site fetches as it is read that are not pages: the search's spellings, its vocabulary's shards, and how notes cite each document. */
const readData = (path: string): boolean =>
	path === 'topics/spellings.json' || path.startsWith(`${vocabularyDir}/`) || /^documents\/[^/]+\/note-citation\.json$/.test(path);

/**
 * Whether a built file, by its path in the build, is part of the offline copy: a page, a script or
 * stylesheet of the pages, the search index, or what search reads. Not the EPUBs, exports, feed,
 * sitemap and host files, which a reader downloads or a machine reads, nor the copy's own files.
 */
export function keptOffline(path: string): boolean {
	if (path.endsWith('.html')) return true;
	if (path.startsWith('_astro/')) return true;
	if (path.startsWith('pagefind/')) return !pagefindInterface.test(path);
	return readData(path);
}

/** The address a built file is served at, under the base: a folder's `index.html` as the folder. */
export const offlineUrl = (base: string, path: string): string => base + path.replace(/(^|\/)index\.html$/, '$1');

/** What the page asks of the service worker. */
export type OfflineRequest = { type: 'keep' } | { type: 'forget' } | { type: 'status' };

/** What the service worker tells the pages of the kept copy. */
export type OfflineStatus =
	| { type: 'status'; kept: false }
	| { type: 'status'; kept: true; files: number; when: string; build: string }
	| { type: 'progress'; done: number; total: number }
	| { type: 'failed'; reason: string };
