import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './support/build';
import { builds, publicSiteUrl } from './support/builds';
import { serveSite } from './support/server';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		readerSiteUrl: string;
	}
}

export default async function setup(project: TestProject) {
	await rm(join(projectRoot, '.test-builds'), { recursive: true, force: true });
	// One after the other: both builds share Astro's content cache.
	for (const { dir, base } of Object.values(builds)) {
		const { code, output } = await buildSite(dir, { BASE_PATH: base, SITE_URL: publicSiteUrl });
		if (code !== 0) throw new Error(`astro build (base ${base}) failed:\n${output}`);
	}
	const root = await serveSite(builds.root.dir, builds.root.base);
	const reader = await serveSite(builds.reader.dir, builds.reader.base);
	project.provide('siteUrl', root.url);
	project.provide('readerSiteUrl', reader.url);
	return async () => {
		await Promise.all([root.close(), reader.close()]);
	};
}
