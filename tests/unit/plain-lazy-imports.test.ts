import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterEach, expect, test } from 'vitest';
import { plainLazyImportsPlugin } from '../../src/integrations/plain-lazy-imports.ts';

let root: string;
const lazyPanel = "document.body.onclick = () => import('./panel.js').then(({ open }) => open());\n";
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

/** Builds a page script with real Vite (and the plugin), and returns the entry chunk's code. */
async function buildScript(files: Record<string, string>, plugins = [plainLazyImportsPlugin()]): Promise<string> {
	root = await mkdtemp(join(tmpdir(), 'lazy-imports-'));
	for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
	const output = (await build({
		root,
		logLevel: 'silent',
		configFile: false,
		plugins,
		build: { write: false, rolldownOptions: { input: join(root, 'main.js') } },
	})) as Rolldown.RolldownOutput;
	const entry = output.output.find((file) => file.type === 'chunk' && file.isEntry);
	return entry?.type === 'chunk' ? entry.code : '';
}

test('a lazily loaded module is imported plainly, with no preload helper in the page script', async () => {
	const code = await buildScript({
		'main.js': lazyPanel,
		'panel.js': 'export const open = () => document.body.append("opened");\n',
	});
	expect(code).toMatch(/import\(["'`]\.\/panel-[\w-]+\.js["'`]\)/);
	expect(code).not.toMatch(/modulepreload|relList|vite:preloadError/);
});

test('without the plugin, the same script carries Vite’s preload helper (what the plugin removes)', async () => {
	const code = await buildScript({ 'main.js': lazyPanel, 'panel.js': 'export const open = 1;\n' }, []);
	expect(code).toMatch(/modulepreload/);
});

test('a lazily loaded module that imports a stylesheet stops the build, naming both', async () => {
	await expect(
		buildScript({
			'main.js': lazyPanel,
			'panel.js': "import './panel.css';\nexport const open = 1;\n",
			'panel.css': 'body { color: red; }\n',
		}),
	).rejects.toThrow(
		/main\.js loads .*panel\.js lazily, and it imports the stylesheet\(s\) assets\/panel-[\w-]+\.css: import a stylesheet with `\?url`/,
	);
});
