import { describe, expect, test } from 'vitest';
import { pageMatches, phraseLocations } from '../../src/core/search/search-passages.ts';

/** A page of one paragraph to each anchor; word positions count the words of its content. */
const page = (content: string, anchors: [id: string, location: number][]) => ({
	url: '/d/#top',
	content,
	anchors: anchors.map(([id, location]) => ({ element: 'p', id, location })),
});
const titles = (matches: ReturnType<typeof pageMatches>) => matches.passages.map(({ title }) => title);

describe('the matches of a page', () => {
	// 0 Stalin 1 and 2 Kim | ¶1: 3 Kim 4 met 5 Stalin. | Note 1: 6 A 7 note 8 on 9 Kim. | h2: 10 The 11 famine 12 years
	const article = {
		url: '/d/',
		content: 'Stalin and Kim Kim met Stalin. A note on Kim. The famine years',
		anchors: [
			{ element: 'h1', id: 'title', location: 0, text: 'Stalin and Kim' },
			{ element: 'p', id: 'p-1', location: 3 },
			{ element: 'li', id: 'fn-1', location: 6 },
			{ element: 'a', id: 'fnref-1', location: 8 },
			{ element: 'h2', id: 'the-famine-years', location: 10, text: 'The famine years' },
		],
	};

	test('land on the paragraph, the note or the heading that holds them, with an excerpt of each', () => {
		expect(pageMatches(article, [9, 0, 2, 3, 5, 11, 5], ['Stalin', 'Kim', 'famine'])).toEqual({
			count: 6,
			terms: new Set(['stalin', 'kim', 'famine']),
			excerpt: [
				{ text: 'Kim', marked: true },
				{ text: ' met ', marked: false },
				{ text: 'Stalin', marked: true },
				{ text: '.', marked: false },
			],
			passages: [
				{
					title: '¶ 1',
					url: '/d/#p-1',
					excerpt: [
						{ text: 'Kim', marked: true },
						{ text: ' met ', marked: false },
						{ text: 'Stalin', marked: true },
						{ text: '.', marked: false },
					],
				},
				{
					title: 'Note 1',
					url: '/d/#fn-1',
					excerpt: [
						{ text: 'A note on ', marked: false },
						{ text: 'Kim', marked: true },
						{ text: '.', marked: false },
					],
				},
				{
					title: 'The famine years',
					url: '/d/#the-famine-years',
					excerpt: [
						{ text: 'The ', marked: false },
						{ text: 'famine', marked: true },
						{ text: ' years', marked: false },
					],
				},
			],
		});
	});

	test('in the title give no passage, and an excerpt of the page’s start', () => {
		expect(pageMatches(article, [0, 2], ['Stalin', 'Kim'])).toEqual({
			count: 2,
			terms: new Set(['stalin', 'kim']),
			excerpt: [
				{ text: 'Stalin', marked: true },
				{ text: ' and ', marked: false },
				{ text: 'Kim', marked: true },
				{ text: ' Kim met Stalin. A note on Kim. The famine years', marked: false },
			],
			passages: [],
		});
	});

	test('of none give the page’s start as it is', () => {
		expect(pageMatches(page('one two three', [['p-1', 0]]), [], ['x'])).toEqual({
			count: 0,
			terms: new Set(),
			excerpt: [{ text: 'one two three', marked: false }],
			passages: [],
		});
	});

	test('put first the passage with more of the query’s different words, not the one with more matches', () => {
		const matches = pageMatches(
			page('Stalin Stalin Stalin said. Kim and Stalin.', [
				['p-1', 0],
				['p-2', 4],
			]),
			[0, 1, 2, 4, 6],
			['Stalin', 'Kim'],
		);
		expect(titles(matches)).toEqual(['¶ 2', '¶ 1']);
	});

	test('put first, as many words found, the passage with a word as typed over a longer word it begins', () => {
		const matches = pageMatches(
			page('Stalinism and Stalinism. Stalin once.', [
				['p-1', 0],
				['p-2', 3],
			]),
			[0, 2, 3],
			['Stalin'],
		);
		expect(titles(matches)).toEqual(['¶ 2', '¶ 1']);
		expect(matches.terms).toEqual(new Set(['stalin']));
	});

	test('then the passage with more matches, then the earlier', () => {
		const content = 'Kim once. Kim and Kim. Kim once.';
		const anchors: [string, number][] = [
			['p-1', 0],
			['p-2', 2],
			['p-3', 5],
		];
		expect(titles(pageMatches(page(content, anchors), [0, 2, 4, 5], ['Kim']))).toEqual(['¶ 2', '¶ 1', '¶ 3']);
	});

	test('count a hyphenated word as its parts: "de-Stalinization" was found by "Stalin"', () => {
		const matches = pageMatches(
			page('Kim began de-Stalinization. Kim Kim Kim', [
				['p-1', 0],
				['p-2', 3],
			]),
			[0, 2, 3, 4, 5],
			['Kim', 'Stalin'],
		);
		expect(matches.terms).toEqual(new Set(['kim', 'stalin']));
		expect(titles(matches)).toEqual(['¶ 1', '¶ 2']);
	});

	test('tell a word that found nothing by the terms of those that did', () => {
		const matches = pageMatches(page('Kimchi and Stalin’s hat', [['p-1', 0]]), [0, 2], ['Kim', 'Stalin', 'famine']);
		expect(matches.terms).toEqual(new Set(['kim', 'stalin']));
	});

	test('list three passages at most', () => {
		const matches = pageMatches(
			page('Kim a Kim b Kim c Kim d', [
				['p-1', 0],
				['p-2', 2],
				['p-3', 4],
				['p-4', 6],
			]),
			[0, 2, 4, 6],
			['Kim'],
		);
		expect(matches.count).toBe(4);
		expect(titles(matches)).toEqual(['¶ 1', '¶ 2', '¶ 3']);
	});

	test('link a passage on the page’s address without its fragment', () => {
		expect(pageMatches(page('Kim', [['p-7', 0]]), [0], ['Kim']).passages.map(({ url }) => url)).toEqual(['/d/#p-7']);
	});

	test('mark the word in an excerpt, not the punctuation around it', () => {
		expect(pageMatches(page('Then “Stalin’s” (Stalin), it said.', [['p-1', 0]]), [1, 2], ['Stalin']).excerpt).toEqual([
			{ text: 'Then “', marked: false },
			{ text: 'Stalin’s', marked: true },
			{ text: '” (', marked: false },
			{ text: 'Stalin', marked: true },
			{ text: '), it said.', marked: false },
		]);
	});

	test('cut a long passage around its matches, with an ellipsis where it goes on', () => {
		const words = Array.from({ length: 60 }, (_, index) => (index === 30 ? 'Stalin' : `w${index}`));
		const matches = pageMatches(page(words.join(' '), [['p-1', 0]]), [30], ['Stalin']);
		expect(matches.passages[0]!.excerpt).toEqual([
			{ text: '… w24 w25 w26 w27 w28 w29 ', marked: false },
			{ text: 'Stalin', marked: true },
			{ text: ' w31 w32 w33 w34 w35 w36 w37 w38 w39 w40 w41 w42 w43 w44 w45 w46 w47 …', marked: false },
		]);
	});

	test('cut a passage where the next one starts', () => {
		const words = Array.from({ length: 40 }, (_, index) => (index === 2 ? 'Stalin' : `w${index}`));
		const matches = pageMatches(
			page(words.join(' '), [
				['p-1', 0],
				['p-2', 5],
			]),
			[2],
			['Stalin'],
		);
		expect(matches.excerpt).toEqual([
			{ text: 'w0 w1 ', marked: false },
			{ text: 'Stalin', marked: true },
			{ text: ' w3 w4', marked: false },
		]);
	});
});

describe('the locations of a phrase', () => {
	test('are those of every occurrence, a possessive or the marks around a word notwithstanding', () => {
		const content = 'Kim Il Sung met Kim Il Sung’s son; “Kim Il Sung.” Kim Il-sung and Kim Il';
		expect(phraseLocations(content, 'Kim Il Sung')).toEqual([0, 1, 2, 4, 5, 6, 8, 9, 10]);
		expect(phraseLocations(content, 'kim il sung’s')).toEqual([]);
	});

	test('take a hyphenated word as one word, in the text as in the phrase', () => {
		const content = 'Kim Il Sung met Kim Il-sung.';
		expect(phraseLocations(content, 'Kim Il-sung')).toEqual([4, 5]);
		expect(phraseLocations(content, 'Il Sung')).toEqual([1, 2]);
	});

	test('are none for a phrase of no words', () => {
		expect(phraseLocations('Kim Il Sung', ' “ ” ')).toEqual([]);
	});
});
