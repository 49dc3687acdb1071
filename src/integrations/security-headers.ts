import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security';

/** Writes `_headers` (the site's security headers, for hosts that read it) into the build. */
export default function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const file = new URL('_headers', dir);
				await writeFile(file, headersFile(base));
				logger.info(`wrote ${file.pathname}`);
			},
		},
	};
}
