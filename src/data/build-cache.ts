/**
 * Results kept from one build to the next, one JSON file each in a folder of Astro's cache
 * (`node_modules/.astro/`), for work that costs much and depends only on what it is given: the
 * key. A file is named by a hash of the key and of everything else the result depends on (the
 * `fingerprint`, such as a library's version), so a changed input is never answered from an old
 * result. A file that cannot be read, or holds something of another shape than `schema` (a file
 * cut short, emptied or edited by hand), is made afresh with a warning naming it. Files are written
 * whole or not at all (a temporary file, then renamed), so a build stopped midway leaves none cut
 * short.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import writeFileAtomic from 'write-file-atomic';

/** Astro's cache folder (its `cacheDir`, by default), where the builds' kept results go. */
export const buildCacheRoot = join(process.cwd(), 'node_modules', '.astro');

/** What is wrong with a kept file, or undefined when it holds a result of the schema's shape. */
function readKept<T>(file: string, schema: z.ZodType<T>): { value: T } | { problem: string } | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return undefined; // Not kept yet.
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { problem: 'not JSON' };
	}
	const parsed = schema.safeParse(json);
	if (parsed.success) return { value: parsed.data };
	const [issue] = parsed.error.issues;
	return { problem: `not a result of the expected shape (${issue!.path.join('.') || 'the whole file'}: ${issue!.message})` };
}

/** A cache in the folder `dir`: `kept(key, make)` reads the result kept for `key`, or makes and keeps it. */
export function buildCache<T>(dir: string, fingerprint: string, schema: z.ZodType<T>) {
	const salt = createHash('sha256').update(fingerprint).digest('hex');
	let dirMade = false;
	return function kept(key: unknown, make: () => T): T {
		const file = join(dir, `${createHash('sha256').update(salt).update(JSON.stringify(key)).digest('hex')}.json`);
		const found = readKept(file, schema);
		if (found && 'value' in found) return found.value;
		if (found) console.warn(`${relative(process.cwd(), file)}: a kept result ${found.problem}; made afresh.`);
		const value = make();
		if (!dirMade) {
			mkdirSync(dir, { recursive: true });
			dirMade = true;
		}
		writeFileAtomic.sync(file, JSON.stringify(value));
		return value;
	};
}
