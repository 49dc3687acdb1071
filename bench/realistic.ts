/**
 * The realistic libraries (bench/realistic-library.ts), each with the three real documents among
 * its own: built from nothing as `npm run build` builds, with no heap flag; built again after one
 * document is edited; the library of 1,000 built from nothing again once a tenth of its documents
 * have three versions; beside them the plain Astro + Pagefind baseline of the same Markdown; then
 * the reader's query set drawn from each library, on its search page and on Pagefind's JS API.
 */
import { copyFile, cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../harness/browser.ts';
import { serveSite } from '../harness/server.ts';
import { type BaselineBuild, measureBaseline } from './baseline.ts';
import { addWord, log, reviseDocument } from './helpers.ts';
import { type BuildMeasurement, measureBuild } from './measure-build.ts';
import { measureQueries, type QueryRun, writePagefindApiPage } from './measure-queries.ts';
import { documentId, writeRealisticLibrary } from './realistic-library.ts';
import { type ReaderQuery, readerQueries } from './realistic-queries.ts';

export interface RealisticLibrary {
	documents: number;
	/** Words of running text in the generated documents, and how many distinct. */
	words: number;
	distinctWords: number;
	/** From nothing; undefined when the build failed, with its error's last lines. */
	first?: BuildMeasurement;
	failed?: string;
	/** After one word was added to one document. */
	second?: BuildMeasurement;
	/** From nothing again, once a tenth of the documents have three versions (`reviseTenth`). */
	versioned?: BuildMeasurement & { revised: number };
	baseline: BaselineBuild;
	queries: QueryRun[];
}

export interface RealisticOptions {
	workDir: string;
	projectRoot: string;
	realDocumentIds: readonly string[];
	seed: number;
	buildTimeoutMs: (documents: number) => number;
	queryTimeoutMs: number;
}

/**
 * The library whose build is measured again once a tenth of its documents have three versions: at
 * 10,000 documents the three builds more would add some 35 minutes to the run.
 */
const VERSIONED_SIZE = 1000;

/**
 * Removes the first paragraph after the first block that calls no note (a note never called would
 * stop the build); in a text with none, adds a word to its last block instead.
 */
const removeParagraph = (blocks: string[]): void => {
	const at = blocks.findIndex((block, index) => index >= 1 && block.trim() !== '' && !/^[#[]/.test(block) && !block.includes('[^'));
	if (at >= 0) blocks.splice(at, 1);
	else blocks[blocks.length - 1] = `${blocks.at(-1)!.trimEnd()} Indeed.\n`;
};

/**
 * An editor's revisions of every tenth document, `round` 1 or 2: one word more in its first block,
 * or a paragraph removed, each published by the next build as a new version. Returns how many
 * it revised.
 */
async function reviseTenth(libraryDir: string, size: number, round: 1 | 2): Promise<number> {
	let revised = 0;
	for (let index = 1; index <= size; index += 10) {
		const file = join(libraryDir, `${documentId(index)}.md`);
		if (round === 1) await reviseDocument(file, 'Corrected the first paragraph.', addWord);
		else await reviseDocument(file, 'Removed a passage.', removeParagraph);
		revised++;
	}
	return revised;
}

/** The generated documents' running words: in all, and distinct. */
function wordCounts(texts: readonly string[]): { words: number; distinctWords: number } {
	const distinct = new Set<string>();
	let words = 0;
	for (const text of texts) {
		for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
			distinct.add(word);
			words++;
		}
	}
	return { words, distinctWords: distinct.size };
}

/** Builds and measures the realistic library of `size` documents, and its baseline. */
async function buildLibrary(
	size: number,
	options: RealisticOptions,
): Promise<{ library: Omit<RealisticLibrary, 'queries'>; queries: ReaderQuery[]; outDir: string }> {
	const { workDir, projectRoot, realDocumentIds, seed, buildTimeoutMs } = options;
	const libraryDir = join(workDir, 'realistic', String(size));
	const passagesDir = join(workDir, 'realistic-passages', String(size));
	const versionsDir = join(workDir, 'realistic-versions', String(size));
	const outDir = join(workDir, 'realistic-builds', String(size));
	log(`writing the realistic library of ${size} documents`);
	const generated = await writeRealisticLibrary(size, libraryDir, seed);
	const queries = readerQueries(generated, seed);
	const counts = wordCounts(generated.flatMap(({ paragraphs, notes }) => [...paragraphs, ...notes]));
	await rm(passagesDir, { recursive: true, force: true });
	await rm(versionsDir, { recursive: true, force: true });
	await mkdir(passagesDir, { recursive: true });
	for (const id of realDocumentIds) {
		await copyFile(join(projectRoot, 'content', 'documents', `${id}.md`), join(libraryDir, `${id}.md`));
		await copyFile(join(projectRoot, 'content', 'passages', `${id}.json`), join(passagesDir, `${id}.json`));
		await cp(join(projectRoot, 'content', 'versions', id), join(versionsDir, id), { recursive: true });
	}
	const documents = size + realDocumentIds.length;
	const env = { DOCUMENTS_DIR: libraryDir, PASSAGES_DIR: passagesDir, VERSIONS_DIR: versionsDir };
	const builds: Pick<RealisticLibrary, 'first' | 'second' | 'versioned' | 'failed'> = {};
	log(`building the realistic library of ${documents} documents, as npm run build does (no heap flag)`);
	try {
		builds.first = await measureBuild(outDir, env, documents, buildTimeoutMs(documents));
		log(`  ${builds.first.totalSeconds} s, peak ${(builds.first.peakMemoryBytes / 2 ** 30).toFixed(2)} GiB`);
		await reviseDocument(join(libraryDir, `${documentId(1)}.md`), 'Added a word.', addWord);
		log(`building it again, one document edited`);
		builds.second = await measureBuild(outDir, env, documents, buildTimeoutMs(documents), { first: false });
		log(`  ${builds.second.totalSeconds} s`);
		if (size === VERSIONED_SIZE) {
			let revised = 0;
			for (const round of [1, 2] as const) {
				revised = await reviseTenth(libraryDir, size, round);
				log(`publishing version ${round + 1} of ${revised} documents`);
				await measureBuild(outDir, env, documents, buildTimeoutMs(documents), { first: false });
			}
			log(`building it from nothing again, a tenth of its documents in three versions`);
			const versioned = await measureBuild(outDir, env, documents, buildTimeoutMs(documents));
			builds.versioned = { ...versioned, revised };
			log(`  ${versioned.totalSeconds} s, ${(versioned.outputBytes / 1e6).toFixed(1)} MB`);
		}
	} catch (error) {
		builds.failed = (error instanceof Error ? error.message : String(error)).slice(-1500);
		log(`  failed: ${builds.failed.split('\n')[0]}`);
	}
	log(`building the plain Astro + Pagefind baseline of the same ${documents} documents`);
	const baseline = await measureBaseline(libraryDir, join(workDir, 'baseline', String(size)), documents, buildTimeoutMs(documents));
	log(`  ${baseline.totalSeconds} s, peak ${(baseline.peakMemoryBytes / 2 ** 30).toFixed(2)} GiB`);
	const library = { documents, ...counts, ...builds, baseline };
	return { library, queries, outDir };
}

/** Every realistic library of `sizes`, built, measured, and searched with its query set. */
export async function benchRealistic(sizes: readonly number[], options: RealisticOptions): Promise<RealisticLibrary[]> {
	const built = [];
	for (const size of sizes) built.push(await buildLibrary(size, options));
	const browser = await launchChromium();
	try {
		const libraries: RealisticLibrary[] = [];
		for (const { library, queries, outDir } of built) {
			if (!library.first) {
				libraries.push({ ...library, queries: [] });
				continue;
			}
			await writePagefindApiPage(outDir);
			const server = await serveSite(outDir);
			try {
				log(`the reader's query set (${queries.length} queries) on the realistic library of ${library.documents} documents`);
				libraries.push({ ...library, queries: await measureQueries(browser, server.url, queries, options.queryTimeoutMs) });
			} finally {
				await server.close();
			}
		}
		return libraries;
	} finally {
		await browser.close();
	}
}
