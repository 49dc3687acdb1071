/** Where a link of a document's text leads from an EPUB book. */

export interface BookLinks {
	/** The absolute address of the document's page, which the link is read from. */
	page: string;
	/** Where the documents' pages are, under the base: e.g. `/reader/documents/`. */
	documentsPath: string;
	/** The documents the book holds, by id. */
	inBook: ReadonlySet<string>;
	/** A document's file in the book. */
	chapterFile: (id: string) => string;
}

/**
 * A link into the book, for a document it holds (its page, or a passage of it); else the link's
 * absolute address on the site or elsewhere. Relative links (`../other/#p-2`) are read from the
 * document's page, as a browser reads them there.
 */
export function bookLink(href: string, { page, documentsPath, inBook, chapterFile }: BookLinks): string {
	const url = new URL(href, page);
	const onSite = url.origin === new URL(page).origin && url.pathname.startsWith(documentsPath);
	const [, id] = (onSite && /^([^/]+)\/$/.exec(url.pathname.slice(documentsPath.length))) || [];
	return id && inBook.has(id) ? `${chapterFile(id)}${url.hash}` : url.href;
}
