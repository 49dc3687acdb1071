import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { describe, expect, test } from 'vitest';
import { type SourceTranscription, sources } from '../fixtures/sources.ts';
import { projectRoot } from '../../harness/build.ts';
import { builds } from '../support/builds.ts';

const seedsDir = join(projectRoot, '..', 'shared', 'seeds');

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A seed block as a reader sees it: no Markdown or HTML markup, one space between words. */
const readerText = (block: string): string =>
	collapse(
		block
			.replace(/<sup>\d+<\/sup>/g, '')
			.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
			.replace(/\*\*?/g, '')
			.replace(/^(?:#+|-|\d+\.) /gm, ''),
	);

/**
 * The authors' text of a seed: the seed less its debris and metadata, with the recorded repairs,
 * split words joined, repeats dropped, and the page-bottom footnotes moved to the end in order.
 */
function authorsText(seed: string, source: SourceTranscription): string {
	let text = seed;
	for (const removed of [...source.debris, ...source.metadata]) text = text.replaceAll(removed, '');
	for (const [captured, set] of source.repairs) text = text.replaceAll(captured, set);
	const blocks = text
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter(Boolean);
	const isNote = (block: string) => /^<sup>\d+<\/sup> /.test(block);
	const notes = blocks.filter(isNote).sort((a, b) => parseInt(a.slice(5)) - parseInt(b.slice(5)));
	const body = blocks.filter((block) => !isNote(block)).map(readerText);
	for (const [end, start] of source.splitWords) {
		const at = body.findIndex((block, index) => block.endsWith(end) && body[index + 1]?.startsWith(start));
		if (at === -1) throw new Error(`the split word "${end}…${start}" is not in ${source.seed}`);
		body.splice(at, 2, body[at]!.slice(0, -1) + body[at + 1]);
	}
	const deduplicated = body.filter((block, index) => !source.once.includes(block) || body.indexOf(block) === index);
	return collapse([...deduplicated, ...notes.map(readerText)].join(' '));
}

/** The page's text: its words, less footnote numbers, back-links, the notes' label and margin copies, and editorial marks. */
function pageText(tree: Root): string {
	const text = structuredClone(select('.document-text', tree)!);
	const isApparatus = (node: Element) =>
		// The margin copies of the notes (inert: out of search, selection and screen readers).
		node.properties.inert !== undefined ||
		node.properties.dataFootnoteRef !== undefined ||
		node.properties.dataFootnoteBackref !== undefined ||
		node.properties.id === 'footnote-label' ||
		['excerpt-note', 'editorial-gap'].some((name) => (node.properties.className as string[] | undefined)?.includes(name));
	remove(text, (node) => node.type === 'element' && isApparatus(node as Element));
	return collapse(toString(text));
}

describe.each(sources)('$id', (source) => {
	const load = async () => {
		const seed = await readFile(join(seedsDir, source.seed), 'utf8');
		const tree = fromHtml(await readFile(join(builds.root.dir, 'documents', source.id, 'index.html'), 'utf8'));
		return { seed, tree };
	};

	test('the fixture names only strings its seed contains', async () => {
		const { seed } = await load();
		const named = [...source.debris, ...source.metadata, ...source.repairs.map(([captured]) => captured), ...source.once];
		for (const string of named) expect(seed, `"${string}"`).toContain(string);
	});

	test('the page’s text is the source’s, word for word and in order, less its capture debris', async () => {
		const { seed, tree } = await load();
		expect(pageText(tree)).toBe(authorsText(seed, source));
	});

	test('what became metadata is in the title block', async () => {
		const { tree } = await load();
		const titleBlock = collapse(toString(select('.title-block', tree)!)).toLowerCase();
		for (const moved of source.metadata) expect(titleBlock).toContain(readerText(moved).toLowerCase());
	});
});

test('the Lankov excerpt ends with the editors’ note, before the notes', async () => {
	const html = await readFile(join(builds.root.dir, 'documents', sources[0]!.id, 'index.html'), 'utf8');
	const text = select('.document-text', fromHtml(html))!;
	const blocks = text.children.filter((node): node is Element => node.type === 'element');
	const note = blocks.findIndex((node) => (node.properties.className as string[] | undefined)?.includes('excerpt-note'));
	expect(toString(blocks[note - 1]!)).toMatch(/In Stalin's USSR, only the$/);
	expect(blocks[note + 1]!.properties.dataFootnotes).toBeDefined();
	expect(toString(blocks[note]!)).toMatch(/^Editors’ note .*continues.*Asia Policy, number 1 \(January 2006\), pp\. 95–121/);
	expect(selectAll('.excerpt-note', text)).toHaveLength(1);
});

test('the lost link in the Revolution article is marked as the editors’, after the authors’ words', async () => {
	const html = await readFile(join(builds.root.dir, 'documents', sources[1]!.id, 'index.html'), 'utf8');
	const gap = select('.document-text ins.editorial-gap', fromHtml(html))!;
	expect(toString(gap)).toBe('[link lost in capture]');
});
