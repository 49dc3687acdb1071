import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LIST_PAGE_CAP } from '../core/site/list-pages.ts';

/**
 * A document's own page, its text whole, or a version's, or the words its versions changed: the
 * kinds of page that list nothing, and are as long as its text.
 */
export const isDocumentText = (file: string): boolean => /^documents\/[^/]+\/(?:v\d+\/|versions\/)?index\.html$/.test(file);

/**
 * The pages, by their files in the build, that reach the cap: every page but a document's own
 * text lists something (documents, topics, passages, citations). Largest first, each with its size.
 */
export function pagesOverCap(pages: readonly { file: string; bytes: number }[], cap = LIST_PAGE_CAP): string[] {
	return pages
		.filter(({ file, bytes }) => bytes >= cap && !isDocumentText(file))
		.sort((a, b) => b.bytes - a.bytes)
		.map(({ file, bytes }) => `${file} is ${bytes.toLocaleString('en')} bytes of HTML`);
}

/**
 * Stops the build when a page that lists things has reached the cap (`LIST_PAGE_CAP`, 200 KB), naming
 * it: the lists split by size (src/data/list-pages.ts) by estimates of their markup, and this
 * holds them to it.
 */
export default function pageSizeCap(cap = LIST_PAGE_CAP): AstroIntegration {
	return {
		name: 'page-size-cap',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const entries = await readdir(root, { recursive: true, withFileTypes: true });
				const pages = await Promise.all(
					entries
						.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
						.map(async (entry) => {
							const path = join(entry.parentPath, entry.name);
							return { file: relative(root, path).split('\\').join('/'), bytes: (await stat(path)).size };
						}),
				);
				const over = pagesOverCap(pages, cap);
				if (over.length > 0) {
					throw new Error(
						`${over.length === 1 ? 'A page that lists things is' : `${over.length} pages that list things are`} over the cap of ${cap.toLocaleString('en')} bytes of HTML:\n  ${over.join('\n  ')}\nsrc/data/list-pages.ts splits these lists by its estimates of their markup: if a page's markup grew, weigh it there.`,
					);
				}
				const largest = Math.max(0, ...pages.filter(({ file }) => !isDocumentText(file)).map(({ bytes }) => bytes));
				logger.info(
					`${pages.length} pages; the largest that lists things is ${largest.toLocaleString('en')} bytes, under the cap of ${cap.toLocaleString('en')}`,
				);
			},
		},
	};
}
