import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import { atomFeed } from '../../src/core/site/atom-feed.ts';
import { documentSchema } from '../../src/schemas/document.ts';

const data = documentSchema.parse({
	title: 'Sticks & stones: <i>juche</i> and its critics',
	kind: 'article',
	authors: [{ type: 'person', given: 'A', family: 'Writer' }],
	publication: { title: 'Socialist Worker', type: 'newspaper', issue: '1' },
	published: '2012-01-03',
	summary: 'Why 1 < 2 & the <b>markup</b> stays text.',
});

test('the feed’s titles and summaries, declared HTML, show the text as written, markup and all', () => {
	const xml = atomFeed([{ url: 'https://example.org/documents/a/', data }], 'https://example.org/', 'https://example.org/feed.xml');
	const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
	const shown = (field: { type: string; '#text': string }) => {
		expect(field.type).toBe('html');
		return toString(fromHtml(field['#text'], { fragment: true }));
	};
	expect(shown(feed.entry.title)).toBe(data.title);
	expect(shown(feed.entry.summary)).toBe(data.summary);
});
