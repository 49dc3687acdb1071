import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { withChangeMarks } from '../../src/core/passages/change-marks.ts';
import { versionDiff, wordDiff } from '../../src/build/versions/version-diff.ts';
import {
	changesAfter,
	type CurrentText,
	nextVersion,
	sameText,
	textDigest,
	type VersionRecord,
} from '../../src/build/versions/versions.ts';

const body = 'First paragraph.\n\nSecond paragraph, as printed.';
const v1: VersionRecord = {
	version: 1,
	date: '2026-01-02',
	digest: textDigest(body),
	passages: ['p-1', 'p-2'],
	changes: [],
	path: 'versions/doc/v1.md',
	linesAboveText: 6,
	body,
};
const text = (changes: Partial<CurrentText> = {}): CurrentText => ({
	filePath: 'documents/doc.md',
	body,
	revision: undefined,
	ids: ['p-1', 'p-2'],
	changes: [],
	today: '2026-12-03',
	...changes,
});

describe('nextVersion', () => {
	test('a text never recorded is version 1, dated today, with no note', () => {
		expect(nextVersion([], text())).toEqual({
			version: { version: 1, date: '2026-12-03', digest: v1.digest, passages: ['p-1', 'p-2'], changes: [], body },
			problems: [],
		});
	});

	test('the words of the latest version, however the lines are wrapped, publish nothing', () => {
		expect(nextVersion([v1], text({ body: 'First\nparagraph.\n\nSecond paragraph,   as printed.' }))).toEqual({ problems: [] });
		expect(sameText(body, 'First paragraph. Second paragraph, as printed.')).toBe(true);
	});

	test('changed words with a new note publish the next version, with what its passages went through', () => {
		const changed = 'First paragraph.\n\nSecond paragraph, as it was printed.';
		const { version, problems } = nextVersion(
			[v1],
			text({
				body: changed,
				revision: 'Corrected ¶ 2.',
				changes: [
					{ kind: 'edited', id: 'p-2' },
					{ kind: 'added', id: 'p-3', after: undefined },
				],
			}),
		);
		expect(problems).toEqual([]);
		expect(version).toMatchObject({
			version: 2,
			revision: 'Corrected ¶ 2.',
			digest: textDigest(changed),
			changes: [
				{ kind: 'edited', id: 'p-2' },
				{ kind: 'added', id: 'p-3' },
			],
		});
	});

	test('changed words the note does not describe stop, saying what changed and what to write', () => {
		const [problem] = nextVersion(
			[{ ...v1, version: 2, revision: 'Old note.' }],
			text({
				body: 'Other words.',
				revision: 'Old note.',
				changes: [
					{ kind: 'edited', id: 'p-1' },
					{ kind: 'removed', id: 'p-2', landsOn: 'p-1' },
				],
			}),
		).problems;
		expect(problem).toBe(
			'documents/doc.md: its text is no longer that of version 2, published 2026-01-02 (“Old note.”): ¶ 1 reworded, ¶ 2 removed. To publish it as version 3, say what changed in its frontmatter, e.g.\n  revision: "Restored the paragraph on the famine from the printed page."',
		);
		expect(nextVersion([v1], text({ body: 'Other words.' })).problems[0]).toContain('To publish it as version 2');
	});

	test('a note without a change, or on a first version, stops', () => {
		expect(nextVersion([v1], text({ revision: 'A note.' })).problems).toEqual([
			'documents/doc.md: revision: “A note.”, but the text is that of version 1, published 2026-01-02: remove the field, or change the words it describes.',
		]);
		expect(nextVersion([], text({ revision: 'A note.' })).problems[0]).toContain('there is no published version to revise');
	});
});

test('changesAfter gives each passage the first later version that changed it', () => {
	const list = [
		v1,
		{
			...v1,
			version: 2,
			changes: [
				{ kind: 'edited' as const, id: 'p-2' },
				{ kind: 'removed' as const, id: 'p-1', landsOn: 'p-2' },
			],
		},
		{
			...v1,
			version: 3,
			changes: [
				{ kind: 'edited' as const, id: 'p-2' },
				{ kind: 'split' as const, id: 'p-3', from: 'p-2' },
			],
		},
	];
	expect(Object.fromEntries(changesAfter(list, 1))).toEqual({
		'p-2': { version: 2, kind: 'reworded' },
		'p-1': { version: 2, kind: 'removed' },
		'p-3': { version: 3, kind: 'added' },
	});
	expect([...changesAfter(list, 2).keys()]).toEqual(['p-2', 'p-3']);
	expect(changesAfter(list, 3).size).toBe(0);
});

describe('what a version changed', () => {
	test('wordDiff marks the words inserted and deleted', () => {
		expect(wordDiff('it a challenge to rule', 'it hard to rule')).toEqual([
			{ text: 'it ' },
			{ text: 'a challenge', change: 'deleted' },
			{ text: 'hard', change: 'inserted' },
			{ text: ' to rule' },
		]);
	});

	test('versionDiff lists the passages in the later version’s order, a removed one where it stood', () => {
		const earlier = new Map([
			['p-1', 'One.'],
			['p-2', 'Two.'],
			['p-3', 'Three and more.'],
		]);
		const later = new Map([
			['p-1', 'One!'],
			['p-3', 'Three'],
			['p-4', 'and more.'],
		]);
		const changed = versionDiff(
			[
				{ kind: 'edited', id: 'p-1' },
				{ kind: 'edited', id: 'p-3' },
				{ kind: 'split', id: 'p-4', from: 'p-3' },
				{ kind: 'removed', id: 'p-2', landsOn: 'p-3' },
			],
			earlier,
			later,
			['p-1', 'p-3', 'p-4'],
		);
		expect(changed.map(({ id, summary }) => [id, summary])).toEqual([
			['p-1', '¶ 1 reworded'],
			['p-2', '¶ 2 removed; its address now leads to ¶ 3'],
			['p-3', '¶ 3 reworded'],
			['p-4', '¶ 4 split from ¶ 3, which keeps the first part'],
		]);
		expect(changed[1]).toMatchObject({ inEarlier: true, inLater: false, parts: [{ text: 'Two.', change: 'deleted' }] });
	});
});

test('withChangeMarks adds each mark, its link and its note, to the end of its passage, and nothing where there is none', () => {
	const html = '<p id="p-1">One.</p><p id="p-2"><span id="p-9"></span>Two.</p>';
	expect(withChangeMarks(html, [])).toBe(html);
	const marked = fromHtml(
		withChangeMarks(html, [
			{
				id: 'p-2',
				label: 'Reworded in version 2',
				href: '/v/#v2-p-2',
				notice: 'It changed.',
				links: [{ href: '/v1/#p-2', text: 'As it was' }],
			},
			{ id: 'p-9', href: '/v/#v2-p-9', notice: 'It is gone.', links: [] },
		]),
		{ fragment: true },
	);
	expect(select('#p-1 .passage-change', marked)).toBeUndefined();
	expect(select('#p-2 > .passage-change > a.passage-change-mark', marked)!.properties.href).toBe('/v/#v2-p-2');
	expect(toString(select('#p-2 > .passage-change > .passage-change-notice', marked)!)).toBe('It changed. As it was.');
	expect(select('#p-9 > .passage-change > .passage-change-mark', marked)).toBeUndefined();
	expect(select('#p-2 > .passage-change', marked)!.properties.dataPagefindIgnore).toBe('');
});
