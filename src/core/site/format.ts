import type { Author, PartialDate } from '../../schemas/common.ts';
import type { DocumentData, Publication } from '../../schemas/document.ts';
import { documentKinds } from '../../schemas/document.ts';

export const authorName = (author: Author): string => (author.type === 'person' ? `${author.given} ${author.family}` : author.name);

/** "Andrei Lankov", "A and B", "A, B and C"; an empty list is an unsigned piece. */
export function authorList(authors: readonly Author[]): string {
	const names = authors.map(authorName);
	if (names.length === 0) return 'Unsigned';
	return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Where an author stood: a person's affiliation or an organization's place. */
export const authorDetail = (author: Author): string | undefined => (author.type === 'person' ? author.affiliation : author.place);

const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** A date as precise as it is known: "2006", "January 2006" or "14 April 2013". */
export function formatDate(date: PartialDate): string {
	const month = date.month ? monthNames[date.month - 1] : undefined;
	return [date.day, month, date.year].filter((part) => part !== undefined).join(' ');
}

/** What follows the periodical's name: "no. 1, pp. 95–121" / "issue 301". */
export function publicationDetails({ volume, number, issue, pages }: Publication): string {
	const pageLabel = pages && /[–-]/.test(pages) ? 'pp.' : 'p.';
	return [volume && `vol. ${volume}`, number && `no. ${number}`, issue && `issue ${issue}`, pages && `${pageLabel} ${pages}`]
		.filter(Boolean)
		.join(', ');
}

/** "The National Bureau of Asian Research, Seattle" */
export const formatPublisher = ({ publisher, place }: Publication): string | undefined =>
	publisher ? [publisher, place].filter(Boolean).join(', ') : undefined;

/** The title with its subtitle, as a citation gives it: "Title: Subtitle". */
export const fullTitle = ({ title, subtitle }: Pick<DocumentData, 'title' | 'subtitle'>): string =>
	subtitle ? `${title}: ${subtitle}` : title;

export const kindLabel = (data: Pick<DocumentData, 'kind'>): string => documentKinds[data.kind];

export const readingTimeLabel = (minutes: number): string => `${minutes} min read`;

/** Newest first; a date known only to the month or year sorts after the days within it. */
export const byNewest = (a: { published: PartialDate }, b: { published: PartialDate }): number =>
	b.published.iso.localeCompare(a.published.iso);

/** "1 passage", "3 passages". */
export const countOf = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * A topic's other spellings worth naming beside its name: not those its name already shows as a
 * word or words ("famine" in "North Korean famine"), in any case.
 */
export const otherSpellings = (name: string, aliases: readonly string[]): string[] =>
	aliases.filter(
		(alias) => !new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(name),
	);
