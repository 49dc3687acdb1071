import { expect, test } from 'vitest';
import { keptOffline, offlineUrl } from '../../src/core/site/offline.ts';

test('the offline copy holds the pages, their scripts and styles, the search index and what search reads', () => {
	for (const path of [
		'index.html',
		'404.html',
		'documents/x/index.html',
		'documents/x/cite/index.html',
		'_astro/Base.AbC123.css',
		'_astro/search-ui.XyZ.js',
		'pagefind/pagefind.js',
		'pagefind/pagefind-entry.json',
		'pagefind/wasm.en.pagefind',
		'pagefind/pagefind.en_547d1ecc1f.pf_meta',
		'pagefind/index/en_4e7e354.pf_index',
		'pagefind/fragment/en_d29c7a1.pf_fragment',
		'pagefind/filter/en_23ae512.pf_filter',
		'search-vocabulary/shards.json',
		'search-vocabulary/66-6.json',
		'topics/spellings.json',
	]) {
		expect(keptOffline(path), path).toBe(true);
	}
});

test('but not the downloads, the machines’ files, Pagefind’s own interfaces, or the copy’s own files', () => {
	for (const path of [
		'documents/x/x.epub',
		'library.epub',
		'library.bib',
		'documents/x/citation.ris',
		'feed.xml',
		'sitemap-index.xml',
		'robots.txt',
		'_headers',
		'manifest.webmanifest',
		'pagefind/pagefind-ui.js',
		'pagefind/pagefind-component-ui.css',
		'pagefind/pagefind-highlight.js',
		'offline.json',
		'offline-files.json',
		'sw.js',
	]) {
		expect(keptOffline(path), path).toBe(false);
	}
});

test('a page is kept at the address it is served at, under the base', () => {
	expect(offlineUrl('/', 'index.html')).toBe('/');
	expect(offlineUrl('/reader/', 'documents/x/index.html')).toBe('/reader/documents/x/');
	expect(offlineUrl('/reader/', '404.html')).toBe('/reader/404.html');
	expect(offlineUrl('/', '_astro/a.js')).toBe('/_astro/a.js');
});
