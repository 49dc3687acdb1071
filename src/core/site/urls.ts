/**
 * The site's addresses as this build serves them: a path under the base path (`BASE_PATH`), and
 * the absolute address at the public one (`SITE_URL`) for what is read off the site: citations,
 * metadata, the feed, the sitemap. Astro sets both in `import.meta.env`.
 */
import { documentPath, withBase } from './paths.ts';

/** A path of the site (as `lib/paths.ts` names them) under the base path: the `href` of a link to it. */
export const sitePath = (path = ''): string => withBase(import.meta.env.BASE_URL, path);

/** The absolute address of a path of the site, under its base, at its public address. */
export function absoluteUrl(path: string): string {
	return new URL(sitePath(path), import.meta.env.SITE).href;
}

/** The absolute address of a document's page. */
export const documentUrl = (id: string): string => absoluteUrl(documentPath(id));
