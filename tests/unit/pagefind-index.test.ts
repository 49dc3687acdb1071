import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { pagefindIndex } from '../../src/after-build/pagefind-index.ts';
import { projectRoot } from '../../harness/build.ts';

let site: string;
afterEach(async () => {
	await rm(site, { recursive: true, force: true });
});

/** Runs the step, with real Pagefind, on a folder standing for a build. */
async function indexSite(files: Record<string, string>, glob = '**/*.html'): Promise<string[]> {
	site = await mkdtemp(join(tmpdir(), 'pagefind-'));
	for (const [name, html] of Object.entries(files)) await writeFile(join(site, name), html);
	const messages: string[] = [];
	await pagefindIndex({ glob }).run({ site: `${site}/`, base: '/', projectRoot, log: (message) => messages.push(message) });
	return messages;
}

test('indexes the built pages into pagefind/ and says how many', async () => {
	const page = '<html lang="en"><body><main data-pagefind-body><h1>Title</h1><p>Famine.</p></main></body></html>';
	const messages = await indexSite({ 'index.html': page });
	expect(messages.join('\n')).toMatch(/^indexed 1 pages into .*pagefind in [\d.]+ s$/);
	expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
});

test('indexes only the pages its glob names', async () => {
	const page = '<html lang="en"><body><main data-pagefind-body><p>Famine.</p></main></body></html>';
	const messages = await indexSite({ 'document.html': page, 'other.html': page }, 'document.html');
	expect(messages.join('\n')).toMatch(/^indexed 1 pages into /);
});

test('fails the build when there is nothing to index', async () => {
	await expect(indexSite({ 'notes.txt': 'no HTML here' })).rejects.toThrow(/Pagefind found no page to index/);
});
