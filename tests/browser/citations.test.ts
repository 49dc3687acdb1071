import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { projectRoot } from '../../harness/build.ts';
import { builds, reportsUrl, publicSiteUrl } from '../support/builds.ts';
import { clipboardText, refuseClipboard, selectContents, selectedFallbackValue, tabTo, useChromium } from '../support/chromium.ts';
import { selectWords } from '../support/notes.ts';

const siteUrl = inject('siteUrl');
const readerSiteUrl = inject('readerSiteUrl');
const lankov = `${siteUrl}documents/natural-death-of-north-korean-stalinism/`;

const { browser, open, withClipboard } = useChromium();

const chicagoNote = '.cite dl.citations:first-of-type > .citation:first-child';

describe('copying a citation', () => {
	test('a keyboard user reaches the copy button beside a citation, and it copies the citation and says so', async () => {
		const page = await withClipboard(siteUrl);
		// As from the title block's "Cite" link: keyboard navigation goes on from the section.
		await page.goto(`${lankov}#cite-this`);
		const shown = await page.locator(`${chicagoNote} .citation-text`).innerText();
		expect(shown).toContain('Andrei Lankov, “The Natural Death of North Korean Stalinism,” Asia Policy');
		await tabTo(page, `${chicagoNote} button.copy-citation`);
		await page.keyboard.press('Enter');
		await expect.poll(() => clipboardText(page)).toBe(shown.trim());
		await expect.poll(() => page.locator('.copy-status').textContent()).toBe('The Chicago note copied.');
	});

	test('the copy keeps the citation’s italics for editors that paste HTML', async () => {
		const page = await withClipboard(siteUrl);
		await page.goto(lankov);
		await page.click(`${chicagoNote} button.copy-citation`);
		const html = () =>
			page.evaluate(async () => {
				const [item] = await navigator.clipboard.read();
				return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
			});
		await expect.poll(html).toContain('<i>Asia Policy</i>');
	});

	test('on the citation page, each reference file can be copied as well as downloaded, as the file has it', async () => {
		const page = await withClipboard(siteUrl);
		await page.goto(`${lankov}cite/`);
		for (const [name, extension] of [
			['BibTeX', 'bib'],
			['RIS', 'ris'],
			['CSL-JSON', 'json'],
		] as const) {
			const file = await readFile(
				join(builds.root.dir, 'documents', 'natural-death-of-north-korean-stalinism', `citation.${extension}`),
				'utf8',
			);
			expect(await page.locator(`a[href$="citation.${extension}"][download]`).count()).toBe(1);
			await page.getByRole('button', { name: `Copy the ${name} record` }).click();
			await expect.poll(() => clipboardText(page)).toBe(file.replace(/\r\n/g, '\n').trim());
			await expect.poll(() => page.locator('.copy-status').textContent()).toBe(`The ${name} record copied.`);
		}
	});

	test('where the clipboard refuses, the citation is shown selected, ready to copy', async () => {
		const page = await open(lankov);
		await refuseClipboard(page);
		const shown = (await page.locator(`${chicagoNote} .citation-text`).innerText()).trim();
		await page.click(`${chicagoNote} button.copy-citation`);
		expect(await selectedFallbackValue(page)).toBe(shown);
	});

	test('without JavaScript the citations are there to select, and no copy button is offered', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${lankov}cite/`);
		expect(await page.locator('.cite .citation-text').count()).toBe(9);
		expect(await page.locator('.cite .citation-text').first().isVisible()).toBe(true);
		expect(
			await page
				.locator('button.copy-citation')
				.evaluateAll((buttons) => buttons.filter((button) => (button as HTMLElement).offsetParent !== null).length),
		).toBe(0);
	});
});

describe('citing a passage', () => {
	test('selecting words in a paragraph offers “Cite this passage”, which opens that paragraph’s citations', async () => {
		const page = await open(lankov);
		await selectContents(page, '#p-13');
		const cite = page.locator('.passage-cite-link');
		await cite.waitFor();
		expect(await cite.textContent()).toBe('Cite this passage');
		// Beside the link button, not over it.
		const [button, link] = await Promise.all([page.locator('.passage-link-button').boundingBox(), cite.boundingBox()]);
		expect(link!.x >= button!.x + button!.width || link!.y >= button!.y + button!.height).toBe(true);
		await cite.click();
		await page.waitForURL(`${lankov}cite/#p-13`);
		await expect
			.poll(() =>
				page
					.locator('#p-13')
					.evaluate((heading) => heading.getBoundingClientRect().top >= 0 && heading.getBoundingClientRect().top < innerHeight),
			)
			.toBe(true);
		const note = await page.locator('article:has(#p-13) .citation-text').first().innerText();
		expect(note).toContain(`para. 13, ${publicSiteUrl}/documents/natural-death-of-north-korean-stalinism/#p-13.`);
	});

	test('a selection in a note offers a link but no citation: notes are cited through the passage that calls them', async () => {
		const page = await open(lankov);
		await selectContents(page, '#fn-4 p');
		await page.locator('.passage-link-button').waitFor();
		expect(await page.locator('.passage-cite-link').isVisible()).toBe(false);
	});
});

describe('reporting a mistake', () => {
	test('selecting words offers “Report a mistake”, filled in with the document, the passage’s address, the words and the source line', async () => {
		const page = await open(lankov);
		await selectWords(page, 'system of omnipresent government control');
		const report = page.locator('.passage-report-link');
		await report.waitFor();
		expect(await report.textContent()).toBe('Report a mistake (opens in a new tab)');
		// The words are in the document's Markdown on this line: the report must name it.
		const file = 'content/documents/natural-death-of-north-korean-stalinism.md';
		const line =
			(await readFile(join(projectRoot, file), 'utf8'))
				.split('\n')
				.findIndex((text) => text.includes('system of omnipresent government control')) + 1;
		const passage = await page.evaluate(() => getSelection()!.anchorNode!.parentElement!.closest('[id^="p-"]')!.id);
		const url = new URL((await report.getAttribute('href'))!);
		expect(`${url.origin}${url.pathname}`).toBe(reportsUrl.split('?')[0]);
		expect(url.searchParams.get('labels')).toBe('transcription');
		expect(url.searchParams.get('title')).toBe(`Mistake in “The Natural Death of North Korean Stalinism”, ${passage}`);
		expect(url.searchParams.get('body')).toBe(
			[
				'Document: The Natural Death of North Korean Stalinism',
				`Passage: ${publicSiteUrl}/documents/natural-death-of-north-korean-stalinism/#${passage}`,
				'Selected words: “system of omnipresent government control”',
				`Source: ${file}, line ${line}`,
				'',
				'What is wrong, and what should it say?',
				'',
			].join('\n'),
		);
		// The tracker opens beside the text, and the controls sit in one row, none over another.
		expect(await report.getAttribute('target')).toBe('_blank');
		const boxes = await page
			.locator('.passage-controls > :visible')
			.evaluateAll((controls) => controls.map((control) => control.getBoundingClientRect().toJSON()));
		expect(boxes).toHaveLength(5);
		for (const [index, box] of boxes.entries())
			for (const other of boxes.slice(index + 1)) expect(box.right <= other.left || box.bottom <= other.top).toBe(true);
	});

	test('a keyboard user reaches it from the passage, before the rest of the page', async () => {
		const page = await open(lankov);
		await selectWords(page, 'system of omnipresent government control');
		// Where the reader is: the passage's own ¶ link.
		await page.evaluate(() =>
			getSelection()!.anchorNode!.parentElement!.closest('[id^="p-"]')!.querySelector<HTMLElement>('.paragraph-link')!.focus(),
		);
		await page.locator('.passage-report-link').waitFor();
		await tabTo(page, '.passage-report-link');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Report a mistake (opens in a new tab)');
		// Before the topics, the related documents and the citation that follow the text.
		expect(
			await page
				.locator('.passage-report-link')
				.evaluate((link) => link.compareDocumentPosition(document.querySelector('.document-topics')!) & Node.DOCUMENT_POSITION_FOLLOWING),
		).toBeTruthy();
	});

	test('a site built without an address for reports of a mistake does not offer to report one', async () => {
		const page = await open(`${readerSiteUrl}documents/natural-death-of-north-korean-stalinism/`);
		await selectWords(page, 'system of omnipresent government control');
		await page.locator('.passage-link-button').waitFor();
		expect(await page.locator('.passage-report-link').count()).toBe(0);
	});
});
