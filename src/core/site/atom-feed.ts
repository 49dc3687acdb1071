/**
 * The Atom feed of the library's documents, newest first, and of each new version of their text.
 * A document's entry is dated by its publication, a version's by the build that published it; the
 * feed is as new as its newest entry, so a build that adds nothing changes nothing. Titles and summaries are text: the feed library declares them
 * `type="html"`, so they are given as HTML that shows them as written ("A & B", "<i>"), never
 * as markup a reader would apply.
 */
import { Feed } from 'feed';
import type { PartialDate } from '../../schemas/common.ts';
import type { DocumentData } from '../../schemas/document.ts';
import { authorName } from './format.ts';
import { htmlText } from '../citations/html-text.ts';
import { siteDescription, siteLanguage, siteName } from './site.ts';

/** A date known to the month or year stands for its first day. */
const dateOf = ({ year, month = 1, day = 1 }: PartialDate) => new Date(Date.UTC(year, month - 1, day));

/** A new version of a document's text, which the feed announces with the editors' note. */
interface FeedVersion {
	number: number;
	/** The day it was published, `YYYY-MM-DD`. */
	date: string;
	revision: string;
	/** Its own address. */
	url: string;
}

export interface FeedDocument {
	url: string;
	data: DocumentData;
	/** Its versions after the first, if its text has had any. */
	versions?: readonly FeedVersion[];
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** When the feed last changed: its newest document's date, or a later version's. */
const newest = (documents: readonly FeedDocument[]) =>
	new Date(
		Math.max(
			...documents.map(({ data, versions = [] }) =>
				Math.max(dateOf(data.published).getTime(), ...versions.map(({ date }) => dayOf(date).getTime())),
			),
		),
	);

/** The feed of `documents` (newest first), at `feedUrl`, for the site at `home`. */
export function atomFeed(documents: readonly FeedDocument[], home: string, feedUrl: string): string {
	const feed = new Feed({
		id: home,
		link: home,
		title: siteName,
		description: siteDescription,
		language: siteLanguage,
		// An unsigned entry is attributed to the feed's author, as Atom requires one or the other.
		author: { name: `${siteName} editors`, link: home },
		feedLinks: { atom: feedUrl },
		generator: false,
		copyright: 'Each document remains its authors’ and publishers’.',
		...(documents[0] && { updated: newest(documents) }),
	});
	for (const { url, data } of documents) {
		feed.addItem({
			id: url,
			link: url,
			title: htmlText(data.title),
			date: dateOf(data.published),
			published: dateOf(data.published),
			description: htmlText(data.summary),
			author: data.authors.map((author) => ({ name: authorName(author) })),
			category: data.keywords.map((keyword) => ({ term: keyword, name: keyword })),
		});
	}
	// Each new version of a text is an entry of its own, at its own address, dated by the build that published it.
	for (const { data, versions = [] } of documents) {
		for (const { number, date, revision, url } of versions) {
			feed.addItem({
				id: url,
				link: url,
				title: htmlText(`${data.title} (version ${number})`),
				date: dayOf(date),
				published: dayOf(date),
				description: htmlText(`Version ${number}: ${revision}`),
				author: data.authors.map((author) => ({ name: authorName(author) })),
			});
		}
	}
	return feed.atom1();
}
