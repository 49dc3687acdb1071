import { describe, expect, test } from 'vitest';
import { documentSchema } from '../../src/schemas/document.ts';

const valid = {
	title: 'The Natural Death of North Korean Stalinism',
	kind: 'research-note',
	authors: [{ type: 'person', given: 'Andrei', family: 'Lankov', affiliation: 'Kookmin University' }],
	publication: { title: 'Asia Policy', type: 'journal', number: '1', pages: '95–121' },
	published: '2006-01',
	summary: 'An editorial summary.',
};

/** The path and message of each problem zod finds, e.g. "authors.0.family: …". */
const problems = (data: unknown): string[] => {
	const result = documentSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a valid document', () => {
	test('parses, with defaults for the lists it may leave out', () => {
		const data = documentSchema.parse(valid);
		expect(data.keywords).toEqual([]);
		expect(data.transcription).toEqual([]);
		expect(data.language).toBe('en');
	});

	test('may be in another language, named by its BCP 47 tag', () => {
		expect(documentSchema.parse({ ...valid, language: 'ko' }).language).toBe('ko');
		expect(documentSchema.parse({ ...valid, language: 'zh-Hant' }).language).toBe('zh-Hant');
	});

	test('keeps its date only as precise as the source gives it', () => {
		const date = (published: unknown) => documentSchema.parse({ ...valid, published }).published;
		expect(date('2006-01')).toStrictEqual({ iso: '2006-01', year: 2006, month: 1 });
		expect(date('2013-04-14')).toStrictEqual({ iso: '2013-04-14', year: 2013, month: 4, day: 14 });
		expect(date('2012-02-29')).toStrictEqual({ iso: '2012-02-29', year: 2012, month: 2, day: 29 });
		expect(date(2006)).toStrictEqual({ iso: '2006', year: 2006 });
	});

	test('may be unsigned, or by an organization', () => {
		expect(problems({ ...valid, authors: [] })).toEqual([]);
		expect(problems({ ...valid, authors: [{ type: 'organization', name: 'All Together', place: 'South Korea' }] })).toEqual([]);
	});
});

describe('a bad document is refused, naming the field', () => {
	test.each([
		['no title', { ...valid, title: undefined }, /^title: /],
		['no authors list', { ...valid, authors: undefined }, /^authors: /],
		['a person without a family name', { ...valid, authors: [{ type: 'person', given: 'Andrei' }] }, /^authors\.0\.family: /],
		['an author of unknown type', { ...valid, authors: [{ type: 'committee', name: 'X' }] }, /^authors\.0\.type: /],
		['an unknown kind', { ...valid, kind: 'blog-post' }, /^kind: /],
		['a title of a zero-width space alone', { ...valid, title: '\u200b' }, /^title: expected text with at least one visible character$/],
		['a summary of spaces', { ...valid, summary: '   ' }, /^summary: expected text with at least one visible character$/],
		['a month that does not exist', { ...valid, published: '2006-13' }, /^published: "2006-13" is not a date: there is no month 13$/],
		[
			'a day that does not exist',
			{ ...valid, published: '2013-02-30' },
			/^published: "2013-02-30" is not a date: month 2 of 2013 has no day 30$/,
		],
		['a rolled-over day', { ...valid, published: '2020-13-45' }, /^published: "2020-13-45" is not a date: there is no month 13$/],
		['the 29th of February of a common year', { ...valid, published: '2013-02-29' }, /^published: "2013-02-29" is not a date/],
		['a date the YAML parser read as one', { ...valid, published: new Date('2013-04-14') }, /^published: /],
		['a date in another form', { ...valid, published: '14 April 2013' }, /^published: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/],
		['a page range that is not one', { ...valid, publication: { ...valid.publication, pages: 'pp. 95' } }, /^publication\.pages: /],
		['an original address that is not a web address', { ...valid, url: 'ftp://example.org/x' }, /^url: /],
		[
			'a language by its name',
			{ ...valid, language: 'Korean' },
			/^language: expected a language tag as BCP 47 writes it, such as "en", "ko"/,
		],
		['a language tag not in its canonical form', { ...valid, language: 'KO' }, /^language: expected a language tag as BCP 47 writes it/],
		['no summary', { ...valid, summary: '' }, /^summary: /],
		['a misspelt field', { ...valid, keyword: ['Stalinism'] }, /Unrecognized key: "keyword"/],
		// What a citation cannot do without.
		[
			'a newspaper piece without the day of its issue',
			{ ...valid, publication: { title: 'Socialist Worker', type: 'newspaper', issue: '2284' }, published: '2012-01' },
			/^published: a newspaper piece is cited by the day of its issue: expected a date as YYYY-MM-DD$/,
		],
		[
			'a journal article without its volume, number or issue',
			{ ...valid, publication: { title: 'Asia Policy', type: 'journal', pages: '95–121' } },
			/^publication\.volume: a journal article is cited by its volume, number or issue: give at least one$/,
		],
	])('%s', (_case, data, expected) => {
		expect(problems(data).join('\n')).toMatch(expected);
	});
});
