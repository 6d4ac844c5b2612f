// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/content-paths.ts';
import { readContentOnce } from './src/lib/content-check/check-content.ts';
import { linkContextOfSnapshot } from './src/lib/link-context.ts';
import { planFilterFromEnv } from './src/lib/plan-filter.ts';
import { siteOrigin } from './src/lib/routes.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';

// The Markdown plugins link sections across plans, so they get the whole
// site's content up front (invalid files are reported by the content check),
// limited to the plans this build publishes (ONLY_PREFECTURES, ONLY_PLANS).
const links = linkContextOfSnapshot((await readContentOnce(contentDir)).content, planFilterFromEnv());

export default defineConfig({
	site: siteOrigin,
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
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
		processor: unified(markdownOptions(links)),
	},
});
