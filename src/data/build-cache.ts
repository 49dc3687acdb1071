/**
 * Results kept from one build to the next, one JSON file each in a folder of Astro's cache
 * (`node_modules/.astro/`), for work that costs much and depends only on what it is given: the
 * key. A file is named by a hash of the key and of everything else the result depends on (the
 * `fingerprint`, such as a library's version), so a changed input is never answered from an old
 * result; a file that cannot be read is made afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's cache folder (its `cacheDir`, by default), where the builds' kept results go. */
export const buildCacheRoot = join(process.cwd(), 'node_modules', '.astro');

/** A cache in the folder `dir`: `kept(key, make)` reads the result kept for `key`, or makes and keeps it. */
export function buildCache<T>(dir: string, fingerprint: string) {
	const salt = createHash('sha256').update(fingerprint).digest('hex');
	let dirMade = false;
	return function kept(key: unknown, make: () => T): T {
		const file = join(dir, `${createHash('sha256').update(salt).update(JSON.stringify(key)).digest('hex')}.json`);
		try {
			return JSON.parse(readFileSync(file, 'utf8')) as T;
		} catch {
			// Not kept yet, or not readable: made afresh below.
		}
		const value = make();
		if (!dirMade) {
			mkdirSync(dir, { recursive: true });
			dirMade = true;
		}
		writeFileSync(file, JSON.stringify(value));
		return value;
	};
}
