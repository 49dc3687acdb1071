import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../../harness/build.ts';
import { testBuildsDir } from '../support/builds.ts';

// What an editor's slip cannot do, tried on real builds of a document whose headings read like
// the ids its page gives its own parts (tests/fixtures/headings-like-page-ids/). `npm run build`
// builds into a staging folder and puts it in place only when it is whole: a build that fails, is
// stopped, or meets another one running leaves the published site as it was.
const site = join(testBuildsDir, 'editors-slips');
const fixtures = join(projectRoot, 'tests', 'fixtures');
const alone = { TOPICS_DIR: join(fixtures, 'no-topics'), WORKS_DIR: join(fixtures, 'no-works') };
const library = {
	DOCUMENTS_DIR: join(fixtures, 'headings-like-page-ids', 'documents'),
	PASSAGES_DIR: join(testBuildsDir, 'editors-slips-passages'),
	VERSIONS_DIR: join(testBuildsDir, 'editors-slips-versions'),
	...alone,
};
const badDocuments = join(fixtures, 'bad-documents', 'unknown-document');
const documentId = 'headings-like-page-ids';

/** Every file of the published site, with its content: what a reader could be served. */
async function published(): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(path.slice(site.length), (await readFile(path)).toString('base64'));
	}
	return files;
}

let before: Map<string, string>;
beforeAll(async () => {
	await rm(site, { recursive: true, force: true });
	await rm(library.PASSAGES_DIR, { recursive: true, force: true });
	await rm(library.VERSIONS_DIR, { recursive: true, force: true });
	const { code, output } = await buildSite(site, library, ['--force']);
	if (code !== 0) throw new Error(output);
	before = await published();
}, 300_000);

/** The ids an HTML or XHTML text gives, in order. */
const idsIn = (html: string) => selectAll('[id]', fromHtml(html)).map(({ properties }) => String(properties.id));
const repeated = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

describe('a document whose headings read like the page’s own ids', () => {
	test('has every id on its page once, its headings’ ids made apart from the page’s', async () => {
		const ids = idsIn(await readFile(join(site, 'documents', documentId, 'index.html'), 'utf8'));
		expect(repeated(ids)).toEqual([]);
		expect(ids).toEqual(
			expect.arrayContaining(['title', 'main', 'fn-1', 'p-1', 'section-title', 'section-main', 'section-fn-1', 'section-p-1']),
		);
	});

	test('has every id in its book once', async () => {
		const book = unzipSync(new Uint8Array(await readFile(join(site, 'documents', documentId, `${documentId}.epub`))));
		for (const [path, content] of Object.entries(book).filter(([path]) => path.endsWith('.xhtml'))) {
			expect(repeated(idsIn(strFromU8(content))), path).toEqual([]);
		}
	});

	test('has its paragraphs, and no heading, in its ledger', async () => {
		const ledger = JSON.parse(await readFile(join(library.PASSAGES_DIR, `${documentId}.json`), 'utf8')) as { passages: { text: string }[] };
		expect(ledger.passages.map(({ text }) => text)).toEqual([
			// The ledger keeps a paragraph's words with its note's number, as the page has them.
			'A first paragraph.1',
			'A paragraph under "Title".',
			'A paragraph under "P 1".',
		]);
	});
});

test('the published build is whole: the pages, the search index and _headers', () => {
	for (const file of ['/index.html', '/pagefind/pagefind-entry.json', '/search-vocabulary/shards.json', '/sw.js', '/_headers']) {
		expect(before.has(file), file).toBe(true);
	}
});

test('a build that fails leaves the published site as it was', async () => {
	const { code, output } = await buildSite(site, { DOCUMENTS_DIR: badDocuments, ...alone }, ['--force']);
	expect(code).not.toBe(0);
	expect(output).toContain(`The build stopped: the site in ${site} is as it was.`);
	expect(await published()).toEqual(before);
}, 300_000);

test('a second build while one runs stops at once, naming it; the first, stopped midway, leaves the site as it was', async () => {
	const command = ['scripts/build.ts', '--outDir', site];
	const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
	const first = spawn(process.execPath, [...command, '--wait', '--force'], { cwd: projectRoot, env: { ...env, ...library } });
	let output = '';
	first.stdout.on('data', (chunk: Buffer) => (output += chunk));
	first.stderr.on('data', (chunk: Buffer) => (output += chunk));
	const ended = new Promise<number | null>((resolve) => first.on('close', resolve));
	// Once Astro is building, the first holds the lock.
	await expect.poll(() => output, { timeout: 120_000, interval: 100 }).toMatch(/Syncing content|Building static entrypoints/);

	const second = await buildSiteWithoutWaiting(command, env);
	expect(second.code).not.toBe(0);
	expect(second.output).toMatch(new RegExp(`Another build of this project is running \\(process ${first.pid}\\)`));

	first.kill('SIGTERM');
	expect(await ended).not.toBe(0);
	expect(output).toContain(`The build stopped: the site in ${site} is as it was.`);
	expect(await published()).toEqual(before);
}, 300_000);

function buildSiteWithoutWaiting(command: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, command, { cwd: projectRoot, env });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}
