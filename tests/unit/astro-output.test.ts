import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { expect, test } from 'vitest';
import { astroOutputFilter, withoutBrowserApiHint } from '../../scripts/astro-output.ts';

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
	expect(withoutBrowserApiHint(error)).toEqual([error[0], ...error.slice(8)]);
	const otherHint = ['  Hint:', '    Run astro sync.', 'next'];
	expect(withoutBrowserApiHint(otherHint)).toEqual(otherHint);
});

test('the hint is left out however the output arrives in pieces', async () => {
	const whole = `${error.join('\n')}\n`;
	const pieces = [whole.slice(0, 70), whole.slice(70, 140), whole.slice(140, 300), whole.slice(300)];
	const filtered = await text(Readable.from(pieces.map((piece) => Buffer.from(piece))).pipe(astroOutputFilter()));
	expect(filtered).toBe(`${[error[0], ...error.slice(8)].join('\n')}\n`);
});
