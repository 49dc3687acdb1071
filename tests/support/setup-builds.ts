import { ensureTestBuilds } from './builds.ts';

/** Global setup of the site tests: the built sites they read. */
export default async function setup() {
	await ensureTestBuilds();
}
