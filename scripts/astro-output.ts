/**
 * Astro's output, less a hint that does not apply: Astro adds "Browser APIs are not available on
 * the server" to every error whose text says "document" or "window", and every error of this
 * project names a file in `content/documents/`. The build's own messages say what is wrong.
 */
import { Transform, type TransformCallback } from 'node:stream';

const hintStart = /^\s*Hint:\s*$/;
const browserApis = /Browser APIs are not available on the server/;
const hintEnd = /#document-or-window-is-not-defined/;

/** Lines of Astro's output without the browser-API hint: from its "Hint:" line to its link, and the blank line after. */
export function withoutBrowserApiHint(lines: readonly string[]): string[] {
	const kept: string[] = [];
	for (let at = 0; at < lines.length; at++) {
		if (hintStart.test(lines[at]!) && browserApis.test(lines[at + 1] ?? '')) {
			const end = lines.findIndex((line, index) => index > at && hintEnd.test(line));
			if (end !== -1) {
				at = lines[end + 1]?.trim() === '' ? end + 1 : end;
				continue;
			}
		}
		kept.push(lines[at]!);
	}
	return kept;
}

/** A stream of Astro's output, passed on line by line without the browser-API hint. */
export function astroOutputFilter(): Transform {
	let pending = '';
	const flushLines = (text: string, stream: Transform) => {
		const lines = text.split('\n');
		pending = lines.pop()!;
		// A hint spans lines: hold back a "Hint:" line and those after it until its end has come.
		const open = lines.findLastIndex((line) => hintStart.test(line));
		const held = open !== -1 && !lines.slice(open).some((line) => hintEnd.test(line)) ? lines.splice(open) : [];
		pending = [...held, pending].join('\n');
		if (lines.length > 0) stream.push(`${withoutBrowserApiHint(lines).join('\n')}\n`);
	};
	return new Transform({
		transform(chunk: Buffer, _encoding, done: TransformCallback) {
			flushLines(pending + chunk.toString('utf8'), this);
			done();
		},
		flush(done: TransformCallback) {
			if (pending) this.push(withoutBrowserApiHint(pending.split('\n')).join('\n'));
			done();
		},
	});
}
