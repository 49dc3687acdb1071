import type { Locator, Page } from 'playwright-core';

/**
 * How many characters the full lines of `paragraph` hold on average, as laid out: each character's
 * line is where its box stands; the last line, usually short, is left out unless it is the only
 * one, and so are characters not laid out (NaN where none is).
 */
export const charactersPerLine = (paragraph: Locator): Promise<number> =>
	paragraph.evaluate((element) => {
		const perLine = new Map<number, number>();
		const range = document.createRange();
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			for (let i = 0; i < node.textContent!.length; i++) {
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const box = range.getBoundingClientRect();
				// A character not laid out (in a margin note hidden at this width) stands on no line.
				if (box.height === 0) continue;
				perLine.set(Math.round(box.top), (perLine.get(Math.round(box.top)) ?? 0) + 1);
			}
		}
		const lines = [...perLine.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
		const full = lines.length === 1 ? lines : lines.slice(0, -1);
		return full.reduce((sum, count) => sum + count, 0) / full.length;
	});

/** How far the page runs past the window's right edge, in pixels: 0 where nothing needs sideways scrolling. */
export const sidewaysOverflow = (page: Page): Promise<number> =>
	page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
