/** The site's name, in every page's title, the feed and the metadata read by other sites. */
export const siteName = 'North Korea Reader';

/** What the site is, in one sentence: the library's description and the feed's. */
export const siteDescription =
	'Scholarly and journalistic writing on North Korea, to read, search and cite: full texts with working footnotes and a link to every section.';

/**
 * The language of the site's own words and, unless a document says otherwise, of its documents
 * (BCP 47): the pages' `lang`, the feed's, the manifest's, the search index's, the order of
 * names. A constant, not a build setting: the site's words are written in it.
 */
export const siteLanguage = 'en';

/** The `lang` a document's element needs: its own language, where it is not the page's (the site's). */
export const langOf = (language: string): string | undefined => (language === siteLanguage ? undefined : language);
