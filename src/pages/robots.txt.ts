/** Every page may be crawled; the sitemap (by @astrojs/sitemap) lists them. */
import type { APIRoute } from 'astro';
import { sitemapPath } from '../core/site/paths.ts';
import { absoluteUrl } from '../core/site/urls.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath)}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
