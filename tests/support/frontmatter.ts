/**
 * The documents' frontmatter and the cited works, read from content/ with a YAML parser alone,
 * independently of the site's code, for tests that compare what the build says of them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from '../../harness/build.ts';
import { publicSiteUrl } from './builds.ts';

export type Author = { type: 'person'; given: string; family: string; affiliation?: string } | { type: 'organization'; name: string };

export interface Frontmatter {
	title: string;
	authors: Author[];
	publication: {
		title: string;
		type: string;
		volume?: string;
		number?: string;
		issue?: string;
		pages?: string;
		publisher?: string;
		place?: string;
	};
	published: string | number | Date;
	keywords?: string[];
	url?: string;
	excerpt?: string;
	transcription?: string[];
}

export interface Document {
	id: string;
	data: Frontmatter;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the frontmatter gives it. */
	date: string;
	/** The document page's address in the test builds. */
	url: string;
}

export interface Work {
	id: string;
	type: string;
	title: string;
	authors?: Author[];
	container?: string;
	volume?: string;
	issue?: string;
	pages?: string;
	publisher?: string;
	place?: string;
	published?: string | number | Date;
	url?: string;
}

/** YAML reads `2013-04-14` as a date, `2006-01` as text and `2006` as a number: each as it is written. */
export const isoOf = (date: string | number | Date): string => (date instanceof Date ? date.toISOString().slice(0, 10) : String(date));

/** Every document in content/documents/, by its frontmatter. */
export async function readDocuments(): Promise<Document[]> {
	const dir = join(projectRoot, 'content', 'documents');
	const files = (await readdir(dir)).filter((file) => file.endsWith('.md'));
	return Promise.all(
		files.map(async (file) => {
			const data = parseYaml((await readFile(join(dir, file), 'utf8')).split(/^---$/m)[1]!) as Frontmatter;
			const id = file.replace(/\.md$/, '');
			return { id, data, date: isoOf(data.published), url: `${publicSiteUrl}/documents/${id}/` };
		}),
	);
}

/** Every cited work in content/works/. */
export async function readWorks(): Promise<Work[]> {
	const dir = join(projectRoot, 'content', 'works');
	const files = (await readdir(dir)).filter((file) => file.endsWith('.yaml'));
	return Promise.all(
		files.map(async (file) => ({ id: file.replace(/\.yaml$/, ''), ...parseYaml(await readFile(join(dir, file), 'utf8')) })),
	);
}
