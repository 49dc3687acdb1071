/** The realistic libraries' figures, judged against their targets, and as Markdown. */
import { kb, median, round, table, type Target } from './helpers.ts';
import type { QueryRun } from './measure-queries.ts';
import type { RealisticLibrary } from './realistic.ts';
import type { ReaderQuery } from './realistic-queries.ts';

const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const ms = (seconds: number): string => `${(seconds * 1000).toFixed(1)} ms`;
const notBuilt = (size: number, flag: string) =>
	`not measured: the ${size.toLocaleString('en')}-document library is built only by \`npm run bench -- ${flag}\``;

/** The value below which `share` of the values lie. */
function percentile(values: readonly number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

const ofKind = (runs: readonly QueryRun[], kind: ReaderQuery['kind']) => runs.filter((run) => run.kind === kind);
const right = (runs: readonly QueryRun[]) => runs.filter((run) => run.rightDocument).length;

/** The library of about `size` documents (the real three among them), if it was built. */
const near = (libraries: readonly RealisticLibrary[], size: number) =>
	libraries.find(({ documents }) => documents >= size && documents < size + 10);

export function realisticTargets(libraries: readonly RealisticLibrary[]): Target[] {
	const targets: Target[] = [];
	for (const [size, limit, flag] of [
		[10_000, 4, '--with-10000'],
		[30_000, 8, '--with-30000'],
	] as const) {
		const library = near(libraries, size);
		targets.push({
			name: `(R1) \`npm run build\` of the realistic library of ${size.toLocaleString('en')} documents, no heap flag: peak memory of all its processes ≤ ${limit} GiB`,
			met: library?.first !== undefined && library.first.peakMemoryBytes <= limit * 2 ** 30,
			figures: !library
				? notBuilt(size, flag)
				: library.first
					? `peak ${gib(library.first.peakMemoryBytes)}; the plain Astro + Pagefind build of the same Markdown: ${gib(library.baseline.peakMemoryBytes)}`
					: `the build failed: ${library.failed?.split('\n').find((line) => /heap|memory|error/i.test(line)) ?? library.failed}`,
		});
	}
	const tenThousand = near(libraries, 10_000);
	targets.push({
		name: '(R2) a first build at 10,000 documents: ≤ 2× the plain Astro + Pagefind build a document, measured in the same run (aim: ≤ 25 ms a document)',
		met: tenThousand?.first !== undefined && tenThousand.first.secondsPerDocument <= 2 * tenThousand.baseline.secondsPerDocument,
		figures: tenThousand?.first
			? `${ms(tenThousand.first.secondsPerDocument)} vs ${ms(tenThousand.baseline.secondsPerDocument)} a document: ${round(tenThousand.first.secondsPerDocument / tenThousand.baseline.secondsPerDocument)}×`
			: tenThousand
				? 'the build failed'
				: notBuilt(10_000, '--with-10000'),
	});
	for (const library of libraries.filter(({ first, second }) => first && second)) {
		const ratio = library.second!.totalSeconds / library.first!.totalSeconds;
		targets.push({
			name: `(R3) a rebuild after editing one document of ${library.documents.toLocaleString('en')} takes ≤ ⅓ of the first build`,
			met: ratio <= 1 / 3,
			figures: `${library.second!.totalSeconds.toFixed(1)} s vs ${library.first!.totalSeconds.toFixed(1)} s: ${round(ratio)}`,
		});
	}
	for (const library of libraries.filter(({ first }) => first)) {
		const { path, bytes } = library.first!.largestListingPage;
		targets.push({
			name: `(R4) every page that lists things under 200 KB of HTML, at ${library.documents.toLocaleString('en')} documents (20,000-word documents included)`,
			met: bytes < 200_000,
			figures: `largest: ${path} ${kb(bytes)}; the largest page of all: ${library.first!.largestPage.path} ${kb(library.first!.largestPage.bytes)}`,
		});
	}
	for (const library of libraries.filter(({ queries }) => queries.length > 0)) {
		const { queries, documents } = library;
		const at = `at ${documents.toLocaleString('en')} documents`;
		for (const [kind, what] of [
			['exact-form', 'a word one document alone holds as typed, others another form of it'],
			['phrase', 'a quoted phrase one document alone holds'],
			['name', 'a name one document alone holds'],
			['misspelling', 'such a word misspelt'],
		] as const) {
			const runs = ofKind(queries, kind);
			const missed = runs.filter((run) => !run.rightDocument);
			targets.push({
				name: `(R5) ${what}: its document first, ${at}`,
				met: runs.length > 0 && missed.length === 0,
				figures:
					`${right(runs)} of ${runs.length}; the first passage link on the passage: ${runs.filter((run) => run.rightPassage).length}` +
					(missed.length > 0 ? `; missed: ${missed.map((run) => `${run.query} → ${run.first}`).join(', ')}` : ''),
			});
		}
		const misspelt = ofKind(queries, 'misspelling');
		const mostVocabulary = Math.max(0, ...misspelt.map((run) => run.site.vocabularyGzipBytes));
		if (documents >= 10_000) {
			targets.push({
				name: `(R6) a misspelt query fetches ≤ 30 KB gzipped of the vocabulary, ${at}`,
				met: misspelt.length > 0 && mostVocabulary <= 30_000,
				figures: `most: ${kb(mostVocabulary)}; median ${kb(median(misspelt.map((run) => run.site.vocabularyGzipBytes)))}`,
			});
		}
		const siteMs = median(queries.map((run) => run.site.ms));
		const apiMs = median(queries.map((run) => run.pagefind.ms));
		const siteBytes = median(queries.map((run) => run.site.gzipBytes));
		const apiBytes = median(queries.map((run) => run.pagefind.gzipBytes));
		targets.push({
			name: `(R7) first results within 1.25× Pagefind's own JS API on the same index, time and bytes (medians over the query set, navigation to first results), ${at}`,
			met: siteMs <= 1.25 * apiMs && siteBytes <= 1.25 * apiBytes,
			figures: `${siteMs} ms vs ${apiMs} ms (${round(siteMs / apiMs)}×); ${kb(siteBytes)} vs ${kb(apiBytes)} gzipped (${round(siteBytes / apiBytes)}×)`,
		});
		if (documents >= 10_000) {
			const ninety = percentile(
				queries.map((run) => run.site.gzipBytes),
				0.9,
			);
			targets.push({
				name: `(R8) under 300 KB for 90 % of the query set, ${at}`,
				met: ninety < 300_000,
				figures: `90th percentile ${kb(ninety)}`,
			});
		}
	}
	return targets;
}

export function realisticSections(libraries: readonly RealisticLibrary[]): string[] {
	if (libraries.length === 0) return [];
	return [
		'## A realistic library (bench/realistic-library.ts)',
		"Distinct documents of real prose (the State of the Union addresses of 1790–2021 and Moby-Dick, from npm), 300–3,000 words for most and about 20,000 for one in 150, with headings, notes and the topics the prose names; the three real documents among them. Built as `npm run build` builds (no heap flag). Baseline: a plain Astro site of the same Markdown, one bare page a document, then Pagefind's command line, built in the same run. Second: `npm run build` again after one word was added to one document, described in its `revision:` (so published as its version 2).",
		table(
			[
				'documents',
				'words (distinct)',
				'first s',
				'ms / document',
				'peak',
				'second s',
				'baseline s',
				'baseline ms / document',
				'baseline peak',
				'largest listing page',
				'vocabulary shards (largest, gz)',
			],
			libraries.map((library) => [
				library.documents.toLocaleString('en'),
				`${library.words.toLocaleString('en')} (${library.distinctWords.toLocaleString('en')})`,
				library.first ? library.first.totalSeconds.toFixed(1) : `failed`,
				library.first ? ms(library.first.secondsPerDocument) : '–',
				library.first ? gib(library.first.peakMemoryBytes) : '–',
				library.second ? library.second.totalSeconds.toFixed(1) : '–',
				library.baseline.totalSeconds.toFixed(1),
				ms(library.baseline.secondsPerDocument),
				gib(library.baseline.peakMemoryBytes),
				library.first ? `${library.first.largestListingPage.path} ${kb(library.first.largestListingPage.bytes)}` : '–',
				library.first ? `${library.first.vocabulary.shards} (${kb(library.first.vocabulary.largestShardGzipBytes)})` : '–',
			]),
		),
		'### Versions',
		'The same library built from nothing again once a tenth of its documents have three versions (two revisions, each published by a build: a word added to the first paragraph, then a paragraph removed), beside its first build, when every document had one. Earlier versions each have a page, and each revised document a list of its versions.',
		table(
			[
				'documents',
				'revised',
				'first s',
				'versioned s',
				'time',
				'first output',
				'versioned output',
				'size',
				'first files',
				'versioned files',
				'peak',
			],
			libraries
				.filter(({ first, versioned }) => first && versioned)
				.map(({ documents, first, versioned }) => [
					documents.toLocaleString('en'),
					versioned!.revised.toLocaleString('en'),
					first!.totalSeconds.toFixed(1),
					versioned!.totalSeconds.toFixed(1),
					`${round(versioned!.totalSeconds / first!.totalSeconds)}×`,
					`${(first!.outputBytes / 1e6).toFixed(1)} MB`,
					`${(versioned!.outputBytes / 1e6).toFixed(1)} MB`,
					`${round(versioned!.outputBytes / first!.outputBytes)}×`,
					first!.outputFiles.toLocaleString('en'),
					versioned!.outputFiles.toLocaleString('en'),
					`${gib(first!.peakMemoryBytes)} → ${gib(versioned!.peakMemoryBytes)}`,
				]),
		),
		"### The reader's query set on it",
		"Each query opened as `/search/?q=…` in a fresh profile: time from the navigation to the results in the page, and every byte fetched by then (gzipped); Pagefind = its own JS API answering the same query on a bare page of the same build, showing its first five results. Medians over the kind's queries.",
		table(
			[
				'documents',
				'kind',
				'queries',
				'right document',
				'right passage',
				'site ms',
				'Pagefind ms',
				'site KB',
				'Pagefind KB',
				'vocabulary KB (most)',
			],
			libraries.flatMap((library) =>
				(['exact-form', 'phrase', 'name', 'misspelling'] as const).map((kind) => {
					const runs = ofKind(library.queries, kind);
					return [
						library.documents.toLocaleString('en'),
						kind,
						runs.length,
						right(runs),
						runs.filter((run) => run.rightPassage).length,
						median(runs.map((run) => run.site.ms)),
						median(runs.map((run) => run.pagefind.ms)),
						kb(median(runs.map((run) => run.site.gzipBytes))),
						kb(median(runs.map((run) => run.pagefind.gzipBytes))),
						kb(Math.max(0, ...runs.map((run) => run.site.vocabularyGzipBytes))),
					];
				}),
			),
		),
	];
}
