/** Absolute addresses of the site's pages, for what is read off the site: citations, metadata, the feed, the sitemap. */
import { documentPath, withBase } from './lib/paths';

/** The absolute address of a path of the site, under its base, at its public address (`SITE_URL`). */
export function absoluteUrl(path: string): string {
	return new URL(withBase(import.meta.env.BASE_URL, path), import.meta.env.SITE).href;
}

/** The absolute address of a document's page. */
export const documentUrl = (id: string): string => absoluteUrl(documentPath(id));
