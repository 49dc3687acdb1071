import { describe, expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { checkLinks, linksOf, loadPages, resolveLink } from '../support/dist.ts';

describe.each(Object.entries(builds))('the %s build', (_name, build) => {
	test('every internal link and #fragment resolves to a page and an id on it', async () => {
		const { broken, checked } = checkLinks(build, await loadPages(build));
		expect(broken).toEqual([]);
		// Every page had links to check: the stylesheet, the library and search at least.
		for (const [path, count] of checked) expect(count, path).toBeGreaterThanOrEqual(3);
	});

	test('every document in the library is linked from the library page', async () => {
		const pages = await loadPages(build);
		const library = pages.find((page) => page.path === build.base)!;
		const documentPages = pages.filter((page) => /^documents\/[^/]+\/$/.test(page.path.slice(build.base.length)));
		const linked = new Set(linksOf(library.tree).map(({ url }) => resolveLink(url, library)?.path));
		expect(documentPages).toHaveLength(3);
		for (const page of documentPages) expect(linked).toContain(page.path);
	});
});
