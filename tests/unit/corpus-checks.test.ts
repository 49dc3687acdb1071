import { describe, expect, test } from 'vitest';
import {
	type CheckedDocument,
	type CheckedTopic,
	CorpusError,
	corpusProblems,
	ledgerProblems,
	stopOn,
	topicProblems,
} from '../../src/data/corpus-checks.ts';

const topic = (id: string, name: string, aliases: string[] = [], related: string[] = []): CheckedTopic => ({
	id,
	name,
	aliases,
	related,
	filePath: `content/topics/${id}.yaml`,
});

/** A document whose text is `body`, with the anchors, links, citations and mentions the second pass would find. */
const document = (id: string, body: string, found: Partial<Omit<CheckedDocument, 'id' | 'filePath' | 'body'>> = {}): CheckedDocument => ({
	id,
	filePath: `content/documents/${id}.md`,
	body,
	// A frontmatter of ten lines between its two `---`.
	linesAboveText: 12,
	anchors: new Set(),
	links: [],
	citations: [],
	mentions: [],
	...found,
});

const work = (id: string) => ({ id, filePath: `content/works/${id}.yaml` });

describe('topics are checked against each other, naming the file and field', () => {
	test('an alias two topics claim, in any of its spellings', () => {
		const topics = [topic('kim-il-sung', 'Kim Il Sung', ['Kim Il-sung']), topic('kim-dynasty', 'Kim dynasty', ['Kim Il‑sung'])];
		expect(topicProblems(topics)).toEqual([
			'content/topics/kim-dynasty.yaml: aliases: "Kim Il‑sung" already names the topic in content/topics/kim-il-sung.yaml; an alias may name one topic only.',
		]);
	});

	test('a related topic that does not exist, by its place in the list', () => {
		const topics = [topic('kim-il-sung', 'Kim Il Sung', [], ['kim-jong-il', 'kim-jong-ill']), topic('kim-jong-il', 'Kim Jong Il')];
		expect(topicProblems(topics)).toEqual(['content/topics/kim-il-sung.yaml: related.1: there is no topic "kim-jong-ill".']);
	});

	test('topics that agree pass', () => {
		expect(topicProblems([topic('kim-il-sung', 'Kim Il Sung', [], ['kim-jong-il']), topic('kim-jong-il', 'Kim Jong Il')])).toEqual([]);
	});
});

describe('the corpus is checked as a whole, naming the file and the line of the text', () => {
	const checks = (documents: CheckedDocument[], works = [work('hobsbawm')], topics = [topic('juche', 'Juche')]) =>
		corpusProblems({ documents, works, topics });
	const cited = { citations: [{ work: 'hobsbawm', passage: 'p-1' }], mentions: [{ topic: 'juche' }] };

	test('a link to an anchor the document lacks', () => {
		const text = 'The text.\n\nSee [the conclusion](#conclusion).';
		expect(checks([document('a', text, { ...cited, links: ['#conclusion'] })])).toEqual([
			'content/documents/a.md:15: the link "#conclusion" points to "#conclusion", which is no anchor in this document.',
		]);
	});

	test('a link to a document that does not exist, or to an anchor another document lacks', () => {
		const text = 'Compare [the other piece](../no-such-document/#p-2)\nand [this one](../b/#p-9).';
		const links = ['../no-such-document/#p-2', '../b/#p-9'];
		expect(checks([document('a', text, { ...cited, links }), document('b', 'Text.', { anchors: new Set(['p-1']) })])).toEqual([
			'content/documents/a.md:13: the link "../no-such-document/#p-2" points to a document that does not exist: "no-such-document".',
			'content/documents/a.md:14: the link "../b/#p-9" points to "#p-9", which is no anchor in the document "b".',
		]);
	});

	test('a document with no text below its frontmatter', () => {
		expect(checks([document('a', ' \n\n ', cited)])).toEqual(['content/documents/a.md: the document has no text below its frontmatter.']);
	});

	test('links that land, and links to other sites or pages, pass', () => {
		const links = ['#p-1', '../b/#p-1:~:text=famine', 'https://example.org/', '/topics/'];
		expect(
			checks([
				document('a', 'Text.', { ...cited, anchors: new Set(['p-1']), links }),
				document('b', 'Text.', { anchors: new Set(['p-1']) }),
			]),
		).toEqual([]);
	});

	test('a work: link to a work that does not exist', () => {
		const citations = [...cited.citations, { work: 'three-alternative-worlds', passage: 'fn-1' }];
		expect(checks([document('a', '\n\n[Three](work:three-alternative-worlds)', { ...cited, citations })])).toEqual([
			'content/documents/a.md:15: the link "work:three-alternative-worlds" cites a work that does not exist: add content/works/three-alternative-worlds.yaml or correct the id.',
		]);
	});

	test('a work: link outside any paragraph or note, which nothing could point back to', () => {
		const citations = [{ work: 'hobsbawm', passage: undefined }];
		expect(checks([document('a', '## [Age](work:hobsbawm)', { ...cited, citations })])).toEqual([
			'content/documents/a.md:13: the link "work:hobsbawm" stands in no paragraph or note, so nothing can point back to it.',
		]);
	});

	test('a work no document cites', () => {
		expect(checks([document('a', 'Text.', cited)], [work('hobsbawm'), work('hobsbawm-age-of-extremes')])).toEqual([
			'content/works/hobsbawm-age-of-extremes.yaml: no document cites this work; link to it as "work:hobsbawm-age-of-extremes" or remove it.',
		]);
	});

	test('a topic no document mentions, under any of its names', () => {
		expect(
			checks([document('a', 'Text.', cited)], undefined, [topic('juche', 'Juche'), topic('songun', 'Songun', ['military first'])]),
		).toEqual([
			'content/topics/songun.yaml: no document mentions this topic as "Songun", "military first"; correct its aliases or remove it.',
		]);
	});

	test('a problem without a line found names the file alone', () => {
		expect(checks([document('a', 'No link written here.', { ...cited, links: ['#gone'] })])).toEqual([
			'content/documents/a.md: the link "#gone" points to "#gone", which is no anchor in this document.',
		]);
	});

	test('every problem is reported, and together they stop the build', () => {
		const problems = checks([document('a', 'Text.', { links: ['#x', '#y'] })]);
		expect(problems).toHaveLength(4);
		expect(() => stopOn(problems)).toThrow(CorpusError);
		expect(() => stopOn(problems)).toThrow(problems.join('\n'));
		expect(() => stopOn([])).not.toThrow();
	});
});

describe('every published passage address keeps a home', () => {
	test('a document with no paragraph left for its addresses, naming the ledger, the ids and the document', () => {
		const documents = [
			{ id: 'a', filePath: 'content/documents/a.md', ledgerPath: 'content/passages/a.json', homeless: ['p-1', 'p-2'] },
			{ id: 'b', filePath: 'content/documents/b.md', ledgerPath: 'content/passages/b.json', homeless: [] },
			{ id: 'c', filePath: 'content/documents/c.md', ledgerPath: 'content/passages/c.json', homeless: ['p-4'] },
		];
		expect(ledgerProblems(documents, [])).toEqual([
			'content/passages/a.json: p-1, p-2 were published, but content/documents/a.md has no paragraph left for them to land on; restore its text.',
			'content/passages/c.json: p-4 was published, but content/documents/c.md has no paragraph left for it to land on; restore its text.',
		]);
	});

	test('a ledger whose document is gone', () => {
		expect(ledgerProblems([], [{ id: 'gone', path: 'content/passages/gone.json' }])).toEqual([
			'content/passages/gone.json: the document "gone" is gone, so every address this ledger published would lead nowhere; restore content/documents/gone.md.',
		]);
	});
});

test('an earlier version’s links are checked against its own anchors, and no other document links to them', () => {
	const current = document('a', 'See [the note](#fn-2).', { anchors: new Set(['p-1', 'fn-2']), links: ['#fn-2'] });
	const earlier = {
		...document('a', 'See [the note](#fn-3) and [b](/documents/b/#p-9).', {
			anchors: new Set(['p-1', 'fn-3']),
			links: ['#fn-3', '/documents/b/#p-9'],
		}),
		filePath: 'content/versions/a/v1.md',
		version: 1,
	};
	const other = document('b', 'See [a](/documents/a/#fn-3).', { anchors: new Set(['p-1']), links: ['/documents/a/#fn-3'] });
	expect(corpusProblems({ documents: [current, earlier, other], works: [], topics: [] })).toEqual([
		'content/versions/a/v1.md:13: the link "/documents/b/#p-9" points to "#p-9", which is no anchor in the document "b".',
		'content/documents/b.md:13: the link "/documents/a/#fn-3" points to "#fn-3", which is no anchor in the document "a".',
	]);
});
