import { join } from 'node:path';
import { projectRoot } from './build';

/** The public address the test builds are made for: canonical links, citations, feed and sitemap name it. */
export const publicSiteUrl = 'https://north-korea-reader.example';

/** The builds the site tests read: the site at the root, and the same site under `/reader/`. */
export const builds = {
	root: { dir: join(projectRoot, 'dist'), base: '/' },
	reader: { dir: join(projectRoot, '.test-builds', 'reader'), base: '/reader/' },
} as const;

/** A build to check: its folder and the base path it was built for. */
export interface Build {
	dir: string;
	base: string;
}
