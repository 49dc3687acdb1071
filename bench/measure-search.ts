/**
 * Search, as a reader meets it: on a document page, Ctrl+K opens the site's search dialog and
 * the query is typed. Measured: every byte fetched from the shortcut until the results for the
 * whole query appear, and the milliseconds from the last keystroke to that moment. The same
 * bytes are measured for Pagefind's Default UI on a bare page of the same build, for comparison.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { median, withTimeout } from './helpers.ts';
import { recordNetwork, summarize, type Transfer } from './network.ts';

interface SearchRun {
	/** From the shortcut (site) or the page's start (Default UI) until the results appear. */
	transfer: Transfer;
	/** Last keydown to the results for the whole query in the DOM. */
	latencyMs: number;
	/**
	 * The same, for the query typed again in the same dialog: Pagefind and the index chunks the
	 * query needs are loaded by then, so this is the search and its rendering alone.
	 */
	warmLatencyMs?: number;
}

export interface SearchMeasurement {
	query: string;
	runs: SearchRun[];
	medianBytes: number;
	medianGzipBytes: number;
	medianRequests: number;
	medianLatencyMs: number;
	medianWarmLatencyMs?: number;
}

/** What marks "the results for this query are shown", per UI. */
interface ResultsShown {
	/** A result in the list. */
	result: string;
	/** The element whose text names the query the list is for. */
	status: string;
	/** The text it has once the list is for the whole query, not a prefix typed on the way. */
	statusIncludes: string;
	/** Read the query from this attribute of `status`, equal to `statusIncludes`, not from its text. */
	attribute?: string;
}

// The site's results list names the query it shows in `data-query` at once; its status line
// waits for a pause in typing before it speaks, so it would time the announcement, not the results.
const siteResults = (query: string): ResultsShown => ({
	result: '.search-dialog .search-result',
	status: '.search-dialog .search-results',
	statusIncludes: query,
	attribute: 'data-query',
});

const defaultUiResults = (query: string): ResultsShown => ({
	result: '.pagefind-ui__result',
	status: '.pagefind-ui__message',
	statusIncludes: query,
});

/**
 * Puts timestamps into the page, on the page's own clock: the last keydown, and the first moment
 * the DOM shows results for the whole query (checked on every mutation, so it is the moment
 * they are attached, not when a poll happens to look).
 */
async function armTimestamps(page: Page, shown: ResultsShown): Promise<void> {
	await page.evaluate((shown) => {
		const marks = { lastKeydown: 0, shownAt: 0, shownAtEpoch: 0 };
		Object.assign(window, { __bench: marks });
		document.addEventListener('keydown', () => (marks.lastKeydown = performance.now()), true);
		const check = () => {
			if (marks.shownAt) return;
			const element = document.querySelector(shown.status);
			const text = (shown.attribute ? element?.getAttribute(shown.attribute) : element?.textContent) ?? '';
			const forWholeQuery = shown.attribute ? text === shown.statusIncludes : text.includes(shown.statusIncludes);
			if (document.querySelector(shown.result) && forWholeQuery) {
				marks.shownAt = performance.now();
				marks.shownAtEpoch = performance.timeOrigin + marks.shownAt;
				observer.disconnect();
			}
		};
		const observer = new MutationObserver(check);
		observer.observe(document.body, { subtree: true, childList: true, characterData: true });
	}, shown);
}

interface Marks {
	lastKeydown: number;
	shownAt: number;
	shownAtEpoch: number;
}

async function waitForResults(page: Page, timeoutMs: number): Promise<Marks> {
	await page.waitForFunction(() => (window as unknown as { __bench: Marks }).__bench.shownAt > 0, null, { timeout: timeoutMs });
	return page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
}

/** One search in the site's dialog, on a fresh profile (empty cache). */
async function siteSearchOnce(browser: Browser, pageUrl: string, query: string, timeoutMs: number): Promise<SearchRun> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(pageUrl, { waitUntil: 'load', timeout: timeoutMs });
		await page.waitForLoadState('networkidle', { timeout: timeoutMs });
		await armTimestamps(page, siteResults(query));
		const network = recordNetwork(page);
		const shortcutAt = await page.evaluate(() => performance.timeOrigin + performance.now());
		await page.keyboard.press('Control+K');
		// The dialog's search box is in the page and takes the focus as the dialog opens.
		await page.waitForFunction(() => document.activeElement?.matches('.search-dialog input[type="search"]') ?? false, null, {
			timeout: timeoutMs,
		});
		await page.keyboard.type(query);
		const marks = await waitForResults(page, timeoutMs);
		const fetched = (await network.settle()).filter((item) => item.startedAt >= shortcutAt && item.startedAt <= marks.shownAtEpoch);
		network.stop();
		// Clear the box (which empties the list), then type the query again.
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Backspace');
		await page.waitForFunction(() => !document.querySelector('.search-dialog .search-result'), null, { timeout: timeoutMs });
		await armTimestamps(page, siteResults(query));
		await page.keyboard.type(query);
		const warm = await waitForResults(page, timeoutMs);
		return { transfer: summarize(fetched), latencyMs: marks.shownAt - marks.lastKeydown, warmLatencyMs: warm.shownAt - warm.lastKeydown };
	} finally {
		await context.close();
	}
}

const defaultUiPage = 'bench-default-ui.html';

/**
 * A bare page with Pagefind's Default UI, as its documentation sets it up, written into the
 * served build (the bench's own copy, never `dist/`).
 */
export async function writeDefaultUiPage(buildDir: string): Promise<void> {
	const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pagefind Default UI (bench)</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet">
<script src="/pagefind/pagefind-ui.js"></script>
</head>
<body>
<div id="search"></div>
<script>
window.addEventListener('DOMContentLoaded', () => {
	new PagefindUI({ element: '#search', showSubResults: true });
});
</script>
</body>
</html>
`;
	await writeFile(join(buildDir, defaultUiPage), html);
}

/**
 * One search in the Default UI. Its page is a bare shell, so everything but that shell counts:
 * the UI's own script and stylesheet are what it costs to have search at all.
 */
async function defaultUiSearchOnce(browser: Browser, siteUrl: string, query: string, timeoutMs: number): Promise<SearchRun> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const network = recordNetwork(page);
		await page.goto(new URL(defaultUiPage, siteUrl).href, { waitUntil: 'load', timeout: timeoutMs });
		await page.waitForSelector('.pagefind-ui__search-input', { timeout: timeoutMs });
		await armTimestamps(page, defaultUiResults(query));
		await page.focus('.pagefind-ui__search-input');
		await page.keyboard.type(query);
		const marks = await waitForResults(page, timeoutMs);
		const fetched = (await network.settle()).filter((item) => !item.url.endsWith(defaultUiPage) && item.startedAt <= marks.shownAtEpoch);
		network.stop();
		return { transfer: summarize(fetched), latencyMs: marks.shownAt - marks.lastKeydown };
	} finally {
		await context.close();
	}
}

function summarizeRuns(query: string, runs: SearchRun[]): SearchMeasurement {
	const warm = runs.flatMap((run) => (run.warmLatencyMs === undefined ? [] : [run.warmLatencyMs]));
	return {
		query,
		runs,
		medianBytes: median(runs.map((run) => run.transfer.bytes)),
		medianGzipBytes: median(runs.map((run) => run.transfer.gzipBytes)),
		medianRequests: median(runs.map((run) => run.transfer.requests)),
		medianLatencyMs: Math.round(median(runs.map((run) => run.latencyMs))),
		...(warm.length > 0 && { medianWarmLatencyMs: Math.round(median(warm)) }),
	};
}

export interface SearchOptions {
	repeats: number;
	timeoutMs: number;
}

/** `repeats` runs of each UI for the query, each bounded by `timeoutMs`, each in a fresh profile. */
export async function measureSearch(
	browser: Browser,
	siteUrl: string,
	documentPath: string,
	query: string,
	{ repeats, timeoutMs }: SearchOptions,
): Promise<{ site: SearchMeasurement; defaultUi: SearchMeasurement }> {
	const siteRuns: SearchRun[] = [];
	const defaultUiRuns: SearchRun[] = [];
	for (let run = 0; run < repeats; run++) {
		// Each run has its own overall bound too, in case a step's timeout is not the one that trips.
		siteRuns.push(
			await withTimeout(siteSearchOnce(browser, new URL(documentPath, siteUrl).href, query, timeoutMs), 2 * timeoutMs, `search "${query}"`),
		);
		defaultUiRuns.push(
			await withTimeout(defaultUiSearchOnce(browser, siteUrl, query, timeoutMs), 2 * timeoutMs, `Default UI search "${query}"`),
		);
	}
	return { site: summarizeRuns(query, siteRuns), defaultUi: summarizeRuns(query, defaultUiRuns) };
}
