/**
 * A library whose one document goes through three versions, each published by a real build:
 * version 1 as the document stands in content/; version 2 rewords ¶ 2 and removes ¶ 7; version 3
 * restores that paragraph and splits ¶ 4. The site, browser and validity tests read its last build.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, projectRoot } from '../../harness/build.ts';
import { publicSiteUrl, testBuildsDir } from './builds.ts';

export const versionedId = 'support-north-koreas-workers';
const root = join(testBuildsDir, 'versioned');

/** A library's folders: its documents, the ledgers and versions its builds record, and its site. */
export const libraryIn = (dir: string) => ({
	dir,
	documents: join(dir, 'documents'),
	passages: join(dir, 'passages'),
	versions: join(dir, 'versions'),
	site: join(dir, 'site'),
});

export const versionedLibrary = libraryIn(root);

/** The versioned library's site, as the site tests read a build. */
export const versionedBuild = { dir: versionedLibrary.site, base: '/' };

export const documentFile = (library: ReturnType<typeof libraryIn>) => join(library.documents, `${versionedId}.md`);

/** Sets the document's `revision:`, before its date. */
const withRevision = (text: string, revision: string) =>
	text.replace(/^revision: .*\n/m, '').replace(/^published: /m, `revision: ${JSON.stringify(revision)}\npublished: `);

/** Replaces words of the text, which must be there. */
function replaced(text: string, from: string, to: string): string {
	if (!text.includes(from)) throw new Error(`the document no longer has “${from}”`);
	return text.replace(from, to);
}

const removedParagraph = 'North Korea’s neighbours don’t want any instability ripple across East Asia.';

/** The edits that make versions 2 and 3, each with its note. */
export const edits = [
	{
		revision: 'Corrected ¶ 2 against the printed page, and removed a paragraph the web page had added.',
		words: (text: string) =>
			replaced(
				replaced(text, 'who will find it a challenge to consolidate', 'who will find it hard to consolidate'),
				`${removedParagraph}\n\n`,
				'',
			),
	},
	{
		revision: 'Restored the paragraph on East Asia from the printed page, and divided ¶ 4 as it is printed.',
		words: (text: string) =>
			replaced(
				replaced(text, 'China, in particular,', `${removedParagraph}\n\nChina, in particular,`),
				'barely a year ago. He is inheriting',
				'barely a year ago.\n\nHe is inheriting',
			),
	},
] as const;

/** The environment of a build of `library`: its folders, no topics and no cited works (one document names few). */
export const libraryEnv = (library: ReturnType<typeof libraryIn>) => ({
	DOCUMENTS_DIR: library.documents,
	PASSAGES_DIR: library.passages,
	VERSIONS_DIR: library.versions,
	TOPICS_DIR: join(projectRoot, 'tests', 'fixtures', 'no-topics'),
	WORKS_DIR: join(projectRoot, 'tests', 'fixtures', 'no-works'),
	SITE_URL: publicSiteUrl,
});

/** Builds `library` into its site; throws with the build's output if it fails. */
export async function buildLibrary(library: ReturnType<typeof libraryIn>): Promise<string> {
	const { code, output } = await buildSite(library.site, libraryEnv(library));
	if (code !== 0) throw new Error(`the build of ${library.dir} failed:\n${output}`);
	return output;
}

/** Makes the document's edit `index` (0 for version 2), its words and its note. */
async function edit(library: ReturnType<typeof libraryIn>, index: number): Promise<void> {
	const { words, revision } = edits[index]!;
	await writeFile(documentFile(library), withRevision(words(await readFile(documentFile(library), 'utf8')), revision));
}

/** The site as the build of version 1 or 2 left it, for a reader who came before the next (notes re-anchored by the next build). */
export const siteOfVersion = (version: 1 | 2): string => join(root, `site-v${version}`);

/** What each build of the versioned library printed, for the tests to read. */
const outputsFile = join(root, 'build-outputs.json');
export const versionBuildOutputs = async (): Promise<string[]> => JSON.parse(await readFile(outputsFile, 'utf8')) as string[];

/** Publishes versions 1, 2 and 3, a build each, and keeps what each build printed. */
export async function buildVersionedLibrary(): Promise<void> {
	await rm(root, { recursive: true, force: true });
	await mkdir(versionedLibrary.documents, { recursive: true });
	await cp(join(projectRoot, 'content', 'documents', `${versionedId}.md`), documentFile(versionedLibrary));
	const outputs = [await buildLibrary(versionedLibrary)];
	await cp(versionedLibrary.site, siteOfVersion(1), { recursive: true });
	for (const index of edits.keys()) {
		await edit(versionedLibrary, index);
		outputs.push(await buildLibrary(versionedLibrary));
		if (index === 0) await cp(versionedLibrary.site, siteOfVersion(2), { recursive: true });
	}
	await writeFile(outputsFile, JSON.stringify(outputs));
}
