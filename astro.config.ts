import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownPipeline } from './src/markdown/pipeline';

// Deployable on any static host: the public address and the path the site lives under come
// from the environment (e.g. SITE_URL=https://example.org BASE_PATH=/reader/).
const { SITE_URL, BASE_PATH } = process.env;

export default defineConfig({
	...(SITE_URL && { site: SITE_URL }),
	base: BASE_PATH || '/',
	markdown: { processor: unified(markdownPipeline) },
	devToolbar: { enabled: false },
});
