import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { citationLayouts } from '../../src/build/citations/citation-format.ts';
import { exportFormats } from '../../src/build/citations/citation-export.ts';
import { documentItem } from '../../src/build/citations/csl.ts';
import { anchorNote, findQuote, quoteAt } from '../../src/core/notes/anchoring.ts';
import { citationMarkdown, noteAddress, notesCslJson, notesMarkdown, notesRis } from '../../src/core/notes/exports.ts';
import type { NotedDocument, ReaderNote } from '../../src/core/notes/note.ts';
import { notePlace, notesFromAnnotations } from '../../src/core/notes/annotation-import.ts';
import { annotationCollection } from '../../src/core/notes/web-annotation.ts';
import type { DocumentData } from '../../src/schemas/document.ts';

const site = 'https://reader.example/';
const paragraph = 'He is succeeded by his son Kim Jong-un, who will find it a challenge to consolidate his rule. His rule is new.';

const note = (changes: Partial<ReaderNote> = {}): ReaderNote => {
	const start = paragraph.indexOf('consolidate his rule');
	const end = start + 'consolidate his rule'.length;
	return {
		id: '0b6c1a52-54cb-4f0c-9a55-5b0d3c1f6e2a',
		document: 'support-north-koreas-workers',
		version: 1,
		page: 'documents/support-north-koreas-workers/',
		passage: 'p-2',
		order: 1,
		locator: { label: 'paragraph', value: '2' },
		quote: quoteAt(paragraph, start, end),
		position: { start, end },
		note: 'Compare the printed page.',
		created: '2026-12-03T10:00:00.000Z',
		modified: '2026-12-03T10:05:00.000Z',
		detached: false,
		...changes,
	};
};

describe('finding a note’s words', () => {
	test('the quote keeps the words and up to 32 characters on each side', () => {
		expect(quoteAt('abc def ghi', 4, 7)).toEqual({ exact: 'def', prefix: 'abc ', suffix: ' ghi' });
		expect(note().quote.prefix).toBe('son Kim Jong-un, who will find it a challenge to '.slice(-32));
	});

	test('words that stand twice are told apart by their context, then by where they stood', () => {
		const text = 'his rule. Later, his rule was firm; and his rule, again.';
		const second = text.indexOf('his rule', 5);
		expect(findQuote(text, quoteAt(text, second, second + 8))).toEqual({ start: second, end: second + 8 });
		expect(findQuote(text, { exact: 'his rule', prefix: '', suffix: '' }, text.lastIndexOf('his rule'))?.start).toBe(
			text.lastIndexOf('his rule'),
		);
	});

	test('line breaks and runs of spaces match any white space; words that are gone are not found', () => {
		expect(findQuote('to consolidate\n  his rule', { exact: 'consolidate his rule', prefix: '', suffix: '' })).toEqual({
			start: 3,
			end: 25,
		});
		expect(findQuote(paragraph, { exact: 'a challenge to hold', prefix: '', suffix: '' })).toBeUndefined();
	});

	test('after an edit, a note finds its words in its passage, in another passage, or nowhere', () => {
		const reworded = paragraph.replace('a challenge', 'hard');
		expect(
			anchorNote(note(), [
				{ id: 'p-1', text: 'First.' },
				{ id: 'p-2', text: reworded },
			]),
		).toEqual({
			passage: 'p-2',
			order: 1,
			position: { start: reworded.indexOf('consolidate'), end: reworded.indexOf('consolidate') + 20 },
		});
		expect(
			anchorNote(note(), [
				{ id: 'p-1', text: 'First.' },
				{ id: 'p-9', text: `Split: ${paragraph}` },
			])?.passage,
		).toBe('p-9');
		expect(anchorNote(note(), [{ id: 'p-2', text: 'He is succeeded by his son.' }])).toBeUndefined();
	});
});

describe('Web Annotations', () => {
	const collection = annotationCollection([{ note: note(), source: `${site}documents/support-north-koreas-workers/` }], 'Notes');

	test('a note is an Annotation of its page, selected by the passage’s anchor and position and by its words', () => {
		const [annotation] = collection.first.items;
		expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 1 });
		expect(annotation).toMatchObject({
			id: 'urn:uuid:0b6c1a52-54cb-4f0c-9a55-5b0d3c1f6e2a',
			type: 'Annotation',
			motivation: 'commenting',
			body: { type: 'TextualBody', value: 'Compare the printed page.', purpose: 'commenting' },
			target: {
				source: `${site}documents/support-north-koreas-workers/`,
				selector: [
					{ type: 'FragmentSelector', value: 'p-2', refinedBy: { type: 'TextPositionSelector', start: note().position.start } },
					{ type: 'TextQuoteSelector', exact: 'consolidate his rule' },
				],
			},
		});
		const highlight = annotationCollection([{ note: note({ note: '' }), source: site }], 'Notes').first.items[0]!;
		expect(highlight.motivation).toBe('highlighting');
		expect('body' in highlight).toBe(false);
	});

	test('an import reads back every note it wrote, in the order of its paragraph until its page finds its passage', () => {
		const read = notesFromAnnotations(JSON.parse(JSON.stringify(collection)), (source) => notePlace(source, site), 'now');
		expect(read).toEqual({ notes: [{ ...note(), order: 2 }], problems: [] });
	});

	test('an import says which annotations it cannot read, and why, and brings the rest', () => {
		const [good] = collection.first.items;
		const { notes, problems } = notesFromAnnotations(
			[
				good,
				{ ...good, target: { ...good!.target, source: 'https://elsewhere.example/page' } },
				{ ...good, target: { ...good!.target, selector: [good!.target.selector[0]] } },
				{ type: 'Annotation', target: {} },
			],
			(source) => notePlace(source, site),
			'now',
		);
		expect(notes).toHaveLength(1);
		expect(problems).toEqual([
			'Annotation 2: https://elsewhere.example/page is not a document of this library.',
			'Annotation 3: it has no TextQuoteSelector naming the words.',
			expect.stringMatching(/^Annotation 4: id: /),
		]);
		expect(notesFromAnnotations({ hello: 'world' }, () => undefined, 'now').problems).toEqual([
			'Annotation 1: id: Invalid input: expected string, received undefined',
		]);
	});

	test('a target is a page of this site’s documents, or of one of their versions', () => {
		expect(notePlace(`${site}documents/a-b/v3/`, site)).toEqual({ document: 'a-b', version: 3, page: 'documents/a-b/v3/' });
		expect(notePlace(`${site}documents/a-b/#p-2`, site)).toEqual({ document: 'a-b', version: 1, page: 'documents/a-b/' });
		expect(notePlace(`${site}topics/`, site)).toBeUndefined();
	});
});

describe('exports', () => {
	const data = {
		title: 'Support North Korea’s Workers',
		authors: [{ type: 'person', given: 'Tim', family: 'Beal' }],
		published: { year: 2011, month: 12, day: 30 },
		publication: { type: 'newspaper', title: 'The Guardian' },
		keywords: [],
	} as unknown as DocumentData;
	const item = documentItem('support-north-koreas-workers', data, `${site}documents/support-north-koreas-workers/`);
	const layouts = citationLayouts(item, 'chicago');
	const document: NotedDocument = {
		id: item.id,
		title: data.title,
		version: 1,
		url: String(item.URL),
		layouts: { citation: layouts.citation, paragraph: layouts.paragraph, section: layouts.section },
		ris: exportFormats.ris.write([item]),
		csl: item,
	};
	const notes = [note(), note({ id: 'b', note: '', position: { start: 0, end: 5 }, quote: quoteAt(paragraph, 0, 5) })];

	test('a note’s address opens the current text at its words; a detached note’s, the version that has them', () => {
		expect(noteAddress(note(), site)).toBe(`${site}documents/support-north-koreas-workers/#p-2:~:text=consolidate%20his%20rule`);
		expect(noteAddress(note({ detached: true, version: 2 }), site)).toBe(
			`${site}documents/support-north-koreas-workers/v2/#p-2:~:text=consolidate%20his%20rule`,
		);
	});

	test('Markdown quotes the words, gives the note, and cites the paragraph with its address', () => {
		const markdown = notesMarkdown([{ document, notes }], site);
		expect(markdown).toContain('## Support North Korea’s Workers\n\n> consolidate his rule\n\nCompare the printed page.\n\n— ');
		expect(markdown).toMatch(
			/Beal, “Support North Korea’s Workers,” \*The Guardian\*, December 30, 2011, para\. 2, https:\/\/reader\.example\/documents\/support-north-koreas-workers\/#p-2\./,
		);
		expect(markdown).toContain(`[Open at these words](${noteAddress(note(), site)})`);
	});

	test('citeproc’s HTML becomes Markdown', () => {
		expect(citationMarkdown('A, <i>B &amp; C</i>, <span style="x">D</span> &#8220;E&#x201d;')).toBe('A, *B & C*, D “E”');
	});

	test('RIS, read by citation-js, is the document with each note and its paragraph', () => {
		const [read] = new Cite(notesRis([{ document, notes }], site)).data;
		expect(read).toMatchObject({ type: 'article-newspaper', title: 'Support North Korea’s Workers', URL: document.url });
		expect(String(read!.note)).toContain(`para. 2: “consolidate his rule” — Compare the printed page. (${noteAddress(note(), site)})`);
		expect(String(read!.note)).toContain('para. 2: “He is”');
	});

	test('CSL-JSON, read by citation-js, is the document with the notes in its note', () => {
		const [read] = new Cite(JSON.parse(notesCslJson([{ document, notes }], site))).data;
		expect(read).toMatchObject({
			id: item.id,
			title: data.title,
			note: expect.stringContaining('para. 2: “consolidate his rule” — Compare'),
		});
	});
});
