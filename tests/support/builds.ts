import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, projectRoot } from '../../harness/build.ts';

/** The public address the test builds are made for: canonical links, citations, feed and sitemap name it. */
export const publicSiteUrl = 'https://north-korea-reader.example';

/** Where the root build sends reports of a mistake: an issue tracker's new-issue form, with a parameter of its own. */
export const reportsUrl = 'https://tracker.example/north-korea-reader/issues/new?labels=transcription';

/** Where the tests build: never the developer's `dist/`. */
export const testBuildsDir = join(projectRoot, '.test-builds');

/**
 * The builds the site and browser tests read: the site at the root, taking reports of mistakes,
 * and the same site under `/reader/`, which takes none.
 */
export const builds = {
	root: { dir: join(testBuildsDir, 'root'), base: '/', env: { CORRECTIONS_URL: reportsUrl } },
	reader: { dir: join(testBuildsDir, 'reader'), base: '/reader/', env: {} },
} as const;

/** A build to check: its folder and the base path it was built for. */
export interface Build {
	dir: string;
	base: string;
}

/** Builds both sites afresh, one after the other (they share Astro's content cache), then the library of three versions. */
async function buildAll(): Promise<void> {
	await rm(testBuildsDir, { recursive: true, force: true });
	for (const { dir, base, env } of Object.values(builds)) {
		const { code, output } = await buildSite(dir, { BASE_PATH: base, SITE_URL: publicSiteUrl, ...env });
		if (code !== 0) throw new Error(`the build (base ${base}) failed:\n${output}`);
	}
	// Imported here: it reads this module's folders.
	const { buildVersionedLibrary } = await import('./versioned-library.ts');
	await buildVersionedLibrary();
}

// On globalThis, not in this module: each vitest project loads its global setup afresh, and the
// site and browser projects read the same builds.
const key = Symbol.for('north-korea-reader.test-builds');
const shared = globalThis as typeof globalThis & { [key]?: Promise<void> };

/** The test builds, made once per test run by whichever project asks first. */
export function ensureTestBuilds(): Promise<void> {
	shared[key] ??= buildAll();
	return shared[key];
}
