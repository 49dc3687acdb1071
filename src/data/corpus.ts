/**
 * What needs every document, topic and cited work at once: the documents' text with their topics
 * and cited works linked (the second pass, `src/markdown/corpus-pipeline.ts`), checked
 * (`corpus-checks.ts`) and indexed (`corpus-index.ts`). Worked out once per build, when the first
 * page asks; a problem stops the build, naming its file.
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
	const documents = new Map<string, LinkedDocument>();
	const indexed: Index.IndexedDocument<DocumentEntry>[] = [];
	const checked: CheckedDocument[] = [];
	const ledgers: (HomelessPassages & { published: Ledger | undefined; next: Ledger; changes: string | undefined })[] = [];
	const ledgerReadProblems: string[] = [];
	const versionProblems: string[] = [];
	const newVersions: { id: string; version: NewVersion }[] = [];
	const versions = new Map<string, DocumentVersions>();
	const earlierRecords = new Map<string, VersionRecord[]>();
	const today = buildDay();
	for (const entry of library) {
		const { ledger: published, problems } = await readLedger(entry.id);
		ledgerReadProblems.push(...problems);
		const source = await documentSource(entry);
		const file = await pass.process({
			value: renderedHtml(entry),
			data: { publishedLedger: published, linesBeforeText: reportsAddress ? linesBeforeText(entry, source) : undefined },
		});
		const { anchors = new Set(), links = [], outline = [], topicMentions = [], workCitations = [], passageLedger } = file.data;
		ledgers.push({
			id: entry.id,
			filePath: entry.filePath ?? entry.id,
			ledgerPath: ledgerPath(entry.id),
			homeless: passageLedger!.homeless,
			published,
			next: passageLedger!.ledger,
			changes: passageLedger!.changes.length > 0 ? describeChanges(entry.id, passageLedger!.changes) : undefined,
		});
		const recorded = await readVersions(entry.id);
		const { version, problems: versionOutcome } = nextVersion(recorded.records, {
			filePath: entry.filePath ?? entry.id,
			body: source.body,
			revision: entry.data.revision,
			ids: passageLedger!.ids,
			changes: passageLedger!.changes,
			today,
		});
		versionProblems.push(...recorded.problems, ...versionOutcome);
		if (version) newVersions.push({ id: entry.id, version });
		const list = [...recorded.records, ...(version ? [version] : [])].map(({ version, date, revision, digest, passages, changes }) => ({
			version,
			date,
			...(revision !== undefined && { revision }),
			digest,
			passages,
			changes,
		}));
		const earlier = version ? recorded.records : recorded.records.slice(0, -1);
		if (earlier.length > 0) earlierRecords.set(entry.id, earlier);
		versions.set(entry.id, {
			list,
			current: list.at(-1)?.version ?? 1,
			currentTexts: earlier.length > 0 ? new Map(passageLedger!.ledger.passages.map(({ id, text }) => [id, text])) : new Map(),
		});
		// Kept compressed until its page asks: ten thousand documents' text would otherwise hold a
		// gigabyte for the whole build, beside the copy Astro's content store keeps.
		const html = deflateRawSync(String(file), { level: 1 });
		documents.set(entry.id, {
			entry,
			get html() {
				return inflateRawSync(html).toString('utf8');
			},
			citations: workCitations,
			// A paragraph's whole text is not kept for the build: its opening is all a page shows of it.
			outline: outline.map((passage) =>
				passage.kind === 'paragraph' ? { ...passage, text: openingWords(passage.text, OPENING_WORDS) } : passage,
			),
		});
		// Every mention, for the indexes; they keep only the first in each passage.
		indexed.push({ entry, mentions: topicMentions, citations: workCitations });
		checked.push({
			id: entry.id,
			filePath: entry.filePath ?? entry.id,
			body: source.body,
			linesAboveText: linesBeforeText(entry, source),
			anchors,
			links,
			citations: workCitations,
			mentions: topicMentions,
		});
	}
	// Earlier versions are checked as the current text is: rendered now, and kept for their pages.
	const rendered = new Map<string, Promise<VersionText>>();
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
				versionProblems.push((error as Error).message);
			}
		}
	}
	const orphans = (await ledgerIds()).filter((id) => !documents.has(id)).map((id) => ({ id, path: ledgerPath(id) }));
	// A version file that is missing or altered is named once, by the check that found it first.
	const named = new Set(versionProblems.map((problem) => problem.split(':')[0]));
	const committedVersions = (await committedVersionProblems([...documents.keys()])).filter((problem) => !named.has(problem.split(':')[0]));
	stopOn([
		...ledgerReadProblems,
		...versionProblems,
		...committedVersions,
		...(await committedLedgerProblems(ledgerDir, [...documents.keys()], ledgerPath)),
		...ledgerProblems(ledgers, orphans),
		...corpusProblems({
			documents: checked,
			works: works.map(({ id, filePath }) => ({ id, filePath: filePath ?? id })),
			topics: topics.map(topicNames),
		}),
	]);
	// Like a lockfile: what this build published, for the next build to keep.
	for (const { id, published, next, changes } of ledgers) {
		if (!(await writeLedger(id, next, published))) continue;
		console.info(
			`[passages] ${published ? (changes ?? `${id}: the ledger's form changed.`) : `${id}: recorded ${next.passages.length} passages.`} Wrote ${ledgerPath(id)}.`,
		);
	}

	// Like the ledgers: the versions this build published, for the next to keep.
	for (const { id, version } of newVersions) {
		const path = await writeVersion(id, version);
		console.info(
			`[versions] ${id}: ${version.version === 1 ? 'recorded its text as version 1' : `published version ${version.version} (“${version.revision}”)`}. Wrote ${path}.`,
		);
	}

	const index = indexCorpus(indexed, topics, works);
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
			return rendered.get(`${id}/${number}`)!;
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
