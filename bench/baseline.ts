/**
 * The baseline a build is measured against: a plain Astro site of the same Markdown, one bare page
 * a document rendering its content (no footnote links, anchors, citations, topics, EPUBs or offline
 * copy), indexed by Pagefind's own command line afterwards, as its documentation sets a site up.
 * Written into the bench's work folder, built with the project's Astro and Pagefind, and measured
 * as the site's build is: wall-clock seconds and the peak memory of every process together.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { round, samplePeakMemory, withTimeout } from './helpers.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const pagefindBin = join(projectRoot, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

export interface BaselineBuild {
	documents: number;
	totalSeconds: number;
	/** Pagefind's command line, after Astro's build. */
	pagefindSeconds: number;
	secondsPerDocument: number;
	peakMemoryBytes: number;
}

const files = (documentsDir: string): Record<string, string> => ({
	'astro.config.mjs': `export default { trailingSlash: 'always' };\n`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { documents: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(documentsDir)} }) }) };
`,
	'src/pages/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('documents')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
});

function run(command: string, args: string[], cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [command, ...args], {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: 'ignore',
		});
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
	});
}

/** Builds the baseline site of the Markdown in `documentsDir` in `workDir`, from nothing, and measures it. */
export async function measureBaseline(documentsDir: string, workDir: string, documents: number, timeoutMs: number): Promise<BaselineBuild> {
	await rm(workDir, { recursive: true, force: true });
	for (const [path, text] of Object.entries(files(documentsDir))) {
		await mkdir(join(workDir, path, '..'), { recursive: true });
		await writeFile(join(workDir, path), text);
	}
	const stopSampling = samplePeakMemory();
	const started = performance.now();
	let pagefindStarted = started;
	let peakMemoryBytes = 0;
	try {
		await withTimeout(
			(async () => {
				await run(astroBin, ['build'], workDir);
				pagefindStarted = performance.now();
				await run(pagefindBin, ['--site', 'dist', '--force-language', 'en'], workDir);
			})(),
			timeoutMs,
			`the baseline build of ${documents} documents`,
		);
	} finally {
		peakMemoryBytes = await stopSampling();
	}
	const totalSeconds = (performance.now() - started) / 1000;
	return {
		documents,
		totalSeconds: round(totalSeconds),
		pagefindSeconds: round((performance.now() - pagefindStarted) / 1000),
		secondsPerDocument: round(totalSeconds / documents, 4),
		peakMemoryBytes,
	};
}
