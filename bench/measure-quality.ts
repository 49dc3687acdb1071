/**
 * Search quality, as a reader meets it: each query of the project's search-quality set
 * (harness/search-quality.ts) typed into the real search page of a build. Counted: the
 * queries whose first result is the document expected, those whose first passage link also lands
 * on the passage expected, and (for a generated library, whose documents recombine the real
 * ones' paragraphs) those whose first passage link lands on the expected passage's words in
 * whichever document holds them.
 */
import type { Browser, Page } from 'playwright-core';
import { searchQuality } from '../harness/search-quality.ts';
import { typeQuery } from '../harness/search-page.ts';

export interface QualityMeasurement {
	build: string;
	documents: number;
	queries: number;
	/** The document expected is the first result. */
	rightDocument: number;
	/** …and its first passage link lands on the passage expected. */
	rightPassage: number;
	/** The first result's first passage link lands on the expected passage's words, in any document. */
	rightWords: number;
	/** The queries that missed, with what came first instead. */
	misses: { query: string; first: string; passage: string }[];
}

/** The words of the block a link lands on, as the page shows them. */
async function blockText(page: Page, url: string): Promise<string> {
	await page.goto(url);
	const id = decodeURIComponent(new URL(url).hash.slice(1));
	return page.evaluate((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '', id);
}

/**
 * Runs the set on the build at `siteUrl`; `expectedTextsFrom`, the real site's address, gives the
 * words of each expected passage.
 */
export async function measureQuality(
	browser: Browser,
	target: { build: string; documents: number; url: string },
	realSiteUrl: string,
): Promise<QualityMeasurement> {
	const page = await browser.newPage();
	const search = await browser.newPage();
	await search.goto(`${target.url}search/`);
	const result: QualityMeasurement = {
		...target,
		queries: searchQuality.length,
		rightDocument: 0,
		rightPassage: 0,
		rightWords: 0,
		misses: [],
	};
	try {
		for (const { query, document, passage } of searchQuality) {
			const answer = await typeQuery(search, query);
			const expectedPath = new URL(`documents/${document}/`, target.url).pathname;
			const rightDocument = answer.results[0] === expectedPath;
			const rightPassage = rightDocument && answer.passages[0] === passage;
			result.rightDocument += Number(rightDocument);
			result.rightPassage += Number(rightPassage);
			const landed = answer.firstPassageUrl ? await blockText(page, answer.firstPassageUrl) : '';
			const expected = await blockText(page, `${realSiteUrl}documents/${document}/#${passage}`);
			// A block's number may differ between documents: compare its words, less the ¶ link's.
			const words = (text: string) => text.replace(/^¶\s*\d*\s*/, '').replace(/\s*↩.*$/, '');
			if (landed && words(landed) === words(expected)) result.rightWords++;
			if (!rightPassage) result.misses.push({ query, first: answer.results[0] ?? '(none)', passage: answer.passages[0] ?? '(none)' });
		}
		return result;
	} finally {
		await page.close();
		await search.close();
	}
}
