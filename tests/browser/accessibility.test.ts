import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { makeNote } from '../support/notes.ts';
import { sitePaths } from '../support/pages.ts';
import { versionedId } from '../support/versioned-library.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const siteUrl = inject('siteUrl');
const versioned = `${inject('versionedSiteUrl')}documents/${versionedId}/`;

const { browser } = useChromium();

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
	// Wide enough for the notes in the margin.
	{ colorScheme: 'light', width: 1440 },
	{ colorScheme: 'dark', width: 1440 },
] as const;

/** Rules that must have run and passed, so that a page axe could not read does not pass. */
const pageRules = ['color-contrast', 'landmark-one-main', 'link-name', 'heading-order'];
/** In a modal dialog the page around it is inert: landmarks and page headings do not apply. */
const dialogRules = ['color-contrast', 'link-name', 'label', 'summary-name', 'button-name', 'heading-order'];
/** The settings' dialog and the note's editor hold fields and buttons, no links. */
const formRules = ['color-contrast', 'label', 'button-name', 'heading-order'];

/** A highlight and a note on a document, kept in the page's browser. */
async function makeNotes(page: Page) {
	await makeNote(page, 'consolidate his rule');
	await makeNote(page, 'North Korea’s future is shrouded in uncertainty', 'The opening claim.');
}

/** Pages as a reader sees them, after what they do on arrival: of the site, or at `url`. */
const views: { name: string; path: string; url?: string; prepare?: (page: Page) => Promise<void>; rules?: string[] }[] = [
	...sitePaths.map((path) => ({ name: `/${path}`, path })),
	{
		name: 'the search page with results',
		path: 'search/?q=Reichman',
		prepare: async (page) => void (await page.locator('.search-result').first().waitFor()),
	},
	{
		name: 'the search dialog with results',
		path: 'documents/support-north-koreas-workers/',
		prepare: async (page) => {
			await page.keyboard.press('Control+k');
			await page.keyboard.type('famine');
			await page.locator('.search-dialog .search-result').first().waitFor();
		},
		rules: dialogRules,
	},
	{
		name: 'a document with a note’s preview open, or, where it is in the margin, the note marked',
		path: 'documents/natural-death-of-north-korean-stalinism/',
		prepare: async (page) => {
			await page.hover('#fnref-2');
			await page.waitForFunction(
				() =>
					document.querySelector('.preview[data-for="fn-2"]')?.matches(':popover-open') ||
					getComputedStyle(document.querySelector('.sidenote[data-note="fn-2"]')!).display !== 'none',
			);
		},
	},
	{
		name: 'a document with a topic’s preview open and a passage selected',
		path: 'documents/support-north-koreas-workers/',
		prepare: async (page) => {
			await page.hover('a.topic-link[data-topic="kim-jong-il"]');
			await page.locator('.preview[data-for="topic-kim-jong-il"]').waitFor();
			await page.locator('#p-2').selectText();
			await page.locator('.passage-link-button').waitFor();
		},
	},
	{
		name: 'a document with the reading settings open',
		path: 'documents/natural-death-of-north-korean-stalinism/',
		prepare: async (page) => {
			// On a phone the settings are behind "Menu".
			if (await page.locator('.site-menu > summary').isVisible()) await page.click('.site-menu > summary');
			await page.click('.settings-button');
			await page.locator('.settings-dialog[open]').waitFor();
		},
		rules: formRules,
	},
	{
		name: 'a document in the reader’s settings: largest sans-serif text, wider lines, more contrast, notes at the end',
		path: 'documents/natural-death-of-north-korean-stalinism/',
		prepare: async (page) => {
			await page.evaluate(() =>
				localStorage.setItem(
					'reader-settings',
					JSON.stringify({ size: 'xl', font: 'sans', spacing: 'loose', contrast: 'more', notes: 'end' }),
				),
			);
			await page.reload();
		},
	},
	{
		name: 'a document with the header’s menu open, on a phone, or its navigation in the row',
		path: 'documents/support-north-koreas-workers/',
		prepare: async (page) => {
			if (await page.locator('.site-menu > summary').isVisible()) await page.click('.site-menu > summary');
			await page.getByRole('link', { name: 'Your notes' }).waitFor();
		},
	},
	{
		name: 'a document with its publication facts open',
		path: 'documents/natural-death-of-north-korean-stalinism/',
		prepare: async (page) => {
			await page.click('.facts-details > summary');
			await page.locator('.facts').waitFor();
		},
	},
	{
		name: 'a document with searched words highlighted',
		path: 'documents/natural-death-of-north-korean-stalinism/?highlight=stalinism',
		prepare: async (page) => void (await page.locator('mark.search-hit').first().waitFor()),
	},
	{ name: 'a document with the reader’s highlight and note', path: 'documents/support-north-koreas-workers/', prepare: makeNotes },
	{
		name: 'a document with the reader’s note open to be changed',
		path: 'documents/support-north-koreas-workers/',
		prepare: async (page) => {
			await makeNotes(page);
			await page.locator('#p-1 .reader-note-marker').click();
			await page.locator('.note-editor[open]').waitFor();
		},
		rules: formRules,
	},
	{
		name: 'the reader’s notebook with their notes',
		path: 'documents/support-north-koreas-workers/',
		prepare: async (page) => {
			await makeNotes(page);
			await page.goto(`${siteUrl}notes/`);
			await page.locator('.note-entry').first().waitFor();
		},
	},
	// A document whose text has had three versions (tests/support/versioned-library.ts).
	{ name: 'an earlier version opened at a passage a later one changed, its note shown', path: '', url: `${versioned}v1/#p-2` },
	{ name: 'the list of a document’s versions and what each changed', path: '', url: `${versioned}versions/` },
];

describe.each(layouts)('in the $colorScheme scheme at $width px', ({ colorScheme, width }) => {
	test.each(views)(
		'axe-core finds no WCAG 2.2 A/AA or best-practice violation on $name',
		async ({ path, url, prepare, rules = pageRules }) => {
			// bypassCSP lets the test inject axe-core; the site's own CSP allows no inline script.
			const context = await browser().newContext({ colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
			const page = await context.newPage();
			await page.goto(url ?? siteUrl + path);
			await prepare?.(page);
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
			expect(passed, passed.join(' ')).toEqual(expect.arrayContaining(rules));
			const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary).toEqual([]);
		},
	);
});
