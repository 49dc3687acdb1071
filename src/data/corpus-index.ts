/**
 * The corpus's indexes and the queries the pages ask of them: where each topic is mentioned and
 * each work cited, a document's topics and works, and its related documents. Built once, both
 * ways, so that a page asks in proportion to its own answer, not to the corpus. Pure: it takes the
 * entries as they are and reads only their ids and the topics' names.
 */
import { siteLanguage } from '../core/site/site.ts';
import type { TopicMention } from '../markdown/rehype-topic-links.ts';
import type { WorkCitation } from '../markdown/rehype-work-citations.ts';

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

export const byName = (a: Topic, b: Topic): number => a.data.name.localeCompare(b.data.name, siteLanguage);

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
	// The entries only: the indexes keep the first mention of a topic in each passage, and holding
	// the documents as given would keep every other mention for the whole build as well.
	const entries = documents.map(({ entry }) => entry);
	const order = new Map(entries.map((entry, index) => [entry.id, index]));

	const passagesByDocument = new Map<string, Map<string, TopicMention[]>>();
	const documentsByTopic = new Map<string, D[]>(topics.map((topic) => [topic.id, []]));
	/** The same, as the documents' places in the library: what related documents are counted by. */
	const placesByTopic = new Map<string, number[]>(topics.map((topic) => [topic.id, []]));
	const citationsByWork = new Map<string, CitationsIn<D>[]>(works.map((work) => [work.id, []]));
	const worksByDocument = new Map<string, W[]>();
	for (const [place, { entry, mentions, citations }] of documents.entries()) {
		const byTopic = Map.groupBy(mentions, (mention) => mention.topic);
		passagesByDocument.set(entry.id, new Map([...byTopic].map(([topic, found]) => [topic, firstPerPassage(found)])));
		for (const topic of byTopic.keys()) {
			documentsByTopic.get(topic)?.push(entry);
			placesByTopic.get(topic)?.push(place);
		}
		const byWork = Map.groupBy(citations, (citation) => citation.work);
		for (const [work, found] of byWork)
			citationsByWork.get(work)?.push({ document: entry, passages: found.map(({ passage }) => passage!) });
		worksByDocument.set(
			entry.id,
			[...byWork.keys()].map((work) => workById.get(work)!),
		);
	}

	/** How many topics each document (by its place in the library) shares with the one asked about. */
	const sharedCounts = new Uint32Array(entries.length);

	/** The passages of document `id` that mention `topic`. */
	const mentionsIn = (id: string, topic: string) => passagesByDocument.get(id)?.get(topic) ?? [];
	const topicsOf = (id: string) => [...(passagesByDocument.get(id)?.keys() ?? [])].map((topic) => topicById.get(topic)!).sort(byName);

	return {
		mentionsOf: (topic) => (documentsByTopic.get(topic) ?? []).map((entry) => ({ document: entry, passages: mentionsIn(entry.id, topic) })),
		citingPassagesOf: (work) => citationsByWork.get(work) ?? [],
		topicsOf,
		worksCitedBy: (id) => worksByDocument.get(id) ?? [],
		relatedTo(id, limit = 5) {
			// Counted, not gathered: each document that shares a topic adds one to its count, by its
			// place in the library, so that a page costs the length of its topics' lists, not their
			// documents' topics again.
			const topics = topicsOf(id);
			const self = order.get(id);
			const touched: number[] = [];
			for (const topic of topics) {
				for (const at of placesByTopic.get(topic.id)!) {
					if (at === self) continue;
					if (sharedCounts[at] === 0) touched.push(at);
					sharedCounts[at]!++;
				}
			}
			// Most topics shared first; among equals, the library's order (newest first). The best
			// `limit` are kept as the counts are read: no sort of every document that shares one.
			const before = (a: number, b: number) => sharedCounts[a]! > sharedCounts[b]! || (sharedCounts[a] === sharedCounts[b] && a < b);
			const best: number[] = [];
			for (const at of touched) {
				if (best.length === limit && !before(at, best[limit - 1]!)) continue;
				let place = best.length;
				while (place > 0 && before(at, best[place - 1]!)) place--;
				best.splice(place, 0, at);
				if (best.length > limit) best.pop();
			}
			for (const at of touched) sharedCounts[at] = 0;
			return best.map((at) => {
				const other = entries[at]!;
				const shared = topics.filter((topic) => passagesByDocument.get(other.id)?.has(topic.id));
				return { document: other, shared: shared.map((topic) => ({ topic, passages: mentionsIn(other.id, topic.id) })) };
			});
		},
	};
}
