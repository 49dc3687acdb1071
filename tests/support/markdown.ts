import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';

/**
 * The site's Markdown renderer exactly as Astro builds it: the `unified()` processor with the
 * pipeline of `src/markdown/pipeline.ts`, wrapped in Astro's own steps.
 */
export async function renderMarkdown(markdown: string, frontmatter: Record<string, unknown> = {}, fileURL?: URL) {
	// Astro's defaults, as the site runs with them: what the pipeline sets must win over them.
	const renderer = await unified(markdownPipeline).createRenderer(markdownConfigDefaults);
	return renderer.render(markdown, { frontmatter, ...(fileURL && { fileURL }) });
}

/** The HTML less what rehype-paragraph-anchors adds, for the tests of other plugins' output. */
export const withoutParagraphAnchors = (html: string): string =>
	html.replace(/ id="p-\d+"/g, '').replace(/<a class="paragraph-link"[^>]*><\/a>/g, '');

/**
 * The HTML less what rehype-source-lines adds (each passage's line, which the second pass keeps
 * only where a page offers to report a mistake), for the tests of other plugins' output.
 */
export const withoutSourceLines = (html: string): string => html.replace(/ data-source-line="\d+"/g, '');
