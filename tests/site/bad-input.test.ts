import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, projectRoot } from '../support/build';
import { testBuildsDir } from '../support/builds';

// Every message is checked against its pure check in tests/unit/ (the schemas, the Markdown
// plugins, the corpus checks). These builds prove that each kind of problem really stops `astro
// build`, and that the message reaches the reader with its file.
const fixtures = join(projectRoot, 'tests', 'fixtures');

// Each build gets its own output folder; --force drops Astro's content cache of other collections.
const buildFrom = (name: string, env: Record<string, string>) => buildSite(join(testBuildsDir, `bad-${name}`), env, ['--force']);
const alone = { TOPICS_DIR: join(fixtures, 'no-topics'), WORKS_DIR: join(fixtures, 'no-works') };

test('a document that breaks its schema stops the build, naming the document, the field and the file', async () => {
	const { code, output } = await buildFrom('missing-title', { DOCUMENTS_DIR: join(fixtures, 'bad-documents', 'missing-title'), ...alone });
	expect(code).not.toBe(0);
	expect(output).toMatch(/documents → missing-title-example data does not match collection schema\./);
	expect(output).toMatch(/title: Required/);
	expect(output).toMatch(/Location:\s+\S*bad-documents\/missing-title\/missing-title-example\.md/);
});

test('a Markdown error (a footnote without its note) stops the build, naming the file and line', async () => {
	const { code, output } = await buildFrom('dangling-footnote', {
		DOCUMENTS_DIR: join(fixtures, 'bad-documents', 'dangling-footnote'),
		...alone,
	});
	expect(code).not.toBe(0);
	expect(output).toMatch(/dangling-footnote-example\.md:3:1-3:33: Failed to parse Markdown file/);
	expect(output).toMatch(/line 3 of the text \(below the frontmatter\): footnote reference \[\^7\] has no note/);
	// and no page is built from the document whose text failed
	expect(output).toMatch(/dangling-footnote-example\.md: its Markdown could not be rendered; the reason is printed above/);
});

test('a corpus error (a link to a document that does not exist) stops the build, naming the file and line', async () => {
	const { code, output } = await buildFrom('unknown-document', {
		DOCUMENTS_DIR: join(fixtures, 'bad-documents', 'unknown-document'),
		...alone,
	});
	expect(code).not.toBe(0);
	expect(output).toMatch(
		/unknown-document-example\.md, line 3 of the text \(below the frontmatter\): the link "\.\.\/no-such-document\/#p-2" points to a document that does not exist: "no-such-document"\./,
	);
});

test('a corrections address that is neither e-mail nor a web address stops the build before it starts, naming the variable', async () => {
	const { code, output } = await buildFrom('corrections-url', { CORRECTIONS_URL: 'editors@example.org' });
	expect(code).not.toBe(0);
	expect(output).toMatch(
		/CORRECTIONS_URL is "editors@example\.org": it must be a mailto: address or the https: address of an issue tracker's new-issue form\./,
	);
	expect(output).not.toMatch(/page\(s\) built/);
});
