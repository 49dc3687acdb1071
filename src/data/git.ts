/**
 * What version control holds of the files the build keeps like lockfiles (the passage ledgers,
 * the recorded versions): a file an editor deleted or altered by mistake is still in git.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { promisify } from 'node:util';

const git = promisify(execFile);

/** Runs git in `dir`; undefined where that is not in a work tree with a commit. */
export async function gitIn(dir: string, args: string[]): Promise<string | undefined> {
	try {
		return (await git('git', ['-C', dir, ...args], { maxBuffer: 1 << 28 })).stdout;
	} catch {
		return undefined;
	}
}

/** Git's name for a file's content, as `git hash-object` gives it. */
export const blobHash = (content: Buffer): string => createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');

/** The nearest folder of `dir` that exists, and `dir` from there: a commit may have deleted the folder's last file. */
export function nearestFolder(dir: string): { from: string; folder: string } {
	let from = dir;
	while (!existsSync(from) && dirname(from) !== from) from = dirname(from);
	return { from, folder: `${relative(from, dir) || '.'}/` };
}

/** The files the last commit holds under `folder` (from `from`), by their path from there, with their blob hashes; undefined outside git. */
export async function committedFiles(from: string, folder: string): Promise<Map<string, string> | undefined> {
	const listing = await gitIn(from, ['ls-tree', '-r', 'HEAD', '--', folder]);
	if (listing === undefined) return undefined;
	const files = new Map<string, string>();
	for (const line of listing.split('\n').filter(Boolean)) {
		const [meta, name] = line.split('\t') as [string, string];
		files.set(name, meta.split(' ')[2]!);
	}
	return files;
}

/** How to bring a file back from a commit, as a problem says it. */
export const restore = (path: string, commit: string): string =>
	`restore it with \`git checkout ${commit} -- ${relative(process.cwd(), path)}\``;
