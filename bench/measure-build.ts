/**
 * Builds a site with the tests' `buildSite` and measures it: wall-clock time, split into Astro's
 * part and Pagefind's (from the line the Pagefind integration prints), and the output's size.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { vocabularyPath } from '../src/lib/search-vocabulary.ts';
import { buildSite } from '../tests/support/build.ts';
import { folderSize, round, withTimeout } from './helpers.ts';

export interface BuildMeasurement {
	documents: number;
	/** Wall-clock seconds of `astro build`, from spawning it to its exit. */
	totalSeconds: number;
	/** Pagefind's indexing, as the integration times it. */
	pagefindSeconds: number;
	/** Everything else: total − Pagefind (Node's start, Astro's render and bundling). */
	astroSeconds: number;
	secondsPerDocument: number;
	pagefindPages: number;
	outputBytes: number;
	outputFiles: number;
	/** The whole `pagefind/` folder, its own scripts and WebAssembly included. */
	pagefindBytes: number;
	/** Only the index the build produced: `index/`, `fragment/`, `filter/`, the `.pf_meta` and the entry file. */
	pagefindIndexBytes: number;
	/** The index's vocabulary, which search loads to correct a misspelt word: its words, and bytes raw and gzipped. */
	vocabulary: { words: number; bytes: number; gzipBytes: number };
}

async function vocabularySize(outDir: string): Promise<BuildMeasurement['vocabulary']> {
	const file = await readFile(join(outDir, vocabularyPath));
	return {
		words: (JSON.parse(file.toString('utf8')) as unknown[]).length,
		bytes: file.length,
		gzipBytes: gzipSync(file, { level: 9 }).length,
	};
}

const pagefindLine = /\[pagefind\] indexed (\d+) pages into .* in ([\d.]+) s/;

/** Bytes of Pagefind's index proper, leaving out the scripts and WebAssembly every Pagefind build ships. */
async function pagefindIndexBytes(pagefindDir: string): Promise<number> {
	let bytes = 0;
	for (const folder of ['index', 'fragment', 'filter']) bytes += (await folderSize(join(pagefindDir, folder))).bytes;
	for (const name of await readdir(pagefindDir)) {
		if (name.endsWith('.pf_meta') || name === 'pagefind-entry.json') bytes += (await stat(join(pagefindDir, name))).size;
	}
	return bytes;
}

export async function measureBuild(
	outDir: string,
	env: Record<string, string>,
	documents: number,
	timeoutMs: number,
): Promise<BuildMeasurement> {
	const started = performance.now();
	const { code, output } = await withTimeout(buildSite(outDir, env, ['--force']), timeoutMs, `astro build of ${documents} documents`);
	const totalSeconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`astro build of ${documents} documents failed (exit ${code}):\n${output.slice(-3000)}`);
	const match = pagefindLine.exec(output);
	if (!match) throw new Error(`no "[pagefind] indexed …" line in the build's output:\n${output.slice(-2000)}`);
	const pagefindSeconds = Number(match[2]);
	const built = await folderSize(outDir);
	const pagefindDir = join(outDir, 'pagefind');
	return {
		documents,
		totalSeconds: round(totalSeconds),
		pagefindSeconds: round(pagefindSeconds),
		astroSeconds: round(totalSeconds - pagefindSeconds),
		secondsPerDocument: round(totalSeconds / documents, 4),
		pagefindPages: Number(match[1]),
		outputBytes: built.bytes,
		outputFiles: built.files,
		pagefindBytes: (await folderSize(pagefindDir)).bytes,
		pagefindIndexBytes: await pagefindIndexBytes(pagefindDir),
		vocabulary: await vocabularySize(outDir),
	};
}
