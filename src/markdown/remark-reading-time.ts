import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What this plugin adds to `file.data.astro.frontmatter` (Astro's `remarkPluginFrontmatter`). */
export interface ReadingTimeData {
	readingTime: { words: number; minutes: number };
}

export interface RemarkReadingTimeOptions {
	/** Reading speed for continuous prose; 230 words a minute is the common adult average. */
	wordsPerMinute?: number;
}

const defaults: Required<RemarkReadingTimeOptions> = { wordsPerMinute: 230 };

/** A run of letters or digits, with inner apostrophes and hyphens: "Il-sung's" is one word. */
const wordPattern = /[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*/gu;

/** Counts the words of the whole text, footnotes included, and estimates the minutes to read it. */
export default function remarkReadingTime(options: RemarkReadingTimeOptions = {}) {
	const { wordsPerMinute } = { ...defaults, ...options };
	return (tree: Root, file: VFile) => {
		// Counted node by node: the text of two blocks joined together would merge their words.
		let words = 0;
		visit(tree, 'text', (node) => {
			words += node.value.match(wordPattern)?.length ?? 0;
		});
		const data: ReadingTimeData = {
			readingTime: { words, minutes: Math.max(1, Math.round(words / wordsPerMinute)) },
		};
		file.data.astro ??= {};
		file.data.astro.frontmatter = { ...file.data.astro.frontmatter, ...data };
	};
}
