import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, projectRoot } from '../../harness/build.ts';
import { testBuildsDir } from '../support/builds.ts';

// Every message is checked against its pure check in tests/unit/ (the schemas, the Markdown
// plugins, the corpus checks). These builds prove that each kind of problem really stops `astro
// build`, and that the message reaches the reader with its file.
const fixtures = join(projectRoot, 'tests', 'fixtures');

// Each build gets its own output folder; --force drops Astro's content cache of other collections.
const buildFrom = (name: string, env: Record<string, string>) => buildSite(join(testBuildsDir, `bad-${name}`), env, ['--force']);
const alone = { TOPICS_DIR: join(fixtures, 'no-topics'), WORKS_DIR: join(fixtures, 'no-works') };

test('a document that breaks its schema stops the build, naming the file, its line and the field', async () => {
	const { code, output } = await buildFrom('missing-title', { DOCUMENTS_DIR: join(fixtures, 'bad-documents', 'missing-title'), ...alone });
	expect(code).not.toBe(0);
	expect(output).toContain('tests/fixtures/bad-documents/missing-title/missing-title-example.md:2: title: missing: this field is required');
});

test('a date that does not exist, written as YAML reads a date, stops the build at its line, as does a misspelt field, with the field meant', async () => {
	const { code, output } = await buildFrom('impossible-date', {
		DOCUMENTS_DIR: join(fixtures, 'bad-documents', 'impossible-date'),
		...alone,
	});
	expect(code).not.toBe(0);
	const file = 'tests/fixtures/bad-documents/impossible-date/impossible-date-example.md';
	expect(output).toContain(`${file}:11: published: "2020-13-45" is not a date: there is no month 13`);
	expect(output).toContain(`${file}:12: titel: no such field; did you mean "title"?`);
	expect(output).not.toMatch(/2021-02-14|14 February 2021/);
});

test('two files that come to one document id stop the build, naming both', async () => {
	const { code, output } = await buildFrom('duplicate-id', { DOCUMENTS_DIR: join(fixtures, 'bad-documents', 'duplicate-id'), ...alone });
	expect(code).not.toBe(0);
	const folder = join(fixtures, 'bad-documents', 'duplicate-id');
	expect(output).toContain(`"my-doc": ${folder}/My Doc.md, ${folder}/my-doc.md`);
});

test('a Markdown error (a footnote without its note) stops the build, naming the file and line', async () => {
	const { code, output } = await buildFrom('dangling-footnote', {
		DOCUMENTS_DIR: join(fixtures, 'bad-documents', 'dangling-footnote'),
		...alone,
	});
	expect(code).not.toBe(0);
	expect(output).toContain(
		'tests/fixtures/bad-documents/dangling-footnote/dangling-footnote-example.md:17: footnote reference [^7] has no note',
	);
	// and no page is built from the document whose text failed
	expect(output).toMatch(/dangling-footnote-example\.md: its Markdown could not be rendered; the reason is printed above/);
	// said once, by the content loader, not also as the error object's fields
	expect(output.match(/footnote reference \[\^7\] has no note/g)).toHaveLength(1);
	expect(output).not.toContain('ancestors: undefined');
});

test('a corpus error (a link to a document that does not exist) stops the build, naming the file and line', async () => {
	const { code, output } = await buildFrom('unknown-document', {
		DOCUMENTS_DIR: join(fixtures, 'bad-documents', 'unknown-document'),
		...alone,
	});
	expect(code).not.toBe(0);
	expect(output).toMatch(
		/unknown-document-example\.md:17: the link "\.\.\/no-such-document\/#p-2" points to a document that does not exist: "no-such-document"\./,
	);
	// Not Astro's hint for any error that says "document", which has nothing to do with it.
	expect(output).not.toContain('Browser APIs are not available on the server');
});

test('an address for reports of a mistake that is neither e-mail nor a web address stops the build before any page is written, naming the variable', async () => {
	const { code, output } = await buildFrom('corrections-url', { CORRECTIONS_URL: 'editors@example.org' });
	expect(code).not.toBe(0);
	expect(output).toMatch(
		/CORRECTIONS_URL is "editors@example\.org": it must be a mailto: address or the https: address of an issue tracker's new-issue form\./,
	);
	expect(output).not.toMatch(/page\(s\) built/);
});

test('a build setting of the wrong kind stops the build before any page is written, naming the setting and what it must be', async () => {
	const { code, output } = await buildFrom('source-date-epoch', { SOURCE_DATE_EPOCH: 'yesterday' });
	expect(code).not.toBe(0);
	expect(output).toContain("SOURCE_DATE_EPOCH's type is invalid, expected: number | undefined");
	expect(output).not.toMatch(/page\(s\) built/);
});
