/**
 * The benchmark, end to end: generate libraries of 10, 100 and 1,000 documents from the real
 * corpus (each with the three real documents among them); build each and the real site, and the
 * library of 1,000 a second time after editing one of its documents; build the realistic library
 * of 1,000 distinct documents of real prose (and of 10,000 with `--with-10000`, 30,000 with
 * `--with-30000`), again after an edit, and the plain Astro + Pagefind baseline of each; then
 * measure the real site's first load, search's speed on the real site and the libraries, search's
 * quality on the real site and at 1,000 documents, the reader's query set on each realistic
 * library, and Lighthouse. Writes bench/results.json and BENCHMARKS.md and prints the Markdown.
 *
 *   node bench/run.ts [--with-10000] [--with-30000]
 *
 * Everything it builds stays in bench/.work/ (never dist/); servers listen on 127.0.0.1 only.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../harness/browser.ts';
import { type LighthouseReport, runLighthouse } from '../harness/lighthouse.ts';
import { serveSite } from '../harness/server.ts';
import { readCorpus } from './corpus.ts';
import { generateLibrary } from './generate-library.ts';
import { benchRealistic, type RealisticLibrary } from './realistic.ts';
import { documentId } from './realistic-library.ts';
import { addWord, backgroundCpuShare, childProcessIds, log, reviseDocument, round, withTimeout } from './helpers.ts';
import { type BuildMeasurement, measureBuild } from './measure-build.ts';
import { measurePageLoad, type PageLoad } from './measure-page.ts';
import { measureQuality, type QualityMeasurement } from './measure-quality.ts';
import { measureSearch, writeDefaultUiPage } from './measure-search.ts';
import { judgeTargets, type LibraryBuild, type Machine, markdownReport, type Results, type SearchResult } from './report.ts';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = join(benchDir, '..');
const workDir = join(benchDir, '.work');

/** Same seed, same libraries: change it only to check that a result does not hinge on one draw. */
const SEED = 20251122;
/** The realistic library of 10,000 takes 20 to 40 minutes to build here, and of 30,000 three times that, so they are built only when asked for. */
const WITH_10000 = process.argv.includes('--with-10000');
const WITH_30000 = process.argv.includes('--with-30000');
const LIBRARY_SIZES = [10, 100, 1000];
const REALISTIC_SIZES = [1000, ...(WITH_10000 ? [10_000] : []), ...(WITH_30000 ? [30_000] : [])];
/** The library built a second time, after one document is edited. */
const SECOND_BUILD_SIZE = 1000;
/** The generated library search is timed on, beside the real site and the realistic libraries; its quality is judged at 1,000. */
const SEARCH_SIZES = [1000];
const QUERIES = ['famine', 'Kim Il Sung', 'Reichman', 'socialism', 'Agreed Framework'];
/** Fresh pages per query and UI; the median is reported. */
const SEARCH_REPEATS = 5;
const REAL_DOCUMENT_PATHS = [
	'documents/natural-death-of-north-korean-stalinism/',
	'documents/north-korea-is-not-a-socialist-society/',
	'documents/support-north-koreas-workers/',
];
const LIGHTHOUSE_PATHS = ['', REAL_DOCUMENT_PATHS[0]!, 'search/?q=famine'];

/** The bench takes 15 to 30 minutes here, 30 to 60 more with 10,000 documents; past these it stops rather than hang. */
const BENCH_TIMEOUT_MS = (WITH_30000 ? 360 : WITH_10000 ? 120 : 45) * 60_000;
/** A build's time limit: minutes per thousand documents, and a few for the start. */
const buildTimeoutMs = (documents: number) => (5 + Math.ceil(documents / 1000) * 4) * 60_000;
const STEP_TIMEOUT_MS = 20_000;
const LIGHTHOUSE_TIMEOUT_MS = 120_000;
const QUALITY_TIMEOUT_MS = 5 * 60_000;

async function machineFacts(chromium: string, loadAverageAtStart: number, background: Machine['backgroundCpuShare']): Promise<Machine> {
	const cpuinfo = await readFile('/proc/cpuinfo', 'utf8');
	return {
		date: new Date().toISOString(),
		nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
		cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
		memoryGiB: round(totalmem() / 2 ** 30, 1),
		node: process.version,
		chromium,
		loadAverageAtStart,
		backgroundCpuShare: background,
	};
}

async function buildAll(): Promise<Results['builds']> {
	const corpus = await readCorpus(join(projectRoot, 'content', 'documents'));
	const builds: LibraryBuild[] = [];
	// Unmeasured: the first build after a change pays once for Vite's dependency scan and a cold
	// disk cache, which would otherwise land on the smallest library.
	log('warm-up build of the real site');
	await measureBuild(join(workDir, 'site'), {}, REAL_DOCUMENT_PATHS.length, buildTimeoutMs(0));
	let smaller: BuildMeasurement | undefined;
	for (const size of LIBRARY_SIZES) {
		const libraryDir = join(workDir, 'libraries', String(size));
		await generateLibrary(corpus, size, libraryDir, SEED);
		// Each library is published afresh, with ledgers of its own: a ledger left by a larger library
		// would name documents this one lacks, and stop its build.
		const passagesDir = join(workDir, 'passages', String(size));
		const versionsDir = join(workDir, 'versions', String(size));
		await rm(passagesDir, { recursive: true, force: true });
		await rm(versionsDir, { recursive: true, force: true });
		await mkdir(passagesDir, { recursive: true });
		// The real documents (and their published paragraph ids) among the generated ones, so that
		// search quality is measured at this size too.
		for (const path of REAL_DOCUMENT_PATHS) {
			const id = path.split('/').at(-2)!;
			await copyFile(join(projectRoot, 'content', 'documents', `${id}.md`), join(libraryDir, `${id}.md`));
			await copyFile(join(projectRoot, 'content', 'passages', `${id}.json`), join(passagesDir, `${id}.json`));
			await cp(join(projectRoot, 'content', 'versions', id), join(versionsDir, id), { recursive: true });
		}
		const documents = size + REAL_DOCUMENT_PATHS.length;
		log(`building ${size} generated documents and the real ones`);
		const env = { DOCUMENTS_DIR: libraryDir, PASSAGES_DIR: passagesDir, VERSIONS_DIR: versionsDir };
		const outDir = join(workDir, 'builds', String(size));
		const build = await measureBuild(outDir, env, documents, buildTimeoutMs(documents));
		// The cost of the documents added since the smaller library, free of the fixed start-up cost.
		const marginal = smaller && round((build.totalSeconds - smaller.totalSeconds) / (documents - smaller.documents), 4);
		builds.push({
			library: 'generated',
			build: 'first',
			...build,
			...(marginal !== undefined && { marginalSecondsPerDocument: marginal }),
		});
		log(`  ${build.totalSeconds} s (Pagefind ${build.pagefindSeconds} s), peak ${(build.peakMemoryBytes / 2 ** 30).toFixed(2)} GiB`);
		smaller = build;
		if (size === SECOND_BUILD_SIZE) {
			// What a writer waits for after correcting one document: Astro's content cache and the
			// citations kept between builds hold the rest.
			await reviseDocument(join(libraryDir, 'doc-0001.md'), 'Added a word.', addWord);
			log(`building ${size} generated documents again, one of them edited`);
			const second = await measureBuild(outDir, env, documents, buildTimeoutMs(documents), { first: false });
			builds.push({ library: 'generated', build: 'second', ...second });
			log(`  ${second.totalSeconds} s`);
		}
	}
	// Last, so that Astro's content cache is left holding the real documents.
	log('building the real site');
	builds.push({
		library: 'real',
		build: 'first',
		...(await measureBuild(join(workDir, 'site'), {}, REAL_DOCUMENT_PATHS.length, buildTimeoutMs(0))),
	});
	return builds;
}

async function measureInBrowser(
	realistic: readonly RealisticLibrary[],
): Promise<{ chromium: string } & Pick<Results, 'pageLoads' | 'searches' | 'quality'>> {
	const realDir = join(workDir, 'site');
	await writeDefaultUiPage(realDir);
	const real = await serveSite(realDir);
	const libraries = [];
	for (const size of SEARCH_SIZES) {
		const dir = join(workDir, 'builds', String(size));
		await writeDefaultUiPage(dir);
		libraries.push({
			build: `${size} documents`,
			documents: size + REAL_DOCUMENT_PATHS.length,
			page: 'documents/doc-0001/',
			server: await serveSite(dir),
		});
	}
	for (const { documents } of realistic.filter(({ first }) => first)) {
		const dir = join(workDir, 'realistic-builds', String(documents - REAL_DOCUMENT_PATHS.length));
		await writeDefaultUiPage(dir);
		libraries.push({ build: `realistic ${documents}`, documents, page: `documents/${documentId(1)}/`, server: await serveSite(dir) });
	}
	const browser = await launchChromium();
	try {
		const pageLoads: PageLoad[] = [];
		for (const path of REAL_DOCUMENT_PATHS) {
			log(`first load of /${path}`);
			pageLoads.push(await measurePageLoad(browser, new URL(path, real.url).href, STEP_TIMEOUT_MS));
		}
		const searchTargets = [
			{ build: 'real site', documents: REAL_DOCUMENT_PATHS.length, url: real.url, page: REAL_DOCUMENT_PATHS[0]! },
			...libraries.map(({ build, documents, page, server }) => ({ build, documents, url: server.url, page })),
		];
		const searches: SearchResult[] = [];
		for (const target of searchTargets) {
			for (const query of QUERIES) {
				log(`search "${query}" on the ${target.build}`);
				const measured = await measureSearch(browser, target.url, target.page, query, {
					repeats: SEARCH_REPEATS,
					timeoutMs: STEP_TIMEOUT_MS,
				});
				searches.push({ build: target.build, documents: target.documents, ...measured });
			}
		}
		const quality: QualityMeasurement[] = [];
		for (const target of searchTargets.filter(({ build }) => !build.startsWith('realistic'))) {
			log(`search quality on the ${target.build}`);
			quality.push(
				await withTimeout(measureQuality(browser, target, real.url), QUALITY_TIMEOUT_MS, `search quality on the ${target.build}`),
			);
		}
		return { chromium: browser.version(), pageLoads, searches, quality };
	} finally {
		await browser.close();
		await real.close();
		for (const { server } of libraries) await server.close();
	}
}

/** One page at a time, with no other browser running, since Lighthouse times the page's work. */
async function measureLighthouse(): Promise<LighthouseReport[]> {
	const real = await serveSite(join(workDir, 'site'));
	try {
		const reports: LighthouseReport[] = [];
		for (const path of LIGHTHOUSE_PATHS) {
			log(`Lighthouse /${path}`);
			reports.push(
				await withTimeout(runLighthouse(new URL(path, real.url).href, ['performance']), LIGHTHOUSE_TIMEOUT_MS, `Lighthouse /${path}`),
			);
		}
		return reports;
	} finally {
		await real.close();
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	const loadAverageAtStart = round(loadavg()[0]!);
	const backgroundAtStart = await backgroundCpuShare();
	const builds = await buildAll();
	const realistic = await benchRealistic(REALISTIC_SIZES, {
		workDir,
		projectRoot,
		realDocumentIds: REAL_DOCUMENT_PATHS.map((path) => path.split('/').at(-2)!),
		seed: SEED,
		buildTimeoutMs,
		queryTimeoutMs: STEP_TIMEOUT_MS,
	});
	const { chromium, pageLoads, searches, quality } = await measureInBrowser(realistic);
	const lighthouse = await measureLighthouse();
	const machine = await machineFacts(chromium, loadAverageAtStart, { start: backgroundAtStart, end: await backgroundCpuShare() });
	const measured = {
		machine,
		seed: SEED,
		builds,
		pageLoads,
		searches,
		quality,
		lighthouse,
		realistic,
		benchSeconds: (performance.now() - started) / 1000,
	};
	const results: Results = { ...measured, targets: judgeTargets(measured) };
	const markdown = markdownReport(results);
	await writeFile(join(benchDir, 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	// The record the project keeps: BENCHMARKS.md at the root, the data beside this file.
	await writeFile(join(benchDir, '..', 'BENCHMARKS.md'), markdown);
	process.stdout.write(markdown);
}

/** Ends what this process started (by id) and exits; used on error and on the overall timeout. */
async function abort(reason: unknown): Promise<never> {
	console.error(reason instanceof Error ? (reason.stack ?? reason.message) : reason);
	for (const id of await childProcessIds()) {
		try {
			process.kill(id, 'SIGTERM');
		} catch {
			// already gone
		}
	}
	process.exit(1);
}

const watchdog = setTimeout(() => void abort(new Error(`the bench took over ${BENCH_TIMEOUT_MS / 60_000} minutes`)), BENCH_TIMEOUT_MS);
watchdog.unref();
try {
	await main();
} catch (error) {
	await abort(error);
}
