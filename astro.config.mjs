// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { devPreviewCheck } from './src/lib/content-check/dev-preview.ts';
import { siteOrigin } from './src/lib/routes.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';

export default defineConfig({
	site: siteOrigin,
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// `npm run dev`: the content check on start and on every save, its problems on the pages.
	integrations: [devPreviewCheck()],
	// Stylesheets stay files, never inline <style>: the CSP allows styles from 'self' only.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: {
		// Scripts stay external files: Vite's preload helper for the search page's
		// dynamic import of Pagefind breaks when Astro inlines a script.
		build: {
			assetsInlineLimit: 0,
			rollupOptions: {
				// Markdown rendered on demand (deferRender) carries Astro's own module directive; the warning is noise.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
	markdown: {
		syntaxHighlight: false,
		// Content Markdown is rendered by src/markdown/render-markdown.ts with the site's
		// links; this processor, without them, is for any other Markdown Astro meets.
		processor: unified(markdownOptions()),
	},
});
