import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/security';
import type { AfterBuildStep } from './step';

/** Writes `_headers` (the site's security headers, for hosts that read it) into the build. */
export const securityHeaders: AfterBuildStep = {
	name: 'security-headers',
	run: async ({ site, base, log }) => {
		const file = `${site}_headers`;
		await writeFile(file, headersFile(base));
		log(`wrote ${file}`);
	},
};
