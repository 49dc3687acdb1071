import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { expect, test } from 'vitest';
import { astroOutputFilter, withoutDropped } from '../../scripts/astro-output.ts';

// As Astro prints an error whose text names a file in content/documents/.
const error = [
	'[CorpusError] content/documents/a.md:17: the link "../b/" points to a document that does not exist: "b".',
	'  Hint:',
	'    Browser APIs are not available on the server.',
	'    ',
	'    If the code is in a framework component, try to access these objects after rendering using lifecycle methods or use a `client:only` directive to make the component exclusively run on the client.',
	'    ',
	'    See https://docs.astro.build/en/guides/troubleshooting/#document-or-window-is-not-defined for more information.',
	'    \t\t',
	'  Error reference:',
	'    https://docs.astro.build/en/reference/errors/',
];

test('Astro’s hint about browser APIs is left out of its output, and nothing else', () => {
	expect(withoutDropped(error)).toEqual([error[0], ...error.slice(8)]);
	const otherHint = ['  Hint:', '    Run astro sync.', 'next'];
	expect(withoutDropped(otherHint)).toEqual(otherHint);
});

test('the hint is left out however the output arrives in pieces', async () => {
	const whole = `${error.join('\n')}\n`;
	const pieces = [whole.slice(0, 70), whole.slice(70, 140), whole.slice(140, 300), whole.slice(300)];
	const filtered = await text(Readable.from(pieces.map((piece) => Buffer.from(piece))).pipe(astroOutputFilter()));
	expect(filtered).toBe(`${[error[0], ...error.slice(8)].join('\n')}\n`);
});

// As @astrojs/markdown-remark prints a Markdown error before it throws it, to stderr, which
// Astro's content loader then reports again, with its file and line, as "[ERROR] [glob-loader]".
const dump = [
	'[/x/content/documents/a.md:1:1: Failed to parse Markdown file "/x/content/documents/a.md":',
	'HTML a document may not hold:',
	'  content/documents/a.md:72: <a> is not allowed in a document] {',
	'  ancestors: undefined,',
	"  file: '/x/content/documents/a.md',",
	"  reason: 'HTML a document may not hold:\\n' +",
	"    '  content/documents/a.md:72: <a> is not allowed in a document',",
	'  url: undefined',
	'}',
];

test('the dump of a Markdown error’s object is left out, in one piece or in many; the report of it stays', async () => {
	const report = '12:00:00 [ERROR] [glob-loader] Error rendering a.md: Failed to parse Markdown file "/x/content/documents/a.md":';
	const whole = `${[...dump, report, 'next'].join('\n')}\n`;
	for (const size of [whole.length, 40, 7]) {
		const pieces = Array.from({ length: Math.ceil(whole.length / size) }, (_, at) => Buffer.from(whole.slice(at * size, (at + 1) * size)));
		expect(await text(Readable.from(pieces).pipe(astroOutputFilter())), `pieces of ${size}`).toBe(`${report}\nnext\n`);
	}
});
