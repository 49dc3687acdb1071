import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { buildCache } from '../../src/data/build-cache.ts';

let dir: string;
beforeEach(async () => {
	dir = join(await mkdtemp(join(tmpdir(), 'build-cache-')), 'kept');
});
afterEach(async () => {
	await rm(join(dir, '..'), { recursive: true, force: true });
});

/** A cache whose `make` counts its calls. */
function counted(fingerprint: string) {
	const kept = buildCache(dir, fingerprint, z.strictObject({ made: z.string() }));
	const made: string[] = [];
	return {
		made,
		get: (key: unknown) =>
			kept(key, () => {
				made.push(JSON.stringify(key));
				return { made: `for ${JSON.stringify(key)}` };
			}),
	};
}

test('a result is made once and read back by a later build, which is a new cache over the same folder', () => {
	const first = counted('v1');
	expect(first.get({ id: 'a' })).toEqual({ made: 'for {"id":"a"}' });
	expect(first.made).toHaveLength(1);
	const second = counted('v1');
	expect(second.get({ id: 'a' })).toEqual({ made: 'for {"id":"a"}' });
	expect(second.made).toEqual([]);
});

test('a changed key or fingerprint is never answered from an old result', () => {
	counted('v1').get({ id: 'a', title: 'Old' });
	const changedKey = counted('v1');
	changedKey.get({ id: 'a', title: 'New' });
	expect(changedKey.made).toEqual(['{"id":"a","title":"New"}']);
	const changedFingerprint = counted('v2');
	changedFingerprint.get({ id: 'a', title: 'Old' });
	expect(changedFingerprint.made).toHaveLength(1);
});

test('a kept file that cannot be read is made afresh and written again', async () => {
	counted('v1').get('a');
	const [file] = await readdir(dir);
	await writeFile(join(dir, file!), '{"made": ');
	const again = counted('v1');
	expect(again.get('a')).toEqual({ made: 'for "a"' });
	expect(again.made).toHaveLength(1);
	expect(counted('v1').get('a')).toEqual({ made: 'for "a"' });
});

test('a kept file of another shape, valid JSON though it is, is made afresh with a warning naming it', async () => {
	counted('v1').get('a');
	const [file] = await readdir(dir);
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
	try {
		for (const wrong of ['{}', 'null', '{"made": 1}']) {
			await writeFile(join(dir, file!), wrong);
			const again = counted('v1');
			expect(again.get('a'), wrong).toEqual({ made: 'for "a"' });
			expect(again.made, wrong).toHaveLength(1);
		}
		expect(warn).toHaveBeenCalledTimes(3);
		expect(String(warn.mock.calls[0]![0])).toContain(`${file}: a kept result not a result of the expected shape`);
	} finally {
		warn.mockRestore();
	}
});
