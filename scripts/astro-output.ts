/**
 * Astro's output, less what repeats or misleads, so that a build that stops says why once:
 * - the hint Astro adds to every error whose text says "document" or "window" ("Browser APIs are
 *   not available on the server"), and every error of this project names a file in
 *   `content/documents/`;
 * - the object of a Markdown error, which @astrojs/markdown-remark prints field by field before it
 *   throws it, and which Astro's content loader then reports, with its file and line.
 */
import { Transform, type TransformCallback } from 'node:stream';

/** A run of lines left out: from one that `starts` it (seen with the line after it) to one that `ends` it. */
interface Dropped {
	/** Whether `line` may start the run: the output is held back from there until its end is seen. */
	opens: RegExp;
	starts(line: string, next: string | undefined): boolean;
	ends: RegExp;
	/** Whether a blank line after the run goes with it. */
	blankAfter: boolean;
}

const browserApiHint: Dropped = {
	opens: /^\s*Hint:\s*$/,
	starts: (line, next) => /^\s*Hint:\s*$/.test(line) && /Browser APIs are not available on the server/.test(next ?? ''),
	ends: /#document-or-window-is-not-defined/,
	blankAfter: true,
};

const markdownErrorObject: Dropped = {
	opens: /^\[.*Failed to parse Markdown file/,
	starts: (line) => /^\[.*Failed to parse Markdown file/.test(line),
	ends: /^\}$/,
	blankAfter: false,
};

const dropped = [browserApiHint, markdownErrorObject];

/** Lines of Astro's output without the runs left out. */
export function withoutDropped(lines: readonly string[]): string[] {
	const kept: string[] = [];
	for (let at = 0; at < lines.length; at++) {
		const run = dropped.find((run) => run.starts(lines[at]!, lines[at + 1]));
		const end = run ? lines.findIndex((line, index) => index > at && run.ends.test(line)) : -1;
		if (run && end !== -1) {
			at = run.blankAfter && lines[end + 1]?.trim() === '' ? end + 1 : end;
			continue;
		}
		kept.push(lines[at]!);
	}
	return kept;
}

/** Whether a run may have started at line `at` of `lines` and not yet ended there. */
const openAt = (lines: readonly string[], at: number) =>
	dropped.some((run) => run.opens.test(lines[at]!) && !lines.slice(at + 1).some((line) => run.ends.test(line)));

/** A stream of Astro's output, passed on line by line without the runs left out. */
export function astroOutputFilter(): Transform {
	let pending = '';
	const flushLines = (text: string, stream: Transform) => {
		const lines = text.split('\n');
		pending = lines.pop()!;
		// A run spans lines: hold back the lines from where one may have started until its end has come.
		const open = lines.findIndex((_, at) => openAt(lines, at));
		const held = open === -1 ? [] : lines.splice(open);
		pending = [...held, pending].join('\n');
		const kept = withoutDropped(lines);
		if (kept.length > 0) stream.push(`${kept.join('\n')}\n`);
	};
	return new Transform({
		transform(chunk: Buffer, _encoding, done: TransformCallback) {
			flushLines(pending + chunk.toString('utf8'), this);
			done();
		},
		flush(done: TransformCallback) {
			if (pending) this.push(withoutDropped(pending.split('\n')).join('\n'));
			done();
		},
	});
}
