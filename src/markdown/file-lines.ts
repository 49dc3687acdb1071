/**
 * Lines of a document's file. Astro hands the Markdown plugins the text below the frontmatter, so
 * their nodes' lines count from there; a message names the file's own line.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

const linesAbove = new Map<string, number>();

/**
 * The lines of the file above the text the plugins were handed (`text`): the frontmatter, its two
 * `---` lines and any blank lines Astro left out, found where the text stands in the file.
 */
function linesAboveText(path: string, text: string): number {
	let lines = linesAbove.get(path);
	if (lines === undefined) {
		const source = readFileSync(path, 'utf8');
		const at = text.trim() ? source.lastIndexOf(text.trim()) - (text.length - text.trimStart().length) : -1;
		lines = at >= 0 ? source.slice(0, at).split('\n').length - 1 : 0;
		linesAbove.set(path, lines);
	}
	return lines;
}

/** `file:line` where a node of the text begins, or where its line `lineWithin` (counted from 1) is. */
export function fileLine(file: VFile, node: Node, lineWithin = 1): string {
	const textLine = (node.position?.start.line ?? 1) + lineWithin - 1;
	if (!file.path) return `line ${textLine} of the text`;
	return `${relative(process.cwd(), file.path)}:${textLine + linesAboveText(file.path, String(file.value))}`;
}
