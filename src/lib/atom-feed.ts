/**
 * The Atom feed of the library's documents, newest first. Entries are dated by publication, the
 * only date the site knows; the feed is as new as its newest document, so a build that adds
 * nothing changes nothing. Titles and summaries are text: the feed library declares them
 * `type="html"`, so they are given as HTML that shows them as written ("A & B", "<i>"), never
 * as markup a reader would apply.
 */
import { Feed } from 'feed';
import type { PartialDate } from '../schemas/common';
import type { DocumentData } from '../schemas/document';
import { authorName } from './format';
import { htmlText } from './html-text';
import { siteDescription, siteName } from './site';

/** A date known to the month or year stands for its first day. */
const dateOf = ({ year, month = 1, day = 1 }: PartialDate) => new Date(Date.UTC(year, month - 1, day));

export interface FeedDocument {
	url: string;
	data: DocumentData;
}

/** The feed of `documents` (newest first), at `feedUrl`, for the site at `home`. */
export function atomFeed(documents: readonly FeedDocument[], home: string, feedUrl: string): string {
	const feed = new Feed({
		id: home,
		link: home,
		title: siteName,
		description: siteDescription,
		language: 'en',
		// An unsigned entry is attributed to the feed's author, as Atom requires one or the other.
		author: { name: `${siteName} editors`, link: home },
		feedLinks: { atom: feedUrl },
		generator: false,
		copyright: 'Each document remains its authors’ and publishers’.',
		...(documents[0] && { updated: dateOf(documents[0].data.published) }),
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
	return feed.atom1();
}
