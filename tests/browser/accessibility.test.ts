import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser';
import { sitePaths } from '../support/pages';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

const layouts = [
	{ colorScheme: 'light', width: 375 },
	{ colorScheme: 'light', width: 1280 },
	{ colorScheme: 'dark', width: 375 },
	{ colorScheme: 'dark', width: 1280 },
] as const;

describe.each(layouts)('in the $colorScheme scheme at $width px', ({ colorScheme, width }) => {
	test.each(sitePaths)('axe-core finds no WCAG 2.2 A/AA or best-practice violation on /%s', async (path) => {
		// bypassCSP lets the test inject axe-core; the site's own CSP allows no inline script.
		const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
		const page = await context.newPage();
		await page.goto(siteUrl + path);
		await page.evaluate(axeSource);
		const { violations, passed } = await page.evaluate(async () => {
			type Results = { violations: AxeViolation[]; passes: { id: string }[] };
			const axe = (window as unknown as { axe: { run: (options: object) => Promise<Results> } }).axe;
			const results = await axe.run({
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
			});
			return { violations: results.violations, passed: results.passes.map((rule) => rule.id) };
		});
		// The rules that matter most here did run, and passed.
		expect(passed).toEqual(expect.arrayContaining(['color-contrast', 'landmark-one-main', 'link-name', 'heading-order']));
		const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(summary).toEqual([]);
		await context.close();
	});
});
