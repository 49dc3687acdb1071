/**
 * The reader's query set on a realistic library (bench/realistic-queries.ts), as a reader opens a
 * search: `/search/?q=…` in a fresh profile, timed from the navigation to the moment the results
 * for the query are in the page, with every byte fetched by then. Beside it, the same query
 * answered by Pagefind's own JS API on a bare page of the same build, showing its first five
 * results' titles and excerpts: what search costs without the site's own work. And whether the
 * site put the document expected first, and its first passage link on the passage expected.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { vocabularyDir } from '../src/core/search/search-vocabulary.ts';
import { withTimeout } from './helpers.ts';
import { recordNetwork, summarize } from './network.ts';
import type { ReaderQuery } from './realistic-queries.ts';

export interface QueryRun {
	query: string;
	kind: ReaderQuery['kind'];
	site: { ms: number; gzipBytes: number; requests: number; vocabularyGzipBytes: number };
	pagefind: { ms: number; gzipBytes: number; requests: number };
	rightDocument: boolean;
	rightPassage: boolean;
	/** What the site put first, and its first passage, when not the ones expected. */
	first?: string;
}

const apiPage = 'bench-pagefind-api.html';

/** A bare page that answers `?q=` with Pagefind's JS API, as its documentation sets it up, written into the bench's build. */
export async function writePagefindApiPage(buildDir: string): Promise<void> {
	const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Pagefind JS API (bench)</title></head>
<body>
<ol id="results"></ol>
<script type="module">
const query = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(query);
const pages = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
const list = document.getElementById('results');
for (const page of pages) {
	const item = document.createElement('li');
	item.textContent = page.meta.title + ': ' + page.excerpt;
	list.append(item);
}
window.__shownAt = performance.now();
</script>
</body>
</html>
`;
	await writeFile(join(buildDir, apiPage), html);
}

/** The first result's path and its first passage's id, once the list answers `query`. */
async function siteAnswer(page: Page, query: string, timeoutMs: number) {
	await page.waitForFunction(
		(query) => document.querySelector<HTMLElement>('.search-page .search-results')?.dataset.query === query,
		query,
		{
			timeout: timeoutMs,
		},
	);
	return page.evaluate(() => {
		const first = document.querySelector<HTMLAnchorElement>('.search-page .search-result .result-title a');
		const passage = document.querySelector<HTMLAnchorElement>('.search-page .search-result .result-passages a');
		return {
			shownAt: performance.now(),
			shownAtEpoch: performance.timeOrigin + performance.now(),
			path: first ? new URL(first.href).pathname : '',
			passage: passage ? decodeURIComponent(new URL(passage.href).hash.slice(1)) : '',
		};
	});
}

/** One query on the site's search page and on the bare Pagefind page, each in a fresh profile. */
async function runQuery(
	browser: Browser,
	siteUrl: string,
	{ query, kind, document, passage }: ReaderQuery,
	timeoutMs: number,
): Promise<QueryRun> {
	const siteContext = await browser.newContext();
	const apiContext = await browser.newContext();
	try {
		const sitePage = await siteContext.newPage();
		const siteNetwork = recordNetwork(sitePage);
		await sitePage.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`, { timeout: timeoutMs });
		const answer = await siteAnswer(sitePage, query, timeoutMs);
		// What the page fetches once the results are in (the filters' options) is not what they cost.
		const siteFetched = (await siteNetwork.settle()).filter((item) => item.startedAt <= answer.shownAtEpoch);
		siteNetwork.stop();
		const vocabulary = siteFetched.filter(({ url }) => new URL(url).pathname.startsWith(`/${vocabularyDir}/`));

		const apiPageOpen = await apiContext.newPage();
		const apiNetwork = recordNetwork(apiPageOpen);
		await apiPageOpen.goto(`${siteUrl}${apiPage}?q=${encodeURIComponent(query)}`, { timeout: timeoutMs });
		await apiPageOpen.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, null, {
			timeout: timeoutMs,
		});
		const apiShownAt = await apiPageOpen.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
		const apiFetched = await apiNetwork.settle();
		apiNetwork.stop();

		const expectedPath = `/documents/${document}/`;
		const rightDocument = answer.path === expectedPath;
		const rightPassage = rightDocument && answer.passage === passage;
		const site = summarize(siteFetched);
		const api = summarize(apiFetched);
		return {
			query,
			kind,
			site: {
				ms: Math.round(answer.shownAt),
				gzipBytes: site.gzipBytes,
				requests: site.requests,
				vocabularyGzipBytes: summarize(vocabulary).gzipBytes,
			},
			pagefind: { ms: Math.round(apiShownAt), gzipBytes: api.gzipBytes, requests: api.requests },
			rightDocument,
			rightPassage,
			...(!rightPassage && { first: `${answer.path || '(none)'}#${answer.passage || '(none)'}` }),
		};
	} finally {
		await siteContext.close();
		await apiContext.close();
	}
}

/** Every query of the set on the build served at `siteUrl`, one after another. */
export async function measureQueries(
	browser: Browser,
	siteUrl: string,
	queries: readonly ReaderQuery[],
	timeoutMs: number,
): Promise<QueryRun[]> {
	const runs: QueryRun[] = [];
	for (const query of queries)
		runs.push(await withTimeout(runQuery(browser, siteUrl, query, timeoutMs), 3 * timeoutMs, `query "${query.query}"`));
	return runs;
}
