/**
 * `npm run build`: builds the site so that the published one is never damaged, and so that the
 * build's memory is Astro's or Pagefind's, never both at once.
 *
 * 1. Takes the project's build lock: a second build while one runs stops at once (`--wait`
 *    waits for it instead, as the tests' builds do).
 * 2. Runs `astro build` into a staging folder beside the output folder (`dist.staging/` for
 *    `dist/`), in a process of its own.
 * 3. Once that process has ended, and its memory with it, runs the after-build steps on the
 *    staging folder (src/after-build/steps.ts: the search index, its vocabulary, the offline
 *    copy, `_headers`).
 * 4. Only then puts the staging folder in place of the output folder. A build that fails or is
 *    killed before leaves the published site as it was.
 *
 *   node scripts/build.ts [--outDir dist] [--wait] [astro build's options]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterBuildSteps } from '../src/after-build/steps.ts';
import { deployment } from '../src/core/site/deployment.ts';
import { astroOutputFilter } from './astro-output.ts';
import { holdBuildLock } from './build-lock.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** The output folder (`--outDir`, `dist` by default), whether to wait for another build, and astro build's other options. */
function readArguments(args: readonly string[]): { outDir: string; wait: boolean; astroArgs: string[] } {
	let outDir = 'dist';
	let wait = false;
	const astroArgs: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--wait') wait = true;
		else if (arg === '--outDir' && args[i + 1]) outDir = args[++i]!;
		else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
		else astroArgs.push(arg);
	}
	return { outDir: resolve(projectRoot, outDir), wait, astroArgs };
}

/** Runs `astro build` into `staging` in a child process; stops it with this one. */
function astroBuild(staging: string, astroArgs: readonly string[]): Promise<number> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [astroBin, 'build', '--outDir', staging, ...astroArgs], {
			cwd: projectRoot,
			stdio: ['inherit', 'pipe', 'pipe'],
			// Astro's colours, where this build's output is a terminal.
			env: { ...process.env, ...(process.stdout.isTTY && { FORCE_COLOR: '1' }) },
		});
		child.stdout!.pipe(astroOutputFilter()).pipe(process.stdout);
		child.stderr!.pipe(astroOutputFilter()).pipe(process.stderr);
		const stop = (signal: NodeJS.Signals) => child.kill(signal);
		process.once('SIGINT', stop).once('SIGTERM', stop);
		child.on('error', fail);
		child.on('close', (code, signal) => {
			process.off('SIGINT', stop).off('SIGTERM', stop);
			done(code ?? (signal ? 1 : 0));
		});
	});
}

/** Puts the finished build in place of the published one; the published one is removed only after. */
async function publish(staging: string, outDir: string, previous: string): Promise<void> {
	await rm(previous, { recursive: true, force: true });
	if (existsSync(outDir)) await rename(outDir, previous);
	await rename(staging, outDir);
	await rm(previous, { recursive: true, force: true });
}

const { outDir, wait, astroArgs } = readArguments(process.argv.slice(2));

async function main(): Promise<number> {
	const release = await holdBuildLock(resolve(projectRoot, 'node_modules/.astro/build-lock'), { wait });
	try {
		const staging = `${outDir}.staging`;
		const previous = `${outDir}.previous`;
		// A build killed between the two renames of `publish` left the published site under `previous`.
		if (!existsSync(outDir) && existsSync(previous)) await rename(previous, outDir);
		const code = await astroBuild(staging, astroArgs);
		if (code !== 0) return code;
		const { base } = deployment();
		const context = { site: `${staging}/`, base: base.endsWith('/') ? base : `${base}/`, projectRoot };
		for (const step of afterBuildSteps) {
			const log = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [${step.name}] ${message}`);
			await step.run({ ...context, log });
		}
		await publish(staging, outDir, previous);
		console.log(`The site is in ${outDir}.`);
		return 0;
	} finally {
		await release();
	}
}

const failed = (code: number, error?: unknown) => {
	if (error !== undefined) console.error(`\n${error instanceof Error ? error.message : String(error)}`);
	console.error(`\nThe build stopped: the site in ${outDir} is as it was.`);
	process.exit(code);
};

main().then(
	(code) => (code === 0 ? process.exit(0) : failed(code)),
	(error: unknown) => failed(1, error),
);
