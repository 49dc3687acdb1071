/**
 * Entries' data as their files write it, checked against the collection's schema with each problem
 * at its file's own line. The data is the frontmatter of a Markdown file, or a YAML file, read as
 * YAML 1.2 (its core schema), in which a date is text: Astro's own reading takes `2020-13-45` for
 * a timestamp and rolls it over into 14 February 2021 before any schema sees it. Every file's
 * problems are reported together, once the collection is read.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import levenshtein from 'damerau-levenshtein';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

type Path = readonly PropertyKey[];

/** The YAML of an entry's file and the line of the file it begins on: a Markdown file's frontmatter, or a YAML file whole. */
export function yamlOfFile(source: string, markdown: boolean): { yaml: string; firstLine: number } {
	if (!markdown) return { yaml: source, firstLine: 1 };
	const lines = source.split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return { yaml: '', firstLine: 1 };
	const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
	return { yaml: lines.slice(1, end === -1 ? undefined : end).join('\n'), firstLine: 2 };
}

/** YAML read with dates as text, and the line of the file where each field is written. */
export interface ReadYaml {
	data: unknown;
	/** Problems of the YAML itself, each with its line. */
	errors: { line: number; message: string }[];
	/** The line of the field at `path` (its key's, in a map), or of the nearest field around it that is written. */
	lineOf(path: Path): number;
}

export function readYaml(yaml: string, firstLine: number): ReadYaml {
	const lineCounter = new LineCounter();
	const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const lineOf = (path: Path): number => {
		let node: unknown = document.contents;
		let line = node && (node as YamlNode).range ? lineAt((node as YamlNode).range![0]) : firstLine;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
				if (!pair) break;
				if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
				node = pair.value;
			} else if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
				node = node.items[Number(key)];
				if (!node) break;
				if ((node as YamlNode).range) line = lineAt((node as YamlNode).range![0]);
			} else break;
		}
		return line;
	};
	const errors = document.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message }));
	return { data: document.toJS() ?? {}, errors, lineOf };
}

/** The keys an object of the schema may have at `path`, for suggesting the one a misspelt key meant. */
export function keysAt(schema: z.ZodType, path: Path): string[] {
	const def = (schema as unknown as { def: Record<string, unknown> }).def;
	const inner = (['innerType', 'in', 'schema'] as const).map((name) => def[name]).find(Boolean) as z.ZodType | undefined;
	if (def.type === 'object') {
		const shape = def.shape as Record<string, z.ZodType>;
		if (path.length === 0) return Object.keys(shape);
		const field = shape[String(path[0])];
		return field ? keysAt(field, path.slice(1)) : [];
	}
	if (def.type === 'array') return path.length === 0 ? [] : keysAt(def.element as z.ZodType, path.slice(1));
	if (def.type === 'union') return [...new Set((def.options as z.ZodType[]).flatMap((option) => keysAt(option, path)))];
	return inner ? keysAt(inner, path) : [];
}

/** The known key nearest a misspelt one, within two edits. */
function nearestKey(key: string, known: readonly string[]): string | undefined {
	const [nearest] = known
		.map((candidate) => ({ candidate, distance: levenshtein(key.toLowerCase(), candidate.toLowerCase()).steps }))
		.filter(({ distance }) => distance <= 2)
		.sort((a, b) => a.distance - b.distance);
	return nearest?.candidate;
}

const valueAt = (data: unknown, path: Path): unknown =>
	path.reduce<unknown>(
		(value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
		data,
	);

/** Each problem the schema finds, as `file:line: field: what is wrong`, in the order of their lines. */
export function problemsOf(file: string, issues: readonly z.core.$ZodIssue[], read: ReadYaml, schema: z.ZodType): string[] {
	const found = issues.flatMap((issue): { line: number; text: string }[] => {
		const field = issue.path.join('.');
		if (issue.code === 'unrecognized_keys') {
			const known = keysAt(schema, issue.path);
			return issue.keys.map((key) => {
				const nearest = nearestKey(key, known);
				const name = [...issue.path, key].join('.');
				return { line: read.lineOf([...issue.path, key]), text: `${name}: no such field${nearest ? `; did you mean "${nearest}"?` : ''}` };
			});
		}
		// A field not written, whatever the schema would have made of it (a custom check says more).
		const missing = issue.code !== 'custom' && valueAt(read.data, issue.path) === undefined;
		return [
			{ line: read.lineOf(issue.path), text: `${field || '(the data)'}: ${missing ? 'missing: this field is required' : issue.message}` },
		];
	});
	return found.sort((a, b) => a.line - b.line).map(({ line, text }) => `${file}:${line}: ${text}`);
}

/**
 * The loader, with each entry's data read from its file as text and checked against `schema`.
 * An entry with problems is kept aside, and once the collection is read, the problems of every
 * file stop the load together.
 */
export function checkedEntryData(loader: Loader, schema: z.ZodType): Loader {
	if (typeof loader.load !== 'function') return loader;
	const load = loader.load.bind(loader);
	return {
		...loader,
		load: async (context: LoaderContext) => {
			const problems: string[] = [];
			// An entry with problems is never stored, so that no later build takes it as read.
			const refused = new Set<string>();
			// The loader's own stop (two files for one id) is reported with the data's problems, not before them.
			let stopped: unknown;
			await load({
				...context,
				store: {
					...context.store,
					set: (entry) => {
						if (!refused.has(entry.id)) return context.store.set(entry);
						context.store.delete(entry.id);
						return false;
					},
				},
				parseData: async (props) => {
					if (!props.filePath) return context.parseData(props);
					const file = relative(process.cwd(), props.filePath);
					const { yaml, firstLine } = yamlOfFile(await readFile(props.filePath, 'utf8'), /\.(md|markdown)$/i.test(file));
					const read = readYaml(yaml, firstLine);
					const found = read.errors.map(({ line, message }) => `${file}:${line}: ${message}`);
					if (found.length === 0) {
						const parsed = await schema.safeParseAsync(read.data);
						if (!parsed.success) found.push(...problemsOf(file, parsed.error.issues, read, schema));
					}
					if (found.length > 0) {
						problems.push(...found);
						refused.add(props.id);
						return props.data;
					}
					return context.parseData({ ...props, data: read.data as typeof props.data });
				},
			}).catch((error: unknown) => {
				stopped = error;
			});
			if (problems.length === 0) {
				if (stopped) throw stopped;
				return;
			}
			const found = `${problems.length === 1 ? 'A problem' : `${problems.length} problems`} in the data:\n  ${problems.join('\n  ')}`;
			throw new Error(stopped instanceof Error ? `${stopped.message}\n\n${found}` : found);
		},
	};
}
