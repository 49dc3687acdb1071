import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../../harness/build.ts';
import { builds, reportsUrl, publicSiteUrl, testBuildsDir } from '../support/builds.ts';
import { loadPages } from '../support/dist.ts';
import { documentIds } from '../support/pages.ts';

const documentPage = async (id: string) => fromHtml(await readFile(join(builds.root.dir, 'documents', id, 'index.html'), 'utf8'));
const sourceLines = async (file: string) => (await readFile(join(projectRoot, file), 'utf8')).split('\n');

/** A passage's first words, as its Markdown line has them (whatever the emphasis or links around them). */
const firstWords = (passage: Element) =>
	toString(passage)
		.replace(/^\s*\d+\.\s*/, '')
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 3);
const bareLine = (line: string) => line.replace(/\]\([^)]*\)|[*_[\]]/g, '');

describe('a build with an address for reports of a mistake', () => {
	test.each(documentIds)('%s: the text names where reports go, its source file and its title', async (id) => {
		const text = select('.document-text', await documentPage(id))!;
		expect(text.properties.dataCorrections).toBe(reportsUrl);
		expect(text.properties.dataSource).toBe(`content/documents/${id}.md`);
		expect(text.properties.dataTitle).toBe(toString(select('h1', await documentPage(id))!).trim());
	});

	test('after a build of the same documents from another folder, the next build’s reports name its own files', async () => {
		// Astro's content cache keeps an unchanged entry as the last build stored it: a build of
		// another folder's copy must not leave its files' paths to the next build of content/.
		const work = await mkdtemp(join(tmpdir(), 'another-folder-'));
		await cp(join(projectRoot, 'content', 'documents'), join(work, 'documents'), { recursive: true });
		const env = { CORRECTIONS_URL: reportsUrl, SITE_URL: publicSiteUrl };
		const other = await buildSite(join(testBuildsDir, 'another-folder'), { ...env, DOCUMENTS_DIR: join(work, 'documents') });
		expect(other.code, other.output).toBe(0);
		const next = join(testBuildsDir, 'after-another-folder');
		const again = await buildSite(next, env);
		expect(again.code, again.output).toBe(0);
		for (const id of documentIds) {
			const page = fromHtml(await readFile(join(next, 'documents', id, 'index.html'), 'utf8'));
			expect(select('.document-text', page)!.properties.dataSource).toBe(`content/documents/${id}.md`);
		}
	});

	test.each(documentIds)('%s: every passage names the line of its file it begins on', async (id) => {
		const page = await documentPage(id);
		const lines = await sourceLines(`content/documents/${id}.md`);
		const passages = selectAll('.document-text :is([id^="p-"], [id^="fn-"], h2[id], h3[id], h4[id])', page).filter(
			(passage) => passage.properties.id !== 'footnote-label',
		);
		expect(passages.length).toBeGreaterThan(5);
		for (const passage of passages) {
			const id = String(passage.properties.id);
			const line = lines[Number(passage.properties.dataSourceLine) - 1];
			expect(line, `${id} names no line`).toBeDefined();
			if (id.startsWith('fn-')) expect(line, id).toMatch(new RegExp(`^\\[\\^${id.slice(3)}\\]: `));
			else if (/^h\d$/.test(passage.tagName)) expect(line, id).toMatch(/^#{2,4} /);
			for (const word of firstWords(passage)) expect(bareLine(line!), `${id}: line ${passage.properties.dataSourceLine}`).toContain(word);
		}
	});
});

test('a build without an address for reports of a mistake offers no report and carries no source lines', async () => {
	const pages = await loadPages(builds.reader);
	expect(pages.length).toBeGreaterThan(10);
	for (const { path, tree } of pages) expect(selectAll('[data-source-line], [data-corrections], [data-source]', tree), path).toEqual([]);
});
