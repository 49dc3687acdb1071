/** What a reader does with a document's words in the tests: selects them, highlights them or adds a note, and sees what is painted. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Selects `words` where they first stand in the document's text; by a mouse's drag over them where `drag`. */
export async function selectWords(page: Page, words: string, drag = false): Promise<void> {
	const box = await page.locator('.document-text').evaluate((text, words) => {
		const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
		while (walker.nextNode()) {
			const at = walker.currentNode.textContent!.indexOf(words);
			if (at === -1) continue;
			const range = document.createRange();
			range.setStart(walker.currentNode, at);
			range.setEnd(walker.currentNode, at + words.length);
			range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			const rects = range.getClientRects();
			const first = rects[0]!;
			const last = rects[rects.length - 1]!;
			return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2 };
		}
		throw new Error(`"${words}" is not in the text`);
	}, words);
	if (!drag) return;
	await page.evaluate(() => getSelection()!.removeAllRanges());
	await page.mouse.move(box.x0, box.y0);
	await page.mouse.down();
	await page.mouse.move(box.x1, box.y1, { steps: 8 });
	await page.mouse.up();
	expect(await page.evaluate(() => getSelection()!.toString())).toBe(words);
}

/** The words each highlight of the page paints, by kind: the reader's highlights and their notes. */
export const painted = (page: Page) =>
	page.evaluate(() => ({
		highlights: [...(CSS.highlights.get('reader-highlight') ?? [])].map((range) => range.toString()),
		notes: [...(CSS.highlights.get('reader-note') ?? [])].map((range) => range.toString()),
	}));

/** Highlights `words`, or adds `note` on them, as a reader does with the mouse. */
export async function makeNote(page: Page, words: string, note?: string): Promise<void> {
	await selectWords(page, words);
	const before = await page.locator('.note-entry').count();
	if (note === undefined) {
		await page.locator('.passage-highlight-button').click();
	} else {
		await page.locator('.passage-note-button').click();
		await page.getByRole('textbox', { name: 'Your note' }).fill(note);
		await page.getByRole('button', { name: 'Save' }).click();
	}
	await expect.poll(() => page.locator('.note-entry').count()).toBe(before + 1);
}
