import { expect, test } from 'vitest';
import { cspMeta, devCspMeta } from '../../src/build/security.ts';

const directives = (policy: string) => policy.split('; ');

test('the dev server’s pages allow inline styles, which it injects, and nothing else the built pages do not', () => {
	const built = directives(cspMeta);
	const dev = directives(devCspMeta);
	expect(built).toContain("style-src 'self'");
	expect(dev).toContain("style-src 'self' 'unsafe-inline'");
	expect(dev.filter((directive) => !built.includes(directive))).toEqual(["style-src 'self' 'unsafe-inline'"]);
	expect(dev).toHaveLength(built.length);
});
