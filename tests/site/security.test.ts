import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { builds } from '../support/builds';
import { loadPages } from '../support/dist';

/** The policy the site promises, written out here rather than read from its source (src/lib/security.ts). */
const cspMeta = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');
const cspHeader = `${cspMeta}; frame-ancestors 'none'`;

describe.each(Object.entries(builds))('the %s build', (_name, build) => {
	test('every page carries the CSP, which allows no inline code and no other origin', async () => {
		for (const page of await loadPages(build)) {
			const meta = select('head > meta[http-equiv="content-security-policy"]', page.tree);
			expect(meta?.properties.content, page.path).toBe(cspMeta);
		}
	});

	test('no page has an inline script, an inline style or an inline event handler', async () => {
		for (const page of await loadPages(build)) {
			// A JSON-LD block is data, not code: browsers do not run it and the CSP does not apply.
			expect(selectAll('script:not([src]):not([type="application/ld+json"])', page.tree), page.path).toEqual([]);
			expect(selectAll('style, [style]', page.tree), page.path).toEqual([]);
			const handlers = selectAll('*', page.tree).flatMap((element) =>
				Object.keys(element.properties).filter((name) => /^on[A-Z]/.test(name)),
			);
			expect(handlers, page.path).toEqual([]);
		}
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
		expect(values).toMatchObject({
			'Content-Security-Policy': cspHeader,
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
		});
		expect(values['Permissions-Policy']).toMatch(/camera=\(\)/);
	});
});
