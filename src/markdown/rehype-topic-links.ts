import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { excerptAround, type MentionExcerpt } from '../core/passages/excerpt.ts';
import { passageId } from '../core/passages/passages.ts';
import type { TopicMatcher } from '../core/search/topic-matcher.ts';

export interface RehypeTopicLinksOptions {
	/** Finds the topics' names and aliases in a text. */
	matcher: TopicMatcher;
	/** The address of a topic's page. */
	href: (topic: string) => string;
	/** Which ids mark a passage whose mentions are listed: by default `p-N` and the notes' `fn-N`. */
	passageId?: RegExp;
	/** Words of context on each side of a mention in its excerpt. */
	excerptWords?: number;
}

/** A topic named in a passage. */
export interface TopicMention {
	topic: string;
	/** The id of the passage: its anchor on the page. */
	passage: string;
	excerpt: MentionExcerpt;
}

declare module 'vfile' {
	interface DataMap {
		/** Every mention of a topic in the document's passages, in reading order. */
		topicMentions: TopicMention[];
	}
}

const defaults = { passageId, excerptWords: 12 };

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Where a mention is neither linked nor listed: links, footnote markers, code, and copies made inert. */
const isClosed = (node: Element) =>
	node.tagName === 'a' ||
	node.tagName === 'sup' ||
	node.tagName === 'code' ||
	node.tagName === 'pre' ||
	node.properties.inert !== undefined;

/**
 * Links the first mention of each topic in each section (the text between two headings, or a
 * `<section>` such as the notes) to the
 * topic's page, and records every mention in every passage for the topic pages. Headings, links,
 * footnote markers and inert copies (the sidenotes) are left alone. Adds `topicMentions` to the
 * file's data.
 */
export default function rehypeTopicLinks(options: RehypeTopicLinksOptions) {
	const { matcher, href, passageId, excerptWords } = { ...defaults, ...options };

	return (tree: Root, file: VFile) => {
		const mentions: TopicMention[] = [];
		let linkedInSection = new Set<string>();

		/** The passage being read: its id, its text so far, and where its mentions sit in that text. */
		interface Passage {
			id: string;
			text: string;
			found: { topic: string; start: number; end: number }[];
		}

		const linkMentions = (node: Text, passage: Passage): ElementContent[] => {
			const offset = passage.text.length;
			passage.text += node.value;
			const parts: ElementContent[] = [];
			let from = 0;
			for (const match of matcher.matches(node.value)) {
				const end = match.index + match.text.length;
				passage.found.push({ topic: match.topic, start: offset + match.index, end: offset + end });
				if (linkedInSection.has(match.topic)) continue;
				linkedInSection.add(match.topic);
				if (match.index > from) parts.push({ type: 'text', value: node.value.slice(from, match.index) });
				parts.push(h('a.topic-link', { href: href(match.topic), dataTopic: match.topic }, match.text));
				from = end;
			}
			if (from === 0) return [node];
			if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
			return parts;
		};

		const finish = (passage: Passage) => {
			for (const { topic, start, end } of passage.found) {
				mentions.push({ topic, passage: passage.id, excerpt: excerptAround(passage.text, start, end, excerptWords) });
			}
		};

		const walk = (parent: Root | Element, passage: Passage | undefined) => {
			const children: RootContent[] = [];
			for (const child of parent.children) {
				if (child.type === 'text' && passage) {
					children.push(...linkMentions(child, passage));
					continue;
				}
				children.push(child);
				if (child.type !== 'element') continue;
				// A heading starts a section, and a <section> element is one: its topics are linked afresh.
				const isSection = child.tagName === 'section';
				if (headingTags.has(child.tagName) || isSection) linkedInSection = new Set();
				if (headingTags.has(child.tagName) || isClosed(child)) continue;
				const id = child.properties.id;
				if (typeof id === 'string' && passageId.test(id)) {
					const inner: Passage = { id, text: '', found: [] };
					walk(child, inner);
					finish(inner);
				} else {
					walk(child, passage);
				}
				if (isSection) linkedInSection = new Set();
			}
			parent.children = children as typeof parent.children;
		};

		walk(tree, undefined);
		file.data.topicMentions = mentions;
	};
}
