/**
 * What needs every document, topic and cited work at once: the documents' text with their topics
 * and cited works linked, the passages that mention each topic or cite each work, and the
 * documents that share topics. Worked out once per
 * build, when the first page asks, and checked as it is: a problem stops the build, naming its file.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { type DocumentEntry, getLibrary, renderedHtml } from './library';
import { lineOf, linkProblem } from './lib/corpus-links';
import { topicPath, withBase, workPath } from './lib/paths';
import { createTopicMatcher, findAliasConflicts } from './lib/topic-matcher';
import { FOOTNOTES_LABEL_ID } from './markdown/pipeline';
import rehypeLinkTargets from './markdown/rehype-link-targets';
import rehypePassageOutline, { type OutlinePassage } from './markdown/rehype-passage-outline';
import rehypeTopicLinks, { type TopicMention } from './markdown/rehype-topic-links';
import rehypeWorkCitations, { type WorkCitation } from './markdown/rehype-work-citations';

export type TopicEntry = CollectionEntry<'topics'>;
export type WorkEntry = CollectionEntry<'works'>;

export interface LinkedDocument {
	entry: DocumentEntry;
	/** The document's text, its topics linked. */
	html: string;
	mentions: TopicMention[];
	/** The works the document cites, with the passage or note that cites each. */
	citations: WorkCitation[];
	/** Its sections and paragraphs, in reading order. */
	outline: OutlinePassage[];
}

/** The passages of one document that mention a topic, one entry per passage. */
export interface PassagesIn {
	document: DocumentEntry;
	passages: TopicMention[];
}

/** The passages and notes of one document that cite a work. */
export interface CitationsIn {
	document: DocumentEntry;
	passages: string[];
}

export interface RelatedDocument {
	document: DocumentEntry;
	/** The topics both documents name, each with its passages in the related document. */
	shared: { topic: TopicEntry; passages: TopicMention[] }[];
}

export interface Corpus {
	topics: TopicEntry[];
	/** The works the documents cite, in the order of their ids. */
	works: WorkEntry[];
	document(id: string): LinkedDocument;
	/** Where a work is cited, document by document in library order. */
	citingPassagesOf(work: string): CitationsIn[];
	/** The works a document cites, each once, in the order it first cites them. */
	worksCitedBy(id: string): WorkEntry[];
	/** A document's topics, by name. */
	topicsOf(id: string): TopicEntry[];
	/** Where a topic is mentioned, document by document in library order. */
	mentionsOf(topic: string): PassagesIn[];
	/** The documents that share most topics with this one, most first; at most `limit`. */
	relatedTo(id: string, limit?: number): RelatedDocument[];
}

class CorpusError extends Error {
	override name = 'CorpusError';
}

const byName = (a: TopicEntry, b: TopicEntry) => a.data.name.localeCompare(b.data.name, 'en');

/** One entry per passage: a passage that names a topic twice is listed once, at its first mention. */
function firstPerPassage(mentions: readonly TopicMention[]): TopicMention[] {
	const seen = new Set<string>();
	return mentions.filter(({ passage }) => !seen.has(passage) && seen.add(passage));
}

/** The topics, checked against each other: every alias names one topic and every related topic exists. */
async function getTopics(): Promise<TopicEntry[]> {
	const topics = (await getCollection('topics')).sort(byName);
	const byId = new Map(topics.map((topic) => [topic.id, topic]));
	const problems: string[] = [];
	for (const {
		alias,
		topics: [first, second],
	} of findAliasConflicts(topics.map(({ id, data }) => ({ id, ...data })))) {
		problems.push(
			`${byId.get(second)?.filePath}: aliases: "${alias}" already names the topic in ${byId.get(first)?.filePath}; an alias may name one topic only.`,
		);
	}
	for (const topic of topics) {
		topic.data.related.forEach((related, index) => {
			if (!byId.has(related)) problems.push(`${topic.filePath}: related.${index}: there is no topic "${related}".`);
		});
	}
	if (problems.length > 0) throw new CorpusError(problems.join('\n'));
	return topics;
}

async function buildCorpus(): Promise<Corpus> {
	const library = await getLibrary();
	const topics = await getTopics();
	const works = await getCollection('works');
	const workById = new Map(works.map((work) => [work.id, work]));
	const topicById = new Map(topics.map((topic) => [topic.id, topic]));
	const processor = unified()
		.use(rehypeParse, { fragment: true })
		// The links as the author wrote them, before any topic link is added.
		.use(rehypeLinkTargets)
		.use(rehypePassageOutline, { excludeHeadings: [FOOTNOTES_LABEL_ID] })
		.use(rehypeTopicLinks, {
			matcher: createTopicMatcher(topics.map(({ id, data }) => ({ id, ...data }))),
			href: (topic: string) => withBase(import.meta.env.BASE_URL, topicPath(topic)),
		})
		.use(rehypeWorkCitations, { href: (work: string) => withBase(import.meta.env.BASE_URL, workPath(work)) })
		.use(rehypeStringify);

	const documents = new Map<string, LinkedDocument & { anchors: ReadonlySet<string>; links: string[] }>();
	for (const entry of library) {
		const file = await processor.process(renderedHtml(entry));
		const { anchors, links, outline, topicMentions, workCitations } = file.data;
		documents.set(entry.id, {
			entry,
			html: String(file),
			mentions: topicMentions ?? [],
			citations: workCitations ?? [],
			outline: outline ?? [],
			anchors: anchors ?? new Set(),
			links: links ?? [],
		});
	}

	const problems: string[] = [];
	/** A document's file, and the line of its text where `written` first stands, if it is found. */
	const where = (entry: DocumentEntry, written: string) => {
		const line = lineOf(entry.body ?? '', written);
		return `${entry.filePath}${line ? `, line ${line} of the text (below the frontmatter)` : ''}`;
	};
	for (const { entry, links } of documents.values()) {
		for (const href of links) {
			const problem = linkProblem(href, entry.id, (id) => documents.get(id)?.anchors);
			if (problem) problems.push(`${where(entry, href)}: ${problem}.`);
		}
	}
	for (const { entry, citations } of documents.values()) {
		for (const { work, passage } of citations) {
			const link = `work:${work}`;
			if (!workById.has(work))
				problems.push(
					`${where(entry, link)}: the link "${link}" cites a work that does not exist: add content/works/${work}.yaml or correct the id.`,
				);
			else if (!passage)
				problems.push(`${where(entry, link)}: the link "${link}" stands in no paragraph or note, so nothing can point back to it.`);
		}
	}
	const cited = new Set([...documents.values()].flatMap(({ citations }) => citations.map(({ work }) => work)));
	for (const work of works) {
		if (!cited.has(work.id)) problems.push(`${work.filePath}: no document cites this work; link to it as "work:${work.id}" or remove it.`);
	}
	const mentioned = new Set([...documents.values()].flatMap(({ mentions }) => mentions.map(({ topic }) => topic)));
	for (const topic of topics) {
		if (mentioned.has(topic.id)) continue;
		const names = [topic.data.name, ...topic.data.aliases].map((name) => `"${name}"`).join(', ');
		problems.push(`${topic.filePath}: no document mentions this topic as ${names}; correct its aliases or remove it.`);
	}
	if (problems.length > 0) throw new CorpusError(problems.join('\n'));

	const document = (id: string) => {
		const found = documents.get(id);
		if (!found) throw new CorpusError(`there is no document "${id}"`);
		return found;
	};
	// Indexes both ways, so that a page asks in proportion to its own answer, not to the corpus.
	const passagesByDocument = new Map<string, Map<string, TopicMention[]>>();
	const documentsByTopic = new Map<string, DocumentEntry[]>(topics.map((topic) => [topic.id, []]));
	for (const { entry, mentions } of documents.values()) {
		const byTopic = Map.groupBy(mentions, (mention) => mention.topic);
		passagesByDocument.set(entry.id, new Map([...byTopic].map(([topic, found]) => [topic, firstPerPassage(found)])));
		for (const topic of byTopic.keys()) documentsByTopic.get(topic)!.push(entry);
	}
	const order = new Map(library.map((entry, index) => [entry.id, index]));
	const passagesOf = (id: string, topic: string) => passagesByDocument.get(id)?.get(topic) ?? [];
	const topicsOf = (id: string) => [...(passagesByDocument.get(id)?.keys() ?? [])].map((topic) => topicById.get(topic)!).sort(byName);

	const citationsByWork = new Map<string, CitationsIn[]>(works.map((work) => [work.id, []]));
	for (const { entry, citations } of documents.values()) {
		for (const [work, found] of Map.groupBy(citations, (citation) => citation.work)) {
			citationsByWork.get(work)!.push({ document: entry, passages: found.map(({ passage }) => passage!) });
		}
	}

	return {
		topics,
		works,
		document,
		citingPassagesOf: (work) => citationsByWork.get(work) ?? [],
		worksCitedBy: (id) => [...new Set(document(id).citations.map(({ work }) => work))].map((work) => workById.get(work)!),
		topicsOf,
		mentionsOf: (topic) => (documentsByTopic.get(topic) ?? []).map((entry) => ({ document: entry, passages: passagesOf(entry.id, topic) })),
		relatedTo(id, limit = 5) {
			const shared = new Map<string, TopicEntry[]>();
			for (const topic of topicsOf(id)) {
				for (const other of documentsByTopic.get(topic.id)!) {
					if (other.id !== id) shared.set(other.id, [...(shared.get(other.id) ?? []), topic]);
				}
			}
			return (
				[...shared]
					.map(([other, topics]) => ({
						document: document(other).entry,
						shared: topics.map((topic) => ({ topic, passages: passagesOf(other, topic.id) })),
					}))
					// Most topics shared first; among equals, the library's order (newest first).
					.sort((a, b) => b.shared.length - a.shared.length || order.get(a.document.id)! - order.get(b.document.id)!)
					.slice(0, limit)
			);
		},
	};
}

let corpus: Promise<Corpus> | undefined;

/** The corpus, worked out by the first page that asks and shared by all the others. */
export function getCorpus(): Promise<Corpus> {
	corpus ??= buildCorpus();
	return corpus;
}
