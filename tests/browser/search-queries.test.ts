import { describe, expect, inject, test } from 'vitest';
import { shardName } from '../../src/core/search/search-vocabulary.ts';
import { searchQuality } from '../../harness/search-quality.ts';
import { tabTo, useChromium } from '../support/chromium.ts';
import { searchPageAnswer, typeQuery } from '../../harness/search-page.ts';

const siteUrl = inject('siteUrl');
const lankov = '/documents/natural-death-of-north-korean-stalinism/';
const revolution = '/documents/north-korea-is-not-a-socialist-society/';
const workers = '/documents/support-north-koreas-workers/';

const { browser, open } = useChromium();

async function answer(query: string) {
	const page = await browser().newPage();
	return { page, ...(await searchPageAnswer(page, siteUrl, query)) };
}

describe('the search-quality set, on the real search page', () => {
	// One search page, each query typed over the last, as a reader would; each first passage link
	// opened in a second page. Each query is checked softly, so that every miss is reported.
	test(`each of the ${searchQuality.length} queries finds its document first, and its first passage link lands on the passage, highlighted`, async () => {
		const search = await open(`${siteUrl}search/`);
		const landing = await browser().newPage();
		for (const { query, document, passage } of searchQuality) {
			const { results, passages, firstPassageUrl } = await typeQuery(search, query);
			expect.soft(results[0], query).toBe(`/documents/${document}/`);
			expect.soft(passages[0], query).toBe(passage);
			if (!firstPassageUrl) continue;
			await landing.goto(firstPassageUrl);
			const marked = await landing
				.locator(`[id="${passage}"] mark.search-hit`)
				.first()
				.waitFor({ timeout: 5_000 })
				.then(
					() => true,
					() => false,
				);
			expect.soft(marked, `${query}: the words are marked in #${passage}`).toBe(true);
		}
	});
});

describe('other spellings add documents, never change what the words typed find', () => {
	test('“famine” shows the famine, once, in the paragraph about it: not the “North Korean” of the topic’s longer name', async () => {
		const { page, results, passages, status } = await answer('famine');
		expect(status).toBe('1 result for “famine”.');
		expect(results).toEqual([lankov]);
		expect(passages).toEqual(['p-13']);
		const result = page.locator('.search-page .search-result').first();
		expect(await result.locator('.result-facts').textContent()).toMatch(/· 1 match$/);
		expect(await result.locator('.result-excerpt mark').allTextContents()).toEqual(['famine']);
	});

	test('“Kim Il-sung” finds the Lankov note by “Kim Il Sung” and says so; the page that writes “Kim Il-sung” shows its own words', async () => {
		const { page, results } = await answer('Kim Il-sung');
		expect(results.sort()).toEqual([lankov, workers].sort());
		const byOther = page.locator('.search-page .search-result', { has: page.locator(`a[href^="${lankov}"]`) });
		expect(await byOther.locator('.result-facts').textContent()).toMatch(/as “Kim Il Sung”$/);
		expect((await byOther.locator('.result-excerpt mark').allTextContents()).join(' ')).toMatch(/^Kim Il Sung/);
		const byOwn = page.locator('.search-page .search-result', { has: page.locator(`a[href^="${workers}"]`) });
		expect(await byOwn.locator('.result-facts').textContent()).not.toMatch(/ as “/);
		expect((await byOwn.locator('.result-excerpt mark').allTextContents()).join(' ')).toBe('Kim Il-sung');
	});

	test('“us” is a word, not the United States: it adds no other spelling, and the passages are about “us”', async () => {
		const { page, passages } = await answer('us');
		expect(await page.locator('.search-page .result-facts', { hasText: ' as “' }).count()).toBe(0);
		const marked = await page.locator('.search-page .result-excerpt mark').allTextContents();
		expect(marked.length).toBeGreaterThan(0);
		// Pagefind reads "U.S." as the word "us": that is the word typed, not another spelling.
		expect(marked.filter((word) => word.replaceAll('.', '').toLowerCase() !== 'us')).toEqual([]);
		expect(passages.length).toBeGreaterThan(0);
	});
});

describe('misspellings forgiven', () => {
	test('a word the documents never use is searched as the nearest they do, and the reader can take it back', async () => {
		const { page, results, correction, status } = await answer('Hobsbaum');
		expect(results).toEqual([lankov]);
		expect(correction).toBe('Showing results for Hobsbawm — search instead for Hobsbaum');
		expect(status).toBe('1 result for “Hobsbawm”, since there are no results for “Hobsbaum”.');
		// One message on the screen: the status, which says the same, is left to screen readers.
		expect(await page.locator('.search-page .search-status').evaluate((element) => element.classList.contains('sr-only'))).toBe(true);
		expect(await page.locator('.search-page .search-status').boundingBox()).toMatchObject({ width: 1 });
		// The address keeps the query as typed; the result links highlight the word found.
		expect(new URL(page.url()).searchParams.get('q')).toBe('Hobsbaum');
		expect(await page.locator('.search-page .result-title a').first().getAttribute('href')).toContain('highlight=hobsbawm');
		await page.locator('.search-page .search-instead').click();
		await expect.poll(() => page.locator('.search-page .search-status').textContent()).toBe('No results for “Hobsbaum”.');
		expect(await page.locator('.search-page .search-correction').isHidden()).toBe(true);
		expect((await page.locator('.search-page .search-status').boundingBox())!.width).toBeGreaterThan(100);
		expect(await page.locator('.search-page .search-result').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.matches('input[type="search"]'))).toBe(true);
	});

	test('a word Pagefind would pass over is corrected too: “Kim Jong Eun” is Kim Jong Un, not every Kim Jong', async () => {
		const { results, passages, correction } = await answer('Kim Jong Eun');
		expect(correction).toBe('Showing results for Kim Jong Un — search instead for Kim Jong Eun');
		expect(results).toEqual([workers]);
		expect(passages[0]).toBe('p-2');
	});

	test('two words run together are searched apart, reading the shards of the parts only when nearer spellings fail', async () => {
		const { results, correction } = await answer('nuclearweapons');
		expect(correction).toBe('Showing results for nuclear weapons — search instead for nuclearweapons');
		expect(results).toContain(workers);
		const page = await browser().newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await searchPageAnswer(page, siteUrl, 'nuclearweapons');
		expect(fetched).toContain(`/search-vocabulary/${shardName('weapons')}.json`);
		fetched.length = 0;
		// "hobsbaum" is "hobsbawm", of the same length: its parts ("hobs", "baum") are never read.
		await searchPageAnswer(page, siteUrl, 'Hobsbaum');
		expect(fetched).toContain(`/search-vocabulary/${shardName('hobsbawm')}.json`);
		expect(fetched).not.toContain(`/search-vocabulary/${shardName('baum')}.json`);
	});

	test('two misspelt words in one query are both corrected', async () => {
		const { results, correction } = await answer('Hobsbaum Khrushchov');
		expect(correction).toBe('Showing results for Hobsbawm Khrushchev — search instead for Hobsbaum Khrushchov');
		expect(results).toEqual([lankov]);
	});

	test('a word the index holds is never corrected, nor one it begins, nor a query that finds what it asks', async () => {
		for (const query of ['famines', 'famin', 'Stalin']) {
			const { correction, results } = await answer(query);
			expect(correction, query).toBe('');
			expect(results.length, query).toBeGreaterThan(0);
		}
	});

	test('a query fetches one shard of the vocabulary a word, and the pages of a rare one; a word the documents do not use, the words of the few shards around it', async () => {
		const page = await browser().newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		const shards = () => fetched.filter((path) => /\/search-vocabulary\/[\da-f]+-\d+\.json$/.test(path));
		const pages = () => fetched.filter((path) => path.startsWith('/search-vocabulary/pages/'));
		// Three documents: every word is on few enough pages to list them.
		await searchPageAnswer(page, siteUrl, 'famine');
		expect(shards()).toEqual(['/search-vocabulary/66-6.json']);
		expect(pages()).toEqual(['/search-vocabulary/pages/66-6.json']);
		fetched.length = 0;
		await searchPageAnswer(page, siteUrl, 'Khrushchov');
		// "khrushchov": the words of eight to twelve letters in k (one of them "khrushchev"), of eight
		// to ten in h, and its parts ("kh" + "rushchov"…); never the whole vocabulary.
		expect(shards().length).toBeGreaterThan(5);
		expect(shards().length).toBeLessThan(30);
		expect(shards()).toContain('/search-vocabulary/6b-10.json');
		// The correction reads words alone; only the word it found has its pages read, to rank them.
		expect(pages()).toEqual(['/search-vocabulary/pages/6b-10.json']);
	});
});

describe('the words as typed', () => {
	test('a document that holds a word as typed comes before one that holds only another form of it', async () => {
		// The statement says "successor" twice in a short text; only Lankov says "successors".
		expect((await answer('successors')).results).toEqual([lankov, workers]);
		// The statement says "threaten" and "threat"; only the essay says "threatened".
		expect((await answer('threatened')).results).toEqual([revolution, workers]);
		// And the other way round: only the statement says "drives"; Lankov says "drive".
		expect((await answer('drives')).results[0]).toBe(workers);
	});

	test('a corrected word, too, comes before another form of it', async () => {
		const { correction, results } = await answer('sucessors');
		expect(correction).toBe('Showing results for successors — search instead for sucessors');
		expect(results).toEqual([lankov, workers]);
	});

	test('a phrase in quotes is those words as typed: another form of one of them is not the phrase', async () => {
		// Lankov's "would likely" is another form of "would like" to the index's stems.
		const { results, status, passages } = await answer('"would like"');
		expect(results).toEqual([workers]);
		expect(passages[0]).toBe('p-13');
		expect(status).toBe('1 result for “"would like"”.');
	});

	test('a misspelt word is corrected even where the index answers it with a word that begins as it does', async () => {
		// Pagefind answers "Stalinsim" with "Stalin…", the longest start it holds.
		const { correction, results } = await answer('Stalinsim');
		expect(correction).toBe('Showing results for Stalinism — search instead for Stalinsim');
		expect(results).toEqual([lankov]);
	});

	test('a word with no near spelling is said to be missing, never dropped from the query', async () => {
		// "Red" is one letter from "Led", but nothing is near "breakfast": "Breakfast in Led" would drop it.
		const { results, correction, status } = await answer('Breakfast in Red');
		expect(results).toEqual([]);
		expect(correction).toBe('No document holds “breakfast” and “red”.');
		expect(status).toBe('No document holds “breakfast” and “red”: no results for “Breakfast in Red”.');
		const misspelt = await answer('misemlpoyed');
		expect(misspelt.results).toEqual([]);
		expect(misspelt.correction).toBe('No document holds “misemlpoyed”.');
	});
});

describe('query syntax', () => {
	test('a phrase in quotes beside other words finds the phrase, and the word, in one passage', async () => {
		const { results, passages } = await answer('"North Korean" famine');
		expect(results).toEqual([lankov]);
		expect(passages[0]).toBe('p-13');
	});

	test('a phrase is its words together and in order', async () => {
		expect((await answer('"Korean North"')).results).toEqual([]);
		expect((await answer('"Magnetic Mountain"')).passages).toEqual(['fn-2']);
	});

	test('-word and -"phrase" leave out the documents that have them', async () => {
		const all = await answer('socialism');
		expect(all.results.sort()).toEqual([lankov, revolution, workers].sort());
		expect((await answer('socialism -famine')).results.sort()).toEqual([revolution, workers].sort());
		expect((await answer('socialism -"Agreed Framework"')).results.sort()).toEqual([lankov, revolution].sort());
	});

	test('OR finds either word', async () => {
		const { results } = await answer('famine OR refugees');
		expect(results.sort()).toEqual([lankov, workers].sort());
		expect((await answer('famine refugees')).results).toEqual([lankov]);
	});

	test('the URL keeps the query as typed, syntax and all', async () => {
		const query = '"North Korean" -famine OR refugees';
		const { page } = await answer(query);
		expect(new URL(page.url()).searchParams.get('q')).toBe(query);
	});

	test('how to search is told on the page and in the dialog, reached by keyboard', async () => {
		const page = await open(`${siteUrl}search/`);
		await tabTo(page, '.search-page .search-help summary');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.search-page .search-help li').first().isVisible()).toBe(true);
		expect(await page.locator('.search-page .search-help').textContent()).toMatch(/"exact phrase".*-word.*OR/s);
		const onDocument = await open(`${siteUrl}${lankov.slice(1)}`);
		await onDocument.keyboard.press('Control+k');
		await tabTo(onDocument, '.search-dialog .search-help summary');
		await onDocument.keyboard.press('Enter');
		await expect.poll(() => onDocument.locator('.search-dialog .search-help li').first().isVisible()).toBe(true);
	});
});
