import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { fillLayout } from '../../src/core/citations/citation-layouts.ts';
import type { NotedDocument } from '../../src/core/notes/note.ts';
import type { OfflineFiles } from '../../src/core/site/offline.ts';
import { builds, publicSiteUrl } from '../support/builds.ts';
import { documentIds } from '../support/pages.ts';
import { versionedBuild, versionedId } from '../support/versioned-library.ts';

const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8');
const noted = async (dir: string, id: string) => JSON.parse(await read(dir, `documents/${id}/note-citation.json`)) as NotedDocument;

describe('how the reader’s notes cite a document (documents/<id>/note-citation.json)', () => {
	test.each(documentIds)(
		'%s: its paragraphs’ Chicago notes are the citation page’s, and its reference files are the document’s',
		async (id) => {
			const { dir } = builds.root;
			const document = await noted(dir, id);
			expect(document).toMatchObject({ id, version: 1, url: `${publicSiteUrl}/documents/${id}/` });
			const citePage = fromHtml(await read(dir, `documents/${id}/cite/index.html`));
			const paragraphs = selectAll('article.passage-citation.paragraph', citePage);
			expect(paragraphs.length).toBeGreaterThan(3);
			for (const paragraph of paragraphs) {
				const anchor = String(paragraph.properties.ariaLabelledBy);
				const chicago = select('.citation-text', paragraph)!;
				expect(fillLayout(document.layouts.paragraph, anchor.slice(2), anchor)).toBe(toHtml(chicago.children));
			}
			const whole = select('[aria-labelledby="cite-this"] .citation-text', fromHtml(await read(dir, `documents/${id}/index.html`)));
			expect(toString({ type: 'root', children: fromHtml(document.layouts.citation, { fragment: true }).children })).toBe(toString(whole!));
			expect(document.ris).toBe(await read(dir, `documents/${id}/citation.ris`));
			expect([document.csl]).toEqual(JSON.parse(await read(dir, `documents/${id}/citation.json`)));
		},
	);

	test('a document with three versions is cited at the current version’s address', async () => {
		const document = await noted(versionedBuild.dir, versionedId);
		expect(document).toMatchObject({ version: 3, url: `${publicSiteUrl}/documents/${versionedId}/v3/` });
		expect(document.layouts.paragraph).toContain(`${publicSiteUrl}/documents/${versionedId}/v3/#ANCHOR0TOKEN`);
	});

	test.each(Object.entries(builds))(
		'the %s build’s offline copy holds it for every document, and the notebook',
		async (_name, { dir, base }) => {
			const { files } = JSON.parse(await read(dir, 'offline-files.json')) as OfflineFiles;
			const urls = files.map(([url]) => url);
			for (const id of documentIds) expect(urls).toContain(`${base}documents/${id}/note-citation.json`);
			expect(urls).toContain(`${base}notes/`);
		},
	);
});
