import type { TestProject } from 'vitest/node';
import { builds, ensureTestBuilds } from './builds.ts';
import { serveSite } from '../../harness/server.ts';
import { versionedBuild } from './versioned-library.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		readerSiteUrl: string;
		versionedSiteUrl: string;
	}
}

/** Global setup of the browser tests: the built sites, and the library of three versions, served on 127.0.0.1. */
export default async function setup(project: TestProject) {
	await ensureTestBuilds();
	const root = await serveSite(builds.root.dir, builds.root.base);
	const reader = await serveSite(builds.reader.dir, builds.reader.base);
	const versioned = await serveSite(versionedBuild.dir, versionedBuild.base);
	project.provide('siteUrl', root.url);
	project.provide('readerSiteUrl', reader.url);
	project.provide('versionedSiteUrl', versioned.url);
	return async () => {
		await Promise.all([root.close(), reader.close(), versioned.close()]);
	};
}
