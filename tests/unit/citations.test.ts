import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { citeItem, formatCitation, formatReferences } from '../../src/build/citations/citation-format.ts';
import { documentJsonLd, highwireDate, highwireTags } from '../../src/core/site/head-meta.ts';
import { documentItem, workItem } from '../../src/build/citations/csl.ts';
import { openingWords } from '../../src/core/passages/excerpt.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { workSchema } from '../../src/schemas/work.ts';
import rehypePassageOutline from '../../src/markdown/rehype-passage-outline.ts';
import rehypeWorkCitations from '../../src/markdown/rehype-work-citations.ts';
import { renderMarkdown, withoutParagraphAnchors, withoutSourceLines } from '../support/markdown.ts';

/** The site's Markdown rendering, then the one step of the second pass (`src/markdown/corpus-pipeline.ts`) under test, on its own. */
async function throughCorpusStep(markdown: string, plugin: 'citations' | 'outline') {
	const code = withoutSourceLines((await renderMarkdown(markdown)).code);
	const processor = unified().use(rehypeParse, { fragment: true });
	if (plugin === 'citations') processor.use(rehypeWorkCitations, { href: (work: string) => `/works-cited/#${work}` });
	else processor.use(rehypePassageOutline, { excludeHeadings: ['footnote-label'] });
	const file = await processor.use(rehypeStringify).process(code);
	return { html: String(file), data: file.data };
}

describe('rehype-work-citations', () => {
	test('turns a work: link into a link to the work’s entry and records the passage that cites it, once', async () => {
		const { html, data } = await throughCorpusStep(
			'See “[Three Alternative Worlds](work:avakian-three-alternative-worlds)” and [it](work:avakian-three-alternative-worlds) again.',
			'citations',
		);
		expect(withoutParagraphAnchors(html)).toBe(
			'<p>See “<a href="/works-cited/#avakian-three-alternative-worlds" data-work="avakian-three-alternative-worlds">Three Alternative Worlds</a>” and <a href="/works-cited/#avakian-three-alternative-worlds" data-work="avakian-three-alternative-worlds">it</a> again.</p>',
		);
		expect(data.workCitations).toEqual([{ work: 'avakian-three-alternative-worlds', passage: 'p-1' }]);
	});

	test('records a note as the passage that cites, and not the note’s inert copy beside its reference', async () => {
		const { html, data } = await throughCorpusStep(
			'Stalinism.[^1]\n\n[^1]: Eric Hobsbawm, *[The Age of Extremes](work:hobsbawm-age-of-extremes)*, 392.',
			'citations',
		);
		expect(data.workCitations).toEqual([{ work: 'hobsbawm-age-of-extremes', passage: 'fn-1' }]);
		// Both the note and its sidenote copy link to the entry; no work: address is left.
		expect(html.match(/href="\/works-cited\/#hobsbawm-age-of-extremes"/g)).toHaveLength(2);
		expect(html).not.toContain('work:');
	});

	test('leaves other links alone', async () => {
		const { html, data } = await throughCorpusStep('[A page](https://example.org/work:not-a-work) and [a section](#p-1).', 'citations');
		expect(html).toContain('href="https://example.org/work:not-a-work"');
		expect(html).toContain('href="#p-1"');
		expect(data.workCitations).toEqual([]);
	});
});

describe('rehype-passage-outline', () => {
	test('lists sections and paragraphs in reading order, with their words and without note markers or sidenotes', async () => {
		const { data } = await throughCorpusStep(
			'## Main Argument\n\nThe last fifteen years.[^1]\n\n- a system of personal dictatorship\n\n[^1]: A note.',
			'outline',
		);
		expect(data.outline).toEqual([
			{ id: 'main-argument', kind: 'section', text: 'Main Argument' },
			{ id: 'p-1', kind: 'paragraph', text: 'The last fifteen years.' },
			{ id: 'p-2', kind: 'paragraph', text: 'a system of personal dictatorship' },
		]);
	});
});

const lankov = documentSchema.parse({
	title: 'The Natural Death of North Korean Stalinism',
	kind: 'research-note',
	authors: [{ type: 'person', given: 'Andrei', family: 'Lankov' }],
	publication: {
		title: 'Asia Policy',
		type: 'journal',
		number: '1',
		pages: '95–121',
		publisher: 'The National Bureau of Asian Research',
		place: 'Seattle',
	},
	published: '2006-01',
	summary: 'A summary.',
});
const url = 'https://north-korea-reader.example/documents/natural-death-of-north-korean-stalinism/';

describe('CSL items', () => {
	test('a document becomes an article in its periodical, dated as precisely as its source', () => {
		expect(documentItem('lankov', lankov, url)).toEqual({
			id: 'lankov',
			type: 'article-journal',
			title: 'The Natural Death of North Korean Stalinism',
			author: [{ given: 'Andrei', family: 'Lankov' }],
			'container-title': 'Asia Policy',
			publisher: 'The National Bureau of Asian Research',
			'publisher-place': 'Seattle',
			issue: '1',
			page: '95-121',
			issued: { 'date-parts': [[2006, 1]] },
			URL: url,
		});
	});

	test('a work keeps the season its journal dates the issue by', () => {
		const li = workSchema.parse({
			type: 'article-journal',
			title: 'The Political Stalinization of China',
			authors: [{ type: 'person', given: 'Hua-yu', family: 'Li' }],
			container: 'Journal of Cold War Studies',
			volume: '3',
			issue: '2',
			pages: '28–47',
			published: 2001,
			season: 'spring',
		});
		expect(workItem('li', li).issued).toEqual({ 'date-parts': [[2001]], season: 1 });
		expect(formatReferences([workItem('li', li)], 'chicago')[0]!.html).toBe(
			'Li, Hua-yu. “The Political Stalinization of China.” <i>Journal of Cold War Studies</i> 3, no. 2 (Spring 2001): 28–47.',
		);
	});

	test.each([
		[
			'a book without its publisher',
			{ type: 'book', title: 'The Age of Extremes', published: 1996 },
			'publisher: a citation of a book needs the publisher',
		],
		[
			'a journal article without its journal',
			{ type: 'article-journal', title: 'Reconsidering "Stalinism"', published: 1988 },
			'container: a citation of a journal article needs the journal’s name',
		],
	])('a work that lacks what its citation needs is refused, naming the field: %s', (_case, work, problem) => {
		const result = workSchema.safeParse(work);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map(({ path, message }) => `${path.join('.')}: ${message}`)).toEqual([problem]);
	});

	test('a book, a report and a website piece are described by what they are, not as periodicals', () => {
		const piece = (publication: Record<string, string>, kind = 'report') =>
			documentSchema.parse({ title: 'A Title', kind, authors: [], publication, published: 2020, summary: 'A summary.' });
		// A book's or report's `publication.title` names its publisher.
		for (const [type, publisher, kind] of [
			['report', 'The National Bureau of Asian Research', 'report'],
			['book', 'Cambridge University Press', 'essay'],
		] as const) {
			const standalone = piece({ title: publisher, type, place: 'Cambridge' }, kind);
			expect(documentJsonLd(standalone, url, []), type).not.toHaveProperty('isPartOf');
			expect(documentJsonLd(standalone, url, []).publisher, type).toEqual({ '@type': 'Organization', name: publisher });
			expect(highwireTags(standalone, url), type).toContainEqual(['citation_publisher', publisher]);
			expect(
				highwireTags(standalone, url).map(([name]) => name),
				type,
			).not.toContain('citation_journal_title');
			expect(documentItem('r', standalone, url), type).toMatchObject({ type, publisher, 'publisher-place': 'Cambridge' });
			expect(documentItem('r', standalone, url), type).not.toHaveProperty('container-title');
		}

		const post = piece({ title: 'Revolution Newspaper online', type: 'website' }, 'article');
		expect(documentJsonLd(post, url, []).isPartOf).toEqual({ '@type': 'WebSite', name: 'Revolution Newspaper online' });
		expect(documentJsonLd(post, url, [])).not.toHaveProperty('publisher');
		expect(highwireTags(post, url).map(([name]) => name)).not.toContain('citation_journal_title');
		expect(documentItem('w', post, url)).toMatchObject({ type: 'webpage', 'container-title': 'Revolution Newspaper online' });
	});

	test('a journal article is part of its periodical through its issue, with its pages', () => {
		const ld = documentJsonLd(lankov, url, []);
		expect(ld.isPartOf).toEqual({
			'@type': 'PublicationIssue',
			issueNumber: '1',
			datePublished: '2006-01',
			isPartOf: {
				'@type': 'Periodical',
				name: 'Asia Policy',
				publisher: { '@type': 'Organization', name: 'The National Bureau of Asian Research' },
			},
		});
		expect(ld).toMatchObject({ pageStart: '95', pageEnd: '121', pagination: '95–121' });
	});

	test('Highwire dates are as precise as the source', () => {
		expect(highwireDate({ iso: '2006', year: 2006 })).toBe('2006');
		expect(highwireDate({ iso: '2006-01', year: 2006, month: 1 })).toBe('2006/01');
		expect(highwireDate({ iso: '2013-04-14', year: 2013, month: 4, day: 14 })).toBe('2013/04/14');
	});
});

describe('passage citations', () => {
	const item = documentItem('lankov', lankov, url);

	test.each(['chicago', 'apa', 'mla'] as const)(
		'in %s, equal the citation the style makes with the locator and the passage’s address',
		(style) => {
			const { passage } = citeItem(item, style);
			expect(passage('paragraph', '12', 'p-12')).toBe(
				formatCitation({ ...item, URL: `${url}#p-12` }, style, { label: 'paragraph', value: '12' }),
			);
			const title = 'Pre-1990 North Korea: The World’s Purest Stalinism?';
			expect(passage('section', title, 'pre-1990')).toBe(
				formatCitation({ ...item, URL: `${url}#pre-1990` }, style, { label: 'section', value: title }),
			);
		},
	);

	test.each(['chicago', 'apa', 'mla'] as const)(
		'in %s, come with the whole document’s citation and reference, equal to those made alone',
		(style) => {
			const { citation, reference } = citeItem(item, style);
			expect(citation).toBe(formatCitation(item, style));
			expect(reference).toBe(formatReferences([item], style)[0]!.html);
			expect(citation).not.toContain('TOKEN');
		},
	);

	test('a section title stands as written, its markup characters escaped', () => {
		expect(citeItem(item, 'apa').passage('section', 'Guns & Butter, "Reform" and <Control>', 'guns')).toBe(
			'(Lankov, 2006, Section Guns &amp; Butter, &quot;Reform&quot; and &lt;Control&gt;)',
		);
	});

	const note = `Andrei Lankov, “The Natural Death of North Korean Stalinism,” <i>Asia Policy</i>, no. 1 (January 2006)`;
	test.each([
		['chicago', 'paragraph', '3', 'p-3', `${note}: para. 3, ${url}#p-3.`],
		['chicago', 'section', 'Introduction', 'introduction', `${note}: sec. Introduction, ${url}#introduction.`],
		['apa', 'paragraph', '3', 'p-3', '(Lankov, 2006, para. 3)'],
		['apa', 'section', 'Introduction', 'introduction', '(Lankov, 2006, Section Introduction)'],
		['mla', 'paragraph', '3', 'p-3', '(Lankov, para. 3)'],
		['mla', 'section', 'Introduction', 'introduction', '(Lankov, sec. Introduction)'],
	] as const)('in %s, a %s is cited by its number or title (and in a note, its address)', (style, label, value, anchor, expected) => {
		expect(citeItem(item, style).passage(label, value, anchor)).toBe(expected);
	});

	test('a paragraph is recognised on the citation page by its first words', () => {
		expect(openingWords('  The last fifteen years have witnessed\nthe gradual wearing away ', 4)).toBe('The last fifteen years…');
		expect(openingWords('Short.', 4)).toBe('Short.');
	});
});
