/**
 * Joins the site's base path (Astro's `import.meta.env.BASE_URL`, with or without its trailing
 * slash) and a path inside the site, so every link works when the site lives under `/reader/`.
 */
export function withBase(base: string, path = ''): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return prefix + path.replace(/^\/+/, '');
}

/** The page of one document, relative to the base path. */
export const documentPath = (id: string): string => `documents/${id}/`;

/** The search page, relative to the base path. */
export const searchPath = 'search/';

/** The list of all topics, relative to the base path. */
export const topicsPath = 'topics/';

/** The page of one topic, relative to the base path. */
export const topicPath = (id: string): string => `${topicsPath}${id}/`;

/** The list of the works the documents cite, relative to the base path. */
export const worksCitedPath = 'works-cited/';

/** A work's entry on the works-cited page, relative to the base path. */
export const workPath = (id: string): string => `${worksCitedPath}#${id}`;
