/** The results as data (results.json), the targets they are judged against, and as Markdown. */
import type { LighthouseReport } from '../harness/lighthouse.ts';
import { kb, round, table, type Target } from './helpers.ts';
import type { BuildMeasurement } from './measure-build.ts';
import type { PageLoad } from './measure-page.ts';
import type { QualityMeasurement } from './measure-quality.ts';
import type { SearchMeasurement } from './measure-search.ts';
import type { RealisticLibrary } from './realistic.ts';
import { realisticSections, realisticTargets } from './report-realistic.ts';
import { resourceKinds } from './network.ts';

export interface Machine {
	date: string;
	nproc: number;
	cpu: string;
	memoryGiB: number;
	node: string;
	chromium: string;
	/** 1-minute load average when the bench started (before it added its own). */
	loadAverageAtStart: number;
	/** Share of the CPU other processes used, sampled for a second before and after the bench: above ~10 %, they skew its timings. */
	backgroundCpuShare: { start: number; end: number };
}

export interface SearchResult {
	/** Which build: the real site or a generated library. */
	build: string;
	documents: number;
	site: SearchMeasurement;
	defaultUi: SearchMeasurement;
}

export interface LibraryBuild extends BuildMeasurement {
	library: 'generated' | 'real';
	/** From nothing, or again after one document was edited (Astro's content cache and the kept citations in place). */
	build: 'first' | 'second';
	/** (this build's seconds − the next smaller generated build's) / the documents added. */
	marginalSecondsPerDocument?: number;
}

export interface Results {
	machine: Machine;
	seed: number;
	builds: LibraryBuild[];
	pageLoads: PageLoad[];
	searches: SearchResult[];
	quality: QualityMeasurement[];
	lighthouse: LighthouseReport[];
	/** The realistic libraries: distinct documents of real prose, with the query set drawn from each. */
	realistic: RealisticLibrary[];
	targets: Target[];
	benchSeconds: number;
}

/** The targets of the brief, judged on the worst case measured (1 KB = 1,000 bytes). */
export function judgeTargets(results: Omit<Results, 'targets'>): Target[] {
	const targets: Target[] = [];
	for (const load of results.pageLoads) {
		const path = new URL(load.url).pathname;
		const { beyondTextGzipBytes: beyond, transfer, javascript } = load;
		targets.push({
			name: `(i) first load of ${path}: ≤ 12 KB gzipped beyond the text, ≤ 3 requests, ≤ 5 KB gzipped JS before interaction`,
			met: beyond <= 12_000 && transfer.requests <= 3 && javascript.gzipBytes <= 5_000,
			figures: `${kb(beyond)} beyond the text (${kb(transfer.gzipBytes)} in all, text ${kb(load.textGzipBytes)}), ${transfer.requests} requests, JS ${kb(javascript.gzipBytes)}`,
		});
	}
	// 150 ms up to a thousand documents, 300 ms at ten thousand.
	const latencyLimit = (documents: number) => (documents < 10_000 ? 150 : 300);
	const late = results.searches.filter((search) => search.site.medianLatencyMs > latencyLimit(search.documents));
	const slowest = results.searches.reduce((worst, search) => (search.site.medianLatencyMs > worst.site.medianLatencyMs ? search : worst));
	targets.push({
		name: '(ii-a) search results within 150 ms of the last keystroke up to 1,000 documents, 300 ms at 10,000 (median of fresh pages, every query)',
		met: late.length === 0,
		figures:
			`${results.searches.length - late.length} of ${results.searches.length} within their limit; slowest: "${slowest.site.query}" on ${slowest.build}, ${slowest.site.medianLatencyMs} ms` +
			(late.length > 0
				? `; over: ${late.map((search) => `"${search.site.query}" on ${search.build} ${search.site.medianLatencyMs} ms`).join(', ')}`
				: ''),
	});
	const heavier = results.searches.filter((search) => search.site.medianGzipBytes > search.defaultUi.medianGzipBytes);
	targets.push({
		name: "(ii-b) search fetches no more bytes (gzipped) than Pagefind's Default UI for the same query",
		met: heavier.length === 0,
		figures:
			heavier.length === 0
				? 'the site fetched less for every query and build'
				: heavier
						.map(
							(search) =>
								`"${search.site.query}" on ${search.build}: ${kb(search.site.medianGzipBytes)} vs ${kb(search.defaultUi.medianGzipBytes)}`,
						)
						.join('; '),
	});
	const atTenThousand = results.searches.filter((search) => search.documents >= 10_000);
	const heaviest = atTenThousand.reduce<SearchResult | undefined>(
		(worst, search) => (!worst || search.site.medianGzipBytes > worst.site.medianGzipBytes ? search : worst),
		undefined,
	);
	targets.push({
		name: '(ii-c) search at 10,000 documents fetches under 300 KB (gzipped)',
		met: heaviest !== undefined && heaviest.site.medianGzipBytes < 300_000,
		figures: heaviest ? `most: "${heaviest.site.query}", ${kb(heaviest.site.medianGzipBytes)}` : notRun,
	});
	const at = (documents: number) =>
		results.builds.find((build) => build.documents === documents && build.library !== 'real' && build.build === 'first');
	const hundred = at(103);
	const thousand = at(1003);
	if (hundred && thousand) {
		const ratio = thousand.secondsPerDocument / hundred.secondsPerDocument;
		const marginal = (thousand.marginalSecondsPerDocument ?? 0) / (hundred.marginalSecondsPerDocument ?? 1);
		targets.push({
			name: '(iii) build time per document at 1,000 documents ≤ 1.2× that at 100',
			met: ratio <= 1.2,
			figures:
				`${ms(thousand.secondsPerDocument)} vs ${ms(hundred.secondsPerDocument)} per document: ${round(ratio)}×; ` +
				`without the fixed start-up cost (each size's extra time over the size below, per extra document): ${ms(thousand.marginalSecondsPerDocument ?? 0)} vs ${ms(hundred.marginalSecondsPerDocument ?? 0)}, ${round(marginal)}×`,
		});
	}
	const largest = results.builds.reduce((worst, build) =>
		build.largestListingPage.bytes > worst.largestListingPage.bytes ? build : worst,
	);
	targets.push({
		name: '(v) no page that lists things over 200 KB of HTML, in any build',
		met: largest.largestListingPage.bytes <= 200_000,
		figures: `largest: ${largest.largestListingPage.path} of the ${largest.documents}-document build, ${kb(largest.largestListingPage.bytes)}`,
	});
	for (const { numeral, commit, before, gzipBytes: earlier } of firstLoadsBefore) {
		for (const load of results.pageLoads) {
			const path = new URL(load.url).pathname;
			const index = earlierPages.indexOf(path);
			if (index < 0) continue;
			const { gzipBytes, requests } = load.transfer;
			const change = gzipBytes - earlier[index]!;
			targets.push({
				name: `(${numeral}) first load of ${path} no heavier than before ${before} (${commit}: ${kb(earlier[index]!)}, ${requestsBefore} requests)`,
				met: change <= 0 && requests <= requestsBefore,
				figures: `${kb(gzipBytes)} gzipped (${change === 0 ? 'the same' : `${change > 0 ? '+' : '−'}${Math.abs(change)} bytes`}), ${requests} requests`,
			});
		}
	}
	targets.push(...realisticTargets(results.realistic));
	return targets;
}

/** The document pages whose first loads the benchmarks of earlier commits recorded, in order. */
const earlierPages = [
	'/documents/natural-death-of-north-korean-stalinism/',
	'/documents/north-korea-is-not-a-socialist-society/',
	'/documents/support-north-koreas-workers/',
];

/**
 * Each of those pages' first load (gzipped bytes, in that order; 3 requests each) in the benchmark
 * of an earlier commit (its `bench/results.json`), before features that were to cost a first load
 * nothing.
 */
const firstLoadsBefore = [
	{
		numeral: 'vi',
		commit: '743dee9',
		before: "offline reading, the EPUBs, the reader's settings and reports of mistakes",
		gzipBytes: [18_138, 13_327, 14_217],
	},
	{
		numeral: 'vii',
		commit: '1b60f7d',
		before: 'the reading design (margin notes, the folded facts, the one-row header, the second column, languages)',
		gzipBytes: [18_530, 13_711, 14_582],
	},
];
const requestsBefore = 3;

const notRun = 'not measured: the 10,000-document library is built only by `npm run bench -- --with-10000`';

const percent = (share: number): string => `${Math.round(share * 100)} %`;
const ms = (seconds: number): string => `${(seconds * 1000).toFixed(1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`;
const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
/** "7.6 / 21.1" KB: gzipped / raw. */
const gzRaw = (gzip: number, raw: number): string => (raw === 0 ? '–' : `${(gzip / 1000).toFixed(1)} / ${(raw / 1000).toFixed(1)}`);

/** Each EPUB by name where there are a few; else the smallest, median and largest. */
function epubSummary(sizes: Record<string, number>): string {
	const entries = Object.entries(sizes).sort(([, a], [, b]) => a - b);
	if (entries.length <= 3) return entries.map(([id, bytes]) => `${id} ${kb(bytes)}`).join('; ');
	const at = (index: number) => kb(entries[index]![1]);
	return `${entries.length}: ${at(0)} / ${at(Math.floor(entries.length / 2))} / ${at(entries.length - 1)}`;
}

const share = (part: number, whole: number): string => `${part}/${whole} (${Math.round((100 * part) / whole)} %)`;

export function markdownReport(results: Results): string {
	const { machine } = results;
	const sections = [
		'# North Korea Reader: benchmark',
		`${machine.date} · ${machine.cpu}, ${machine.nproc} cores · ${machine.memoryGiB} GiB · Node ${machine.node} · Chromium ${machine.chromium} · seed ${results.seed} · bench ran ${Math.round(results.benchSeconds)} s · load average ${machine.loadAverageAtStart} at the start · other processes' CPU use ${percent(machine.backgroundCpuShare.start)} before the bench, ${percent(machine.backgroundCpuShare.end)} after`,
		...(Math.max(machine.backgroundCpuShare.start, machine.backgroundCpuShare.end) > 0.1
			? [`> **Other work was running on the machine**: the timings below are slower and noisier than on an idle machine.`]
			: []),
		'## Build (sequential)',
		"First = `npm run build -- --force` with no citations kept from an earlier build; second = `npm run build` again after one word was added to one document, with Astro's content cache and the kept citations in place. Peak memory = the most the build's processes (Node and Pagefind) held resident at once. Astro = wall-clock total − Pagefind (so it includes starting Node and Astro). Marginal = extra seconds over the next smaller library, per extra document. Pagefind index = `index/`, `fragment/`, `filter/`, meta and entry file; `pagefind/` also holds its scripts, styles and WebAssembly. Vocabulary = the words of the shards of `search-vocabulary/` (one first letter and one length each; their rare words' pages are files apart): search loads one a word typed, and the few around a word the index does not hold.",
		table(
			[
				'library',
				'documents',
				'build',
				'total s',
				'Astro s',
				'Pagefind s',
				'ms / document',
				'marginal ms / document',
				'peak memory',
				'largest page',
				'output',
				'files',
				'`pagefind/`',
				'Pagefind index',
				'vocabulary (words, shards, KB gz / raw)',
			],
			results.builds.map((build) => [
				build.library,
				build.documents,
				build.build === 'first' ? 'first' : 'second, one document edited',
				build.totalSeconds.toFixed(2),
				build.astroSeconds.toFixed(2),
				build.pagefindSeconds.toFixed(2),
				(build.secondsPerDocument * 1000).toFixed(1),
				build.marginalSecondsPerDocument === undefined ? '–' : (build.marginalSecondsPerDocument * 1000).toFixed(1),
				gib(build.peakMemoryBytes),
				`${build.largestPage.path} ${kb(build.largestPage.bytes)}`,
				mb(build.outputBytes),
				build.outputFiles,
				mb(build.pagefindBytes),
				mb(build.pagefindIndexBytes),
				`${build.vocabulary.words}, ${build.vocabulary.shards}, ${gzRaw(build.vocabulary.gzipBytes, build.vocabulary.bytes)}`,
			]),
		),
		'## The offline copy and the EPUB books',
		"Offline copy = what \"Keep the library for offline reading\" stores (`offline.json`: every page, the pages' scripts and styles, the search index); a reader who never asks stores only the pages they open (see the first load below). `sw.js` is fetched by the browser once a page is idle, after its load. EPUBs: each document's (`/documents/<id>/<id>.epub`: the smallest, the median and the largest where there are many) and the whole library's (`/library.epub`).",
		table(
			['library', 'documents', 'build', 'offline copy', 'files', '`sw.js` (KB gz / raw)', 'document EPUBs', 'library EPUB'],
			results.builds.map((build) => [
				build.library,
				build.documents,
				build.build,
				mb(build.offline.bytes),
				build.offline.files,
				gzRaw(build.offline.workerGzipBytes, build.offline.workerBytes),
				epubSummary(build.epubs.documents),
				mb(build.epubs.libraryBytes),
			]),
		),
		'## Document page, first load (empty cache, no interaction)',
		'KB gzipped (level 9) / raw; a file gzip would not shrink counts as sent raw.',
		table(
			[
				'page',
				'requests',
				...resourceKinds,
				'total',
				'text (gz)',
				'beyond text (gz)',
				'JS before interaction',
				'stored for offline, once idle',
			],
			results.pageLoads.map((load) => [
				new URL(load.url).pathname,
				load.transfer.requests,
				...resourceKinds.map((kind) => gzRaw(load.transfer.byKind[kind].gzipBytes, load.transfer.byKind[kind].bytes)),
				gzRaw(load.transfer.gzipBytes, load.transfer.bytes),
				kb(load.textGzipBytes),
				kb(load.beyondTextGzipBytes),
				load.javascript.runsBeforeInteraction
					? `yes: ${load.javascript.files.length} file(s), ${load.javascript.inlineScripts} inline, ${kb(load.javascript.gzipBytes)} gz`
					: 'none',
				`${load.storedForOffline.files} file(s), ${kb(load.storedForOffline.bytes)}`,
			]),
		),
		'## Search (Ctrl+K on a document page, query typed at once; medians of fresh pages)',
		"Bytes: every response from the shortcut until the results for the whole query appear (KB gzipped / raw). Default UI: Pagefind's own UI on a bare page, everything but that page. Latency: last keydown to the results in the DOM; warm = the query typed again in the same dialog. The Default UI waits 300 ms (its debounce) before searching.",
		table(
			['build', 'query', 'site KB', 'site requests', 'Default UI KB', 'Default UI requests', 'latency ms', 'warm ms', 'Default UI ms'],
			results.searches.map(({ build, site, defaultUi }) => [
				build,
				site.query,
				gzRaw(site.medianGzipBytes, site.medianBytes),
				site.medianRequests,
				gzRaw(defaultUi.medianGzipBytes, defaultUi.medianBytes),
				defaultUi.medianRequests,
				site.medianLatencyMs,
				site.medianWarmLatencyMs ?? '–',
				defaultUi.medianLatencyMs,
			]),
		),
		'## Search quality (harness/search-quality.ts, typed into the real search page)',
		'Right document: the document expected is the first result. Right passage: and its first passage link lands on the passage expected. Right words: the first result’s first passage link lands on the expected passage’s words, in whichever document holds them (a generated library recombines the real documents’ paragraphs, so several documents may). The generated library holds the three real documents among its generated ones.',
		table(
			['build', 'queries', 'right document', 'right passage', 'right words', 'missed (first result, its first passage)'],
			results.quality.map((quality) => [
				quality.build,
				quality.queries,
				share(quality.rightDocument, quality.queries),
				share(quality.rightPassage, quality.queries),
				share(quality.rightWords, quality.queries),
				quality.misses.map(({ query, first, passage }) => `${query} → ${first.split('/').at(-2) ?? first} #${passage}`).join('; ') || '–',
			]),
		),
		'## Lighthouse performance (mobile, default settings; real 3-document site)',
		table(
			['page', 'performance', 'audits below full marks'],
			results.lighthouse.map((report) => [
				new URL(report.url).pathname + new URL(report.url).search,
				report.scores.performance ?? '–',
				report.failures.join('; ') || '–',
			]),
		),
		...realisticSections(results.realistic),
		'## Targets',
		table(
			['target', 'met', 'figures'],
			results.targets.map((target) => [target.name, target.met ? 'yes' : '**no**', target.figures]),
		),
	];
	return `${sections.join('\n\n')}\n`;
}
