// The linter: typescript-eslint's recommended rules, and the import boundaries that keep the
// tree's runtimes apart. Browser code (src/client/, src/core/, the service worker) never imports
// Node or the build; the Markdown plugins never import the corpus (src/data/), which is built
// from them. And the scripts build their elements with one typed helper.
import tseslint from 'typescript-eslint';

/** Node's modules, by either name. */
const node = ['node:*', ...['fs', 'fs/*', 'path', 'url', 'crypto', 'zlib', 'os', 'child_process', 'http', 'net', 'module']];
const message = (what) => `${what}: see the boundaries in eslint.config.js.`;

export default tseslint.config(
	{ ignores: ['dist/', 'dist.*/', '.astro/', '.test-builds/', 'bench/.work/', 'node_modules/', 'test-results/', 'tests/fixtures/'] },
	tseslint.configs.recommended,
	{
		rules: {
			// `const { at: _, ...rest }` leaves a property out of a copy: the rest is what is used.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	{
		// A module's declarations are read by its users, not by the file that declares them.
		files: ['**/*.d.ts'],
		rules: { '@typescript-eslint/no-unused-vars': 'off' },
	},
	{
		files: ['src/client/**/*.ts', 'src/core/**/*.ts', 'src/service-worker/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: node, message: message('Browser code runs without Node') },
						{
							group: ['**/build/**', '**/data/**', '**/after-build/**', '**/integrations/**', 'astro:*'],
							message: message('Browser code imports neither the build nor Astro'),
						},
					],
				},
			],
		},
	},
	{
		files: ['src/client/**/*.ts'],
		// The helper itself; and the stylesheet link, which is in every page's first script, where `el` is not.
		ignores: ['src/client/shared/dom.ts', 'src/client/shared/stylesheet.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.object.name='document'][callee.property.name='createElement']",
					message: 'The scripts build their elements with el() from src/client/shared/dom.ts, typed, with its attributes.',
				},
			],
		},
	},
	{
		files: ['src/markdown/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [{ group: ['**/data/**'], message: message('The Markdown plugins do not read the corpus, which is built from them') }],
				},
			],
		},
	},
);
