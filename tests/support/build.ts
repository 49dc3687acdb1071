import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildResult {
	code: number | null;
	output: string;
}

/** Runs `astro build` into `outDir` with extra environment (BASE_PATH, DOCUMENTS_DIR, …). */
export function buildSite(outDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir, ...args], {
			cwd: projectRoot,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}
