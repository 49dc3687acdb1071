/**
 * Web Annotations read back into notes (./web-annotation.ts writes them): what an import of the
 * notebook's (or another tool's) JSON-LD brings, checked with zod, and what it cannot read, said.
 * Apart from the writer, so that the notebook loads the checks only when the reader imports.
 */
import { z } from 'astro/zod';
import type { ReaderNote } from './note.ts';
import { paragraphNumber } from '../passages/passages.ts';

const typed = (type: string) => z.looseObject({ type: z.literal(type) });
const quoteSelector = typed('TextQuoteSelector').extend({
	exact: z.string().min(1),
	prefix: z.string().default(''),
	suffix: z.string().default(''),
});
const positionSelector = typed('TextPositionSelector').extend({ start: z.number().int().min(0), end: z.number().int().min(0) });
const fragmentSelector = typed('FragmentSelector').extend({ value: z.string(), refinedBy: z.unknown().optional() });
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).transform((value) => [value].flat());
const body = z.looseObject({ type: z.string().optional(), value: z.string().optional(), purpose: z.string().optional() });

/** What of an annotation an import reads; the rest is left. */
const annotationSchema = z.object({
	id: z.string().min(1),
	type: z.union([z.literal('Annotation'), z.array(z.string()).refine((types) => types.includes('Annotation'))]),
	created: z.iso.datetime({ offset: true }).optional(),
	modified: z.iso.datetime({ offset: true }).optional(),
	body: oneOrMany(body).optional(),
	target: z.looseObject({ source: z.url(), selector: oneOrMany(z.looseObject({ type: z.string() })) }),
});

/** Where a note's page is, as the site reads a target's address: its document, version and page. */
export interface NotePlace {
	document: string;
	version: number;
	page: string;
}

/**
 * The document, version and page an annotation's target is, where it is a page of a text of
 * this site (`site`, the site's address with its base path): a document's, or one of its versions'.
 */
export function notePlace(source: string, site: string): NotePlace | undefined {
	if (!source.startsWith(site)) return undefined;
	const page = source.slice(site.length).replace(/[?#].*$/, '');
	const match = /^documents\/([^/]+)\/(?:v(\d+)\/)?$/.exec(page);
	return match ? { document: match[1]!, version: Number(match[2] ?? 1), page } : undefined;
}

/** The annotations in what an export holds: a collection, a page of one, a list, or one annotation. */
function annotationsIn(json: unknown): unknown[] {
	if (Array.isArray(json)) return json;
	if (json && typeof json === 'object') {
		const { type, first, items } = json as { type?: unknown; first?: { items?: unknown }; items?: unknown };
		if (type === 'AnnotationCollection') return Array.isArray(first?.items) ? first.items : [];
		if (type === 'AnnotationPage') return Array.isArray(items) ? items : [];
		return [json];
	}
	return [];
}

/** A note's id from an annotation's: the UUID of a `urn:uuid:`, else the id as it is. */
const noteId = (id: string) => id.replace(/^urn:uuid:/, '');

/**
 * The notes an import brings: each annotation of a text of this library (`placeOf` reads its
 * target's address) with the words it is on. What cannot be read is said, by the annotation's
 * place in the file and what is wrong; the rest is still brought.
 */
export function notesFromAnnotations(
	json: unknown,
	placeOf: (source: string) => NotePlace | undefined,
	now: string,
): { notes: ReaderNote[]; problems: string[] } {
	const notes: ReaderNote[] = [];
	const problems: string[] = [];
	const annotations = annotationsIn(json);
	if (annotations.length === 0) problems.push('The file holds no Web Annotations.');
	for (const [index, raw] of annotations.entries()) {
		const which = `Annotation ${index + 1}`;
		const parsed = annotationSchema.safeParse(raw);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			problems.push(`${which}: ${issue.path.join('.') || 'the annotation'}: ${issue.message}`);
			continue;
		}
		const { id, created, modified, body, target } = parsed.data;
		const place = placeOf(target.source);
		if (!place) {
			problems.push(`${which}: ${target.source} is not a document of this library.`);
			continue;
		}
		const selectors = target.selector;
		const quote = selectors.map((selector) => quoteSelector.safeParse(selector)).find((result) => result.success)?.data;
		if (!quote) {
			problems.push(`${which}: it has no TextQuoteSelector naming the words.`);
			continue;
		}
		const fragment = selectors.map((selector) => fragmentSelector.safeParse(selector)).find((result) => result.success)?.data;
		const position = positionSelector.safeParse(fragment?.refinedBy).data ?? { start: 0, end: quote.exact.length };
		const passage = fragment?.value ?? '';
		const paragraph = paragraphNumber(passage);
		const text = (body ?? []).find(({ purpose, value }) => value !== undefined && (purpose ?? 'commenting') === 'commenting')?.value ?? '';
		notes.push({
			id: noteId(id),
			...place,
			passage,
			order: paragraph ?? 0,
			...(paragraph !== undefined && { locator: { label: 'paragraph', value: String(paragraph) } }),
			quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
			position: { start: position.start, end: position.end },
			note: text,
			created: created ?? now,
			modified: modified ?? created ?? now,
			detached: false,
		});
	}
	return { notes, problems };
}
