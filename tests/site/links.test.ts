import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builds } from '../support/builds';
import { idsOf, linksOf, loadPages, resolveLink } from '../support/dist';

describe.each(Object.entries(builds))('the %s build', (_name, build) => {
	test('every internal link and #fragment resolves to a page and an id on it', async () => {
		const pages = await loadPages(build);
		const pagesByPath = new Map(pages.map((page) => [page.path, page]));
		const broken: string[] = [];
		const checked = new Map(pages.map((page) => [page.path, 0]));
		for (const page of pages) {
			for (const { url } of linksOf(page.tree)) {
				const target = resolveLink(url, page);
				if (!target) continue;
				checked.set(page.path, checked.get(page.path)! + 1);
				if (!target.path.startsWith(build.base)) {
					broken.push(`${page.path}: ${url} is outside the base path ${build.base}`);
					continue;
				}
				const targetPage = pagesByPath.get(target.path);
				if (!targetPage) {
					if (!existsSync(join(build.dir, target.path.slice(build.base.length)))) {
						broken.push(`${page.path}: ${url} leads to no file`);
					}
					continue;
				}
				if (target.fragment && !idsOf(targetPage.tree).includes(target.fragment)) {
					broken.push(`${page.path}: ${url} names no id on ${target.path}`);
				}
			}
		}
		expect(broken).toEqual([]);
		// Every page had links to check: the stylesheet, the icon, the library at least.
		for (const [path, count] of checked) expect(count, path).toBeGreaterThanOrEqual(3);
	});

	test('every document in the library is linked from the library page', async () => {
		const pages = await loadPages(build);
		const library = pages.find((page) => page.path === build.base)!;
		const documentPages = pages.filter((page) => page.path.startsWith(`${build.base}documents/`));
		const linked = new Set(linksOf(library.tree).map(({ url }) => resolveLink(url, library)?.path));
		expect(documentPages).toHaveLength(3);
		for (const page of documentPages) expect(linked).toContain(page.path);
	});
});
