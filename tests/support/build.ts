import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildResult {
	code: number | null;
	output: string;
}

const lock = join(projectRoot, '.test-builds', '.build-lock');

const isRunning = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

/**
 * Waits for any other build of this project to end, then holds the lock itself. Builds share
 * Astro's content cache (node_modules/.astro, .astro/), and test files that build run in
 * parallel workers. A lock left by a process that has died is taken over.
 */
async function acquireBuildLock(): Promise<() => Promise<void>> {
	await mkdir(join(projectRoot, '.test-builds'), { recursive: true });
	for (;;) {
		try {
			await mkdir(lock);
			await writeFile(join(lock, 'pid'), String(process.pid));
			return () => rm(lock, { recursive: true, force: true });
		} catch {
			const holder = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
			if (holder && !isRunning(holder)) await rm(lock, { recursive: true, force: true });
			else await sleep(250);
		}
	}
}

/** Runs `astro build` into `outDir` with extra environment (BASE_PATH, DOCUMENTS_DIR, …), one build at a time. */
export async function buildSite(outDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
	const release = await acquireBuildLock();
	try {
		return await runBuild(outDir, env, args);
	} finally {
		await release();
	}
}

function runBuild(outDir: string, env: Record<string, string>, args: string[]): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir, ...args], {
			cwd: projectRoot,
			// A production build, as `npm run build` makes, not one in the test runner's NODE_ENV=test.
			env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}
