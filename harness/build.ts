import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const buildCommand = ['scripts/build.ts'];

export interface BuildResult {
	code: number | null;
	output: string;
}

/**
 * Builds the site into `outDir` as `npm run build` does (scripts/build.ts), with extra environment
 * (BASE_PATH, DOCUMENTS_DIR, …) and options for `astro build`. Test files that build run in
 * parallel workers: each build waits for the one running (`--wait`) rather than stopping.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [...buildCommand, '--wait', '--outDir', outDir, ...args], {
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
