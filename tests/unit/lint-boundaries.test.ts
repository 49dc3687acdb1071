/**
 * The import boundaries of eslint.config.js, run through ESLint itself on code written into the
 * places they guard: browser code that imports Node or the build, and a Markdown plugin that reads
 * the corpus, are each refused; the same imports where they belong pass. And the scripts build
 * their elements with the one typed helper.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../harness/build.ts';

const eslint = new ESLint({ cwd: projectRoot });

/** The messages of rule `rule` for `code` as if it stood at `filePath`. */
async function ruleMessages(rule: string, code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.filter(({ ruleId }) => ruleId === rule).map(({ message }) => message);
}

/** The messages of the import-boundary rule for `code` as if it stood at `filePath`. */
const boundaryMessages = (code: string, filePath: string) => ruleMessages('no-restricted-imports', code, filePath);

describe('the import boundaries', () => {
	test('browser code imports neither Node nor the build nor the corpus', async () => {
		for (const filePath of ['src/client/copy/example.ts', 'src/core/site/example.ts', 'src/service-worker/example.ts']) {
			const messages = await boundaryMessages(
				[
					"import { readFile } from 'node:fs/promises';",
					"import { securityHeaders } from '../../build/security.ts';",
					"import { getLibrary } from '../../data/library.ts';",
					'export const used = [readFile, securityHeaders, getLibrary];',
				].join('\n'),
				filePath,
			);
			expect(messages, filePath).toEqual([
				expect.stringMatching(/^'node:fs\/promises' import is restricted.*Browser code runs without Node/),
				expect.stringMatching(/^'\.\.\/\.\.\/build\/security\.ts' import is restricted.*Browser code imports neither the build nor Astro/),
				expect.stringMatching(/^'\.\.\/\.\.\/data\/library\.ts' import is restricted.*Browser code imports neither the build nor Astro/),
			]);
		}
	});

	test('the Markdown plugins do not read the corpus', async () => {
		const messages = await boundaryMessages(
			"import { getLibrary } from '../data/library.ts';\nexport const used = getLibrary;",
			'src/markdown/example.ts',
		);
		expect(messages).toEqual([expect.stringMatching(/The Markdown plugins do not read the corpus/)]);
	});

	test('the build may import Node and the corpus', async () => {
		const code =
			"import { readFile } from 'node:fs/promises';\nimport { getLibrary } from '../data/library.ts';\nexport const used = [readFile, getLibrary];";
		expect(await boundaryMessages(code, 'src/build/example.ts')).toEqual([]);
		expect(await boundaryMessages(code, 'src/data/example.ts')).toEqual([]);
	});
});

describe('the scripts build their elements with el()', () => {
	const code = "export const made = Object.assign(document.createElement('p'), { className: 'made' });";

	test('a script that makes an element itself is refused, naming the helper', async () => {
		for (const filePath of ['src/client/copy/example.ts', 'src/client/shared/example.ts']) {
			expect(await ruleMessages('no-restricted-syntax', code, filePath), filePath).toEqual([
				expect.stringMatching(/el\(\) from src\/client\/shared\/dom\.ts/),
			]);
		}
	});

	test("the helper itself, and the stylesheet link of every page's first script, may", async () => {
		for (const filePath of ['src/client/shared/dom.ts', 'src/client/shared/stylesheet.ts']) {
			expect(await ruleMessages('no-restricted-syntax', code, filePath), filePath).toEqual([]);
		}
	});
});
