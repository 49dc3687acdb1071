import type { TestProject } from 'vitest/node';
import { builds, ensureTestBuilds } from './builds';
import { serveSite } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		readerSiteUrl: string;
	}
}

/** Global setup of the browser tests: the built sites, served on 127.0.0.1. */
export default async function setup(project: TestProject) {
	await ensureTestBuilds();
	const root = await serveSite(builds.root.dir, builds.root.base);
	const reader = await serveSite(builds.reader.dir, builds.reader.base);
	project.provide('siteUrl', root.url);
	project.provide('readerSiteUrl', reader.url);
	return async () => {
		await Promise.all([root.close(), reader.close()]);
	};
}
