import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../support/build';

const fixtures = join(projectRoot, 'tests', 'fixtures');

// Each build gets its own output folder; --force drops Astro's content cache of other collections.
const buildFrom = (name: string, env: Record<string, string>) =>
	buildSite(join(projectRoot, '.test-builds', `bad-${name}`), env, ['--force']);

describe('a build from a bad document stops and says what is wrong, where', () => {
	test.each([
		['missing-title', /title: Required/],
		['impossible-date', /published: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/],
		['misspelt-field', /Unrecognized key: "keyword"/],
		['dangling-footnote', /line 3 of the text \(below the frontmatter\): footnote reference \[\^7\] has no note/],
		[
			'missing-anchor',
			/line 3 of the text \(below the frontmatter\): the link "#conclusion" points to "#conclusion", which is no anchor in this document/,
		],
		[
			'unknown-document',
			/line 3 of the text \(below the frontmatter\): the link "\.\.\/no-such-document\/#p-2" points to a document that does not exist: "no-such-document"/,
		],
		// What a citation cannot do without.
		['newspaper-without-day', /published: a newspaper piece is cited by the day of its issue: expected a date as YYYY-MM-DD/],
		['journal-without-volume', /publication\.volume: a journal article is cited by its volume, number or issue: give at least one/],
		[
			'unknown-work',
			/line 3 of the text \(below the frontmatter\): the link "work:three-alternative-worlds" cites a work that does not exist: add content\/works\/three-alternative-worlds\.yaml or correct the id/,
		],
	])('%s', async (name, problem) => {
		const { code, output } = await buildFrom(name, {
			DOCUMENTS_DIR: join(fixtures, 'bad-documents', name),
			TOPICS_DIR: join(fixtures, 'no-topics'),
			WORKS_DIR: join(fixtures, 'no-works'),
		});
		expect(code).not.toBe(0);
		expect(output).toContain(`${name}-example`);
		expect(output).toMatch(problem);
	});
});

describe('a build from bad topics stops and says what is wrong, in which file', () => {
	test.each([
		[
			'alias-conflict',
			'kim-il-sung.yaml',
			/aliases: "Kim Il-sung" already names the topic in \S*kim-dynasty\.yaml; an alias may name one topic only/,
		],
		['unknown-related-topic', 'kim-il-sung.yaml', /related\.0: there is no topic "kim-jong-ill"/],
		['unmentioned-topic', 'juche.yaml', /no document mentions this topic as "Juche", "self-reliance"; correct its aliases or remove it/],
	])('%s', async (name, file, problem) => {
		const { code, output } = await buildFrom(name, { TOPICS_DIR: join(fixtures, 'bad-topics', name) });
		expect(code).not.toBe(0);
		expect(output).toMatch(new RegExp(`${file.replace('.', '\\.')}: `));
		expect(output).toMatch(problem);
	});
});

describe('a build from a bad cited work stops and says what is wrong, in which file', () => {
	test('a journal article without its journal', async () => {
		const { code, output } = await buildFrom('journal-article-without-journal', {
			WORKS_DIR: join(fixtures, 'bad-works', 'journal-article-without-journal'),
		});
		expect(code).not.toBe(0);
		expect(output).toMatch(
			/works → reichman-reconsidering-stalinism data does not match collection schema\.\s+container: a citation of a journal article needs the journal’s name/,
		);
		expect(output).toMatch(/Location:\s+\S*bad-works\/journal-article-without-journal\/reichman-reconsidering-stalinism\.yaml/);
	});

	test('a work no document cites', async () => {
		const folder = join(fixtures, 'bad-works', 'uncited-work');
		const { code, output } = await buildFrom('uncited-work', {
			DOCUMENTS_DIR: join(folder, 'documents'),
			WORKS_DIR: join(folder, 'works'),
			TOPICS_DIR: join(fixtures, 'no-topics'),
		});
		expect(code).not.toBe(0);
		expect(output).toMatch(
			/hobsbawm-age-of-extremes\.yaml: no document cites this work; link to it as "work:hobsbawm-age-of-extremes" or remove it/,
		);
	});
});
