/** What the schemas of documents and cited works share: dates as precise as the source, authors, page ranges, language tags. */
import { z } from 'astro/zod';

/** Whether a day exists: the 30th of February, a 13th month or a 45th day do not. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A publication date given as precisely as the source gives it: a year, a month or a day, as
 * written (`2006`, `2006-01`, `2013-04-14`; the data is read with dates as text, see
 * src/build/content/entry-data.ts). Nothing more precise than the source is invented (no "1 January 2006"),
 * and a day that does not exist is refused rather than rolled over into another.
 */
export const partialDate = z
	.union([
		z.int().min(1000).max(9999),
		z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD' }),
	])
	.transform((value, context): PartialDate => {
		const iso = String(value);
		const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
		if (month !== undefined && (month < 1 || month > 12)) {
			context.addIssue({ code: 'custom', message: `"${iso}" is not a date: there is no month ${month}` });
		} else if (month !== undefined && day !== undefined && !isCalendarDay(year, month, day)) {
			context.addIssue({ code: 'custom', message: `"${iso}" is not a date: month ${month} of ${year} has no day ${day}` });
		}
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

/**
 * Text a reader sees, with at least one visible character: a title of a zero-width space alone
 * would be an invisible heading, and an empty entry in every citation.
 */
export const visibleText = z
	.string()
	.regex(/[^\p{White_Space}\p{Cf}\p{Cc}]/u, { error: 'expected text with at least one visible character' });

/** A page or a page range as printed: `57`, `95–121` (or with a hyphen). */
export const pageRangeText = z.string().regex(/^\d+([–-]\d+)?$/, { error: 'expected a page or a page range such as 95–121' });

/** A language tag as BCP 47 writes it ("en", "ko", "zh-Hant"), in its canonical form. */
export const languageTag = z.string().refine(
	(tag) => {
		try {
			// A language of two or three letters: BCP 47 allows longer ones in form, none is registered.
			return /^[a-z]{2,3}\b/.test(tag) && Intl.getCanonicalLocales(tag)[0] === tag;
		} catch {
			return false;
		}
	},
	{ error: 'expected a language tag as BCP 47 writes it, such as "en", "ko" or "zh-Hant"' },
);
