import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pageSizeCap from './src/integrations/page-size-cap.ts';
import plainLazyImports from './src/integrations/plain-lazy-imports.ts';
import { deployment, localSite } from './src/core/site/deployment.ts';
import { securityHeaders } from './src/build/security.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { settingsSchema } from './src/schemas/settings.ts';

// Deployable on any static host (src/core/site/deployment.ts).
const { site, base, addressed } = deployment();
// Canonical links, citations, the feed and the sitemap need an absolute address.
if (!addressed && process.argv.includes('build')) {
	console.warn(
		`SITE_URL is not set: canonical links, citations, the feed and the sitemap name ${localSite}. Set it to the public address for a deployment.`,
	);
}

export default defineConfig({
	site,
	base,
	// Every page is a folder's index.html: link to it as such (`/2/`, not `/2`, which costs hosts a redirect).
	trailingSlash: 'always',
	// The texts are prose: no code to highlight, so no highlighter to load.
	markdown: { processor: unified(markdownPipeline), syntaxHighlight: false },
	// One cached stylesheet for every page, and no inline <style> for the CSP to allow. (The CSP is
	// src/build/security.ts; Astro's own `security.csp` would also allow its unused hydration scripts.)
	build: { inlineStylesheets: 'never' },
	// The citation pages and the earlier versions of each document are reached from it; the sitemap
	// lists the pages worth finding, the current text among them.
	integrations: [
		// Each page's script imports what it loads lazily without Vite's preload wrapper.
		plainLazyImports(),
		sitemap({ filter: (page) => !/\/documents\/[^/]+\/(?:cite\/(?:\d+\/)?|v\d+\/)$/.test(page) }),
		// No page that lists things reaches 200 KB of HTML: the build stops, naming it.
		pageSizeCap(),
		// The search index, the offline copy and `_headers` are written after Astro's process has
		// ended (scripts/build.ts, src/after-build/).
	],
	// `npm start` serves the build with the headers `_headers` gives hosts (the dev server's pages
	// carry a CSP of their own, which allows its module reloading).
	server: ({ command }) => (command === 'preview' ? { headers: securityHeaders } : {}),
	// The build's settings from its environment, checked (src/schemas/settings.ts), read through `astro:env/server`.
	env: { schema: settingsSchema },
	devToolbar: { enabled: false },
});
