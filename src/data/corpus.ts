/**
 * What needs every document, topic and cited work at once: the documents' text with their topics
 * and cited works linked (the second pass, `src/markdown/corpus-pipeline.ts`), checked
 * (`corpus-checks.ts`), its ledgers and versions recorded, and indexed (`corpus-index.ts`), in the
 * named steps of `buildCorpus`. Worked out once per build, when the first page asks; a problem
 * stops the build, naming its file, before anything is recorded.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { type CollectionEntry, getCollection } from 'astro:content';
import { openingWords } from '../core/passages/excerpt.ts';
import { topicPath, workPath } from '../core/site/paths.ts';
import { createTopicMatcher } from '../core/search/topic-matcher.ts';
import { sitePath } from '../core/site/urls.ts';
import { corpusPipeline } from '../markdown/corpus-pipeline.ts';
import type { OutlinePassage } from '../markdown/rehype-passage-outline.ts';
import type { WorkCitation } from '../markdown/rehype-work-citations.ts';
import {
	type CheckedDocument,
	CorpusError,
	corpusProblems,
	type HomelessPassages,
	ledgerProblems,
	stopOn,
	topicProblems,
} from './corpus-checks.ts';
import type * as Index from './corpus-index.ts';
import { byName, indexCorpus } from './corpus-index.ts';
import { reportsAddress } from './mistake-reports.ts';
import { type DocumentEntry, documentSource, getLibrary, linesBeforeText, renderedHtml } from './library.ts';
import { committedLedgerProblems } from './committed-ledgers.ts';
import { describeChanges, ledgerDir, ledgerIds, ledgerPath, readLedger, writeLedger } from './passage-ledgers.ts';
import type { Ledger } from '../core/passages/passage-ledger.ts';
import { type NewVersion, nextVersion, type VersionRecord } from '../build/versions/versions.ts';
import type { VersionFacts } from '../schemas/version.ts';
import { renderVersion, type VersionText } from './version-texts.ts';
import { buildDay, committedVersionProblems, readVersions, writeVersion } from './versions.ts';

export type TopicEntry = CollectionEntry<'topics'>;
export type WorkEntry = CollectionEntry<'works'>;
export type MentionsIn = Index.MentionsIn<DocumentEntry>;
export type CitationsIn = Index.CitationsIn<DocumentEntry>;
export type RelatedDocument = Index.RelatedDocument<DocumentEntry, TopicEntry>;

interface LinkedDocument {
	entry: DocumentEntry;
	/** The document's text, its topics and cited works linked. */
	html: string;
	/** The works the document cites, with the passage or note that cites each. */
	citations: WorkCitation[];
	/** Its sections and paragraphs in reading order: a section by its title, a paragraph by its opening words. */
	outline: OutlinePassage[];
}

/** How many of a paragraph's words name it on the citation page. */
const OPENING_WORDS = 16;

/**
 * The most documents a topic's or a work's page lists: one that thousands of documents name runs
 * over several pages, and so does one whose passages are too many for a page (`list-pages.ts`).
 */
export const LIST_PAGE_SIZE = 20;

export interface Corpus extends Index.CorpusIndex<DocumentEntry, TopicEntry, WorkEntry> {
	/** The topics, by name. */
	topics: TopicEntry[];
	/** The works the documents cite, in the order of their ids. */
	works: WorkEntry[];
	document(id: string): LinkedDocument;
	/** The document's published versions, oldest first: the last is its current text. */
	versions(id: string): DocumentVersions;
	/** The text of an earlier version (not the current one). */
	earlierVersion(id: string, version: number): Promise<VersionText>;
}

export interface DocumentVersions {
	/** Each version's facts, oldest first, the one this build publishes included. */
	list: VersionFacts[];
	/** The number of the current version. */
	current: number;
	/** The current text's passages' words, by id, for what its version changed; only kept where there are earlier versions. */
	currentTexts: Map<string, string>;
}

const topicNames = (topic: TopicEntry) => ({ id: topic.id, filePath: topic.filePath ?? topic.id, ...topic.data });

type SecondPass = ReturnType<typeof corpusPipeline>;

/** A document's passage ledger as this build leaves it, beside the one it read. */
type LedgerOutcome = HomelessPassages & { published: Ledger | undefined; next: Ledger; changes: string | undefined };

/** One document through the second pass, with what its ledger and its versions make of it. */
interface RenderedDocument {
	linked: LinkedDocument;
	indexed: Index.IndexedDocument<DocumentEntry>;
	checked: CheckedDocument;
	ledger: LedgerOutcome;
	versions: DocumentVersions;
	/** Its earlier versions, oldest first, for their pages. */
	earlier: VersionRecord[];
	/** The version this build publishes, where its words changed. */
	newVersion: NewVersion | undefined;
	ledgerProblems: string[];
	versionProblems: string[];
}

/** Step 1: a document rendered, its passages matched to its ledger and its next version worked out. */
async function renderDocument(entry: DocumentEntry, pass: SecondPass, today: string): Promise<RenderedDocument> {
	const { ledger: published, problems: ledgerProblems } = await readLedger(entry.id);
	const source = await documentSource(entry);
	const file = await pass.process({
		value: renderedHtml(entry),
		data: { publishedLedger: published, linesBeforeText: reportsAddress ? linesBeforeText(entry, source) : undefined },
	});
	const { anchors = new Set(), links = [], outline = [], topicMentions = [], workCitations = [], passageLedger } = file.data;
	const filePath = entry.filePath ?? entry.id;
	const recorded = await readVersions(entry.id);
	const { version, problems: versionOutcome } = nextVersion(recorded.records, {
		filePath,
		body: source.body,
		revision: entry.data.revision,
		ids: passageLedger!.ids,
		changes: passageLedger!.changes,
		today,
	});
	const list = [...recorded.records, ...(version ? [version] : [])].map(({ version, date, revision, digest, passages, changes }) => ({
		version,
		date,
		...(revision !== undefined && { revision }),
		digest,
		passages,
		changes,
	}));
	const earlier = version ? recorded.records : recorded.records.slice(0, -1);
	// Kept compressed until its page asks: ten thousand documents' text would otherwise hold a
	// gigabyte for the whole build, beside the copy Astro's content store keeps.
	const html = deflateRawSync(String(file), { level: 1 });
	return {
		linked: {
			entry,
			get html() {
				return inflateRawSync(html).toString('utf8');
			},
			citations: workCitations,
			// A paragraph's whole text is not kept for the build: its opening is all a page shows of it.
			outline: outline.map((passage) =>
				passage.kind === 'paragraph' ? { ...passage, text: openingWords(passage.text, OPENING_WORDS) } : passage,
			),
		},
		// Every mention, for the indexes; they keep only the first in each passage.
		indexed: { entry, mentions: topicMentions, citations: workCitations },
		checked: {
			id: entry.id,
			filePath,
			body: source.body,
			linesAboveText: linesBeforeText(entry, source),
			anchors,
			links,
			citations: workCitations,
			mentions: topicMentions,
		},
		ledger: {
			id: entry.id,
			filePath,
			ledgerPath: ledgerPath(entry.id),
			homeless: passageLedger!.homeless,
			published,
			next: passageLedger!.ledger,
			changes: passageLedger!.changes.length > 0 ? describeChanges(entry.id, passageLedger!.changes) : undefined,
		},
		versions: {
			list,
			current: list.at(-1)?.version ?? 1,
			currentTexts: earlier.length > 0 ? new Map(passageLedger!.ledger.passages.map(({ id, text }) => [id, text])) : new Map(),
		},
		earlier,
		newVersion: version,
		ledgerProblems,
		versionProblems: [...recorded.problems, ...versionOutcome],
	};
}

/**
 * Step 2: the earlier versions, rendered now and kept for their pages, and checked as the current
 * text is; one that cannot be rendered is a problem of its version.
 */
async function renderEarlierVersions(earlierRecords: ReadonlyMap<string, VersionRecord[]>, pass: SecondPass) {
	const rendered = new Map<string, Promise<VersionText>>();
	const checked: CheckedDocument[] = [];
	const problems: string[] = [];
	for (const [id, records] of earlierRecords) {
		for (const record of records) {
			const text = renderVersion(record, pass);
			rendered.set(`${id}/${record.version}`, text);
			try {
				checked.push({
					id,
					version: record.version,
					filePath: record.path,
					body: record.body,
					linesAboveText: record.linesAboveText,
					...(await text).checked,
				});
			} catch (error) {
				problems.push((error as Error).message);
			}
		}
	}
	return { rendered, checked, problems };
}

/** Step 3: every problem of the corpus, its ledgers and its versions, together; the build stops on any. */
async function checkCorpus({
	rendered,
	earlier,
	topics,
	works,
}: {
	rendered: readonly RenderedDocument[];
	earlier: { checked: CheckedDocument[]; problems: string[] };
	topics: readonly TopicEntry[];
	works: readonly WorkEntry[];
}): Promise<void> {
	const ids = rendered.map(({ linked }) => linked.entry.id);
	const versionProblems = [...rendered.flatMap((document) => document.versionProblems), ...earlier.problems];
	const known = new Set(ids);
	const orphans = (await ledgerIds()).filter((id) => !known.has(id)).map((id) => ({ id, path: ledgerPath(id) }));
	// A version file that is missing or altered is named once, by the check that found it first.
	const named = new Set(versionProblems.map((problem) => problem.split(':')[0]));
	const committedVersions = (await committedVersionProblems(ids)).filter((problem) => !named.has(problem.split(':')[0]));
	stopOn([
		...rendered.flatMap((document) => document.ledgerProblems),
		...versionProblems,
		...committedVersions,
		...(await committedLedgerProblems(ledgerDir, ids, ledgerPath)),
		...ledgerProblems(
			rendered.map(({ ledger }) => ledger),
			orphans,
		),
		...corpusProblems({
			documents: [...rendered.map(({ checked }) => checked), ...earlier.checked],
			works: works.map(({ id, filePath }) => ({ id, filePath: filePath ?? id })),
			topics: topics.map(topicNames),
		}),
	]);
}

/**
 * Step 4, once the corpus is sound: the ledgers and the versions this build published, written
 * into content/ for the next build to keep, as a lockfile is.
 */
async function recordLedgersAndVersions(rendered: readonly RenderedDocument[]): Promise<void> {
	for (const { id, published, next, changes } of rendered.map(({ ledger }) => ledger)) {
		if (!(await writeLedger(id, next, published))) continue;
		console.info(
			`[passages] ${published ? (changes ?? `${id}: the ledger's form changed.`) : `${id}: recorded ${next.passages.length} passages.`} Wrote ${ledgerPath(id)}.`,
		);
	}
	for (const { linked, newVersion: version } of rendered) {
		if (!version) continue;
		const path = await writeVersion(linked.entry.id, version);
		console.info(
			`[versions] ${linked.entry.id}: ${version.version === 1 ? 'recorded its text as version 1' : `published version ${version.version} (“${version.revision}”)`}. Wrote ${path}.`,
		);
	}
}

/** The corpus, in named steps: render, render the earlier versions, check, record, index. */
async function buildCorpus(): Promise<Corpus> {
	const library = await getLibrary();
	const topics = (await getCollection('topics')).sort(byName);
	const works = await getCollection('works');
	stopOn(topicProblems(topics.map(topicNames)));

	const pass = corpusPipeline({
		matcher: createTopicMatcher(topics.map(topicNames)),
		topicHref: (topic) => sitePath(topicPath(topic)),
		workHref: (work) => sitePath(workPath(work)),
	});
	const today = buildDay();
	// One at a time, in the library's order: their problems are reported in that order.
	const rendered: RenderedDocument[] = [];
	for (const entry of library) rendered.push(await renderDocument(entry, pass, today));
	const earlierRecords = new Map(
		rendered.filter(({ earlier }) => earlier.length > 0).map(({ linked, earlier }) => [linked.entry.id, earlier]),
	);
	const earlier = await renderEarlierVersions(earlierRecords, pass);
	await checkCorpus({ rendered, earlier, topics, works });
	const earlierTexts = earlier.rendered;
	await recordLedgersAndVersions(rendered);

	const documents = new Map(rendered.map(({ linked }) => [linked.entry.id, linked]));
	const versions = new Map(rendered.map(({ linked, versions }) => [linked.entry.id, versions]));
	const index = indexCorpus(
		rendered.map(({ indexed }) => indexed),
		topics,
		works,
	);
	return {
		topics,
		works,
		document(id) {
			const found = documents.get(id);
			if (!found) throw new CorpusError([`there is no document "${id}"`]);
			return found;
		},
		versions(id) {
			const found = versions.get(id);
			if (!found) throw new CorpusError([`there is no document "${id}"`]);
			return found;
		},
		earlierVersion(id, number) {
			const record = earlierRecords.get(id)?.[number - 1];
			if (!record) throw new CorpusError([`"${id}" has no earlier version ${number}`]);
			return earlierTexts.get(`${id}/${number}`)!;
		},
		...index,
	};
}

let corpus: Promise<Corpus> | undefined;
let built: Corpus | undefined;

/** The corpus, worked out by the first page that asks and shared by all the others. */
export function getCorpus(): Promise<Corpus> {
	corpus ??= buildCorpus().then((done) => (built = done));
	return corpus;
}

/** The corpus, for what is worked out synchronously on a page that has awaited getCorpus(). */
export function builtCorpus(): Corpus {
	if (!built) throw new Error('the corpus is not worked out yet: await getCorpus() first');
	return built;
}
