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

export const documentKinds = {
	'research-note': 'Research note',
	article: 'Article',
	statement: 'Statement',
	essay: 'Essay',
	report: 'Report',
	interview: 'Interview',
	speech: 'Speech',
} as const;
export type DocumentKind = keyof typeof documentKinds;

/** A page or a page range as printed: `57`, `95–121` (or with a hyphen). */
export const pageRangeText = z.string().regex(/^\d+([–-]\d+)?$/, { error: 'expected a page or a page range such as 95–121' });

export const publication = z.strictObject({
	/** The periodical's name, or the publisher's for a book or report. */
	title: z.string().min(1),
	type: z.enum(['journal', 'newspaper', 'magazine', 'website', 'book', 'report']),
	volume: z.string().min(1).optional(),
	number: z.string().min(1).optional(),
	issue: z.string().min(1).optional(),
	/** A page range as printed, e.g. `95–121`. */
	pages: pageRangeText.optional(),
	publisher: z.string().min(1).optional(),
	place: z.string().min(1).optional(),
});
export type Publication = z.output<typeof publication>;

/** Whether the piece appeared in a journal, newspaper or magazine (not a website, book or report). */
export const isPeriodical = ({ type }: Publication): boolean => type === 'journal' || type === 'newspaper' || type === 'magazine';

/** The issue's number, whichever name the periodical gives it. */
export const issueNumber = ({ issue, number }: Publication): string | undefined => issue ?? number;

/** The first and last page of a range such as `95–121`; a single page is both. */
export function pageRange({ pages }: Publication): { first: string; last: string } | undefined {
	if (!pages) return undefined;
	const [first, last = first] = pages.split(/[–-]/) as [string, string?];
	return { first, last };
}

/**
 * The frontmatter of a document in `content/documents/`. Unknown fields are errors, not ignored,
 * and so is a missing fact its citations cannot do without.
 */
export const documentSchema = z
	.strictObject({
		title: z.string().min(1),
		subtitle: z.string().min(1).optional(),
		/** An empty list means the piece is unsigned; it must still be written out. */
		authors: z.array(author),
		kind: z.enum(Object.keys(documentKinds) as [DocumentKind, ...DocumentKind[]]),
		publication,
		published: partialDate,
		/** Where the piece was first published online, when it was. */
		url: z.url({ protocol: /^https?$/ }).optional(),
		keywords: z.array(z.string().min(1)).default([]),
		/** The editors' summary, shown as theirs, never as the author's. */
		summary: z.string().min(1),
		/** For an excerpt: the editors' note that says where the source goes on. */
		excerpt: z.string().min(1).optional(),
		/** What the editors removed or moved in transcribing the source, one note each. */
		transcription: z.array(z.string().min(1)).default([]),
	})
	.superRefine(({ publication, published }, context) => {
		// Every style cites a newspaper or magazine piece by the day of its issue.
		if ((publication.type === 'newspaper' || publication.type === 'magazine') && published.day === undefined) {
			context.addIssue({
				code: 'custom',
				path: ['published'],
				message: `a ${publication.type} piece is cited by the day of its issue: expected a date as YYYY-MM-DD`,
			});
		}
		// A journal article is found by its volume or number.
		if (publication.type === 'journal' && !publication.volume && !publication.number && !publication.issue) {
			context.addIssue({
				code: 'custom',
				path: ['publication', 'volume'],
				message: 'a journal article is cited by its volume, number or issue: give at least one',
			});
		}
	});
export type DocumentData = z.output<typeof documentSchema>;
