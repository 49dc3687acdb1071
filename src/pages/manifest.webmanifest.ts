/** The web app manifest: the site installs as an app of its own, which opens at the library. */
import type { APIRoute } from 'astro';
import { iconPath } from '../core/site/paths.ts';
import { siteDescription, siteLanguage, siteName } from '../core/site/site.ts';
import { sitePath } from '../core/site/urls.ts';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: siteName,
			short_name: 'NK Reader',
			description: siteDescription,
			lang: siteLanguage,
			start_url: sitePath(),
			scope: sitePath(),
			display: 'standalone',
			// The light theme's page and the icon's colour (src/styles/tokens.css, src/assets/favicon.svg).
			background_color: '#fdfcf9',
			theme_color: '#7a2e1f',
			icons: [{ src: sitePath(iconPath), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
		}),
		{ headers: { 'content-type': 'application/manifest+json' } },
	);
