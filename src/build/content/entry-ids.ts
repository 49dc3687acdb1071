/**
 * One file, one entry: an entry's id is its file's path without the extension, each folder and the
 * name slugged as Astro slugs them (lower case, punctuation dropped, spaces as hyphens), and never
 * a `slug` in its data. Two files that come to the same id (`My Doc.md` beside `my-doc.md`, or
 * `stalinism~.md` beside `stalinism.md`) would otherwise leave one of them unpublished, the
 * other published in its place, as directory order falls: the load stops, naming both.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slug } from 'github-slugger';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

/** The id of the entry in the file at `entry`, a path relative to the collection's folder. */
export const entryId = (entry: string): string =>
	entry
		.replace(/\.[^./]+$/, '')
		.split('/')
		.map((segment) => slug(segment))
		.join('/')
		.replace(/\/index$/, '');

/** The ids two or more files come to, with those files, in the order of the ids. */
export function sharedIds(entries: Iterable<string>): [id: string, files: string[]][] {
	const files = new Map<string, Set<string>>();
	for (const entry of entries) {
		const id = entryId(entry);
		files.set(id, (files.get(id) ?? new Set()).add(entry));
	}
	return [...files]
		.filter(([, shared]) => shared.size > 1)
		.map(([id, shared]): [string, string[]] => [id, [...shared].sort()])
		.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The message for ids that several files share, in the collection `collection` at `base`. */
export function sharedIdsMessage(collection: string, base: string, shared: [id: string, files: string[]][]): string {
	const lines = shared.map(([id, files]) => `  "${id}": ${files.map((file) => `${base}/${file}`).join(', ')}`);
	return `${shared.length === 1 ? 'Two files give' : 'Files give'} one ${collection} id (a file's id is its name in lower case, without punctuation); rename or remove all but one:\n${lines.join('\n')}`;
}

type GlobOptions = Parameters<typeof glob>[0];

/**
 * Astro's glob loader with ids from file names alone, stopping the load when files share one.
 * `collection` names the collection's entries in the message ("document").
 */
export function globOneFilePerId(collection: string, options: Omit<GlobOptions, 'generateId'> & { base: string }): Loader {
	const entries = new Set<string>();
	const loader = glob({
		...options,
		generateId: ({ entry }) => {
			entries.add(entry);
			return entryId(entry);
		},
	});
	return {
		...loader,
		load: async (context: LoaderContext) => {
			entries.clear();
			// Astro's loader keeps an entry whose file is unchanged as it stored it, its file's path
			// included: an entry stored by a build of another folder (DOCUMENTS_DIR) would name a file
			// of that folder, where a report of a mistake would send the editor. Those are read afresh.
			const root = fileURLToPath(context.config.root);
			const folder = `${relative(root, resolve(root, options.base)).split(sep).join('/')}/`;
			for (const { id, filePath } of context.store.values()) if (filePath && !filePath.startsWith(folder)) context.store.delete(id);
			await loader.load(context);
			const shared = sharedIds(entries);
			if (shared.length > 0) throw new Error(sharedIdsMessage(collection, options.base, shared));
		},
	};
}
