import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import type { OfflineFiles, OfflineSummary } from '../../src/core/site/offline.ts';
import { builds } from '../support/builds.ts';
import { loadPages } from '../support/dist.ts';

const json = async <T>(dir: string, file: string) => JSON.parse(await readFile(join(dir, file), 'utf8')) as T;

describe.each(Object.entries(builds))('the %s build', (_name, { dir, base }) => {
	test('lists every page and what the pages load for the offline copy, each file once, and states its size', async () => {
		const { build, files } = await json<OfflineFiles>(dir, 'offline-files.json');
		const summary = await json<OfflineSummary>(dir, 'offline.json');
		const urls = files.map(([url]) => url);
		expect(new Set(urls).size).toBe(urls.length);
		let bytes = 0;
		for (const url of urls) {
			expect(url.startsWith(base), url).toBe(true);
			const path = url.slice(base.length);
			bytes += (await stat(join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path))).size;
		}
		expect(summary).toEqual({ build, files: files.length, bytes });
		for (const page of await loadPages({ dir, base })) expect(urls, page.path).toContain(page.path);
		expect(urls.some((url) => url.endsWith('.pf_index'))).toBe(true);
		expect(urls.some((url) => /\.(epub|bib|ris|xml)$/.test(url))).toBe(false);
	});

	test('its service worker carries the build and the base path, so that a new build is a new worker', async () => {
		const worker = await readFile(join(dir, 'sw.js'), 'utf8');
		const { build } = await json<OfflineSummary>(dir, 'offline.json');
		expect(worker.includes(build), `sw.js names the build ${build}`).toBe(true);
		expect(worker.includes(`${base}_astro/`), `sw.js knows the pages' scripts under ${base}`).toBe(true);
	});

	test('its web app manifest lets the site install, starting at the library, with an icon that exists', async () => {
		const manifest = await json<{
			name: string;
			start_url: string;
			scope: string;
			display: string;
			icons: { src: string; sizes: string; type: string }[];
		}>(dir, 'manifest.webmanifest');
		expect(manifest).toMatchObject({ name: 'North Korea Reader', start_url: base, scope: base, display: 'standalone' });
		for (const icon of manifest.icons) {
			expect(icon.src.startsWith(base)).toBe(true);
			expect(await readFile(join(dir, icon.src.slice(base.length)), 'utf8')).toMatch(/^<svg/);
		}
		for (const page of await loadPages({ dir, base })) {
			expect(select('head > link[rel="manifest"]', page.tree)?.properties.href, page.path).toBe(`${base}manifest.webmanifest`);
		}
	});
});
