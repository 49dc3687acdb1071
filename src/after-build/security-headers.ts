import { writeFile } from 'node:fs/promises';
import { headersFile } from '../build/security.ts';
import type { AfterBuildStep } from './step.ts';

/** Writes `_headers` (the site's security headers, for hosts that read it) into the build. */
export const securityHeaders: AfterBuildStep = {
	name: 'security-headers',
	run: async ({ site, base, log }) => {
		const file = `${site}_headers`;
		await writeFile(file, headersFile(base));
		log(`wrote ${file}`);
	},
};
