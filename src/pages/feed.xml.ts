/**
 * An Atom feed of the library's documents, newest first. Entries are dated by publication, the
 * only date the site knows; the feed is as new as its newest document, so a build that adds
 * nothing changes nothing.
 */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { getLibrary } from '../data/library';
import type { PartialDate } from '../schemas/common';
import { authorName } from '../lib/format';
import { feedPath } from '../lib/paths';
import { siteDescription, siteName } from '../lib/site';
import { absoluteUrl, documentUrl } from '../lib/urls';

/** A date known to the month or year stands for its first day. */
const dateOf = ({ year, month = 1, day = 1 }: PartialDate) => new Date(Date.UTC(year, month - 1, day));

export const GET: APIRoute = async () => {
	const library = await getLibrary();
	const home = absoluteUrl('');
	const feed = new Feed({
		id: home,
		link: home,
		title: siteName,
		description: siteDescription,
		language: 'en',
		// An unsigned entry is attributed to the feed's author, as Atom requires one or the other.
		author: { name: `${siteName} editors`, link: home },
		feedLinks: { atom: absoluteUrl(feedPath) },
		generator: false,
		copyright: 'Each document remains its authors’ and publishers’.',
		...(library[0] && { updated: dateOf(library[0].data.published) }),
	});
	for (const { id, data } of library) {
		const url = documentUrl(id);
		feed.addItem({
			id: url,
			link: url,
			title: data.title,
			date: dateOf(data.published),
			published: dateOf(data.published),
			description: data.summary,
			author: data.authors.map((author) => ({ name: authorName(author) })),
			category: data.keywords.map((keyword) => ({ term: keyword, name: keyword })),
		});
	}
	return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
