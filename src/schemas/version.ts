/**
 * A recorded version of a document, `content/versions/<id>/v<N>.md` (src/data/versions.ts): the
 * facts of its publication in the frontmatter, the text as it was published below. The build
 * writes these files; they are committed, like the ledgers, and never edited by hand.
 */
import { z } from 'astro/zod';
import { isCalendarDay } from './common.ts';

const passageId = z.string().regex(/^p-[1-9]\d*$/, { error: 'expected a paragraph id such as p-12' });

/** What a version did to a passage address, as src/core/passages/passage-ledger.ts reports it. */
const passageChange = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('edited'), id: passageId }),
	z.strictObject({ kind: z.literal('added'), id: passageId, after: passageId.optional() }),
	z.strictObject({ kind: z.literal('split'), id: passageId, from: passageId }),
	z.strictObject({ kind: z.literal('merged'), id: passageId, into: passageId }),
	z.strictObject({ kind: z.literal('removed'), id: passageId, landsOn: passageId }),
]);
export type PassageChange = z.output<typeof passageChange>;

/** The day a build published a version, `YYYY-MM-DD`. */
const versionDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })
	.refine((iso) => isCalendarDay(...(iso.split('-').map(Number) as [number, number, number])), { error: 'not a day of the calendar' });

export const versionRecordSchema = z.strictObject({
	version: z.int().min(1),
	/** The day of the build that published it. */
	date: versionDate,
	/** The editors' description of the change; version 1 has none. */
	revision: z.string().min(1).optional(),
	/** `sha256:` of the text with its white space folded: a text altered since it was recorded no longer matches. */
	digest: z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'expected sha256: and 64 hexadecimal digits' }),
	/** The id of each of its passages, in reading order, as it was published. */
	passages: z.array(passageId),
	/** What it changed of the version before. */
	changes: z.array(passageChange).default([]),
});
export type VersionFacts = z.output<typeof versionRecordSchema>;
