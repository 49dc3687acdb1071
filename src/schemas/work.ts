import { z } from 'astro/zod';
import { author, pageRangeText, partialDate, visibleText } from './common.ts';

/**
 * The kinds of work the documents cite, named as in CSL (the Citation Style Language), which the
 * citations are formatted with. `document` is for a work known by little more than its title.
 */
const workTypes = {
	'article-journal': 'Journal article',
	'article-newspaper': 'Newspaper article',
	'article-magazine': 'Magazine article',
	book: 'Book',
	chapter: 'Chapter',
	report: 'Report',
	webpage: 'Web page',
	document: 'Document',
} as const;
export type WorkType = keyof typeof workTypes;

/** What a citation of each kind of work cannot do without, beyond its title. */
const requiredFields: Record<WorkType, readonly { field: 'container' | 'publisher' | 'published'; need: string }[]> = {
	'article-journal': [
		{ field: 'container', need: 'the journal’s name' },
		{ field: 'published', need: 'the year of the issue' },
	],
	'article-newspaper': [
		{ field: 'container', need: 'the newspaper’s name' },
		{ field: 'published', need: 'the date of the issue' },
	],
	'article-magazine': [
		{ field: 'container', need: 'the magazine’s name' },
		{ field: 'published', need: 'the date of the issue' },
	],
	book: [
		{ field: 'publisher', need: 'the publisher' },
		{ field: 'published', need: 'the year of publication' },
	],
	chapter: [
		{ field: 'container', need: 'the book’s title' },
		{ field: 'publisher', need: 'the publisher' },
		{ field: 'published', need: 'the year of publication' },
	],
	report: [
		{ field: 'publisher', need: 'the institution that issued it' },
		{ field: 'published', need: 'the year' },
	],
	webpage: [],
	document: [],
};

/**
 * A work the documents cite, in `content/works/`: as much as the citing text says of it, and no
 * more. Its id is the anchor of its entry on the works-cited page. Unknown fields are errors.
 */
export const workSchema = z
	.strictObject({
		type: z.enum(Object.keys(workTypes) as [WorkType, ...WorkType[]]),
		/** The full title, subtitle included, as the work prints it. */
		title: visibleText,
		authors: z.array(author).default([]),
		/** The journal, newspaper or magazine, or the book a chapter is in. */
		container: z.string().min(1).optional(),
		volume: z.string().min(1).optional(),
		issue: z.string().min(1).optional(),
		/** The work's pages in its container, e.g. `28–47`; not the page a note cites. */
		pages: pageRangeText.optional(),
		publisher: z.string().min(1).optional(),
		place: z.string().min(1).optional(),
		published: partialDate.optional(),
		/** A season in place of a month, as some journals date their issues. */
		season: z.enum(['spring', 'summer', 'autumn', 'winter']).optional(),
		url: z.url({ protocol: /^https?$/ }).optional(),
	})
	.superRefine((work, context) => {
		for (const { field, need } of requiredFields[work.type]) {
			if (work[field] === undefined) {
				context.addIssue({ code: 'custom', path: [field], message: `a citation of a ${workTypes[work.type].toLowerCase()} needs ${need}` });
			}
		}
	});
export type WorkData = z.output<typeof workSchema>;
