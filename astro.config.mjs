// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/pipeline.ts';

export default defineConfig({
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	build: { format: 'directory' },
	vite: {
		// Scripts stay external files: Vite's preload helper for the search page's
		// dynamic import of Pagefind breaks when Astro inlines a script.
		build: { assetsInlineLimit: 0 },
	},
	markdown: {
		processor: unified(markdownOptions),
	},
});
