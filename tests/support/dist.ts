import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Build } from './builds.ts';

export interface BuiltPage {
	/** Path of the HTML file inside the build, e.g. `documents/x/index.html`. */
	file: string;
	/** The address the page is served at, e.g. `/reader/documents/x/`. */
	path: string;
	tree: Root;
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

const servedPath = (file: string, base: string): string =>
	base + (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);

/** Every page of a build, parsed. */
export async function loadPages(build: Build): Promise<BuiltPage[]> {
	const files = await htmlFiles(build.dir);
	return Promise.all(
		files.map(async (file) => ({
			file,
			path: servedPath(file, build.base),
			tree: fromHtml(await readFile(join(build.dir, file), 'utf8')),
		})),
	);
}

export const idsOf = (tree: Root): string[] => selectAll('[id]', tree).map((element) => String(element.properties.id));

/** The page a link inside the site points to, or `undefined` for another origin or scheme. */
export function resolveLink(href: string, from: BuiltPage): { path: string; fragment: string } | undefined {
	const origin = 'http://site.invalid';
	const url = new URL(href, origin + from.path);
	if (url.origin !== origin) return undefined;
	return { path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** Every `href`/`src` on a page, with the element that carries it. */
export function linksOf(tree: Root): { element: Element; url: string }[] {
	return selectAll('[href], [src]', tree).map((element) => ({
		element,
		url: String(element.properties.href ?? element.properties.src),
	}));
}

/**
 * Every internal link or `#fragment` of a build that leads nowhere, as "page: link, why", and how
 * many internal links each page has (so a page with none to check can be noticed).
 */
export function checkLinks(build: Build, pages: BuiltPage[]): { broken: string[]; checked: Map<string, number> } {
	const pagesByPath = new Map(pages.map((page) => [page.path, page]));
	// Each page's ids, read once: a topic page alone links to hundreds of passages.
	const ids = new Map<BuiltPage, Set<string>>();
	const idsOn = (page: BuiltPage) => ids.get(page) ?? ids.set(page, new Set(idsOf(page.tree))).get(page)!;
	const broken: string[] = [];
	const checked = new Map(pages.map((page) => [page.path, 0]));
	for (const page of pages) {
		for (const { url } of linksOf(page.tree)) {
			const target = resolveLink(url, page);
			if (!target) continue;
			checked.set(page.path, checked.get(page.path)! + 1);
			if (!target.path.startsWith(build.base)) {
				broken.push(`${page.path}: ${url} is outside the base path ${build.base}`);
				continue;
			}
			const targetPage = pagesByPath.get(target.path);
			if (!targetPage) {
				if (!existsSync(join(build.dir, target.path.slice(build.base.length)))) broken.push(`${page.path}: ${url} leads to no file`);
				continue;
			}
			if (target.fragment && !idsOn(targetPage).has(target.fragment)) {
				broken.push(`${page.path}: ${url} names no id on ${target.path}`);
			}
		}
	}
	return { broken, checked };
}
