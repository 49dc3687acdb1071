/**
 * The ledgers as version control last recorded them: published addresses are kept by more than the
 * ledger files on disk, which an editor can delete or edit by mistake. Where the ledgers' folder is
 * in a git work tree, a ledger that the last commit holds, or that an earlier commit deleted, must
 * be on disk for a document that still exists, and must keep every address the committed one
 * published; otherwise the build stops, saying how to restore it. Outside a work tree (a folder of
 * the benchmark's, a copy without history) the ledgers on disk are all there is.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Ledger, lostAddresses } from '../core/passages/passage-ledger.ts';
import { passageLedgerSchema } from '../schemas/passage-ledger.ts';
import { blobHash, committedFiles, gitIn, nearestFolder, restore } from './git.ts';

/** The ledger a file's text holds, if it holds one. */
function ledgerIn(text: string): Ledger | undefined {
	try {
		const parsed = passageLedgerSchema.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The problems of the ledgers of `documentIds`, at `pathOf(id)` in `dir`, against the last commit
 * and the deletions in the history, each naming the ledger, the addresses and how to restore it.
 */
export async function committedLedgerProblems(
	dir: string,
	documentIds: readonly string[],
	pathOf: (id: string) => string,
): Promise<string[]> {
	const { from, folder } = nearestFolder(dir);
	const files = await committedFiles(from, folder);
	if (files === undefined) return [];
	const committed = new Map([...files].filter(([name]) => name.endsWith('.json')).map(([name, hash]) => [basename(name, '.json'), hash]));
	// The newest deletion of each ledger, by the commit that made it.
	const deletedLog = (await gitIn(from, ['log', '--diff-filter=D', '--name-only', '--format=commit %h', '--', folder])) ?? '';
	const deletedIn = new Map<string, string>();
	let commit = '';
	for (const line of deletedLog.split('\n').filter(Boolean)) {
		if (line.startsWith('commit ')) commit = line.slice('commit '.length);
		else if (line.endsWith('.json')) {
			const id = basename(line, '.json');
			if (!deletedIn.has(id)) deletedIn.set(id, commit);
		}
	}

	const problems: string[] = [];
	for (const id of documentIds) {
		const path = pathOf(id);
		const hash = committed.get(id);
		if (!existsSync(path)) {
			if (hash)
				problems.push(
					`${path}: missing, but the last commit holds it: the addresses it published would be given again; ${restore(path, 'HEAD')}.`,
				);
			else if (deletedIn.has(id)) {
				const commit = deletedIn.get(id)!;
				problems.push(
					`${path}: missing: commit ${commit} deleted it while its document stayed, and the addresses it published would be given again; ${restore(path, `${commit}^`)}.`,
				);
			}
			continue;
		}
		if (!hash) continue;
		const content = await readFile(path);
		// Unchanged since the last commit, as most are: nothing to compare.
		if (blobHash(content) === hash) continue;
		// A ledger that is not a ledger is reported by its own check (src/data/passage-ledgers.ts).
		const current = ledgerIn(content.toString('utf8'));
		const earlier = ledgerIn((await gitIn(from, ['cat-file', 'blob', hash])) ?? '');
		if (!current || !earlier) continue;
		const { dropped, reused, next } = lostAddresses(earlier, current);
		if (dropped.length > 0) {
			problems.push(
				`${path}: ${dropped.join(', ')} ${dropped.length === 1 ? 'was' : 'were'} published (the last commit's ledger has ${dropped.length === 1 ? 'it' : 'them'}), but this one has lost ${dropped.length === 1 ? 'it' : 'them'}; ${restore(path, 'HEAD')}.`,
			);
		}
		if (reused.length > 0) {
			problems.push(
				`${path}: ${reused.join(', ')} ${reused.length === 1 ? 'was' : 'were'} retired (the last commit's ledger sends ${reused.length === 1 ? 'it' : 'them'} on), but this one gives ${reused.length === 1 ? 'it' : 'them'} to other words; ${restore(path, 'HEAD')}.`,
			);
		}
		if (next) {
			problems.push(
				`${path}: next is ${next.current}, but the last commit's ledger had ${next.earlier}: numbers already published would be given again; ${restore(path, 'HEAD')}.`,
			);
		}
	}
	return problems;
}
