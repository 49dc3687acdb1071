import { ensureTestBuilds } from './builds';

/** Global setup of the site tests: the built sites they read. */
export default async function setup() {
	await ensureTestBuilds();
}
