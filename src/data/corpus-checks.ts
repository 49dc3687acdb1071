/**
 * The checks that need the whole corpus at once: topics against each other, links between
 * documents, citations of works, and topics or works nothing names. Pure: each takes plain data
 * and returns every problem it finds, each naming its file (and line, where there is one), so that
 * the build reports them all together and stops.
 */
import { lineOf, linkProblem } from '../core/site/corpus-links.ts';
import { findAliasConflicts, type TopicNames } from '../core/search/topic-matcher.ts';

/** A topic as the checks read it: its names, what it relates to, and its file. */
export interface CheckedTopic extends TopicNames {
	filePath: string;
	related: readonly string[];
}

/** A document's text as the second pass read it: its anchors, links, citations and mentions. */
export interface CheckedDocument {
	id: string;
	filePath: string;
	/** The Markdown below the frontmatter, for the line a problem stands on. */
	body: string;
	/** The lines of the file above `body`, so that a problem names the file's own line. */
	linesAboveText: number;
	anchors: ReadonlySet<string>;
	links: readonly string[];
	citations: readonly { work: string; passage: string | undefined }[];
	mentions: readonly { topic: string }[];
	/**
	 * For an earlier version of a document's text (its `filePath` the version's file): its number. Its
	 * anchors answer its own links to the document, and no other document's links.
	 */
	version?: number;
}

/** A cited work: its id and file. */
export interface CheckedWork {
	id: string;
	filePath: string;
}

/** Problems that stop the build; the message lists them all, one a line. */
export class CorpusError extends Error {
	override name = 'CorpusError';

	constructor(problems: readonly string[]) {
		super(problems.join('\n'));
	}
}

/** Throws the problems found, if there are any. */
export function stopOn(problems: readonly string[]): void {
	if (problems.length > 0) throw new CorpusError(problems);
}

/** A document's published addresses that its text no longer has a passage for. */
export interface HomelessPassages {
	id: string;
	filePath: string;
	ledgerPath: string;
	homeless: readonly string[];
}

/**
 * Every address a ledger has published still lands somewhere: on its passage, or on the one that
 * took its place. It cannot where a document has no passage left, or is gone with its ledger kept.
 */
export function ledgerProblems(documents: readonly HomelessPassages[], orphanLedgers: readonly { id: string; path: string }[]): string[] {
	const problems = documents
		.filter(({ homeless }) => homeless.length > 0)
		.map(
			({ filePath, ledgerPath, homeless }) =>
				`${ledgerPath}: ${homeless.join(', ')} ${homeless.length === 1 ? 'was' : 'were'} published, but ${filePath} has no paragraph left for ${homeless.length === 1 ? 'it' : 'them'} to land on; restore its text.`,
		);
	for (const { id, path } of orphanLedgers) {
		problems.push(
			`${path}: the document "${id}" is gone, so every address this ledger published would lead nowhere; restore content/documents/${id}.md.`,
		);
	}
	return problems;
}

/** Every alias names one topic, and every related topic exists. */
export function topicProblems(topics: readonly CheckedTopic[]): string[] {
	const byId = new Map(topics.map((topic) => [topic.id, topic]));
	const problems = findAliasConflicts(topics).map(
		({ alias, topics: [first, second] }) =>
			`${byId.get(second)?.filePath}: aliases: "${alias}" already names the topic in ${byId.get(first)?.filePath}; an alias may name one topic only.`,
	);
	for (const topic of topics) {
		topic.related.forEach((related, index) => {
			if (!byId.has(related)) problems.push(`${topic.filePath}: related.${index}: there is no topic "${related}".`);
		});
	}
	return problems;
}

/** A document's file, and its line where `written` first stands in the text, if it is found. */
const where = (document: CheckedDocument, written: string) => {
	const line = lineOf(document.body, written);
	return `${document.filePath}${line ? `:${line + document.linesAboveText}` : ''}`;
};

/**
 * Every link into the corpus lands, every `work:` link names a work and stands in a passage,
 * every work is cited and every topic mentioned.
 */
export function corpusProblems({
	documents,
	works,
	topics,
}: {
	documents: readonly CheckedDocument[];
	works: readonly CheckedWork[];
	topics: readonly CheckedTopic[];
}): string[] {
	const problems: string[] = [];
	const anchorsOf = new Map(documents.filter(({ version }) => version === undefined).map((document) => [document.id, document.anchors]));
	const workIds = new Set(works.map(({ id }) => id));
	const topicIds = new Set(topics.map(({ id }) => id));
	const targets = {
		anchorsOf: (id: string) => anchorsOf.get(id),
		hasTopic: (id: string) => topicIds.has(id),
		hasWork: (id: string) => workIds.has(id),
	};
	for (const document of documents) {
		// A file with nothing below its frontmatter would be published as an empty page.
		if (!document.body.trim()) problems.push(`${document.filePath}: the document has no text below its frontmatter.`);
		const linkTargets =
			document.version === undefined
				? targets
				: { ...targets, anchorsOf: (id: string) => (id === document.id ? document.anchors : targets.anchorsOf(id)) };
		for (const href of document.links) {
			const problem = linkProblem(href, document.id, linkTargets);
			if (problem) problems.push(`${where(document, href)}: ${problem}.`);
		}
	}
	for (const document of documents) {
		for (const { work, passage } of document.citations) {
			const link = `work:${work}`;
			if (!workIds.has(work)) {
				problems.push(
					`${where(document, link)}: the link "${link}" cites a work that does not exist: add content/works/${work}.yaml or correct the id.`,
				);
			} else if (!passage) {
				problems.push(`${where(document, link)}: the link "${link}" stands in no paragraph or note, so nothing can point back to it.`);
			}
		}
	}
	const cited = new Set(documents.flatMap(({ citations }) => citations.map(({ work }) => work)));
	for (const work of works) {
		if (!cited.has(work.id)) problems.push(`${work.filePath}: no document cites this work; link to it as "work:${work.id}" or remove it.`);
	}
	const mentioned = new Set(documents.flatMap(({ mentions }) => mentions.map(({ topic }) => topic)));
	for (const topic of topics) {
		if (mentioned.has(topic.id)) continue;
		const names = [topic.name, ...topic.aliases].map((name) => `"${name}"`).join(', ');
		problems.push(`${topic.filePath}: no document mentions this topic as ${names}; correct its aliases or remove it.`);
	}
	return problems;
}
