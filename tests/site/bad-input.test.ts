import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../support/build';

const fixtures = join(projectRoot, 'tests', 'fixtures', 'bad-documents');

// Each build gets its own output folder; --force drops Astro's content cache of other collections.
const buildFrom = (name: string) =>
	buildSite(join(projectRoot, '.test-builds', `bad-${name}`), { DOCUMENTS_DIR: join(fixtures, name) }, ['--force']);

describe('a build from a bad document stops and says what is wrong, where', () => {
	test.each([
		['missing-title', /title: Required/],
		['impossible-date', /published: expected a date as YYYY, YYYY-MM or YYYY-MM-DD/],
		['misspelt-field', /keyword/],
		['dangling-footnote', /line 3 of the text \(below the frontmatter\): footnote reference \[\^7\] has no note/],
	])('%s', async (name, problem) => {
		const { code, output } = await buildFrom(name);
		expect(code).not.toBe(0);
		expect(output).toContain(`${name}-example`);
		expect(output).toMatch(problem);
	});
});
