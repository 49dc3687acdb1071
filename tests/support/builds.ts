import { join } from 'node:path';
import { projectRoot } from './build';

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
