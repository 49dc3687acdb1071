import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';

const siteUrl = inject('siteUrl');
const readerSiteUrl = inject('readerSiteUrl');
const lankovPath = 'documents/natural-death-of-north-korean-stalinism/';

const { browser, open, inViewport } = useChromium();

/** Opens the search dialog with Ctrl-K on a document page and types a query into it. */
async function searchFromDialog(query: string, url = siteUrl + lankovPath): Promise<Page> {
	const page = await open(url);
	await page.keyboard.press('Control+k');
	await page.locator('.search-dialog input[type="search"]').waitFor();
	await page.keyboard.type(query);
	return page;
}

const results = (page: Page, scope = '.search-dialog') => page.locator(`${scope} .search-result`);

/** The titles of the results, once the status reports on what the field holds now. */
async function resultTitles(page: Page, scope = '.search-dialog'): Promise<string[]> {
	const query = (await page.locator(`${scope} input[type="search"]`).inputValue()).trim();
	const what = query ? ` for “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”` : '';
	await expect.poll(() => page.locator(`${scope} .search-status`).textContent()).toMatch(new RegExp(`(results?|No results)${what}\\.$`));
	return results(page, scope).locator('.result-title').allTextContents();
}

describe('finding each document', () => {
	test.each([
		['200-day battles', 'The Natural Death of North Korean Stalinism', 'pre-1990-north-korea-the-worlds-purest-stalinism'],
		['coercive social contract', 'North Korea Is Not a Socialist Society', ''],
		['third-generation succession', 'Support North Korea’s workers, not fake socialism or international diplomacy', ''],
	])('“%s” finds %s first, and its passage link opens the paragraph with the phrase, highlighted', async (phrase, title, section) => {
		const page = await searchFromDialog(phrase);
		expect((await resultTitles(page))[0]).toBe(title);
		const passage = results(page).first().locator('.result-passages a').first();
		expect(await passage.getAttribute('href')).toMatch(/\?highlight=.*#p-\d+$/);
		await passage.click();
		await page.waitForURL(/#p-\d+$/);
		const paragraph = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
		const text = (await paragraph.textContent())!.replace(/\s+/g, ' ').toLowerCase();
		expect(text).toContain(phrase.toLowerCase());
		if (section) {
			const inSection = await paragraph.evaluate(
				(block, id) => Boolean(document.getElementById(id)!.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING),
				section,
			);
			expect(inSection).toBe(true);
		}
		await expect.poll(() => paragraph.locator('mark.search-hit').count()).toBeGreaterThan(0);
		await expect.poll(() => inViewport(page, `[id="${new URL(page.url()).hash.slice(1)}"] mark.search-hit`)).toBe(true);
	});

	test('a phrase found only in a footnote finds its document and links to the note', async () => {
		const page = await searchFromDialog('Magnetic Mountain');
		expect(await resultTitles(page)).toEqual(['The Natural Death of North Korean Stalinism']);
		const noteLink = results(page).first().locator('.result-passages a', { hasText: 'Note 2' });
		expect(await noteLink.getAttribute('href')).toMatch(/\?highlight=magnetic&highlight=mountain#fn-2$/);
		await noteLink.click();
		await page.waitForURL(/#fn-2$/);
		await expect.poll(() => inViewport(page, '#fn-2')).toBe(true);
		// The marks are put in by the page's script once it has the note in view.
		await expect.poll(() => page.locator('#fn-2 mark.search-hit').count()).toBe(2);
	});

	test.each([
		['North Korea Is Not a Socialist Society'],
		['The Natural Death of North Korean Stalinism'],
		['Support North Korea’s workers, not fake socialism or international diplomacy'],
	])('the title “%s” finds that document first', async (title) => {
		const page = await searchFromDialog(title);
		expect((await resultTitles(page))[0]).toBe(title);
	});

	// Each as an exact phrase (in quotes, as a reader can search): its words alone occur in the texts.
	test.each([
		'Downloading PDF. Please wait',
		'This article is over 12 years',
		'Send us your comments',
		'subscribe, donate to and sustain Revolution newspaper',
		'Breakfast in Red',
		'Make a donation to Socialist Worker',
	])('the capture debris “%s” is not found', async (debris) => {
		const page = await searchFromDialog(`"${debris}"`);
		expect(await resultTitles(page)).toEqual([]);
		// Either no document holds some of its words, which the status names, or none holds them together.
		expect(await page.locator('.search-dialog .search-status').textContent()).toMatch(
			new RegExp(`^(?:No results|No document holds “[^:]+”: no results) for “"${debris}"”\\.$`),
		);
	});

	test('an exact phrase of the authors is found, so the debris searches above could fail', async () => {
		const page = await searchFromDialog('"go to"');
		expect(await resultTitles(page)).toEqual(['North Korea Is Not a Socialist Society']);
	});
});

describe('spellings and topics', () => {
	test('“Kim Il-sung” also finds the Lankov note, which writes “Kim Il Sung”, and its link highlights that spelling', async () => {
		const page = await searchFromDialog('Kim Il-sung');
		const titles = await resultTitles(page);
		expect(titles).toContain('The Natural Death of North Korean Stalinism');
		expect(titles).toContain('Support North Korea’s workers, not fake socialism or international diplomacy');
		const lankov = results(page).filter({ hasText: 'The Natural Death of North Korean Stalinism' });
		expect((await lankov.locator('.result-excerpt mark').allTextContents()).join(' ')).toMatch(/Kim Il Sung/);
		const passage = lankov.locator('.result-passages a').first();
		await passage.click();
		await page.waitForURL(/#p-\d+$/);
		const paragraph = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
		expect(await paragraph.textContent()).toContain('Kim Il Sung');
		await expect.poll(async () => (await paragraph.locator('mark.search-hit').allTextContents()).join(' ')).toMatch(/Kim Il Sung/);
	});

	test('“Washington” also finds the documents that write “U.S.” or “US” for the United States', async () => {
		const washington = await searchFromDialog('Washington');
		expect((await resultTitles(washington)).sort()).toEqual([
			'North Korea Is Not a Socialist Society',
			'Support North Korea’s workers, not fake socialism or international diplomacy',
			'The Natural Death of North Korean Stalinism',
		]);
	});

	test('topics are a filter: the topic narrows a search to the documents that name it', async () => {
		const page = await open(`${siteUrl}search/?q=North+Korea`);
		expect((await resultTitles(page, '.search-page')).length).toBe(3);
		await page.click('.search-page .search-options-toggle > summary');
		await page.selectOption('.search-page select[name="topic"]', 'Agreed Framework');
		await expect
			.poll(() => resultTitles(page, '.search-page'))
			.toEqual(['Support North Korea’s workers, not fake socialism or international diplomacy']);
		expect(new URL(page.url()).search).toBe('?q=North+Korea&topic=Agreed+Framework');
		const options = await page.locator('.search-page select[name="topic"] option').allTextContents();
		expect(options).toContain('Kim Il Sung (2)');
	});
});

describe('the search page', () => {
	test('?q= restores a search, and the filters narrow it and stay in the URL', async () => {
		const page = await open(`${siteUrl}search/?q=Kim`);
		expect(await page.locator('.search-page input[type="search"]').inputValue()).toBe('Kim');
		const all = await resultTitles(page, '.search-page');
		expect(all.length).toBeGreaterThanOrEqual(2);
		// The page links the results' stylesheet itself, the same file the dialog loads.
		expect(
			await results(page, '.search-page')
				.first()
				.evaluate((result) => getComputedStyle(result).borderTopStyle),
		).toBe('solid');
		// The filters and the order are behind one control, which says how many are in use.
		const toggle = page.locator('.search-page .search-options-toggle > summary');
		expect(await toggle.textContent()).toBe('Filters and order');
		expect(await page.locator('.search-page select[name="author"]').isVisible()).toBe(false);
		await toggle.click();
		await page.selectOption('.search-page select[name="author"]', 'All Together');
		await expect
			.poll(() => resultTitles(page, '.search-page'))
			.toEqual(['Support North Korea’s workers, not fake socialism or international diplomacy']);
		expect(new URL(page.url()).search).toBe('?q=Kim&author=All+Together');
		await page.selectOption('.search-page select[name="sort"]', 'newest');
		await expect.poll(() => toggle.textContent()).toBe('Filters and order: 2 in use');
	});

	test('a filter given in the URL is applied and shown', async () => {
		const page = await open(`${siteUrl}search/?q=socialism&year=2013`);
		expect(await resultTitles(page, '.search-page')).toEqual(['North Korea Is Not a Socialist Society']);
		expect(await page.locator('.search-page select[name="year"]').inputValue()).toBe('2013');
		expect(await page.locator('.search-page .search-options-toggle > summary').textContent()).toBe('Filters and order: 1 in use');
	});

	test('every passage link of a result stands with its words', async () => {
		const page = await open(`${siteUrl}search/?q=famine`);
		const passages = page.locator('.search-page .result-passages > li');
		await passages.first().waitFor();
		for (const passage of await passages.all()) {
			expect(await passage.locator('a').count()).toBe(1);
			expect((await passage.locator('p').textContent())!.trim().length).toBeGreaterThan(20);
		}
	});

	test('the header stands as on every other page: its navigation does not move', async () => {
		const navigation = async (path: string) => {
			const page = await open(siteUrl + path);
			return page.getByRole('navigation', { name: 'Site' }).boundingBox();
		};
		expect(await navigation('search/')).toEqual(await navigation(''));
	});

	test('the results stay where they are as the filters’ options and the count arrive after them', async () => {
		const page = await open(`${siteUrl}search/`);
		// Measured in the page as each change happens: the first result's top when the list is
		// filled, and again once the filters hold their options and the status its count.
		const shift = page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const root = document.querySelector('.search-page')!;
					const list = root.querySelector('.search-results')!;
					const status = root.querySelector('.search-status')!;
					let top: number | undefined;
					new MutationObserver(() => {
						const first = list.firstElementChild;
						if (!first) return;
						top ??= first.getBoundingClientRect().top;
						const author = root.querySelector<HTMLSelectElement>('select[name="author"]');
						if (status.textContent && author && author.options.length > 1) resolve(first.getBoundingClientRect().top - top);
					}).observe(root, { childList: true, subtree: true, characterData: true });
				}),
		);
		await page.locator('.search-page input[type="search"]').fill('famine');
		expect(await shift).toBe(0);
	});

	test('the Back button returns to the search as it was', async () => {
		const page = await open(`${siteUrl}search/`);
		await page.locator('.search-page input[type="search"]').fill('famine');
		await expect.poll(() => new URL(page.url()).search).toBe('?q=famine');
		await results(page, '.search-page').first().locator('.result-title a').click();
		await page.waitForURL(/documents/);
		await page.goBack();
		await expect.poll(() => page.locator('.search-page input[type="search"]').inputValue()).toBe('famine');
		expect((await resultTitles(page, '.search-page')).length).toBeGreaterThan(0);
	});

	test('a filter alone lists its documents, without a count of matches', async () => {
		const page = await open(`${siteUrl}search/?author=All+Together`);
		expect(await resultTitles(page, '.search-page')).toEqual([
			'Support North Korea’s workers, not fake socialism or international diplomacy',
		]);
		expect(await results(page, '.search-page').first().locator('.result-facts').textContent()).not.toMatch(/match/);
	});

	test('a filter value the library does not hold is dropped, not left to hide every result', async () => {
		const page = await open(`${siteUrl}search/?q=Korea&author=Nobody`);
		await expect.poll(() => new URL(page.url()).search).toBe('?q=Korea');
		expect((await resultTitles(page, '.search-page')).length).toBe(3);
	});

	test('sorting by date orders the results newest or oldest first', async () => {
		const page = await open(`${siteUrl}search/?q=Korea&sort=oldest`);
		expect(await resultTitles(page, '.search-page')).toEqual([
			'The Natural Death of North Korean Stalinism',
			'Support North Korea’s workers, not fake socialism or international diplomacy',
			'North Korea Is Not a Socialist Society',
		]);
	});

	test('without JavaScript, it says search needs JavaScript and links to the library', async () => {
		const page = await open(`${siteUrl}search/?q=famine`, { javaScriptEnabled: false });
		const notice = page.locator('main .notice');
		expect(await notice.textContent()).toMatch(/Search needs JavaScript/);
		expect(await notice.locator('a').getAttribute('href')).toBe('/');
	});

	test('works under a base path', async () => {
		const page = await open(`${readerSiteUrl}search/?q=Reichman`);
		expect(await resultTitles(page, '.search-page')).toEqual(['The Natural Death of North Korean Stalinism']);
		expect(await results(page, '.search-page').first().locator('.result-title a').getAttribute('href')).toBe(
			'/reader/documents/natural-death-of-north-korean-stalinism/?highlight=reichman',
		);
		// The filters, from Pagefind's second instance, find the index there too.
		const filtered = await open(`${readerSiteUrl}search/?q=Kim&author=All+Together`);
		expect(await resultTitles(filtered, '.search-page')).toEqual([
			'Support North Korea’s workers, not fake socialism or international diplomacy',
		]);
		await expect.poll(() => filtered.locator('.search-page select[name="author"] option').count()).toBeGreaterThan(2);
	});
});

describe('a query is text', () => {
	const attack = '<img src=x onerror=alert(1)>';

	test.each([
		[
			'typed in the field',
			async (page: Page) => {
				await page.goto(siteUrl + lankovPath);
				await page.keyboard.press('Control+k');
				await page.keyboard.type(attack);
			},
		],
		['given in ?q=', async (page: Page) => void (await page.goto(`${siteUrl}search/?q=${encodeURIComponent(attack)}`))],
	])('markup %s is shown as text and runs nothing', async (_how, load) => {
		const dialogs: string[] = [];
		const errors: string[] = [];
		const page = await browser().newPage();
		// Listening before anything loads: an alert fired early would otherwise pass unseen.
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await load(page);
		const status = page.locator('.search-status:not(:empty)').first();
		await expect.poll(() => status.textContent()).toContain(attack);
		expect(await page.locator('img').count()).toBe(0);
		await page.waitForTimeout(300);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('opening and using search', () => {
	test('the header’s field shows its keyboard shortcut where there is a keyboard and a mouse, and not on a touch screen', async () => {
		const shortcutShown = async (options: Parameters<ReturnType<typeof browser>['newContext']>[0]) => {
			const page = await (await browser().newContext(options)).newPage();
			await page.goto(siteUrl + lankovPath);
			await page.locator('.site-search.is-enhanced').waitFor();
			// The field itself is shown, on both.
			expect(await page.locator('#site-search-q').isVisible()).toBe(true);
			return page.locator('.site-search .shortcut').isVisible();
		};
		expect(await shortcutShown({ viewport: { width: 1280, height: 900 } })).toBe(true);
		// A tablet: the header's field, and no shortcut to show.
		expect(await shortcutShown({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true })).toBe(false);
	});

	test('no /pagefind/ request and no search code is fetched until search is opened', async () => {
		const page = await browser().newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(siteUrl + lankovPath, { waitUntil: 'networkidle' });
		expect(requests.filter((path) => path.includes('/pagefind/') || path.includes('search-ui'))).toEqual([]);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('famine');
		await results(page).first().waitFor();
		expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
	});

	test('a page read without searching loads one stylesheet; the search brings its own, and is shown styled', async () => {
		const page = await open(siteUrl + lankovPath);
		const stylesheets = () => page.evaluate(() => [...document.styleSheets].map((sheet) => new URL(sheet.href!).pathname));
		const sheets = await stylesheets();
		expect(sheets).toHaveLength(1);
		const rules = await page.evaluate(() => [...document.styleSheets[0]!.cssRules].map((rule) => rule.cssText).join('\n'));
		// The header's field and the dialog's frame are there; the results and the library's cards are not.
		expect(rules).toContain('.search-dialog');
		expect(rules).not.toContain('.search-result');
		expect(rules).not.toContain('.card');
		await page.keyboard.press('Control+k');
		const dialog = page.locator('dialog.search-dialog');
		// Until the results' styles arrive, the form is there and focused, but not shown.
		await expect.poll(() => dialog.evaluate((d) => d.classList.contains('is-styled'))).toBe(true);
		expect(await stylesheets()).toHaveLength(2);
		expect(await page.locator('.search-dialog .search-root').evaluate((root) => getComputedStyle(root).opacity)).toBe('1');
		expect(await page.locator('.search-dialog .search-label').evaluate((label) => getComputedStyle(label).display)).toBe('block');
		await page.keyboard.type('famine');
		await expect
			.poll(() =>
				results(page)
					.first()
					.evaluate((result) => getComputedStyle(result).borderTopStyle),
			)
			.toBe('solid');
	});

	test('Ctrl-K opens the dialog with the focus in its field, and Esc closes it, back where the reader was', async () => {
		// Without smooth scrolling, so that the position read is where the page rests.
		const page = await open(siteUrl + lankovPath, { reducedMotion: 'reduce' });
		await page.locator('#fnref-4').focus();
		const scrolled = await page.evaluate(() => scrollY);
		expect(scrolled).toBeGreaterThan(500);
		await page.keyboard.press('Control+k');
		const dialog = page.locator('dialog.search-dialog');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.search-dialog input[type="search"]'))).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('fnref-4');
		expect(await page.evaluate(() => scrollY)).toBe(scrolled);
	});

	test('a search begun in the header field returns there when the dialog closes', async () => {
		const page = await open(siteUrl);
		await page.click('#site-search-q');
		await page.keyboard.type('famine');
		await page.keyboard.press('Escape'); // a search field clears on its first Esc
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
	});

	test('typing in the header field opens the search with what was typed', async () => {
		const page = await open(siteUrl);
		await page.click('#site-search-q');
		await page.keyboard.type('Reichman');
		expect(await resultTitles(page)).toEqual(['The Natural Death of North Korean Stalinism']);
		expect(await page.locator('.search-dialog input[type="search"]').inputValue()).toBe('Reichman');
	});

	test('on a phone the filters fold away, so the first result is in view', async () => {
		const page = await open(siteUrl + lankovPath, { viewport: { width: 375, height: 700 } });
		await page.keyboard.press('Control+k');
		await page.keyboard.type('famine');
		expect(await resultTitles(page)).toEqual(['The Natural Death of North Korean Stalinism']);
		expect(await page.locator('.search-dialog details.search-options-toggle').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
		expect(await inViewport(page, '.search-dialog .search-result .result-title')).toBe(true);
	});

	test('no single key opens search, so typing elsewhere is never taken', async () => {
		const page = await open(siteUrl + lankovPath);
		for (const key of ['/', 's', 'k', 'f']) await page.keyboard.press(key);
		expect(await page.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
	});

	test('arrow keys move from the field through the result links and back', async () => {
		const page = await searchFromDialog('Reichman');
		await resultTitles(page);
		const links = await results(page).locator('[data-result-link]').count();
		expect(links).toBe(3);
		const focused = () => page.evaluate(() => document.activeElement?.textContent);
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('The Natural Death of North Korean Stalinism');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('Note 1');
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('Note 1');
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
		expect(await page.evaluate(() => document.activeElement?.matches('.search-dialog input'))).toBe(true);
	});

	test('the number of results is announced politely, once typing pauses, not at every keystroke', async () => {
		const page = await open(siteUrl + lankovPath);
		await page.keyboard.press('Control+k');
		const status = page.locator('.search-dialog .search-status');
		expect(await status.getAttribute('role')).toBe('status');
		await status.evaluate((element) => {
			const changes: string[] = [];
			new MutationObserver(() => changes.push(element.textContent ?? '')).observe(element, {
				childList: true,
				characterData: true,
				subtree: true,
			});
			(window as unknown as { statusChanges: string[] }).statusChanges = changes;
		});
		await page.keyboard.type('north korean famine', { delay: 120 });
		await expect.poll(() => status.textContent()).toBe('1 result for “north korean famine”.');
		const changes = await page.evaluate(() => (window as unknown as { statusChanges: string[] }).statusChanges);
		expect(changes).toEqual(['1 result for “north korean famine”.']);
	});

	test('if search cannot load, the reader is told so', async () => {
		// No service worker: the requests it makes are its own, which the route would not see.
		const page = await browser().newPage({ serviceWorkers: 'block' });
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto(siteUrl + lankovPath);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('famine');
		await expect.poll(() => page.locator('.search-dialog .search-status').textContent()).toMatch(/^Search could not load/);
	});

	test('each result shows its metadata, an excerpt with the words marked, and its number of matches', async () => {
		const page = await searchFromDialog('Reichman');
		await resultTitles(page);
		const result = results(page).first();
		expect(await result.locator('.result-facts').textContent()).toBe(
			'Andrei Lankov · Asia Policy, no. 1, pp. 95–121 (The National Bureau of Asian Research, Seattle) · January 2006 · 2 matches',
		);
		expect(await result.locator('.result-excerpt mark').first().textContent()).toBe('Reichman');
	});
});

describe('highlighting on arrival', () => {
	test('a malformed #fragment in the address breaks nothing', async () => {
		const errors: string[] = [];
		const page = await browser().newPage();
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${siteUrl}${lankovPath}?highlight=stalinism#%E0%A4%A`);
		await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(10);
		expect(errors).toEqual([]);
	});

	test('the highlight can be cleared, which also drops it from the address', async () => {
		const page = await open(`${siteUrl}${lankovPath}?highlight=stalinism`);
		const marks = page.locator('mark.search-hit');
		await expect.poll(() => marks.count()).toBeGreaterThan(10);
		// Styled from the start: their stylesheet is loaded before the words are marked. Framed, not
		// underlined as a topic link is, so that the two marks do not read as one.
		expect(await marks.first().evaluate((mark) => getComputedStyle(mark).outlineStyle)).toBe('solid');
		const underlined = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((element) => getComputedStyle(element).textDecorationLine.includes('underline'));
		expect(await underlined('mark.search-hit:not(.topic-link mark)')).toBe(false);
		expect(await underlined('.topic-link')).toBe(true);
		expect(await page.locator('.highlight-bar').evaluate((bar) => getComputedStyle(bar).position)).toBe('sticky');
		const count = await marks.count();
		await expect
			.poll(() => page.locator('.highlight-bar [role="status"]').textContent())
			.toBe(`${count} matches of your search highlighted.`);
		await page.getByRole('button', { name: 'Clear highlighting' }).click();
		expect(await marks.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.classList.contains('document-text'))).toBe(true);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.locator('.highlight-bar').count()).toBe(0);
	});
});
