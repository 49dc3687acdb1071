import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../harness/build.ts';
import { builds } from '../support/builds.ts';
import { versionedBuild } from '../support/versioned-library.ts';

const vnuJar = join(projectRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const knownInvalid = join(projectRoot, 'tests', 'fixtures', 'invalid-html', 'index.html');

interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url: string;
	lastLine?: number;
	message: string;
}

/** The W3C Nu Html Checker over the given files, in one Java run: its errors, by file. */
function validate(files: string[]): Map<string, string[]> {
	const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--format', 'json', ...files], { encoding: 'utf8' });
	if (run.error) throw new Error(`could not run Java for vnu.jar: ${run.error.message}`);
	const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
	const errors = new Map<string, string[]>();
	for (const message of messages.filter((m) => m.type !== 'info')) {
		const file = fileURLToPath(message.url);
		errors.set(file, [...(errors.get(file) ?? []), `line ${message.lastLine}: ${message.message}`]);
	}
	return errors;
}

const htmlFiles = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dir, file));

describe('the W3C Nu Html Checker', () => {
	test('finds no error on any page of either build, nor of every version of a text, and does find the errors of a known-invalid page', () => {
		const pages = [...Object.values(builds), versionedBuild].flatMap((build) => htmlFiles(build.dir));
		expect(pages.length).toBeGreaterThanOrEqual(10);
		const errors = validate([...pages, knownInvalid]);
		expect(errors.get(knownInvalid)?.length).toBeGreaterThan(0);
		errors.delete(knownInvalid);
		expect(Object.fromEntries(errors)).toEqual({});
	});
});
