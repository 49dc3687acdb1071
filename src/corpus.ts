/**
 * What needs every document and topic at once: the documents' text with their topics linked,
 * the passages that mention each topic, and the documents that share topics. Worked out once per
 * build, when the first page asks, and checked as it is: a problem stops the build, naming its file.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { type DocumentEntry, getLibrary, renderedHtml } from './library';
import { lineOf, linkProblem } from './lib/corpus-links';
import { topicPath, withBase } from './lib/paths';
import { createTopicMatcher, findAliasConflicts } from './lib/topic-matcher';
import rehypeLinkTargets from './markdown/rehype-link-targets';
import rehypeTopicLinks, { type TopicMention } from './markdown/rehype-topic-links';

export type TopicEntry = CollectionEntry<'topics'>;

export interface LinkedDocument {
	entry: DocumentEntry;
	/** The document's text, its topics linked. */
	html: string;
	mentions: TopicMention[];
}

/** The passages of one document that mention a topic, one entry per passage. */
export interface PassagesIn {
	document: DocumentEntry;
	passages: TopicMention[];
}

export interface RelatedDocument {
	document: DocumentEntry;
	/** The topics both documents name, each with its passages in the related document. */
	shared: { topic: TopicEntry; passages: TopicMention[] }[];
}

export interface Corpus {
	topics: TopicEntry[];
	document(id: string): LinkedDocument;
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
	for (const { alias, topics: [first, second] } of findAliasConflicts(topics.map(({ id, data }) => ({ id, ...data })))) {
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
	const topicById = new Map(topics.map((topic) => [topic.id, topic]));
	const processor = unified()
		.use(rehypeParse, { fragment: true })
		// The links as the author wrote them, before any topic link is added.
		.use(rehypeLinkTargets)
		.use(rehypeTopicLinks, {
			matcher: createTopicMatcher(topics.map(({ id, data }) => ({ id, ...data }))),
			href: (topic: string) => withBase(import.meta.env.BASE_URL, topicPath(topic)),
		})
		.use(rehypeStringify);

	const documents = new Map<string, LinkedDocument & { anchors: ReadonlySet<string>; links: string[] }>();
	for (const entry of library) {
		const file = await processor.process(renderedHtml(entry));
		const { anchors, links, topicMentions } = file.data;
		documents.set(entry.id, { entry, html: String(file), mentions: topicMentions ?? [], anchors: anchors ?? new Set(), links: links ?? [] });
	}

	const problems: string[] = [];
	for (const { entry, links } of documents.values()) {
		for (const href of links) {
			const problem = linkProblem(href, entry.id, (id) => documents.get(id)?.anchors);
			if (!problem) continue;
			const line = lineOf(entry.body ?? '', href);
			problems.push(`${entry.filePath}${line ? `, line ${line} of the text (below the frontmatter)` : ''}: ${problem}.`);
		}
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

	return {
		topics,
		document,
		topicsOf,
		mentionsOf: (topic) => (documentsByTopic.get(topic) ?? []).map((entry) => ({ document: entry, passages: passagesOf(entry.id, topic) })),
		relatedTo(id, limit = 5) {
			const shared = new Map<string, TopicEntry[]>();
			for (const topic of topicsOf(id)) {
				for (const other of documentsByTopic.get(topic.id)!) {
					if (other.id !== id) shared.set(other.id, [...(shared.get(other.id) ?? []), topic]);
				}
			}
			return [...shared]
				.map(([other, topics]) => ({
					document: document(other).entry,
					shared: topics.map((topic) => ({ topic, passages: passagesOf(other, topic.id) })),
				}))
				// Most topics shared first; among equals, the library's order (newest first).
				.sort((a, b) => b.shared.length - a.shared.length || order.get(a.document.id)! - order.get(b.document.id)!)
				.slice(0, limit);
		},
	};
}

let corpus: Promise<Corpus> | undefined;

/** The corpus, worked out by the first page that asks and shared by all the others. */
export function getCorpus(): Promise<Corpus> {
	corpus ??= buildCorpus();
	return corpus;
}
