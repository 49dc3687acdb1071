import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { describe, expect, test } from 'vitest';
import { sources } from '../fixtures/sources';
import { projectRoot } from '../support/build';
import { builds } from '../support/builds';

const seedsDir = join(projectRoot, '..', 'shared', 'seeds');

/** Text as a reader compares it: no Markdown or HTML markup, one space between words, any case. */
const normalize = (text: string): string =>
	text
		.replace(/<sup>\d+<\/sup>/g, '')
		.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
		.replace(/\*\*?|^#+ |^- |^\d+\. /gm, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();

/** The source's paragraphs: blocks between blank lines, and each item of a list on its own. */
const paragraphs = (text: string): string[] =>
	text
		.split(/\n\s*\n/)
		.flatMap((block) => (/^- /m.test(block) ? block.split('\n') : [block]))
		.map(normalize)
		.filter(Boolean);

/** The words of the document's text as a reader sees them, less footnote numbers and back-links. */
function textOf(tree: Root, selector: string): string {
	const region = structuredClone(select(selector, tree)!);
	const isApparatus = (node: Element) =>
		node.properties.dataFootnoteRef !== undefined ||
		node.properties.dataFootnoteBackref !== undefined ||
		(node.properties.className as string[] | undefined)?.includes('excerpt-note') === true;
	remove(region, (node) => node.type === 'element' && isApparatus(node as Element));
	return normalize(toString(region));
}

describe.each(sources)('$id', (source) => {
	const load = async () => {
		const seed = await readFile(join(seedsDir, source.seed), 'utf8');
		const html = await readFile(join(builds.root.dir, 'documents', source.id, 'index.html'), 'utf8');
		const tree = fromHtml(html);
		return { seed, body: textOf(tree, '.document-text'), titleBlock: textOf(tree, '.title-block') };
	};

	test('every paragraph of the source, less its capture debris, is in the page’s text', async () => {
		const { seed, body } = await load();
		let authorsText = seed;
		for (const removed of [...source.debris, ...source.metadata]) {
			expect(seed, `the fixture's "${removed}"`).toContain(removed);
			authorsText = authorsText.replaceAll(removed, '');
		}
		for (const [captured, restored] of source.repairs) authorsText = authorsText.replaceAll(captured, restored);
		const missing = paragraphs(authorsText).filter((paragraph) => !body.includes(paragraph));
		expect(missing).toEqual([]);
		expect(paragraphs(authorsText).length).toBeGreaterThanOrEqual(8);
	});

	test('the capture debris is not in the page’s text', async () => {
		const { body } = await load();
		for (const removed of source.debris) expect(body).not.toContain(normalize(removed));
	});

	test('what became metadata is in the title block', async () => {
		const { titleBlock } = await load();
		for (const moved of source.metadata) expect(titleBlock).toContain(normalize(moved));
	});

	test('repaired words are whole again and repeated passages appear once', async () => {
		const { body } = await load();
		for (const [captured, restored] of source.repairs) {
			expect(body).toContain(normalize(restored));
			expect(body).not.toContain(normalize(captured));
		}
		for (const passage of source.once) expect(body.split(normalize(passage))).toHaveLength(2);
	});
});

test('the Lankov excerpt ends with the editors’ note, before the notes', async () => {
	const html = await readFile(join(builds.root.dir, 'documents', sources[0]!.id, 'index.html'), 'utf8');
	const text = select('.document-text', fromHtml(html))!;
	const blocks = text.children.filter((node) => node.type === 'element');
	const note = blocks.findIndex((node) => (node.properties.className as string[] | undefined)?.includes('excerpt-note'));
	expect(toString(blocks[note - 1]!)).toMatch(/In Stalin's USSR, only the$/);
	expect(blocks[note + 1]!.properties.dataFootnotes).toBeDefined();
	expect(toString(blocks[note]!)).toMatch(/^Editors’ note .*continues.*Asia Policy, number 1 \(January 2006\), pp\. 95–121/);
	expect(selectAll('.excerpt-note', text)).toHaveLength(1);
});
