import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { builds, publicSiteUrl } from '../support/builds.ts';
import { documentIds } from '../support/pages.ts';

/** Debian's epubcheck (package `epubcheck`). */
const epubcheckJar = '/usr/share/java/epubcheck.jar';
const run = promisify(execFile);

const books = [...documentIds.map((id) => `documents/${id}/${id}.epub`), 'library.epub'];
const read = (file: string) => readFile(join(builds.root.dir, file));
const page = async (id: string) => fromHtml(await readFile(join(builds.root.dir, 'documents', id, 'index.html'), 'utf8'));

/** A book's files, by their path in the container. */
const unzip = async (file: string) => unzipSync(new Uint8Array(await read(file)));
const text = (files: Record<string, Uint8Array>, path: string) => strFromU8(files[path]!);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

/** The passages of a text, by id: headings, blocks and notes, each with its words. */
function passages(tree: Root, scope: string): Map<string, string> {
	const words = structuredClone(select(scope, tree)!);
	remove(
		words,
		(node) =>
			node.type === 'element' &&
			((node as Element).properties.inert !== undefined ||
				/paragraph-link|heading-link/.test(String((node as Element).properties.className))),
	);
	return new Map(
		selectAll('[id^="p-"], [id^="fn-"], h2[id], h3[id], h4[id]', words)
			.filter((element) => element.properties.id !== 'footnote-label')
			.map((element) => [String(element.properties.id), toString(element).replace(/\s+/g, ' ').trim()]),
	);
}

describe.each(books)('%s', (book) => {
	test('epubcheck finds no error or warning', async () => {
		const reportFile = join(await mkdtemp(join(tmpdir(), 'epubcheck-')), 'report.json');
		await run('java', ['-jar', epubcheckJar, '--json', reportFile, join(builds.root.dir, book)]).catch((error: Error) => {
			if (!existsSync(reportFile)) throw new Error(`epubcheck did not run (is Debian's epubcheck installed?): ${error.message}`);
		});
		const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
			checker: { nFatal: number; nError: number; nWarning: number };
			messages: { severity: string; ID: string; message: string; locations: { path: string }[] }[];
		};
		expect(report.messages.map(({ severity, ID, message, locations }) => `${severity} ${ID} ${locations[0]?.path}: ${message}`)).toEqual(
			[],
		);
		expect(report.checker).toMatchObject({ nFatal: 0, nError: 0, nWarning: 0 });
	});

	test('its mimetype comes first and stored, so that a reader knows it from its first bytes', async () => {
		const bytes = await read(book);
		expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
		expect(bytes.readUInt16LE(8)).toBe(0);
		expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
		expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');
	});

	test('every link inside the book leads to a file and an id it holds, and every note is linked to and back', async () => {
		const files = await unzip(book);
		const chapters = Object.keys(files).filter((path) => path.endsWith('.xhtml'));
		const trees = new Map(chapters.map((path) => [path.replace(/^EPUB\//, ''), fromHtml(text(files, path))]));
		const ids = new Map(
			[...trees].map(([file, tree]) => [file, new Set(selectAll('[id]', tree).map(({ properties }) => String(properties.id)))]),
		);
		let links = 0;
		for (const [file, tree] of trees) {
			for (const link of selectAll('a[href]', tree)) {
				const href = String(link.properties.href);
				if (/^[a-z]+:/.test(href)) continue;
				links++;
				const [target = '', fragment] = href.split('#');
				const targetFile = target === '' ? file : target;
				expect(ids.has(targetFile), `${file}: ${href}`).toBe(true);
				if (fragment) expect(ids.get(targetFile)!.has(fragment), `${file}: ${href}`).toBe(true);
			}
			for (const reference of selectAll('a[epub\\:type="noteref"]', tree)) {
				const note = select(`[id="${String(reference.properties.href).slice(1)}"]`, tree)!;
				expect(note.properties['epub:type'], `${file}: ${reference.properties.href}`).toBe('endnote');
				const back = selectAll('a[role="doc-backlink"]', note).map(({ properties }) => properties.href);
				expect(back, `${file}: the note links back`).toContain(`#${String(reference.properties.id)}`);
			}
		}
		expect(links).toBeGreaterThan(0);
	});
});

describe.each(documentIds)('the EPUB of %s', (id) => {
	let files: Record<string, Uint8Array>;
	beforeAll(async () => {
		files = await unzip(`documents/${id}/${id}.epub`);
	});

	test('holds the text with the page’s passage ids, each with the page’s words', async () => {
		const chapter = fromHtml(text(files, `EPUB/${id}.xhtml`));
		const onPage = passages(await page(id), '.document-text');
		expect(onPage.size).toBeGreaterThan(5);
		expect(passages(chapter, 'article')).toEqual(onPage);
	});

	test('has its title block, notes, contents and provenance', async () => {
		const chapter = fromHtml(text(files, `EPUB/${id}.xhtml`));
		const web = await page(id);
		expect(toString(select('header h1', chapter)!)).toBe(toString(select('.title-block h1', web)!).trim());
		expect(toString(select('header', chapter)!)).toContain(`${publicSiteUrl}/documents/${id}/`);
		expect(select('#source-and-transcription', chapter)).toBeDefined();
		const nav = fromHtml(text(files, 'EPUB/nav.xhtml'));
		const contents = selectAll('nav[epub\\:type="toc"] a', nav).map(({ properties }) => String(properties.href));
		expect(contents[0]).toBe(`${id}.xhtml`);
		expect(contents).toContain(`${id}.xhtml#source-and-transcription`);
		for (const heading of selectAll('.document-text h2[id], .document-text h3[id]', web).filter(
			({ properties }) => properties.id !== 'footnote-label',
		)) {
			expect(contents).toContain(`${id}.xhtml#${String(heading.properties.id)}`);
		}
	});

	test('says what it is: title, authors, publication, date, language and its address on the site', async () => {
		const container = xml.parse(text(files, 'META-INF/container.xml'));
		const opfPath = container.container.rootfiles.rootfile['full-path'];
		const { metadata } = xml.parse(text(files, opfPath)).package;
		const web = await page(id);
		const meta = (name: string) => selectAll(`meta[name="${name}"]`, web).map(({ properties }) => String(properties.content));
		expect(metadata['dc:title']).toBe(meta('citation_title')[0]);
		const creators = [metadata['dc:creator'] ?? []].flat();
		expect(creators).toHaveLength(meta('citation_author').length);
		expect(metadata['dc:language']).toBe('en');
		expect(metadata['dc:date']).toBe(String(select('.title-block time', web)!.properties.dateTime));
		expect(metadata['dc:identifier']['#text']).toBe(`${publicSiteUrl}/documents/${id}/`);
		expect(metadata['dc:source']).toContain(toString(select('.title-block cite', web)!));
	});
});

test('the library’s EPUB holds every document, newest first, and links between them inside the book', async () => {
	const files = await unzip('library.epub');
	const opf = xml.parse(text(files, 'EPUB/package.opf')).package;
	const spine = [opf.spine.itemref]
		.flat()
		.map(({ idref }: { idref: string }) => [opf.manifest.item].flat().find((item: { id: string }) => item.id === idref).href);
	const library = fromHtml(await readFile(join(builds.root.dir, 'index.html'), 'utf8'));
	const newestFirst = selectAll('.library .card h2 a', library).map(({ properties }) => String(properties.href).split('/').at(-2));
	expect(spine).toEqual(['library.xhtml', ...newestFirst.map((id) => `${id}.xhtml`)]);
	for (const id of documentIds) expect(passages(fromHtml(text(files, `EPUB/${id}.xhtml`)), 'article').size).toBeGreaterThan(5);
});

test('each document page links to its EPUB, and every page’s footer to the library’s', async () => {
	for (const id of documentIds) {
		expect(select('.title-block a[type="application/epub+zip"]', await page(id))!.properties.href).toBe(`/documents/${id}/${id}.epub`);
	}
	expect(select('.site-footer a[type="application/epub+zip"]', await page(documentIds[0]!))!.properties.href).toBe('/library.epub');
});
