/**
 * The corpus's indexes and the queries the pages ask of them: where each topic is mentioned and
 * each work cited, a document's topics and works, and its related documents. Built once, both
 * ways, so that a page asks in proportion to its own answer, not to the corpus. Pure: it takes the
 * entries as they are and reads only their ids and the topics' names.
 */
import type { TopicMention } from '../markdown/rehype-topic-links';
import type { WorkCitation } from '../markdown/rehype-work-citations';

interface Entry {
	id: string;
}
interface Topic extends Entry {
	data: { name: string };
}

/** A document as the indexes read it, in library order. */
export interface IndexedDocument<D extends Entry> {
	entry: D;
	mentions: readonly TopicMention[];
	citations: readonly WorkCitation[];
}

/** The passages of one document that mention a topic, one entry per passage. */
export interface MentionsIn<D> {
	document: D;
	passages: TopicMention[];
}

/** The passages and notes of one document that cite a work. */
export interface CitationsIn<D> {
	document: D;
	passages: string[];
}

export interface RelatedDocument<D, T> {
	document: D;
	/** The topics both documents name, each with its passages in the related document. */
	shared: { topic: T; passages: TopicMention[] }[];
}

export interface CorpusIndex<D, T, W> {
	/** Where a topic is mentioned, document by document in library order. */
	mentionsOf(topic: string): MentionsIn<D>[];
	/** Where a work is cited, document by document in library order. */
	citingPassagesOf(work: string): CitationsIn<D>[];
	/** A document's topics, by name. */
	topicsOf(id: string): T[];
	/** The works a document cites, each once, in the order it first cites them. */
	worksCitedBy(id: string): W[];
	/** The documents that share most topics with this one, most first; at most `limit`. */
	relatedTo(id: string, limit?: number): RelatedDocument<D, T>[];
}

export const byName = (a: Topic, b: Topic): number => a.data.name.localeCompare(b.data.name, 'en');

/** One entry per passage: a passage that names a topic twice is listed once, at its first mention. */
function firstPerPassage(mentions: readonly TopicMention[]): TopicMention[] {
	const seen = new Set<string>();
	return mentions.filter(({ passage }) => !seen.has(passage) && seen.add(passage));
}

/** The indexes of documents (in library order), topics and works that have passed the corpus checks. */
export function indexCorpus<D extends Entry, T extends Topic, W extends Entry>(
	documents: readonly IndexedDocument<D>[],
	topics: readonly T[],
	works: readonly W[],
): CorpusIndex<D, T, W> {
	const topicById = new Map(topics.map((topic) => [topic.id, topic]));
	const workById = new Map(works.map((work) => [work.id, work]));
	const entryById = new Map(documents.map(({ entry }) => [entry.id, entry]));
	const order = new Map(documents.map(({ entry }, index) => [entry.id, index]));

	const passagesByDocument = new Map<string, Map<string, TopicMention[]>>();
	const documentsByTopic = new Map<string, D[]>(topics.map((topic) => [topic.id, []]));
	const citationsByWork = new Map<string, CitationsIn<D>[]>(works.map((work) => [work.id, []]));
	const worksByDocument = new Map<string, W[]>();
	for (const { entry, mentions, citations } of documents) {
		const byTopic = Map.groupBy(mentions, (mention) => mention.topic);
		passagesByDocument.set(entry.id, new Map([...byTopic].map(([topic, found]) => [topic, firstPerPassage(found)])));
		for (const topic of byTopic.keys()) documentsByTopic.get(topic)?.push(entry);
		const byWork = Map.groupBy(citations, (citation) => citation.work);
		for (const [work, found] of byWork)
			citationsByWork.get(work)?.push({ document: entry, passages: found.map(({ passage }) => passage!) });
		worksByDocument.set(
			entry.id,
			[...byWork.keys()].map((work) => workById.get(work)!),
		);
	}

	/** The passages of document `id` that mention `topic`. */
	const mentionsIn = (id: string, topic: string) => passagesByDocument.get(id)?.get(topic) ?? [];
	const topicsOf = (id: string) => [...(passagesByDocument.get(id)?.keys() ?? [])].map((topic) => topicById.get(topic)!).sort(byName);

	return {
		mentionsOf: (topic) => (documentsByTopic.get(topic) ?? []).map((entry) => ({ document: entry, passages: mentionsIn(entry.id, topic) })),
		citingPassagesOf: (work) => citationsByWork.get(work) ?? [],
		topicsOf,
		worksCitedBy: (id) => worksByDocument.get(id) ?? [],
		relatedTo(id, limit = 5) {
			const shared = new Map<string, T[]>();
			for (const topic of topicsOf(id)) {
				for (const other of documentsByTopic.get(topic.id)!) {
					if (other.id !== id) shared.set(other.id, [...(shared.get(other.id) ?? []), topic]);
				}
			}
			return (
				[...shared]
					.map(([other, topics]) => ({
						document: entryById.get(other)!,
						shared: topics.map((topic) => ({ topic, passages: mentionsIn(other, topic.id) })),
					}))
					// Most topics shared first; among equals, the library's order (newest first).
					.sort((a, b) => b.shared.length - a.shared.length || order.get(a.document.id)! - order.get(b.document.id)!)
					.slice(0, limit)
			);
		},
	};
}
