/**
 * Joins the site's base path (Astro's `import.meta.env.BASE_URL`, with or without its trailing
 * slash) and a path inside the site, so every link works when the site lives under `/reader/`.
 */
export function withBase(base: string, path = ''): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return prefix + path.replace(/^\/+/, '');
}

/** Where the documents' pages are. */
export const documentsPath = 'documents/';

/** The page of one document, relative to the base path. */
export const documentPath = (id: string): string => `${documentsPath}${id}/`;

/** The search page, relative to the base path. */
export const searchPath = 'search/';

/** The list of all topics, relative to the base path. */
export const topicsPath = 'topics/';

/** The page of one topic, relative to the base path. */
export const topicPath = (id: string): string => `${topicsPath}${id}/`;

/** Page `page` (from 1) of a list that runs over several pages: the first is at the list's own address. */
export const listPagePath = (path: string, page: number): string => (page === 1 ? path : `${path}${page}/`);

/** The list of the works the documents cite, relative to the base path. */
export const worksCitedPath = 'works-cited/';

/** A work's entry on the works-cited page, relative to the base path. */
export const workPath = (id: string): string => `${worksCitedPath}#${id}`;

/** The pages that list every passage citing a work, relative to the base path. */
export const workCitationsPath = (id: string): string => `${worksCitedPath}${id}/`;

/** A document's page of citations, of the whole and of each section and paragraph, relative to the base path. */
export const citePagePath = (id: string): string => `${documentPath(id)}cite/`;

/** A document's reference as a file for reference managers (`bib`, `ris`, `json`), relative to the base path. */
export const citationFilePath = (id: string, extension: string): string => `${documentPath(id)}citation.${extension}`;

/** The whole library as a file for reference managers, relative to the base path. */
export const libraryFilePath = (extension: string): string => `library.${extension}`;

/** A document as an EPUB book. */
export const documentEpubPath = (id: string): string => `${documentPath(id)}${id}.epub`;

/** The Atom feed of documents, relative to the base path. */
export const feedPath = 'feed.xml';

/** The sitemap's index, which @astrojs/sitemap writes, relative to the base path. */
export const sitemapPath = 'sitemap-index.xml';

/** The web app manifest, which lets the site be installed, and its icon. */
export const manifestPath = 'manifest.webmanifest';
export const iconPath = 'icon.svg';
