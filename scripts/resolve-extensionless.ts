/**
 * Lets Node run the project's TypeScript as it is (the build command, the benchmark, the test
 * helpers). Its modules import each other without a file extension (`from './browser'`), which
 * the bundler-style TypeScript setup allows but Node's own resolver does not; this hook retries
 * such an import with `.ts`. Loaded with `node --import ./scripts/resolve-extensionless.ts`,
 * before any module that needs it is resolved.
 */
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			const relative = specifier.startsWith('./') || specifier.startsWith('../');
			const fromTypeScript = context.parentURL?.endsWith('.ts') ?? false;
			if (!relative || !fromTypeScript || /\.[cm]?[jt]s$/.test(specifier)) throw error;
			return nextResolve(`${specifier}.ts`, context);
		}
	},
});
