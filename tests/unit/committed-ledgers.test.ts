import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { committedLedgerProblems } from '../../src/data/committed-ledgers.ts';
import { type Ledger, lostAddresses } from '../../src/core/passages/passage-ledger.ts';
import { passageLedgerSchema } from '../../src/schemas/passage-ledger.ts';

const published: Ledger = {
	next: 9,
	passages: [
		{ id: 'p-1', text: 'One.' },
		{ id: 'p-2', text: 'Two.' },
		{ id: 'p-8', text: 'Eight.' },
	],
	retired: { 'p-3': 'p-2' },
};
/** The published ledger numbered again from p-1, as a ledger deleted and made afresh would be. */
const renumbered: Ledger = {
	next: 4,
	passages: [
		{ id: 'p-1', text: 'One.' },
		{ id: 'p-2', text: 'Two.' },
		{ id: 'p-3', text: 'Eight.' },
	],
	retired: {},
};
const file = (ledger: unknown) => `${JSON.stringify(ledger, null, '\t')}\n`;

describe('a ledger on its own', () => {
	test('with next at or below a number it records would give an address twice', () => {
		const problems = (ledger: unknown) =>
			passageLedgerSchema.safeParse(ledger).error?.issues.map(({ path, message }) => `${path.join('.')}: ${message}`);
		expect(problems(published)).toBeUndefined();
		expect(problems({ ...published, next: 2 })).toEqual([
			'next: 2 would give again an id this ledger records (up to p-8): it must be at least 9',
		]);
		expect(problems({ ...published, passages: [...published.passages, { id: 'p-2', text: 'Again.' }] })).toEqual([
			'passages.3.id: p-2 stands twice',
		]);
		expect(problems({ ...published, retired: { 'p-2': 'p-1' } })).toEqual(['passages.1.id: p-2 is both a passage and retired']);
	});

	test('against an earlier one: the addresses it would lose, and a lowered next', () => {
		expect(lostAddresses(published, published)).toEqual({ dropped: [], reused: [] });
		expect(lostAddresses(published, renumbered)).toEqual({ dropped: ['p-8'], reused: ['p-3'], next: { earlier: 9, current: 4 } });
	});
});

describe('the ledgers against version control', () => {
	let repo: string;
	let ledgers: string;
	const git = (...args: string[]) =>
		execFileSync('git', ['-C', repo, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], { stdio: 'pipe' });
	const pathOf = (id: string) => join(ledgers, `${id}.json`);
	const problems = () => committedLedgerProblems(ledgers, ['lankov'], pathOf);

	beforeEach(async () => {
		repo = await mkdtemp(join(tmpdir(), 'ledgers-'));
		ledgers = join(repo, 'content', 'passages');
		git('init', '-q');
		execFileSync('mkdir', ['-p', ledgers]);
		await writeFile(pathOf('lankov'), file(published));
		git('add', '.');
		git('commit', '-q', '-m', 'Publish');
	});
	afterEach(async () => {
		await rm(repo, { recursive: true, force: true });
	});

	test('a ledger as committed, or grown by a build, is no problem', async () => {
		expect(await problems()).toEqual([]);
		await writeFile(pathOf('lankov'), file({ ...published, next: 10, passages: [...published.passages, { id: 'p-9', text: 'Nine.' }] }));
		expect(await problems()).toEqual([]);
	});

	test('a ledger deleted from disk stops the build, saying how to restore it', async () => {
		await unlink(pathOf('lankov'));
		const name = relative(process.cwd(), pathOf('lankov'));
		expect(await problems()).toEqual([
			`${pathOf('lankov')}: missing, but the last commit holds it: the addresses it published would be given again; restore it with \`git checkout HEAD -- ${name}\`.`,
		]);
	});

	test('a ledger whose deletion was committed stops it too, naming the commit', async () => {
		git('rm', '-q', pathOf('lankov'));
		git('commit', '-q', '-m', 'Remove the ledger');
		const commit = git('rev-parse', '--short', 'HEAD').toString().trim();
		const [problem] = await problems();
		expect(problem).toContain(`missing: commit ${commit} deleted it while its document stayed`);
		expect(problem).toContain(`git checkout ${commit}^ -- `);
	});

	test('a ledger edited to drop or renumber published addresses stops it, naming them', async () => {
		await writeFile(pathOf('lankov'), file(renumbered));
		expect(await problems()).toEqual([
			expect.stringContaining(
				"lankov.json: p-8 was published (the last commit's ledger has it), but this one has lost it; restore it with `git checkout HEAD -- ",
			),
			expect.stringContaining("lankov.json: p-3 was retired (the last commit's ledger sends it on), but this one gives it to other words"),
			expect.stringContaining("lankov.json: next is 4, but the last commit's ledger had 9"),
		]);
	});

	test('outside version control, the ledgers on disk are all there is', async () => {
		await rm(join(repo, '.git'), { recursive: true, force: true });
		await unlink(pathOf('lankov'));
		expect(await problems()).toEqual([]);
	});
});
