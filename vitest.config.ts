import { defineConfig } from 'vitest/config';

// Three layers, each runnable alone (`vitest run --project unit`): `unit` needs no build; `site`
// reads the built sites; `browser` drives Chromium over them, served on 127.0.0.1.
export default defineConfig({
	test: {
		// Two files at a time, also on a 2-core machine (vitest's default there is one): the browser
		// tests mostly wait on Chromium, which runs in processes of its own.
		maxWorkers: 2,
		// Citation styles and Chromium take their time on a busy 2-core machine.
		testTimeout: 60_000,
		// Long enough for Pagefind's first load in a browser on a busy machine.
		expect: { poll: { timeout: 10_000 } },
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/support/setup-builds.ts'],
					// A few tests build a site of their own.
					hookTimeout: 180_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/support/setup-servers.ts'],
					hookTimeout: 60_000,
				},
			},
		],
	},
});
