/** The frontmatter of a document in `content/documents/`: its kind, authors, publication and the editors' apparatus. */
import { z } from 'astro/zod';
import { siteLanguage } from '../core/site/site.ts';
import { author, languageTag, pageRangeText, partialDate, visibleText } from './common.ts';

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

const publication = z.strictObject({
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

/**
 * The frontmatter of a document in `content/documents/`. Unknown fields are errors, not ignored,
 * and so is a missing fact its citations cannot do without.
 */
export const documentSchema = z
	.strictObject({
		title: visibleText,
		subtitle: visibleText.optional(),
		/** An empty list means the piece is unsigned; it must still be written out. */
		authors: z.array(author),
		kind: z.enum(Object.keys(documentKinds) as [DocumentKind, ...DocumentKind[]]),
		publication,
		published: partialDate,
		/** Where the piece was first published online, when it was. */
		url: z.url({ protocol: /^https?$/ }).optional(),
		keywords: z.array(z.string().min(1)).default([]),
		/**
		 * The language of the text (BCP 47), where it is not the site's: browsers, screen readers,
		 * hyphenation and the fonts follow it. A passage or a name in another language is marked in
		 * the text, `<span lang="ko">`.
		 */
		language: languageTag.default(siteLanguage),
		/** The editors' summary, shown as theirs, never as the author's. */
		summary: visibleText,
		/** For an excerpt: the editors' note that says where the source goes on. */
		excerpt: visibleText.optional(),
		/**
		 * The editors' description of the latest change to the text, which publishes it as a new
		 * version (src/build/versions/versions.ts): "Restored the paragraph on the famine from the printed page."
		 */
		revision: visibleText.optional(),
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
