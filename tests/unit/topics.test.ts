import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { excerptAround } from '../../src/core/passages/excerpt.ts';
import { lineOf, linkProblem } from '../../src/core/site/corpus-links.ts';
import { aliasKey, createTopicMatcher, findAliasConflicts, type TopicNames } from '../../src/core/search/topic-matcher.ts';
import rehypeTopicLinks from '../../src/markdown/rehype-topic-links.ts';

const topics: TopicNames[] = [
	{ id: 'kim-il-sung', name: 'Kim Il Sung', aliases: ['Kim Il-sung'] },
	{ id: 'kim-jong-il', name: 'Kim Jong Il', aliases: ['Kim Jong-il', 'Chairman Kim', 'Chairman Kim Jong-il'] },
	{ id: 'joseph-stalin', name: 'Joseph Stalin', aliases: ['Stalin'] },
	{ id: 'united-states', name: 'United States', aliases: ['U.S.', 'US'] },
	{ id: 'china', name: 'China', aliases: ['People’s Republic of China'] },
];
const matcher = createTopicMatcher(topics);
const found = (text: string) => matcher.matches(text).map(({ topic, text }) => `${topic}: ${text}`);

describe('the topic matcher', () => {
	test('finds a name under each spelling: a space or any hyphen between words, either case for the first letter', () => {
		expect(found('Kim Il Sung, Kim Il-sung and Kim Il‑sung; kim Il Sung')).toEqual([
			'kim-il-sung: Kim Il Sung',
			'kim-il-sung: Kim Il-sung',
			'kim-il-sung: Kim Il‑sung',
			'kim-il-sung: kim Il Sung',
		]);
	});

	test('matches whole words only, and letters after the first as written', () => {
		expect(found('Stalinism, de-Stalinization, Stalin’s and Stalin')).toEqual(['joseph-stalin: Stalin', 'joseph-stalin: Stalin']);
		expect(found('tell us, the U.S. and the US')).toEqual(['united-states: U.S.', 'united-states: US']);
	});

	test('prefers the longest alias where two start at the same word', () => {
		expect(found('Chairman Kim Jong-il died; Chairman Kim’s death')).toEqual([
			'kim-jong-il: Chairman Kim Jong-il',
			'kim-jong-il: Chairman Kim',
		]);
	});

	test('takes a straight apostrophe for a curly one', () => {
		expect(found("the People's Republic of China")).toEqual(["china: People's Republic of China"]);
	});

	test('ignores case altogether when asked, as in a search query', () => {
		const query = createTopicMatcher(topics, { ignoreCase: true });
		expect(query.matches('kim il-sung').map(({ topic }) => topic)).toEqual(['kim-il-sung']);
	});

	test('reports an alias two topics claim, in any of its spellings', () => {
		expect(findAliasConflicts([...topics, { id: 'kim-dynasty', name: 'Kim dynasty', aliases: ['Kim Il Sŏng'] }])).toEqual([]);
		expect(findAliasConflicts([...topics, { id: 'kim-dynasty', name: 'Kim dynasty', aliases: ['Kim Il‑sung'] }])).toEqual([
			{ alias: 'Kim Il‑sung', topics: ['kim-il-sung', 'kim-dynasty'] },
		]);
		expect(aliasKey('Kim Il-sung')).toBe(aliasKey('kim Il sung'));
	});
});

describe('mention excerpts', () => {
	test('keep a few words each side, with an ellipsis where the passage goes on', () => {
		const text = 'one two three four Kim Il Sung five six seven eight';
		const start = text.indexOf('Kim');
		expect(excerptAround(text, start, start + 'Kim Il Sung'.length, 2)).toEqual({
			before: '…three four ',
			match: 'Kim Il Sung',
			after: ' five six…',
		});
		expect(excerptAround('Kim Il Sung’s death', 0, 11, 2)).toEqual({ before: '', match: 'Kim Il Sung', after: '’s death' });
	});

	test('keep no more than so many characters each side, dropping whole words, and cut a word only when one alone is longer', () => {
		const text = 'a verylongword b c Kim Il Sung d e anotherlongword f';
		const start = text.indexOf('Kim');
		expect(excerptAround(text, start, start + 'Kim Il Sung'.length, 12, 6)).toEqual({
			before: '…b c ',
			match: 'Kim Il Sung',
			after: ' d e…',
		});
		const address = `see ${'x'.repeat(300)} Kim Il Sung`;
		expect(excerptAround(address, address.indexOf('Kim'), address.length, 12, 50).before).toBe('…');
		// The rest of the mention's own word is kept as far as it may go.
		const joined = `Kim Il Sung’${'s'.repeat(300)} and more`;
		expect(excerptAround(joined, 0, 11, 12, 50).after).toBe(`’${'s'.repeat(49)}…`);
	});
});

/** The topic-links plugin through a real processor, as the second pass (src/markdown/corpus-pipeline.ts) runs it. */
async function linkTopics(html: string) {
	const file = await unified()
		.use(rehypeParse, { fragment: true })
		.use(rehypeTopicLinks, { matcher, href: (topic: string) => `/topics/${topic}/` })
		.use(rehypeStringify)
		.process(html);
	return { html: String(file), mentions: file.data.topicMentions ?? [] };
}

describe('topic links (rehype-topic-links)', () => {
	test('link the first mention of a topic in each section, and list every mention by passage', async () => {
		const { html, mentions } = await linkTopics(
			'<p id="p-1">Stalin and Stalin.</p><p id="p-2">Stalin again.</p><h2 id="later">Later</h2><p id="p-3">Stalin.</p>',
		);
		expect(html).toBe(
			'<p id="p-1"><a class="topic-link" href="/topics/joseph-stalin/" data-topic="joseph-stalin">Stalin</a> and Stalin.</p>' +
				'<p id="p-2">Stalin again.</p><h2 id="later">Later</h2>' +
				'<p id="p-3"><a class="topic-link" href="/topics/joseph-stalin/" data-topic="joseph-stalin">Stalin</a>.</p>',
		);
		expect(mentions.map(({ passage }) => passage)).toEqual(['p-1', 'p-1', 'p-2', 'p-3']);
		expect(mentions[2]!.excerpt).toEqual({ before: '', match: 'Stalin', after: ' again.' });
	});

	test('never link inside headings, links, footnote markers or inert copies', async () => {
		const { html, mentions } = await linkTopics(
			'<h2 id="stalin">Stalin</h2>' +
				'<p id="p-1"><a href="https://example.org/">Stalin</a><sup><a href="#fn-1" data-footnote-ref>Stalin</a></sup>' +
				'<span class="sidenote" inert>Stalin</span></p>',
		);
		expect(html).not.toContain('topic-link');
		expect(mentions).toEqual([]);
	});

	test('count a <section>, such as the notes, as a section of its own', async () => {
		const { html } = await linkTopics(
			'<p id="p-1">China.</p><section data-footnotes><ol><li id="fn-1"><p>China.</p></li></ol></section><p id="p-2">China.</p>',
		);
		expect(html.match(/class="topic-link"/g)).toHaveLength(3);
	});

	test('leave text outside passages unlinked and unlisted', async () => {
		const { html, mentions } = await linkTopics('<aside><p>China.</p></aside>');
		expect(html).toBe('<aside><p>China.</p></aside>');
		expect(mentions).toEqual([]);
	});
});

describe('links into the corpus', () => {
	const anchors = new Map([
		['lankov', new Set(['p-1', 'overview'])],
		['revolution', new Set(['p-2'])],
	]);
	const problem = (href: string) =>
		linkProblem(href, 'lankov', {
			anchorsOf: (id) => anchors.get(id),
			hasTopic: (id) => id === 'china',
			hasWork: (id) => id === 'reichman',
		});

	test('pass when the document and its anchor exist, and leave other sites alone', () => {
		expect(problem('#overview')).toBeUndefined();
		expect(problem('../revolution/#p-2')).toBeUndefined();
		expect(problem('#p-1:~:text=Stalinism')).toBeUndefined();
		expect(problem('https://example.org/#nowhere')).toBeUndefined();
		expect(problem('mailto:someone@example.org')).toBeUndefined();
	});

	test('pass for a topic, a cited work or a page the site has, and name one it does not', () => {
		expect(problem('/topics/china/')).toBeUndefined();
		expect(problem('/works-cited/reichman/')).toBeUndefined();
		expect(problem('/search/')).toBeUndefined();
		expect(problem('/topics/atlantis/')).toBe('the link "/topics/atlantis/" points to a topic that does not exist: "atlantis"');
		expect(problem('../../works-cited/nobody/')).toBe(
			'the link "../../works-cited/nobody/" points to a cited work that does not exist: "nobody"',
		);
		expect(problem('/about/')).toBe('the link "/about/" points to no page of this site');
	});

	test('name a missing anchor or document', () => {
		expect(problem('#conclusion')).toBe('the link "#conclusion" points to "#conclusion", which is no anchor in this document');
		expect(problem('../revolution/#p-9')).toBe(
			'the link "../revolution/#p-9" points to "#p-9", which is no anchor in the document "revolution"',
		);
		expect(problem('../no-such-piece/')).toBe('the link "../no-such-piece/" points to a document that does not exist: "no-such-piece"');
	});

	test('are found by line in the Markdown', () => {
		expect(lineOf('Text.\n\nSee [the overview](#overview).', '#overview')).toBe(3);
		expect(lineOf('Text.', '#overview')).toBeUndefined();
	});
});
