// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { devPreviewCheck } from './src/lib/content-check/dev-preview.ts';
import { siteOrigin } from './src/lib/routes.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';

// The authors' preview (npm run dev, npm run preview) asks nothing of other servers, as the build does not (scripts/build.ts):
// no usage telemetry, and no update check, whose notice invites an author to upgrade a tool the lockfile pins.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

export default defineConfig({
	site: siteOrigin,
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// `npm run dev`: the content check on start and on every save, its problems on the pages.
	integrations: [devPreviewCheck()],
	// Astro's toolbar is for the site's developers; on an author's preview it would cover the page's end.
	devToolbar: { enabled: false },
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
