/**
 * The second pass over each document's rendered HTML, in the order it runs, once every document,
 * topic and work is known: what one document cannot do on its own. Each plugin adds its findings to
 * `file.data`; `src/data/corpus.ts` checks and indexes them.
 */
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { TopicMatcher } from '../core/search/topic-matcher.ts';
import { FOOTNOTES_LABEL_ID } from './pipeline.ts';
import rehypeLinkTargets from './rehype-link-targets.ts';
import rehypePassageOutline from './rehype-passage-outline.ts';
import rehypeReportLines from './rehype-report-lines.ts';
import rehypeStablePassages from './rehype-stable-passages.ts';
import rehypeTopicLinks from './rehype-topic-links.ts';
import rehypeWorkCitations from './rehype-work-citations.ts';

export interface CorpusPipelineOptions {
	/** Finds the topics' names and aliases in the text. */
	matcher: TopicMatcher;
	/** The address of a topic's page. */
	topicHref: (topic: string) => string;
	/** The address of a work's entry on the works-cited page. */
	workHref: (work: string) => string;
}

export function corpusPipeline({ matcher, topicHref, workHref }: CorpusPipelineOptions) {
	return (
		unified()
			.use(rehypeParse, { fragment: true })
			// `passageLedger`: each paragraph's lasting id, matched against those it has published; first, so that all below see them.
			.use(rehypeStablePassages)
			// `anchors` and `links`: the links as the author wrote them, before any topic link is added.
			.use(rehypeLinkTargets)
			// `outline`: the sections and paragraphs a reader can cite.
			.use(rehypePassageOutline, { excludeHeadings: [FOOTNOTES_LABEL_ID] })
			// `topicMentions`: the first mention of a topic in each section links to its page.
			.use(rehypeTopicLinks, { matcher, href: topicHref })
			// `workCitations`: `work:` links become links to the works-cited page.
			.use(rehypeWorkCitations, { href: workHref })
			// Each passage's line in the document's file, where its page offers to report a mistake; else none.
			.use(rehypeReportLines)
			.use(rehypeStringify)
	);
}
