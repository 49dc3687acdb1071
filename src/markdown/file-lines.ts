/**
 * Lines of a document's file. Astro hands the Markdown plugins the text below the frontmatter, so
 * their nodes' lines count from there; a message names the file's own line.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

const frontmatterLines = new Map<string, number>();

/** The lines of the file above its text: the frontmatter and its two `---` lines, or none. */
function linesAboveText(path: string): number {
	let lines = frontmatterLines.get(path);
	if (lines === undefined) {
		const source = readFileSync(path, 'utf8').split(/\r?\n/);
		const end = source[0]?.trim() === '---' ? source.findIndex((line, index) => index > 0 && line.trim() === '---') : -1;
		lines = end + 1;
		frontmatterLines.set(path, lines);
	}
	return lines;
}

/** `file:line` where a node of the text begins, or where its line `lineWithin` (counted from 1) is. */
export function fileLine(file: VFile, node: Node, lineWithin = 1): string {
	const textLine = (node.position?.start.line ?? 1) + lineWithin - 1;
	if (!file.path) return `line ${textLine} of the text`;
	return `${relative(process.cwd(), file.path)}:${textLine + linesAboveText(file.path)}`;
}
