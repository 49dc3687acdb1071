import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../harness/build.ts';
import { testBuildsDir } from '../support/builds.ts';
import { useChromium } from '../support/chromium.ts';
import { serveSite } from '../../harness/server.ts';
import { buildLibrary, libraryIn } from '../support/versioned-library.ts';

/** A library of one document in Korean (tests/fixtures/korean/), built and served for these tests. */
const library = libraryIn(join(testBuildsDir, 'korean'));
let site: Awaited<ReturnType<typeof serveSite>> | undefined;
const documentUrl = () => `${site!.url}documents/jangmadang/`;

beforeAll(async () => {
	await rm(library.dir, { recursive: true, force: true });
	await mkdir(library.dir, { recursive: true });
	await cp(join(projectRoot, 'tests', 'fixtures', 'korean', 'documents'), library.documents, { recursive: true });
	await buildLibrary(library);
	site = await serveSite(library.site);
}, 180_000);

afterAll(async () => {
	await site?.close();
});

const { open } = useChromium();

describe('a document in Korean', () => {
	test('its title and text are marked as Korean, the editors’ words as the site’s English, and its metadata say so', async () => {
		const page = await open(documentUrl());
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').getAttribute('lang')).toBe('ko');
		expect(await page.locator('.document-text').getAttribute('lang')).toBe('ko');
		// A word in another language within it keeps its own mark.
		expect(await page.locator('.document-text span[lang="en"]').textContent()).toBe('market');
		expect(
			await page
				.locator('.editorial')
				.first()
				.evaluate((summary) => summary.closest('[lang]')!.getAttribute('lang')),
		).toBe('en');
		expect(await page.locator('meta[name="citation_language"]').getAttribute('content')).toBe('ko');
		// Its EPUB too: the book's language, and the title and text marked within the chapter.
		const book = unzipSync(await readFile(join(library.site, 'documents', 'jangmadang', 'jangmadang.epub')));
		const files = Object.entries(book).map(([name, bytes]) => [name, strFromU8(bytes)] as const);
		expect(files.find(([name]) => name.endsWith('.opf'))![1]).toContain('<dc:language>ko</dc:language>');
		const chapter = files.find(([, text]) => text.includes('장마당이'))![1];
		expect(chapter).toMatch(/<h1 id="title" lang="ko">장마당과 북한의 시장<\/h1>/);
		expect(chapter).toMatch(/<div lang="ko">\s*<p id="p-1"/);
	});

	test('its text is set in a font made for Korean, with lines broken between words', async () => {
		const page = await open(documentUrl(), { viewport: { width: 390, height: 844 } });
		const { fontFamily, wordBreak } = await page
			.locator('.document-text p')
			.first()
			.evaluate((paragraph) => {
				const { fontFamily, wordBreak } = getComputedStyle(paragraph);
				return { fontFamily, wordBreak };
			});
		expect(fontFamily).toMatch(/Noto Serif KR.*serif$/);
		expect(wordBreak).toBe('keep-all');
	});

	test('search finds it by a Korean word, as the word stands in the text with its particle', async () => {
		const page = await open(`${site!.url}search/?q=${encodeURIComponent('장마당')}`);
		const result = page.locator('.search-page .search-result').first();
		await result.waitFor();
		expect(await result.locator('.result-title').textContent()).toBe('장마당과 북한의 시장');
		expect(await result.locator('.result-passages a').first().getAttribute('href')).toMatch(
			/^\/documents\/jangmadang\/\?highlight=.*#p-[12]$/,
		);
		expect((await result.locator('mark').allTextContents()).join(' ')).toMatch(/장마당/);
	});
});
