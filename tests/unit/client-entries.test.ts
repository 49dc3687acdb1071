/**
 * What a page loads at once is named `*.entry.ts`, in its enhancement's folder of src/client/:
 * the pages' scripts import entries only, every entry is imported by a page, and no script
 * imports an entry (what an entry loads on first use, or shares, is named otherwise).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../../harness/build.ts';

const src = join(projectRoot, 'src');
const filesIn = (folder: string, ending: string): string[] =>
	readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith(ending))
		.map((name) => join(src, folder, name));

/** The modules `file` imports (statically, for its side effects, or with `import()`), from the project's root. */
const importsOf = (file: string): string[] =>
	[...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)].map(([, specifier]) =>
		relative(projectRoot, resolve(dirname(file), specifier!)),
	);

const pages = [...filesIn('layouts', '.astro'), ...filesIn('pages', '.astro')];
const scripts = filesIn('client', '.ts');
const entries = scripts.filter((file) => file.endsWith('.entry.ts')).map((file) => relative(projectRoot, file));
const loadedByPages = pages.flatMap(importsOf).filter((path) => path.startsWith('src/client/'));

test("the pages' scripts load entries only, and every entry is loaded by a page", () => {
	expect(loadedByPages.filter((path) => !path.endsWith('.entry.ts'))).toEqual([]);
	expect(entries.filter((entry) => !loadedByPages.includes(entry))).toEqual([]);
	expect(entries.length).toBeGreaterThan(0);
});

test('no script imports an entry: what an entry loads, or shares, is named otherwise', () => {
	const importing = scripts.flatMap((file) =>
		importsOf(file)
			.filter((path) => path.endsWith('.entry.ts'))
			.map((path) => `${relative(projectRoot, file)} imports ${path}`),
	);
	expect(importing).toEqual([]);
});
