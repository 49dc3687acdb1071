import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { readFile } from 'node:fs/promises';
import { chromium, type Download } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { chromiumFlags, chromiumPath } from '../../harness/browser.ts';
import { tabTo, useChromium } from '../support/chromium.ts';
import { publicSiteUrl } from '../support/builds.ts';
import { serveSite } from '../../harness/server.ts';
import { makeNote, painted, selectWords } from '../support/notes.ts';
import { siteOfVersion, versionedId } from '../support/versioned-library.ts';

const siteUrl = inject('siteUrl');
const workers = `${siteUrl}documents/support-north-koreas-workers/`;
const lankov = `${siteUrl}documents/natural-death-of-north-korean-stalinism/`;

const { browser, open } = useChromium();

const downloadText = async (download: Download) => readFile((await download.path())!, 'utf8');

describe('highlights and notes on a document', () => {
	test('by mouse: a selection’s “Highlight” paints the words without changing the text, and a reload paints them again', async () => {
		const page = await open(workers);
		const text = await page.locator('#p-2').textContent();
		await selectWords(page, 'consolidate his rule', true);
		await page.locator('.passage-highlight-button').click();
		await expect.poll(() => painted(page)).toEqual({ highlights: ['consolidate his rule'], notes: [] });
		// The words are painted, not wrapped: the passage reads and copies as it did (its mark has no text).
		expect(await page.locator('#p-2').textContent()).toBe(text);
		expect(await page.locator('#p-2 mark').count()).toBe(0);
		expect(await page.getByRole('status').filter({ hasText: 'Highlighted the words on ¶ 2.' }).count()).toBe(1);
		await page.reload();
		await expect.poll(() => painted(page)).toEqual({ highlights: ['consolidate his rule'], notes: [] });
		const entry = page.locator('.reader-notes .note-entry');
		expect(await entry.innerText()).toContain('Highlight on ¶ 2');
		expect(await page.locator('.reader-notes-privacy').innerText()).toContain('Kept in this browser only, never sent anywhere');
	});

	test('a control pressed at once, before the selection rests, takes the words selected then', async () => {
		const page = await open(workers);
		await selectWords(page, 'consolidate');
		await page.locator('.passage-highlight-button').waitFor();
		// The selection grows and "Highlight" is pressed in the same moment, as a quick hand does after a drag.
		await page.evaluate(() => {
			const words = 'consolidate his rule';
			const node = [...document.querySelectorAll('#p-2')]
				.flatMap((block) => [...block.childNodes])
				.find((child) => child.textContent!.includes(words))!;
			const at = node.textContent!.indexOf(words);
			getSelection()!.setBaseAndExtent(node, at, node, at + words.length);
			document.querySelector<HTMLButtonElement>('.passage-highlight-button')!.click();
		});
		await expect.poll(() => painted(page)).toEqual({ highlights: ['consolidate his rule'], notes: [] });
	});

	test('by keyboard: words selected with the caret get a note, which a reload shows, and which is deleted and brought back', async () => {
		// A keyboard reader's Chromium: caret browsing (F7) lets the arrow keys select words.
		const caretBrowser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags, '--enable-caret-browsing'] });
		try {
			const page = await caretBrowser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(workers);
			// From the passage's ¶ link, the caret goes into its last word; then three words are selected.
			await tabTo(page, '#p-2 .paragraph-link');
			await page.keyboard.press('ArrowLeft');
			for (let word = 0; word < 3; word++) await page.keyboard.press('Shift+Control+ArrowLeft');
			expect(await page.evaluate(() => getSelection()!.toString())).toBe('consolidate his rule');
			await tabTo(page, '.passage-note-button');
			await page.keyboard.press('Enter');
			const field = page.getByRole('textbox', { name: 'Your note' });
			await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
			expect(await page.getByRole('dialog', { name: 'New note on ¶ 2' }).count()).toBe(1);
			await page.keyboard.type('Compare the printed page.');
			await tabTo(page, '.note-editor-save');
			await page.keyboard.press('Enter');
			// The focus is on the note's mark, which names it.
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
				.toBe('Your note on “consolidate his rule”: Compare the printed page.');
			await expect.poll(() => painted(page)).toEqual({ highlights: [], notes: ['consolidate his rule'] });

			await page.reload();
			await expect.poll(() => painted(page)).toEqual({ highlights: [], notes: ['consolidate his rule'] });
			const entry = page.locator('.reader-notes .note-entry');
			expect(await entry.innerText()).toContain('Compare the printed page.');
			await tabTo(page, '.note-entry-delete', 200);
			await page.keyboard.press('Enter');
			await expect.poll(() => page.locator('.note-entry').count()).toBe(0);
			expect(await page.locator('.reader-notes-status').innerText()).toBe('Deleted your note on ¶ 2. Undo');
			expect(await painted(page)).toEqual({ highlights: [], notes: [] });
			// The focus is on Undo.
			await page.keyboard.press('Enter');
			await expect.poll(() => painted(page)).toEqual({ highlights: [], notes: ['consolidate his rule'] });
			expect(await page.locator('.reader-notes-status').innerText()).toBe('Restored your note on ¶ 2.');
		} finally {
			await caretBrowser.close();
		}
	});

	test('a note’s mark opens it to be changed; printing can include the page’s notes', async () => {
		const page = await open(workers);
		await makeNote(page, 'consolidate his rule', 'First thought.');
		await page.locator('#p-2 .reader-note-marker').click();
		const field = page.getByRole('textbox', { name: 'Your note' });
		expect(await field.inputValue()).toBe('First thought.');
		await field.fill('Second thought.');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect.poll(() => page.locator('.note-entry-text').innerText()).toBe('Second thought.');

		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.reader-notes').isVisible()).toBe(true);
		expect(await page.locator('.reader-notes .note-entry-text').isVisible()).toBe(true);
		expect(await page.locator('.reader-note-marker').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await page.getByLabel('Print them with the text').uncheck();
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.reader-notes').isVisible()).toBe(false);
	});

	test('a page without notes loads none of their code until a selection is highlighted', async () => {
		const page = await open(lankov);
		const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map(({ name }) => name));
		expect((await scripts()).some((name) => name.includes('page-notes'))).toBe(false);
		expect(await page.locator('.reader-notes').count()).toBe(0);
		await makeNote(page, 'system of omnipresent government control');
		expect((await scripts()).some((name) => name.includes('page-notes'))).toBe(true);
	});
});

describe('the notebook', () => {
	test('lists every note by document and passage, filters and searches them, and its link lands on the words', async () => {
		const page = await open(workers);
		await makeNote(page, 'consolidate his rule', 'On the succession.');
		await page.goto(lankov);
		await makeNote(page, 'system of omnipresent government control');
		await makeNote(page, 'Henry Reichman has written', 'Reichman on Stalinism.');
		await page.goto(`${siteUrl}notes/`);
		await expect.poll(() => page.locator('.note-entry').count()).toBe(3);
		expect(await page.locator('.notebook-document h2').allInnerTexts()).toEqual([
			'Support North Korea’s workers, not fake socialism or international diplomacy',
			'The Natural Death of North Korean Stalinism',
		]);
		expect(await page.locator('.notebook-count').innerText()).toBe('3 notes and highlights.');
		expect(await page.getByText('never sent anywhere').count()).toBe(1);

		await page.getByLabel('Document').selectOption({ label: 'The Natural Death of North Korean Stalinism' });
		expect(await page.locator('.note-entry').count()).toBe(2);
		expect(await page.locator('.notebook-count').innerText()).toBe('2 of 3 notes and highlights shown.');
		// An export takes the chosen document's notes only.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Markdown', exact: true }).click(),
		]);
		expect(download.suggestedFilename()).toBe('notes-natural-death-of-north-korean-stalinism.md');
		const markdown = await downloadText(download);
		expect(markdown).toContain('## The Natural Death of North Korean Stalinism');
		expect(markdown).toContain('Reichman on Stalinism.');
		expect(markdown).not.toContain('Support North Korea');
		await page.getByLabel('Document').selectOption({ label: 'All documents' });
		await page.getByLabel('Search your notes').fill('succession');
		expect(await page.locator('.note-entry').allInnerTexts()).toEqual([expect.stringContaining('On the succession.')]);

		// The browser opens the passage at the words, where it supports text fragments, as Chromium does.
		await page.locator('.note-entry a').first().click();
		await expect.poll(() => page.url()).toBe(`${workers}#p-2:~:text=consolidate%20his%20rule`);
	});

	test('exports each format, each read by a parser that did not write it, and a fresh browser imports the Web Annotations once', async () => {
		const page = await open(workers);
		await makeNote(page, 'consolidate his rule', 'On the succession.');
		await makeNote(page, 'died in December after 17 years');
		await page.goto(`${siteUrl}notes/`);
		await expect.poll(() => page.locator('.note-entry').count()).toBe(2);
		const exported = async (name: string) => {
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
			return { name: download.suggestedFilename(), text: await downloadText(download) };
		};
		const address = `${workers}#p-2:~:text=consolidate%20his%20rule`;

		const markdown = await exported('Markdown');
		expect(markdown.name).toBe('notes.md');
		expect(markdown.text).toContain('> consolidate his rule\n\nOn the succession.\n\n— ');
		expect(markdown.text).toContain(
			`*Socialist Worker*, January 3, 2012, para. 2, ${publicSiteUrl}/documents/support-north-koreas-workers/#p-2.`,
		);
		expect(markdown.text).toContain(`[Open at these words](${address})`);

		const ris = await exported('RIS');
		const [risItem] = new Cite(ris.text).data;
		expect(risItem).toMatchObject({
			type: 'article-newspaper',
			title: 'Support North Korea’s workers, not fake socialism or international diplomacy',
		});
		expect(String(risItem!.note)).toContain(`para. 2: “consolidate his rule” — On the succession. (${address})`);

		const csl = await exported('CSL-JSON');
		const [cslItem] = new Cite(JSON.parse(csl.text)).data;
		expect(cslItem).toMatchObject({
			id: 'support-north-koreas-workers',
			note: expect.stringContaining('para. 1: “died in December after 17 years”'),
		});

		const annotations = await exported('Web Annotations (JSON-LD)');
		expect(annotations.name).toBe('notes.jsonld');
		const collection = JSON.parse(annotations.text) as {
			'@context': string;
			type: string;
			total: number;
			first: {
				type: string;
				items: {
					type: string;
					id: string;
					created: string;
					motivation: string;
					body?: unknown;
					target: { source: string; selector: { type: string; exact?: string }[] };
				}[];
			};
		};
		// The shape the W3C model gives (https://www.w3.org/TR/annotation-model/), read here afresh.
		expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage' } });
		for (const annotation of collection.first.items) {
			expect(annotation.type).toBe('Annotation');
			expect(annotation.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
			expect(new Date(annotation.created).toISOString()).toBe(annotation.created);
			expect(annotation.target.source).toBe(workers);
			const quote = annotation.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
			expect(typeof quote?.exact).toBe('string');
			const fragment = annotation.target.selector.find((selector) => selector.type === 'FragmentSelector');
			expect(fragment).toMatchObject({ conformsTo: 'http://tools.ietf.org/rfc/rfc3986', refinedBy: { type: 'TextPositionSelector' } });
		}
		const commented = collection.first.items.find((annotation) => annotation.motivation === 'commenting')!;
		expect(commented.body).toEqual({ type: 'TextualBody', value: 'On the succession.', format: 'text/plain', purpose: 'commenting' });
		expect(collection.first.items.find((annotation) => annotation.motivation === 'highlighting')!.body).toBeUndefined();

		// A fresh profile: nothing kept.
		const fresh = await (await browser().newContext({ viewport: { width: 1280, height: 900 } })).newPage();
		await fresh.goto(`${siteUrl}notes/`);
		await expect.poll(() => fresh.locator('.notebook-count').innerText()).toMatch(/^You have no notes yet/);
		const file = { name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(annotations.text) };
		await fresh.getByLabel('Import Web Annotations (JSON-LD)').setInputFiles(file);
		await expect.poll(() => fresh.locator('.notebook-import-status').innerText()).toBe('Imported 2 notes and highlights.');
		await expect.poll(() => fresh.locator('.note-entry').count()).toBe(2);
		await fresh.getByLabel('Import Web Annotations (JSON-LD)').setInputFiles(file);
		await expect
			.poll(() => fresh.locator('.notebook-import-status').innerText())
			.toBe('Imported 0 notes and highlights; 2 were here already.');
		expect(await fresh.locator('.note-entry').count()).toBe(2);
		// And the document draws them.
		await fresh.goto(workers);
		await expect.poll(() => painted(fresh)).toEqual({ highlights: ['died in December after 17 years'], notes: ['consolidate his rule'] });
	});
});

describe('a text with versions, and a new build', () => {
	test('words noted on an earlier version’s page are drawn on the current page where they stand now', async () => {
		const current = `${inject('versionedSiteUrl')}documents/${versionedId}/`;
		const page = await open(`${current}v1/`);
		await makeNote(page, 'consolidate his rule', 'Read in version 1.');
		await expect.poll(() => painted(page)).toEqual({ highlights: [], notes: ['consolidate his rule'] });
		await page.goto(current);
		await expect.poll(() => painted(page)).toEqual({ highlights: [], notes: ['consolidate his rule'] });
		expect(await page.locator('#p-2').innerText()).toContain('who will find it hard to consolidate his rule');
		expect(await page.locator('.note-entry.is-detached').count()).toBe(0);
	});

	test('a note whose paragraph was reworded finds its words; one whose paragraph was removed is kept, detached, with its words', async () => {
		// Version 1's site, then version 2's at the same address: ¶ 2 reworded ("a challenge" became "hard"), ¶ 7 removed.
		const first = await serveSite(siteOfVersion(1));
		const port = Number(new URL(first.url).port);
		const document = `${first.url}documents/${versionedId}/`;
		const page = await open(document);
		await makeNote(page, 'consolidate his rule', 'On the succession.');
		await makeNote(page, 'ripple across East Asia', 'On the neighbours.');
		const before = await page.locator('#p-2 .reader-note-marker').count();
		expect(before).toBe(1);
		await first.close();

		const second = await serveSite(siteOfVersion(2), '/', port);
		try {
			await page.reload();
			await expect.poll(() => painted(page)).toEqual({ highlights: [], notes: ['consolidate his rule'] });
			expect(await page.locator('#p-2').innerText()).toContain('who will find it hard to consolidate his rule');
			const detached = page.locator('.note-entry.is-detached');
			await expect.poll(() => detached.count()).toBe(1);
			expect(await detached.innerText()).toContain('ripple across East Asia');
			expect(await detached.innerText()).toContain('On the neighbours.');
			expect(await detached.innerText()).toContain(
				'These words are no longer in the current text. The link opens version 1, which has them.',
			);
			await detached.locator('a').first().click();
			await page.waitForURL(new RegExp(`${document}v1/#p-7`));
			expect(await page.locator('#p-7').innerText()).toContain('ripple across East Asia');
			// The notebook lists both, the detached one still.
			await page.goto(`${second.url}notes/`);
			await expect.poll(() => page.locator('.note-entry').count()).toBe(2);
			expect(await page.locator('.note-entry.is-detached').count()).toBe(1);
		} finally {
			await second.close();
		}
	});
});
