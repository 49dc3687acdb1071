import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Builds the site once (at the root and under a base path) and serves it on 127.0.0.1.
		globalSetup: ['tests/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// Long enough for Pagefind's first load in a browser on a busy machine.
		expect: { poll: { timeout: 10_000 } },
	},
});
