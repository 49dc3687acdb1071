/** What the schemas of documents and cited works share: dates as precise as the source, authors, page ranges. */
import { z } from 'astro/zod';

/**
 * A publication date given as precisely as the source gives it: a year, a month or a day.
 * YAML reads `2013-04-14` as a date, `2006-01` as text and `2006` as a number; all three are
 * accepted, and nothing more precise than the source is invented (no "1 January 2006").
 */
export const partialDate = z
	.union([
		z.date(),
		z.int().min(1000).max(9999),
		z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
			error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
		}),
	])
	.transform((value): PartialDate => {
		const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
		const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
		return { iso, year, ...(month && { month }), ...(day && { day }) };
	});
/** A date and how much of it is known; `iso` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface PartialDate {
	iso: string;
	year: number;
	month?: number;
	day?: number;
}

const person = z.strictObject({
	type: z.literal('person'),
	given: z.string().min(1),
	family: z.string().min(1),
	affiliation: z.string().min(1).optional(),
});

const organization = z.strictObject({
	type: z.literal('organization'),
	name: z.string().min(1),
	place: z.string().min(1).optional(),
});

export const author = z.discriminatedUnion('type', [person, organization]);
export type Author = z.output<typeof author>;

/** A page or a page range as printed: `57`, `95–121` (or with a hyphen). */
export const pageRangeText = z.string().regex(/^\d+([–-]\d+)?$/, { error: 'expected a page or a page range such as 95–121' });
