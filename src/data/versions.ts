/**
 * The documents' recorded versions (src/build/versions/versions.ts): `content/versions/<id>/v<N>.md`, one
 * file a version, beside the documents' folder. The build writes a version's file when it
 * publishes it, like a lockfile: commit it with the text. A recorded version never changes: one
 * whose file is missing, or whose text no longer matches its digest or the last commit, stops
 * the build, naming the file and how to restore it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DOCUMENTS_DIR, SOURCE_DATE_EPOCH, VERSIONS_DIR } from 'astro:env/server';
import writeFileAtomic from 'write-file-atomic';
import { Document, isCollection, isSeq } from 'yaml';
import { problemsOf, readYaml, yamlOfFile } from '../build/content/entry-data.ts';
import { type NewVersion, textDigest, type VersionRecord } from '../build/versions/versions.ts';
import { versionRecordSchema } from '../schemas/version.ts';
import { blobHash, committedFiles, nearestFolder, restore } from './git.ts';

// Beside the documents' folder, wherever the tests or the benchmark put that.
const versionsDir = resolve(VERSIONS_DIR ?? join(dirname(resolve(DOCUMENTS_DIR)), 'versions'));

/**
 * The day this build publishes a version, `YYYY-MM-DD`: today, or the day of `SOURCE_DATE_EPOCH`
 * (seconds), which a reproducible build sets.
 */
export function buildDay(): string {
	return new Date(SOURCE_DATE_EPOCH === undefined ? Date.now() : SOURCE_DATE_EPOCH * 1000).toISOString().slice(0, 10);
}

/** The file of version `version` of document `id`. */
const versionFile = (id: string, version: number): string => join(versionsDir, id, `v${version}.md`);

const fileName = /^v([1-9]\d*)\.md$/;

/** One recorded version read from its file, or the problems that stop it being read. */
async function readVersion(path: string, number: number): Promise<{ record?: VersionRecord; problems: string[] }> {
	const file = relative(process.cwd(), path);
	const source = await readFile(path, 'utf8');
	const { yaml, firstLine } = yamlOfFile(source, true);
	const read = readYaml(yaml, firstLine);
	if (read.errors.length > 0) return { problems: read.errors.map(({ line, message }) => `${file}:${line}: ${message}`) };
	const parsed = versionRecordSchema.safeParse(read.data);
	if (!parsed.success) return { problems: problemsOf(file, parsed.error.issues, read, versionRecordSchema) };
	const body = parseFrontmatter(source, { frontmatter: 'remove' }).content.trim();
	const problems: string[] = [];
	if (parsed.data.version !== number) {
		problems.push(`${file}:${read.lineOf(['version'])}: version: ${parsed.data.version}, but the file is that of version ${number}.`);
	}
	if (textDigest(body) !== parsed.data.digest) {
		problems.push(
			`${file}: altered: its text is no longer the one version ${number} published (its digest differs), and a published version never changes; ${restore(path, 'HEAD')}.`,
		);
	}
	const linesAboveText = source.slice(0, source.lastIndexOf(body)).split('\n').length - 1;
	return { record: { ...parsed.data, path, body, linesAboveText }, problems };
}

/** A document's recorded versions, oldest first, and the problems of their files: none missing, none altered. */
export async function readVersions(id: string): Promise<{ records: VersionRecord[]; problems: string[] }> {
	const dir = join(versionsDir, id);
	if (!existsSync(dir)) return { records: [], problems: [] };
	const numbers = (await readdir(dir))
		.map((name) => fileName.exec(name))
		.filter((match) => match !== null)
		.map((match) => Number(match[1]))
		.sort((a, b) => a - b);
	const problems: string[] = [];
	const last = numbers.at(-1) ?? 0;
	for (let number = 1; number < last; number++) {
		if (!numbers.includes(number)) {
			const path = versionFile(id, number);
			problems.push(
				`${relative(process.cwd(), path)}: missing: version ${number} was published (version ${last} follows it); ${restore(path, 'HEAD')}.`,
			);
		}
	}
	const records: VersionRecord[] = [];
	for (const number of numbers) {
		const read = await readVersion(versionFile(id, number), number);
		problems.push(...read.problems);
		if (read.record) records.push(read.record);
	}
	return { records, problems };
}

/** A version's file: its facts as YAML frontmatter, a passage id list and each change on a line, then its text. */
function versionSource({ body, changes: changed, ...facts }: NewVersion): string {
	// Version 1 changed nothing: its file says nothing of changes.
	const yaml = new Document(changed.length > 0 ? { ...facts, changes: changed } : facts);
	const flow = (node: unknown) => {
		if (isCollection(node)) node.flow = true;
	};
	flow(yaml.get('passages', true));
	const changes = yaml.get('changes', true);
	if (isSeq(changes)) changes.items.forEach(flow);
	return `---\n${yaml.toString({ lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

/** Records a new version of document `id`. */
export async function writeVersion(id: string, version: NewVersion): Promise<string> {
	const path = versionFile(id, version.version);
	await mkdir(dirname(path), { recursive: true });
	await writeFileAtomic(path, versionSource(version));
	return path;
}

/**
 * The versions the last commit holds that are not on disk as it holds them, for documents that
 * still exist (`documentIds`): deleted, or altered. Outside git, none.
 */
export async function committedVersionProblems(documentIds: readonly string[]): Promise<string[]> {
	const { from, folder } = nearestFolder(versionsDir);
	const committed = await committedFiles(from, folder);
	if (committed === undefined) return [];
	const documents = new Set(documentIds);
	const problems: string[] = [];
	for (const [name, hash] of committed) {
		const path = resolve(from, name);
		const id = relative(versionsDir, dirname(path));
		if (!documents.has(id) || !fileName.test(name.split('/').at(-1)!)) continue;
		if (!existsSync(path)) {
			problems.push(`${relative(process.cwd(), path)}: missing: the last commit holds this published version; ${restore(path, 'HEAD')}.`);
		} else if (blobHash(await readFile(path)) !== hash) {
			problems.push(
				`${relative(process.cwd(), path)}: altered since the last commit, and a published version never changes; ${restore(path, 'HEAD')}.`,
			);
		}
	}
	return problems;
}
