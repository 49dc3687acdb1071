/** What a document's publication says of where to find it: whether it is a periodical, its issue and its pages. */
import type { Publication } from '../../schemas/document.ts';

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
