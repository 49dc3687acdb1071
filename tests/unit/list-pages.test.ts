import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import pageSizeCap, { pagesOverCap } from '../../src/integrations/page-size-cap.ts';
import { htmlBytes, pageListing, pagesOfGroups } from '../../src/core/site/list-pages.ts';

/** Documents as [name, their passages' weights]. */
type Group = [string, number[]];
const split = (groups: Group[], limits: { budget: number; maxGroups: number; firstPageWeight?: number }) =>
	pagesOfGroups(groups, ([, items]) => items, { ...limits, groupWeight: () => 10, itemWeight: (weight) => weight }).map((slices) =>
		slices.map(({ group: [name], items, index, continued }) => `${name}${continued ? '+' : ''}#${index}:${items.join(',')}`),
	);

describe('lists split by size and count', () => {
	test('a page holds as many groups as fit its budget and its count, in order', () => {
		const groups: Group[] = [
			['a', [20, 20]],
			['b', [30]],
			['c', [10]],
			['d', [10]],
		];
		expect(split(groups, { budget: 100, maxGroups: 3 })).toEqual([
			['a#0:20,20', 'b#1:30'],
			['c#2:10', 'd#3:10'],
		]);
		expect(split(groups, { budget: 1000, maxGroups: 3 })).toEqual([['a#0:20,20', 'b#1:30', 'c#2:10'], ['d#3:10']]);
	});

	test('a group too heavy for what is left goes on over the next page, its heading repeated', () => {
		expect(split([['a', [40, 40, 40, 40]]], { budget: 100, maxGroups: 20 })).toEqual([['a#0:40,40'], ['a+#0:40,40']]);
		expect(
			split(
				[
					['a', [30]],
					['b', [40, 40]],
				],
				{ budget: 100, maxGroups: 20 },
			),
		).toEqual([['a#0:30', 'b#1:40'], ['b+#1:40']]);
	});

	test('an item heavier than the budget has a page to itself, and an empty list has one empty page', () => {
		expect(split([['a', [10, 500, 10]]], { budget: 100, maxGroups: 20 })).toEqual([['a#0:10'], ['a+#0:500'], ['a+#0:10']]);
		expect(split([], { budget: 100, maxGroups: 20 })).toEqual([[]]);
	});

	test('the first page’s own weight counts against its budget', () => {
		expect(split([['a', [30, 30, 30]]], { budget: 100, maxGroups: 1, firstPageWeight: 50 })).toEqual([['a#0:30'], ['a+#0:30,30']]);
	});

	test('the page that lists a group’s first items', () => {
		const pages = pagesOfGroups([['a', [60, 60]] as Group, ['b', [10]] as Group], ([, items]) => items, {
			budget: 100,
			maxGroups: 20,
			groupWeight: () => 0,
			itemWeight: (weight) => weight,
		});
		expect(pageListing(pages, ({ group: [name], continued }) => name === 'b' && !continued)).toBe(2);
		expect(pageListing(pages, ({ group: [name] }) => name === 'c')).toBeUndefined();
	});

	test('text weighs its UTF-8 bytes, and no less than its escapes', () => {
		expect(htmlBytes('¶ 1 & “2”')).toBeGreaterThanOrEqual(Buffer.byteLength('¶ 1 &amp; “2”'));
		expect(htmlBytes('<b>')).toBeGreaterThanOrEqual(Buffer.byteLength('&lt;b&gt;'));
	});
});

describe('the build’s cap on pages that list things', () => {
	test('names every page at or over it, largest first, but not a document’s own text', () => {
		expect(
			pagesOverCap(
				[
					{ file: 'topics/x/index.html', bytes: 200_000 },
					{ file: 'documents/long/index.html', bytes: 300_000 },
					{ file: 'documents/long/cite/index.html', bytes: 250_000 },
					{ file: 'index.html', bytes: 199_999 },
				],
				200_000,
			),
		).toEqual(['documents/long/cite/index.html is 250,000 bytes of HTML', 'topics/x/index.html is 200,000 bytes of HTML']);
	});
});

test('a build with a page that lists things over the cap stops, naming it; under it, it says the largest', async () => {
	const site = await mkdtemp(join(tmpdir(), 'page-size-'));
	try {
		await mkdir(join(site, 'topics', 'x', '2'), { recursive: true });
		await mkdir(join(site, 'documents', 'long'), { recursive: true });
		await writeFile(join(site, 'topics', 'x', 'index.html'), 'x'.repeat(150_000));
		await writeFile(join(site, 'documents', 'long', 'index.html'), 'x'.repeat(300_000));
		const messages: string[] = [];
		const logger = { info: (message: string) => messages.push(message) } as unknown as AstroIntegrationLogger;
		const hook = pageSizeCap().hooks['astro:build:done'] as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
		await hook({ dir: pathToFileURL(`${site}/`), logger });
		expect(messages).toEqual(['2 pages; the largest that lists things is 150,000 bytes, under the cap of 200,000']);
		await writeFile(join(site, 'topics', 'x', '2', 'index.html'), 'x'.repeat(200_001));
		await expect(hook({ dir: pathToFileURL(`${site}/`), logger })).rejects.toThrow(
			'A page that lists things is over the cap of 200,000 bytes of HTML:\n  topics/x/2/index.html is 200,001 bytes of HTML',
		);
	} finally {
		await rm(site, { recursive: true, force: true });
	}
});
