import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { build } from 'rolldown';
import { keptOffline, type OfflineFiles, type OfflineSummary, offlinePaths, offlineUrl } from '../core/site/offline.ts';
import type { AfterBuildStep } from './step.ts';

const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url').slice(0, 16);

/**
 * Writes what the offline copy needs, once the build and the search index are written: the list of
 * the files it holds with their revisions (`offline-files.json`), its size (`offline.json`), and the
 * service worker (`sw.js`, bundled from src/service-worker/sw.ts), which carries the build's hash,
 * so that a new build is a new worker.
 */
export const offline: AfterBuildStep = {
	name: 'offline',
	run: async ({ site, base, projectRoot, log }) => {
		const paths = (await readdir(site, { recursive: true, withFileTypes: true }))
			.filter((entry) => entry.isFile())
			.map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
			.filter(keptOffline)
			.sort();
		const files: OfflineFiles['files'] = [];
		let bytes = 0;
		for (const path of paths) {
			const content = await readFile(join(site, path));
			bytes += content.length;
			files.push([offlineUrl(base, path), hash(content)]);
		}
		const buildHash = hash(JSON.stringify(files));
		await writeFile(join(site, offlinePaths.files), JSON.stringify({ build: buildHash, files } satisfies OfflineFiles));
		await writeFile(
			join(site, offlinePaths.summary),
			JSON.stringify({ build: buildHash, files: files.length, bytes } satisfies OfflineSummary),
		);
		await build({
			input: join(projectRoot, 'src/service-worker/sw.ts'),
			platform: 'browser',
			transform: {
				define: { BUILD: JSON.stringify(buildHash), BASE: JSON.stringify(base), 'process.env.NODE_ENV': '"production"' },
			},
			output: { file: join(site, offlinePaths.worker), format: 'iife', minify: true },
			logLevel: 'warn',
		});
		const worker = await stat(join(site, offlinePaths.worker));
		log(
			`the offline copy: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB; ${offlinePaths.worker} ${(worker.size / 1000).toFixed(1)} KB`,
		);
	},
};
