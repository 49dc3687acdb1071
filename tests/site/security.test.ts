import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../harness/build.ts';
import { builds } from '../support/builds.ts';
import { loadPages } from '../support/dist.ts';

/**
 * The policy the site promises, written out here rather than read from its source
 * (src/build/security.ts): the one inline script it allows is named by the hash of the script the
 * pages carry.
 */
const policy = (inlineScriptHash: string) =>
	[
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' 'sha256-${inlineScriptHash}'`,
		"style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');

/** The code of a page's inline scripts (a JSON-LD block is data, not code: browsers do not run it and the CSP does not apply). */
const inlineScripts = (tree: Root) =>
	selectAll('script:not([src]):not([type="application/ld+json"])', tree).map((script) => toString(script));
const sha256 = (code: string) => createHash('sha256').update(code).digest('base64');

describe.each(Object.entries(builds))('the %s build', (_name, build) => {
	test('every page carries the CSP, which allows no inline code but the settings’ script, and no other origin', async () => {
		for (const page of await loadPages(build)) {
			const [script] = inlineScripts(page.tree);
			const meta = select('head > meta[http-equiv="content-security-policy"]', page.tree);
			expect(meta?.properties.content, page.path).toBe(policy(sha256(script ?? '')));
		}
	});

	test('every page has one inline script, the same one, which sets the reader’s settings before the body is read; no inline style or event handler', async () => {
		const scripts = new Set<string>();
		for (const page of await loadPages(build)) {
			expect(inlineScripts(page.tree), page.path).toHaveLength(1);
			scripts.add(inlineScripts(page.tree)[0]!);
			expect(select('head > script:not([src]):not([type])', page.tree), page.path).toBeTruthy();
			expect(selectAll('style, [style]', page.tree), page.path).toEqual([]);
			const handlers = selectAll('*', page.tree).flatMap((element) =>
				Object.keys(element.properties).filter((name) => /^on[A-Z]/.test(name)),
			);
			expect(handlers, page.path).toEqual([]);
		}
		expect([...scripts]).toHaveLength(1);
		expect([...scripts][0]).toMatch(/localStorage\.getItem\("reader-settings"\)/);
	});

	test('every link to another site has rel="noopener noreferrer"', async () => {
		let external = 0;
		for (const page of await loadPages(build)) {
			for (const link of selectAll('a[href^="http"]', page.tree)) {
				external++;
				expect(link.properties.rel, `${page.path} ${link.properties.href}`).toEqual(['noopener', 'noreferrer']);
			}
		}
		expect(external).toBeGreaterThan(0);
	});

	test('_headers gives hosts the CSP and the other security headers for every path', async () => {
		const headers = await readFile(join(build.dir, '_headers'), 'utf8');
		const [path, ...lines] = headers.trim().split('\n');
		expect(path).toBe(`${build.base}*`);
		const values = Object.fromEntries(
			lines.map((line) =>
				line
					.trim()
					.split(/:\s(.*)/s)
					.slice(0, 2),
			),
		);
		const [page] = await loadPages(build);
		expect(values).toMatchObject({
			'Content-Security-Policy': `${policy(sha256(inlineScripts(page!.tree)[0]!))}; frame-ancestors 'none'`,
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
		});
		expect(values['Permissions-Policy']).toMatch(/camera=\(\)/);
	});
});

test('npm start serves the build with the same security headers as _headers, framing forbidden', async () => {
	const port = 4399;
	const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
	const preview = spawn(process.execPath, [astro, 'preview', '--outDir', builds.root.dir, '--host', '127.0.0.1', '--port', String(port)], {
		cwd: projectRoot,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	try {
		let response: Response | undefined;
		for (let tries = 0; !response && tries < 120; tries++) {
			response = await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined);
			if (!response) await sleep(250);
		}
		expect(response?.status).toBe(200);
		const [, ...lines] = (await readFile(join(builds.root.dir, '_headers'), 'utf8')).trim().split('\n');
		expect(lines.length).toBeGreaterThan(3);
		for (const line of lines) {
			const [name, value] = line.trim().split(/:\s(.*)/s) as [string, string];
			expect(response!.headers.get(name), name).toBe(value);
		}
		expect(response!.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
	} finally {
		preview.kill();
	}
});
