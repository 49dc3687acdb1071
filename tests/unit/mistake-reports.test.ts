import { describe, expect, test } from 'vitest';
import { reportsAddressOf, QUOTED_CHARACTERS, reportHref } from '../../src/core/site/mistake-reports.ts';

const report = {
	title: 'The Natural Death of North Korean Stalinism',
	address: 'https://north-korea-reader.example/documents/natural-death-of-north-korean-stalinism/#p-13',
	selected: 'the famine of 1996–99 & after',
	source: 'content/documents/natural-death-of-north-korean-stalinism.md',
	line: 42,
};

describe('where reports of a mistake go (CORRECTIONS_URL)', () => {
	test('unset or empty: no report is offered', () => {
		expect(reportsAddressOf(undefined)).toBeUndefined();
		expect(reportsAddressOf('  ')).toBeUndefined();
	});

	test('an e-mail address or an issue tracker’s address is taken', () => {
		expect(reportsAddressOf('mailto:editors@example.org')).toBe('mailto:editors@example.org');
		expect(reportsAddressOf(' https://tracker.example/issues/new?labels=x ')).toBe('https://tracker.example/issues/new?labels=x');
	});

	test.each([
		['editors@example.org', /CORRECTIONS_URL is "editors@example\.org": it must be a mailto: address or the https: address/],
		['ftp://example.org/', /CORRECTIONS_URL is "ftp:\/\/example\.org\/": it must be a mailto: address/],
		['http://tracker.example/new', /it must be a mailto: address or the https: address of an issue tracker's new-issue form/],
		['mailto:', /CORRECTIONS_URL is "mailto:": a mailto: address needs one e-mail address after "mailto:"/],
		['mailto:editors', /a mailto: address needs one e-mail address/],
	])('%s is refused, naming the variable, its value and what is wrong', (value, message) => {
		expect(() => reportsAddressOf(value)).toThrow(message);
	});
});

describe('the report a selection fills in', () => {
	const text = [
		'Document: The Natural Death of North Korean Stalinism',
		`Passage: ${report.address}`,
		'Selected words: “the famine of 1996–99 & after”',
		'Source: content/documents/natural-death-of-north-korean-stalinism.md, line 42',
		'',
		'What is wrong, and what should it say?',
		'',
	];

	test('by e-mail: the subject and body, spaces as %20 and lines ending in CRLF', () => {
		const href = reportHref('mailto:editors@example.org', report);
		expect(href).toMatch(/^mailto:editors@example\.org\?subject=[^&]+&body=[^&]+$/);
		expect(href).not.toContain('+');
		const [, query] = href.split('?');
		const fields = Object.fromEntries(query!.split('&').map((field) => field.split('=').map(decodeURIComponent)));
		expect(fields.subject).toBe('Mistake in “The Natural Death of North Korean Stalinism”, p-13');
		expect(fields.body).toBe(text.join('\r\n'));
	});

	test('to an issue tracker: its title and body, beside the parameters it already has', () => {
		const url = new URL(reportHref('https://tracker.example/reader/issues/new?labels=transcription', report));
		expect(url.origin + url.pathname).toBe('https://tracker.example/reader/issues/new');
		expect(url.searchParams.get('labels')).toBe('transcription');
		expect(url.searchParams.get('title')).toBe('Mistake in “The Natural Death of North Korean Stalinism”, p-13');
		expect(url.searchParams.get('body')).toBe(text.join('\n'));
	});

	test('a passage whose line is not known names the file alone', () => {
		const url = new URL(reportHref('https://tracker.example/new', { ...report, line: undefined }));
		expect(url.searchParams.get('body')).toContain('Source: content/documents/natural-death-of-north-korean-stalinism.md\n');
	});
});

test('a long selection is quoted up to a length every tracker and mail program takes, and marked as cut', () => {
	const selected = 'word '.repeat(400).trim();
	const body = new URL(reportHref('https://tracker.example/new', { ...report, selected })).searchParams.get('body')!;
	const [, quote] = /Selected words: “([^”]*)”/.exec(body)!;
	expect(quote!.length).toBeLessThanOrEqual(QUOTED_CHARACTERS);
	expect(quote).toMatch(/^word word .*…$/);
	expect(reportHref('https://tracker.example/new', { ...report, selected }).length).toBeLessThan(2000);
});
