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

/** A version of a document (`2` for its second), at its own address, relative to the base path. */
export const versionPath = (id: string, version: number): string => `${documentPath(id)}v${version}/`;

/** The list of a document's versions and what each changed, relative to the base path. */
export const versionsPath = (id: string): string => `${documentPath(id)}versions/`;

/** A passage's entry in that list: what version `version` did to it. */
export const versionChangeId = (version: number, passage: string): string => `v${version}-${passage}`;

/**
 * Where a citation of a document's current text leads: the current version's own address, which
 * keeps its words when a later version comes, once there is more than one; until then the
 * document's, which is version 1's (its later pages say how a passage cited there has changed).
 */
export const citedVersionPath = (id: string, current: number): string => (current > 1 ? versionPath(id, current) : documentPath(id));

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

/** How the reader's notes cite a document (src/core/notes/note.ts, `NotedDocument`), relative to the base path. */
export const noteCitationPath = (id: string): string => `${documentPath(id)}note-citation.json`;

/** The reader's notebook: their notes and highlights, kept in their browser. */
export const notesPath = 'notes/';

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
