/** Small helpers the measurements share: sizes, compression, timeouts, statistics. */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of `data` once gzipped at level 9: what a host that compresses would send (sirv does not). */
/**
 * An editor's revision of a document's file, which the next build publishes as its next version:
 * its text's blocks changed by `edit` (they are split at blank lines), and `revision:` describing it.
 */
export async function reviseDocument(file: string, revision: string, edit: (blocks: string[]) => void): Promise<void> {
	const text = await readFile(file, 'utf8');
	const bodyStart = text.indexOf('\n---\n', 4) + 5;
	const frontmatter = text
		.slice(0, bodyStart)
		.replace(/^revision: .*\n/m, '')
		.replace(/\n---\n$/, `\nrevision: ${revision}\n---\n`);
	const blocks = text.slice(bodyStart).trimStart().split('\n\n');
	edit(blocks);
	await writeFile(file, `${frontmatter}\n${blocks.join('\n\n')}`);
}

/** A writer's correction: one word more at the end of a document's first block. */
export const addWord = (blocks: string[]): void => {
	blocks[0] = `${blocks[0]} Indeed.`;
};

export const gzipSize = (data: Uint8Array | string): number => gzipSync(data, { level: 9 }).length;

/** Total bytes and number of files under a folder. */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
	const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
	return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: files.length };
}

/** Rejects with `what` named if `promise` has not settled after `ms`; every wait in the bench is bounded. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no answer after ${Math.round(ms / 1000)} s`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** "12.3 KB" (1 KB = 1,000 bytes, as the targets are stated). */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

export function log(message: string): void {
	console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Every process's parent and resident bytes, from /proc/<pid>/stat. */
async function processTable(): Promise<Map<number, { parent: number; residentBytes: number }>> {
	const table = new Map<number, { parent: number; residentBytes: number }>();
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const status = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
		if (status === '') continue;
		// Fields after the command name, which is in parentheses and may hold spaces: state (0), ppid (1), … rss in pages (21).
		const fields = status.slice(status.lastIndexOf(')') + 2).split(' ');
		table.set(Number(entry), { parent: Number(fields[1]), residentBytes: Number(fields[21]) * pageSize });
	}
	return table;
}

/** Linux's memory page: what /proc counts resident memory in. */
const pageSize = 4096;

/**
 * Ids of the processes this one started (astro build, Chromium), from /proc: on a fatal error or
 * timeout the bench ends these, by id, and nothing else.
 */
export async function childProcessIds(): Promise<number[]> {
	return [...(await processTable())].filter(([, { parent }]) => parent === process.pid).map(([id]) => id);
}

/**
 * Samples the resident memory of everything this process has started (a build: Node, and
 * Pagefind's own process) every `intervalMs` until the returned function is called, which gives
 * the highest total seen.
 */
export function samplePeakMemory(intervalMs = 250): () => Promise<number> {
	let peak = 0;
	let stopped = false;
	const sample = async () => {
		const table = await processTable();
		const ours = new Set([process.pid]);
		let total = 0;
		// A parent's id is lower than its children's only until ids wrap, so repeat until no process joins.
		for (let grew = true; grew;) {
			grew = false;
			for (const [id, { parent, residentBytes }] of table) {
				if (ours.has(id) || !ours.has(parent)) continue;
				ours.add(id);
				total += residentBytes;
				grew = true;
			}
		}
		peak = Math.max(peak, total);
	};
	const running = (async () => {
		while (!stopped) {
			await sample();
			await new Promise((resolve) => setTimeout(resolve, intervalMs));
		}
	})();
	return async () => {
		stopped = true;
		await running;
		return peak;
	};
}

/** The largest HTML page under a built site, less those `except` names by their path there: its path and its bytes. */
export async function largestPage(dir: string, except: (path: string) => boolean = () => false): Promise<{ path: string; bytes: number }> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	let largest = { path: '', bytes: 0 };
	for (const entry of entries) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		if (except(file.slice(dir.length).replace(/^\//, ''))) continue;
		const { size } = await stat(file);
		if (size > largest.bytes) largest = { path: file.slice(dir.length).replace(/index\.html$/, ''), bytes: size };
	}
	return largest;
}

interface CpuTicks {
	/** Ticks every CPU spent busy (not idle or waiting for I/O), machine-wide. */
	busy: number;
	/** Ticks of every kind, machine-wide: the capacity that passed. */
	all: number;
	/** Ticks of this process and of the children it has waited for (builds, browsers, their helpers). */
	own: number;
}

/** A reading of /proc/stat and /proc/self/stat, to tell how much of the machine others used meanwhile. */
async function cpuTicks(): Promise<CpuTicks> {
	const [cpu] = (await readFile('/proc/stat', 'utf8')).split('\n');
	const fields = cpu!.trim().split(/\s+/).slice(1, 9).map(Number);
	const [user, nice, system, idle, iowait, irq, softirq, steal] = fields as [
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number,
	];
	const self = await readFile('/proc/self/stat', 'utf8');
	// utime, stime, cutime, cstime: fields 14–17, counted after the parenthesized command name.
	const own = self
		.slice(self.lastIndexOf(')') + 2)
		.split(' ')
		.slice(11, 15)
		.reduce((sum, value) => sum + Number(value), 0);
	return { busy: user + nice + system + irq + softirq + steal, all: user + nice + system + idle + iowait + irq + softirq + steal, own };
}

/** The share of the machine's CPU capacity that other processes used between two readings. */
const otherCpuShare = (start: CpuTicks, end: CpuTicks): number =>
	Math.max(0, (end.busy - start.busy - (end.own - start.own)) / Math.max(1, end.all - start.all));

/**
 * The share of the CPU that other processes use, sampled while the bench itself is idle (at its
 * start and end). Only then is it exact: a browser's renderers are not the bench's children once
 * it closes, so their time cannot be told from others' while the bench runs.
 */
export async function backgroundCpuShare(ms = 1000): Promise<number> {
	const start = await cpuTicks();
	await new Promise((resolve) => setTimeout(resolve, ms));
	return round(otherCpuShare(start, await cpuTicks()));
}

/** A Markdown table. */
export const table = (header: string[], rows: (string | number)[][]): string =>
	[`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** A target of the brief: what it asks, whether the run met it, and the figures that say so. */
export interface Target {
	name: string;
	met: boolean;
	figures: string;
}
