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
