/**
 * Builds a site with the tests' `buildSite` and measures it: wall-clock time, split into Astro's
 * part and Pagefind's (from the line the Pagefind integration prints), peak memory, and the
 * output's size and largest page. A first build starts from nothing: Astro's content cache
 * (`--force`) and the citations kept between builds are cleared; a second build keeps both.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { buildCacheRoot } from '../src/data/build-cache.ts';
import { isDocumentText } from '../src/integrations/page-size-cap.ts';
import { type OfflineSummary, offlinePaths } from '../src/core/site/offline.ts';
import { shardListPath, shardPath } from '../src/core/search/search-vocabulary.ts';
import { buildSite } from '../harness/build.ts';
import { folderSize, largestPage, round, samplePeakMemory, withTimeout } from './helpers.ts';

export interface BuildMeasurement {
	documents: number;
	/** Wall-clock seconds of the build (`npm run build`), from spawning it to its exit. */
	totalSeconds: number;
	/** Pagefind's indexing, as the integration times it. */
	pagefindSeconds: number;
	/** Everything else: total − Pagefind (Node's start, Astro's render and bundling). */
	astroSeconds: number;
	secondsPerDocument: number;
	pagefindPages: number;
	/** The most resident memory the build's processes (Node, and Pagefind's) held at once. */
	peakMemoryBytes: number;
	/** The largest HTML page it wrote: its path in the site and its bytes. */
	largestPage: { path: string; bytes: number };
	/** The largest of the pages that list things: every page but a document's own text. */
	largestListingPage: { path: string; bytes: number };
	outputBytes: number;
	outputFiles: number;
	/** The whole `pagefind/` folder, its own scripts and WebAssembly included. */
	pagefindBytes: number;
	/** Only the index the build produced: `index/`, `fragment/`, `filter/`, the `.pf_meta` and the entry file. */
	pagefindIndexBytes: number;
	/** The index's vocabulary, in the shards search loads a few at a time: its words, its shards, bytes raw and gzipped, and the largest shard's gzipped. */
	vocabulary: { words: number; shards: number; bytes: number; gzipBytes: number; largestShardGzipBytes: number };
	/** The copy a reader keeps for offline reading (`offline.json`), and the service worker that keeps it. */
	offline: { files: number; bytes: number; workerBytes: number; workerGzipBytes: number };
	/** The EPUB books: each document's (by id) and the library's. */
	epubs: { documents: Record<string, number>; libraryBytes: number };
}

async function offlineSize(outDir: string): Promise<BuildMeasurement['offline']> {
	const { files, bytes } = JSON.parse(await readFile(join(outDir, offlinePaths.summary), 'utf8')) as OfflineSummary;
	const worker = await readFile(join(outDir, offlinePaths.worker));
	return { files, bytes, workerBytes: worker.length, workerGzipBytes: gzipSync(worker, { level: 9 }).length };
}

async function epubSizes(outDir: string): Promise<BuildMeasurement['epubs']> {
	const documents: Record<string, number> = {};
	for (const id of await readdir(join(outDir, 'documents'))) documents[id] = (await stat(join(outDir, 'documents', id, `${id}.epub`))).size;
	return { documents, libraryBytes: (await stat(join(outDir, 'library.epub'))).size };
}

async function vocabularySize(outDir: string): Promise<BuildMeasurement['vocabulary']> {
	const names = JSON.parse(await readFile(join(outDir, shardListPath), 'utf8')) as string[];
	const size: BuildMeasurement['vocabulary'] = { words: 0, shards: names.length, bytes: 0, gzipBytes: 0, largestShardGzipBytes: 0 };
	for (const name of names) {
		const file = await readFile(join(outDir, shardPath(name)));
		const gzipBytes = gzipSync(file, { level: 9 }).length;
		size.words += (JSON.parse(file.toString('utf8')) as { words: unknown[] }).words.length;
		size.bytes += file.length;
		size.gzipBytes += gzipBytes;
		size.largestShardGzipBytes = Math.max(size.largestShardGzipBytes, gzipBytes);
	}
	return size;
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
	{ first = true }: { first?: boolean } = {},
): Promise<BuildMeasurement> {
	if (first) await rm(`${buildCacheRoot}/citations`, { recursive: true, force: true });
	const stopSampling = samplePeakMemory();
	const started = performance.now();
	let result: Awaited<ReturnType<typeof buildSite>>;
	let peakMemoryBytes: number;
	try {
		result = await withTimeout(buildSite(outDir, env, first ? ['--force'] : []), timeoutMs, `the build of ${documents} documents`);
	} finally {
		peakMemoryBytes = await stopSampling();
	}
	const totalSeconds = (performance.now() - started) / 1000;
	const { code, output } = result;
	if (code !== 0) throw new Error(`the build of ${documents} documents failed (exit ${code}):\n${output.slice(-3000)}`);
	const match = pagefindLine.exec(output);
	if (!match) throw new Error(`no "[pagefind] indexed …" line in the build's output:\n${output.slice(-2000)}`);
	const pagefindSeconds = Number(match[2]);
	const site = await folderSize(outDir);
	const pagefindDir = join(outDir, 'pagefind');
	return {
		documents,
		totalSeconds: round(totalSeconds),
		pagefindSeconds: round(pagefindSeconds),
		astroSeconds: round(totalSeconds - pagefindSeconds),
		secondsPerDocument: round(totalSeconds / documents, 4),
		pagefindPages: Number(match[1]),
		peakMemoryBytes,
		largestPage: await largestPage(outDir),
		largestListingPage: await largestPage(outDir, isDocumentText),
		outputBytes: site.bytes,
		outputFiles: site.files,
		pagefindBytes: (await folderSize(pagefindDir)).bytes,
		pagefindIndexBytes: await pagefindIndexBytes(pagefindDir),
		vocabulary: await vocabularySize(outDir),
		offline: await offlineSize(outDir),
		epubs: await epubSizes(outDir),
	};
}
