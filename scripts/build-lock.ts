/**
 * One build of the project at a time: builds share Astro's caches (`node_modules/.astro/`,
 * `.astro/`), and two at once break each other's. The lock is a folder, made atomically, holding
 * the id of the process that made it; a lock whose process has died is taken over.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const isRunning = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

/** The process holding the lock: its id, or undefined while its maker has not yet written it. */
async function holder(lock: string): Promise<number | undefined> {
	const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
	return pid > 0 ? pid : undefined;
}

/**
 * Takes the lock `lock` (a folder's path) and gives back its release. When another running
 * process holds it, waits for it with `wait`, and otherwise throws, naming that process.
 */
export async function holdBuildLock(lock: string, { wait }: { wait: boolean }): Promise<() => Promise<void>> {
	await mkdir(dirname(lock), { recursive: true });
	for (;;) {
		try {
			await mkdir(lock);
			await writeFile(join(lock, 'pid'), String(process.pid));
			return () => rm(lock, { recursive: true, force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const pid = await holder(lock);
		if (pid !== undefined && !isRunning(pid)) {
			await rm(lock, { recursive: true, force: true });
			continue;
		}
		if (!wait) {
			throw new Error(
				`Another build of this project is running${pid ? ` (process ${pid})` : ''}: two builds at once break each other's caches. Wait for it to end, or stop it; its lock is ${lock}.`,
			);
		}
		await sleep(250);
	}
}
