import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../../harness/build.ts';
import { publicSiteUrl, testBuildsDir } from '../support/builds.ts';
import { checkLinks, idsOf, loadPages } from '../support/dist.ts';
import {
	documentFile,
	edits,
	libraryEnv,
	libraryIn,
	versionBuildOutputs,
	versionedBuild,
	versionedId,
	versionedLibrary,
} from '../support/versioned-library.ts';

// A document taken through versions 2 and 3 by real builds (tests/support/versioned-library.ts):
// version 2 rewords ¶ 2 and removes ¶ 7, version 3 restores that paragraph (as ¶ 26) and splits ¶ 4 (¶ 25 is its second part).
const site = versionedBuild.dir;
const documentDir = join(site, 'documents', versionedId);
const page = async (path: string) => fromHtml(await readFile(join(documentDir, path, 'index.html'), 'utf8'));
const text = (tree: ReturnType<typeof fromHtml>, selector: string) => {
	const found = select(selector, tree);
	if (!found) throw new Error(`nothing matches ${selector}`);
	return toString(found).replace(/\s+/g, ' ').trim();
};
/** A passage's own words: without its marks of later changes. */
const words = (tree: ReturnType<typeof fromHtml>, id: string) => {
	const passage = structuredClone(select(`#${id}`, tree));
	if (!passage) throw new Error(`no #${id}`);
	for (const mark of selectAll('.passage-change', passage)) mark.children = [];
	return toString(passage).replace(/\s+/g, ' ').trim();
};
const today = new Date().toISOString().slice(0, 10);
const day = new Date(`${today}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('recording versions', () => {
	test('each build that published a version said so, and wrote its file beside the ledgers', async () => {
		const [first, second, third] = await versionBuildOutputs();
		expect(first).toContain(`[versions] ${versionedId}: recorded its text as version 1.`);
		expect(second).toContain(`[versions] ${versionedId}: published version 2 (“${edits[0].revision}”).`);
		expect(third).toContain(`[versions] ${versionedId}: published version 3 (“${edits[1].revision}”).`);
		expect((await readdir(join(versionedLibrary.versions, versionedId))).sort()).toEqual(['v1.md', 'v2.md', 'v3.md']);
		const v2 = await readFile(join(versionedLibrary.versions, versionedId, 'v2.md'), 'utf8');
		expect(v2).toContain(`date: ${today}`);
		expect(v2).toContain(`revision: ${edits[0].revision}`);
		expect(v2).toContain('- { kind: removed, id: p-7, landsOn: p-8 }');
		expect(v2).toContain('who will find it hard to consolidate');
	});
});

describe('every version at its own address', () => {
	test('each version’s page has its own words and passage ids, and says which version it is', async () => {
		const [v1, v2, v3] = await Promise.all(['v1', 'v2', 'v3'].map(page));
		expect(words(v1!, 'p-2')).toContain('who will find it a challenge to consolidate his rule');
		expect(words(v1!, 'p-7')).toBe('North Korea’s neighbours don’t want any instability ripple across East Asia.');
		expect(words(v2!, 'p-2')).toContain('who will find it hard to consolidate his rule');
		expect(idsOf(v2!)).not.toContain('p-7');
		expect(words(v3!, 'p-4')).toBe('By contrast, Kim Jong-un is 28 and was named as his father’s designated successor barely a year ago.');
		expect(words(v3!, 'p-25')).toBe('He is inheriting a country that has been terribly weakened over the last couple of decades.');
		expect(words(v3!, 'p-26')).toBe('North Korea’s neighbours don’t want any instability ripple across East Asia.');
		for (const [index, tree] of [v1, v2, v3].entries()) {
			expect(text(tree!, '.title-block')).toContain(`Version ${index + 1} of 3, ${day}`);
		}
		expect(text(v1!, '.version-banner')).toContain('You are reading an earlier version: version 1 of 3');
		expect(selectAll('.version-banner a', v1!).map(({ properties }) => properties.href)).toEqual([
			`/documents/${versionedId}/`,
			`/documents/${versionedId}/versions/`,
		]);
	});

	test('the current text is also at the document’s address, and search indexes only that', async () => {
		const current = await page('');
		expect(words(current, 'p-2')).toContain('who will find it hard to consolidate his rule');
		expect(select('[data-pagefind-body]', current)).toBeDefined();
		for (const version of ['v1', 'v2', 'v3']) expect(select('[data-pagefind-body]', await page(version)), version).toBeUndefined();
		const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
		expect(entry.languages.en.page_count).toBe(1);
		// The current version's own page names the document's as the canonical one; an earlier version's is its own.
		expect(select('link[rel=canonical]', await page('v3'))!.properties.href).toBe(`${publicSiteUrl}/documents/${versionedId}/`);
		expect(select('link[rel=canonical]', await page('v1'))!.properties.href).toBe(`${publicSiteUrl}/documents/${versionedId}/v1/`);
	});
});

describe('what changed', () => {
	test('the versions page lists each version, and each passage it changed with the words inserted and deleted', async () => {
		const versions = await page('versions');
		expect(selectAll('h2', versions).map((heading) => toString(heading))).toEqual([
			`Version 3, ${day} (current)`,
			`Version 2, ${day}`,
			`Version 1, ${day}`,
		]);
		expect(text(versions, '#v2-p-2 del')).toBe('[deleted: a challenge]');
		expect(text(versions, '#v2-p-2 ins')).toBe('[inserted: hard]');
		expect(text(versions, '#v2-p-7 .change-summary')).toContain('¶ 7 removed; its address now leads to ¶ 8');
		expect(text(versions, '#v2-p-7 del')).toContain('North Korea’s neighbours');
		expect(text(versions, '#v3-p-25 .change-summary')).toContain('¶ 25 split from ¶ 4');
		expect(text(versions, '#v3-p-26 ins')).toContain('North Korea’s neighbours');
		expect(selectAll('#v2-p-2 a', versions).map(({ properties }) => properties.href)).toEqual([
			`/documents/${versionedId}/v1/#p-2`,
			`/documents/${versionedId}/v2/#p-2`,
		]);
	});

	test('the current page marks each passage changed since version 1, and tells a link to a retired one where it went', async () => {
		const current = await page('');
		expect(text(current, '#p-2 .passage-change-mark')).toBe('Reworded in version 2');
		expect(select('#p-2 .passage-change-mark', current)!.properties.href).toBe(`/documents/${versionedId}/versions/#v2-p-2`);
		expect(text(current, '#p-26 .passage-change-mark')).toBe('Added in version 3');
		expect(text(current, '#p-7 .passage-change-notice')).toContain('version 2 removed it, and its address leads here');
		expect(select('#p-1 .passage-change', current)).toBeUndefined();
		// An earlier version marks what later ones changed of it.
		expect(text(await page('v1'), '#p-2 .passage-change-mark')).toBe('Reworded in version 2');
	});

	test('every version’s page and the list have unique ids, and every link and #fragment resolves', async () => {
		const pages = await loadPages(versionedBuild);
		for (const { path, tree } of pages) {
			const ids = idsOf(tree);
			expect(
				ids.filter((id, index) => ids.indexOf(id) !== index),
				path,
			).toEqual([]);
		}
		expect(checkLinks(versionedBuild, pages).broken).toEqual([]);
	});
});

describe('citations name the version', () => {
	test('the citation page, "Cite this" and the reference manager’s metadata cite the current version at its own address', async () => {
		const html = await readFile(join(documentDir, 'cite', 'index.html'), 'utf8');
		expect(html).toContain(`${publicSiteUrl}/documents/${versionedId}/v3/#p-2`);
		expect(html).not.toContain(`${publicSiteUrl}/documents/${versionedId}/#p-2`);
		expect(text(await page('cite'), '.lede')).toContain(`They cite version 3 of the text, of ${day}, at its own address.`);
		const current = await page('');
		expect(text(current, '.cite')).toContain(`${publicSiteUrl}/documents/${versionedId}/v3/`);
		expect(text(current, '.cited-version')).toContain(`These cite version 3 of the text, published on this site on ${day}`);
		expect(select('meta[name=citation_public_url]', current)!.properties.content).toBe(`${publicSiteUrl}/documents/${versionedId}/v3/`);
		expect(select('.document-text', current)!.properties.dataCitePath).toBe(`/documents/${versionedId}/v3/`);
	});

	test('an earlier version’s page gives a reference manager the piece at that version’s address', async () => {
		const v1 = await page('v1');
		expect(select('meta[name=citation_public_url]', v1)!.properties.content).toBe(`${publicSiteUrl}/documents/${versionedId}/v1/`);
		expect(select('meta[name=citation_title]', v1)!.properties.content).toBe(text(v1, 'h1'));
		expect(decodeURIComponent(String(select('.Z3988', v1)!.properties.title))).toContain(
			`rft.identifier=${publicSiteUrl}/documents/${versionedId}/v1/`,
		);
	});

	test('the exports carry the version', async () => {
		const file = (extension: string) => readFile(join(documentDir, `citation.${extension}`), 'utf8');
		expect(await file('bib')).toMatch(/\n\tversion = \{3\},\n\}/);
		expect(await file('ris')).toContain('ET  - Version 3\r\n');
		const [item] = JSON.parse(await file('json'));
		expect(item).toMatchObject({ version: '3', URL: `${publicSiteUrl}/documents/${versionedId}/v3/` });
	});

	test('the feed announces each new version with its note', async () => {
		const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
			await readFile(join(site, 'feed.xml'), 'utf8'),
		);
		const entries = [feed.entry].flat() as { id: string; summary: { '#text': string } }[];
		expect(entries.map(({ id }) => id)).toEqual([
			`${publicSiteUrl}/documents/${versionedId}/`,
			`${publicSiteUrl}/documents/${versionedId}/v2/`,
			`${publicSiteUrl}/documents/${versionedId}/v3/`,
		]);
		expect(entries[2]!.summary['#text']).toBe(`Version 3: ${edits[1].revision}`);
	});
});

describe('nothing published is lost', () => {
	/** A copy of the versioned library, as its last build left it, to break. */
	async function copyOfLibrary(name: string) {
		const copy = libraryIn(join(testBuildsDir, `versioned-${name}`));
		await rm(copy.dir, { recursive: true, force: true });
		for (const folder of ['documents', 'passages', 'versions'] as const)
			await cp(versionedLibrary[folder], copy[folder], { recursive: true });
		return copy;
	}

	test('a change of the words that `revision:` does not describe stops the build, saying what to write', async () => {
		const copy = await copyOfLibrary('undescribed');
		const file = documentFile(copy);
		await writeFile(file, (await readFile(file, 'utf8')).replace('17 years of dictatorial rule', 'seventeen years of dictatorial rule'));
		const { code, output } = await buildSite(copy.site, libraryEnv(copy));
		expect(code).not.toBe(0);
		expect(output).toContain(
			`documents/${versionedId}.md: its text is no longer that of version 3, published ${today} (“${edits[1].revision}”): ¶ 1 reworded. To publish it as version 4, say what changed in its frontmatter, e.g.`,
		);
		expect(await readdir(join(copy.versions, versionedId))).not.toContain('v4.md');
	});

	test('a version whose file is missing, or whose text was altered, stops the build, naming it', async () => {
		const copy = await copyOfLibrary('broken');
		await rm(join(copy.versions, versionedId, 'v2.md'));
		const v1 = join(copy.versions, versionedId, 'v1.md');
		await writeFile(v1, (await readFile(v1, 'utf8')).replace('17 years of dictatorial rule', '18 years of dictatorial rule'));
		const { code, output } = await buildSite(copy.site, libraryEnv(copy));
		expect(code).not.toBe(0);
		expect(output).toContain(`versions/${versionedId}/v2.md: missing: version 2 was published (version 3 follows it)`);
		expect(output).toContain(`versions/${versionedId}/v1.md: altered: its text is no longer the one version 1 published`);
	});
});
