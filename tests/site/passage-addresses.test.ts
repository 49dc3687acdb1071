/**
 * Passage addresses that last, through real builds: a copy of a document is built, edited as an
 * editor would (a typo fixed, a paragraph inserted, one removed, one split, two merged) and built
 * again; every address the first build published must still land on its words or on the passage
 * that took their place. Then its text loses every paragraph, and the build must stop.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../../harness/build.ts';
import { testBuildsDir } from '../support/builds.ts';

const id = 'support-north-koreas-workers';
const work = join(testBuildsDir, 'passage-addresses');
const source = join(work, 'documents', `${id}.md`);
const fixtures = join(projectRoot, 'tests', 'fixtures');
const env = { DOCUMENTS_DIR: join(work, 'documents'), TOPICS_DIR: join(fixtures, 'no-topics'), WORKS_DIR: join(fixtures, 'no-works') };

const build = async (name: string) => {
	const result = await buildSite(join(work, name), env, ['--force']);
	const tree = result.code === 0 ? fromHtml(await readFile(join(work, name, 'documents', id, 'index.html'), 'utf8')) : undefined;
	return { ...result, tree };
};

/**
 * A block's words as the author wrote them: without its ¶ link, retired anchors or note markers,
 * nor the marks and notes of what a version changed (src/core/passages/change-marks.ts).
 */
function wordsOf(block: Element): string {
	const words = structuredClone(block);
	for (const mark of selectAll('.passage-change', words)) mark.children = [];
	return toString(words).replace(/\s+/g, ' ').trim();
}
/** Every paragraph of a built page, by id, in reading order. */
const blocks = (tree: Root) =>
	selectAll('.document-text [id^="p-"]:not(span)', tree).map((block) => [String(block.properties.id), wordsOf(block)] as const);

let before: Map<string, string>;
let firstLedger: { next: number; passages: { id: string }[] };
let after: Awaited<ReturnType<typeof build>>;

beforeAll(async () => {
	await rm(work, { recursive: true, force: true });
	await mkdir(join(work, 'documents'), { recursive: true });
	await cp(join(projectRoot, 'content', 'documents', `${id}.md`), source);
	const first = await build('first');
	if (first.code !== 0) throw new Error(first.output);
	before = new Map(blocks(first.tree!));
	firstLedger = JSON.parse(await readFile(join(work, 'passages', `${id}.json`), 'utf8'));

	const markdown = await readFile(source, 'utf8');
	const [, frontmatter, body] = markdown.split(/^---$/m);
	const paragraphs = body!.trim().split(/\n\n/);
	const edited = [...paragraphs];
	edited[4] = edited[4]!.replace('centralised', 'centralized'); // p-5: a typo fixed
	edited[8] = edited[8]!.replace(' because', '\n\nBecause'); // p-9: split in two
	edited[11] = `${edited[11]} ${edited[12]}`; // p-12 and p-13: merged
	edited.splice(12, 1);
	edited.splice(6, 1); // p-7: removed
	edited.splice(2, 0, 'A paragraph the source had and the first transcription left out, restored here between the second and third.'); // inserted after p-2
	// Described, as a change of the words must be, so that the build publishes it as version 2.
	const revision = 'revision: Restored a paragraph, and divided and joined others as printed.\n';
	await writeFile(source, `---${frontmatter}${revision}---\n\n${edited.join('\n\n')}\n`);
	after = await build('second');
	if (after.code !== 0) throw new Error(after.output);
});

test('the first build publishes every paragraph in order, and records them', () => {
	expect([...before.keys()]).toEqual(Array.from({ length: before.size }, (_, index) => `p-${index + 1}`));
	expect(firstLedger.passages.map(({ id }) => id)).toEqual([...before.keys()]);
	expect(firstLedger.next).toBe(before.size + 1);
});

test('after the edits, every published address lands on its words, or on the passage that took their place', () => {
	const now = new Map(blocks(after.tree!));
	const home = (old: string) => select(`#${old}`, after.tree!)!;
	for (const [old, words] of before) {
		expect(home(old), old).toBeDefined();
		if (['p-5', 'p-7', 'p-9', 'p-12', 'p-13'].includes(old)) continue;
		expect(now.get(old), old).toBe(words);
	}
	expect(now.get('p-5')).toBe(before.get('p-5')!.replace('centralised', 'centralized'));
	// Removed: its address is an anchor at the start of the paragraph now in its place.
	expect(home('p-7').tagName).toBe('span');
	expect(select('#p-8 > span#p-7', after.tree!)).toBeDefined();
	// Split: the first part keeps the address.
	expect(now.get('p-9')).toBe('For the same reason the common-sense notion that the US will seize this opportunity to stir up North Korea');
	// Merged: the second's address lands on the first.
	expect(now.get('p-12')).toBe(`${before.get('p-12')} ${before.get('p-13')}`);
	expect(select('#p-12 > span#p-13', after.tree!)).toBeDefined();
});

test('new passages get numbers never used before, where they stand, and nothing after them is renumbered', () => {
	const ids = blocks(after.tree!).map(([id]) => id);
	const next = before.size + 1;
	expect(ids.slice(0, 4)).toEqual(['p-1', 'p-2', `p-${next}`, 'p-3']);
	expect(ids[ids.indexOf('p-9') + 1]).toBe(`p-${next + 1}`);
	expect(ids).not.toContain('p-7');
	expect(ids).not.toContain('p-13');
	// Two new (the inserted one, a split's second part), two gone (the removed one, a merged one's second).
	expect(ids).toHaveLength(before.size);
});

test('the build says what happened to each address', () => {
	const next = before.size + 1;
	expect(after.output).toContain(
		`[passages] ${id}: p-5 keeps its address, its words changed; p-9 keeps its address, its words changed; p-12 keeps its address, its words changed; ` +
			`p-${next} is new, after p-2; p-9 was split: it keeps the first part, p-${next + 1} is the rest; ` +
			`p-7 is gone: its address now lands on p-8, which took its place; p-13 was merged into p-12, where its address now lands.`,
	);
});

test('the page says its paragraph numbers are no longer consecutive, and why', () => {
	expect(toString(select('.passage-numbering', after.tree!)!)).toMatch(/numbers are not consecutive/);
});

test('an address left with no paragraph to land on stops the build, naming the ledger and the ids', async () => {
	const [, frontmatter] = (await readFile(source, 'utf8')).split(/^---$/m);
	await writeFile(source, `---${frontmatter}---\n\n## Nothing left but a heading\n`);
	const { code, output } = await build('third');
	expect(code).not.toBe(0);
	expect(output).toMatch(
		new RegExp(
			`passages/${id}\\.json: p-1, p-2, .* were published, but \\S*${id}\\.md has no paragraph left for them to land on; restore its text\\.`,
		),
	);
});
