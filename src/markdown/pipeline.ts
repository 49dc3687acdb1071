/**
 * The Markdown pipeline, in the order it runs. Astro's `unified()` processor wraps it:
 * remark-parse before, rehype-raw, Astro's heading collector and rehype-stringify after.
 * Each document is rendered on its own; what needs all of them at once (topic links, links
 * between documents) is done afterwards, in the second pass: `corpus-pipeline.ts`.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import rehypeExcerptNote from './rehype-excerpt-note.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeParagraphAnchors from './rehype-paragraph-anchors.ts';
import rehypeSidenotes from './rehype-sidenotes.ts';
import rehypeSourceLines from './rehype-source-lines.ts';
import remarkFootnoteIntegrity from './remark-footnote-integrity.ts';
import remarkHtmlAllowlist from './remark-html-allowlist.ts';
import remarkReadingTime from './remark-reading-time.ts';
import remarkSourceBlocks from './remark-source-blocks.ts';
import rehypeTextCoverage from './rehype-text-coverage.ts';

/**
 * Id of the footnotes' screen-reader heading, which is neither a section nor in the contents:
 * mdast-util-to-hast's `footnote-label`, unprefixed because `clobberPrefix` is empty below.
 */
export const FOOTNOTES_LABEL_ID = 'footnote-label';

export const markdownPipeline = {
	// The texts are kept as received: no "smart" quotes, dashes or ellipses made for the authors.
	smartypants: false,
	// GFM is listed below as a plugin, so that the whole pipeline reads in one place.
	gfm: false,
	remarkPlugins: [
		// Tables, autolinks and footnotes (`[^1]`), as GitHub renders them.
		remarkGfm,
		// Every footnote reference has a note and every note a reference, or the build stops.
		remarkFootnoteIntegrity,
		// HTML beyond the editors' marks and inline elements, or a `javascript:` link, stops the build.
		remarkHtmlAllowlist,
		// `remarkPluginFrontmatter.readingTime`, shown on the library and title block.
		remarkReadingTime,
		// The paragraphs and headings as read, for rehype-text-coverage to find on the page.
		remarkSourceBlocks,
	],
	remarkRehype: {
		// Footnote ids `fn-1` / `fnref-1`, short enough to cite, instead of `user-content-fn-1`.
		clobberPrefix: '',
		footnoteLabel: 'Notes',
		// The label is for screen readers; search leaves it out of excerpts.
		footnoteLabelProperties: { className: ['sr-only'], dataPagefindIgnore: '' },
		footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
			`Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
	},
	rehypePlugins: [
		// An id on every heading, from its text,
		rehypeSlug,
		// never one the page uses itself (`title`, `fn-1`, `p-1`…).
		[rehypeHeadingIds, { exclude: [FOOTNOTES_LABEL_ID] }],
		// A self-link beside every heading, so any section can be linked to.
		[rehypeHeadingLinks, { exclude: [FOOTNOTES_LABEL_ID] }],
		// An id (`p-N`) and a ¶ link on every paragraph, list item and quote: any passage can be linked to.
		rehypeParagraphAnchors,
		// The line of the text each passage begins on, which a report of a mistake names.
		rehypeSourceLines,
		// A copy of each note beside its reference, which wide screens show in the margin.
		rehypeSidenotes,
		// Links out of the site give the other site no handle on this page and no referrer.
		[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
		// The editors' note where an excerpt breaks off, before the footnotes.
		rehypeExcerptNote,
		// Every paragraph and heading read is on the page, or the build stops.
		rehypeTextCoverage,
	],
} satisfies UnifiedProcessorOptions;
