import type { Page } from 'playwright-core';

/** What the search page answers a query, as a reader sees it. */
export interface SearchAnswer {
	/** The status line, once it speaks of the query as typed. */
	status: string;
	/** Each result's address (its path under the site, without `?highlight`). */
	results: string[];
	/** The first result's passage links, as the `#fragment` ids they land on. */
	passages: string[];
	/** The first result's first passage link, whole. */
	firstPassageUrl: string | undefined;
	/** "Showing results for …", when the query was corrected. */
	correction: string;
}

/**
 * Opens `/search/?q=…` in `page` and reads what it shows once the status speaks of the query as
 * typed (the results are in by then: the status waits for them and for a pause in typing).
 */
export async function searchPageAnswer(page: Page, siteUrl: string, query: string, timeout = 15_000): Promise<SearchAnswer> {
	await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
	const typed = `“${query}”.`;
	await page.waitForFunction(
		(typed) => document.querySelector('.search-page .search-status')?.textContent?.endsWith(typed) ?? false,
		typed,
		{ timeout },
	);
	return readAnswer(page);
}

/**
 * Types `query` into the field of the search page open in `page`, as a reader replacing the last
 * one, and reads the results once the list answers it (before the status speaks, which waits for
 * a pause in typing).
 */
export async function typeQuery(page: Page, query: string, timeout = 15_000): Promise<SearchAnswer> {
	await page.locator('.search-page input[type="search"]').fill(query);
	await page.waitForFunction(
		(query) => document.querySelector<HTMLElement>('.search-page .search-results')?.dataset.query === query,
		query,
		{
			timeout,
		},
	);
	return readAnswer(page);
}

function readAnswer(page: Page): Promise<SearchAnswer> {
	return page.evaluate(() => {
		const root = document.querySelector('.search-page')!;
		const path = (href: string) => new URL(href, location.href).pathname;
		const first = root.querySelector('.search-result');
		const passageLinks = [...(first?.querySelectorAll<HTMLAnchorElement>('.result-passages a') ?? [])];
		const correction = root.querySelector<HTMLElement>('.search-correction');
		return {
			status: root.querySelector('.search-status')!.textContent!,
			results: [...root.querySelectorAll<HTMLAnchorElement>('.search-result .result-title a')].map((link) => path(link.href)),
			passages: passageLinks.map((link) => decodeURIComponent(new URL(link.href).hash.slice(1))),
			firstPassageUrl: passageLinks[0]?.href,
			correction: correction && !correction.hidden ? correction.textContent!.replace(/\s+/g, ' ').trim() : '',
		};
	});
}
