import type { AstroIntegration } from 'astro';
import type { Plugin, Rolldown } from 'vite';

/** The module Vite imports into every chunk that has an `import()`, for the wrapper it puts around it. */
const preloadHelper = '\0vite/preload-helper.js';

/**
 * Lazily loaded scripts are imported plainly. Vite wraps each `import()` in a helper that first
 * fetches the imported chunk's stylesheets and, with module preloading, its imports; it adds the
 * helper even when there is nothing to fetch (vitejs/vite#13952), and it costs every page 0.7 KB
 * gzipped. Here there never is: a lazily loaded script links its own stylesheet (`?url` and
 * src/client/shared/stylesheet.ts), and modules are not preloaded. So the helper becomes a plain call,
 * and the build stops if a lazily loaded module imports a stylesheet, which that call would not
 * load. The scripts take a lazily loaded module whole (`import('./copy').then((copy) => …)`), not
 * destructured (`.then(({ copyLink }) => …)`), which Vite rewrites into a wrapper of its own for
 * each import: together 0.1 KB gzipped on every page.
 */
export function plainLazyImportsPlugin(): Plugin {
	return {
		name: 'plain-lazy-imports',
		enforce: 'pre',
		// Only the browser's scripts are wrapped; the server's lazily load pages with their styles.
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		config: () => ({ build: { modulePreload: false } }),
		resolveId: (id) => (id === preloadHelper ? id : undefined),
		load: (id) => (id === preloadHelper ? 'export const __vitePreload = (load) => load();' : undefined),
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				const problems: string[] = [];
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk') continue;
					for (const target of chunk.dynamicImports) {
						const css = stylesheetsOf(bundle, target);
						if (css.size === 0) continue;
						const loaded = bundle[target];
						const name = loaded?.type === 'chunk' ? (loaded.facadeModuleId ?? target) : target;
						problems.push(
							`${chunk.facadeModuleId ?? chunk.fileName} loads ${name} lazily, and it imports the stylesheet(s) ${[...css].join(', ')}: ` +
								'import a stylesheet with `?url` and link it with linkStylesheet (src/client/shared/stylesheet.ts)',
						);
					}
				}
				if (problems.length > 0) this.error(problems.join('\n'));
			},
		},
	};
}

/** The stylesheets a chunk and the chunks it imports statically bring with them. */
function stylesheetsOf(bundle: Rolldown.OutputBundle, fileName: string, seen = new Set<string>()) {
	const found = new Set<string>();
	const chunk = bundle[fileName];
	if (seen.has(fileName) || chunk?.type !== 'chunk') return found;
	seen.add(fileName);
	for (const css of chunk.viteMetadata?.importedCss ?? []) found.add(css);
	for (const imported of chunk.imports) for (const css of stylesheetsOf(bundle, imported, seen)) found.add(css);
	return found;
}

export default function plainLazyImports(): AstroIntegration {
	return {
		name: 'plain-lazy-imports',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [plainLazyImportsPlugin()] } });
			},
		},
	};
}
