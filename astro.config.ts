import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';
import { markdownPipeline } from './src/markdown/pipeline';

// Deployable on any static host: the public address and the path the site lives under come
// from the environment (e.g. SITE_URL=https://example.org BASE_PATH=/reader/).
const { SITE_URL, BASE_PATH } = process.env;

export default defineConfig({
	...(SITE_URL && { site: SITE_URL }),
	base: BASE_PATH || '/',
	// Every page is a folder's index.html: link to it as such (`/2/`, not `/2`, which costs hosts a redirect).
	trailingSlash: 'always',
	markdown: { processor: unified(markdownPipeline) },
	// One cached stylesheet for every page, and no inline <style> for the CSP to allow. (The CSP is
	// src/lib/security.ts; Astro's own `security.csp` would also allow its unused hydration scripts.)
	build: { inlineStylesheets: 'never' },
	integrations: [pagefindIndex(), securityHeaders()],
	devToolbar: { enabled: false },
});
