// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/content-paths.ts';
import { readContent } from './src/lib/content-check/check-content.ts';
import { crossLinksFromRecords } from './src/lib/cross-links.ts';
import { glossaryLinks } from './src/lib/glossary-links.ts';
import { planLinkIndex } from './src/lib/plan-links.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';

// The Markdown plugins link sections across plans, so they get the whole
// site's content up front (invalid files are reported by the content check).
const { content } = await readContent(contentDir);
const glossary = glossaryLinks(
	content.glossary.map((g) => ({ id: g.id, data: g.data, body: g.parsed.body?.text ?? '' })),
	content.plans,
);
const crossLinks = crossLinksFromRecords({ ...content, terms: glossary.matcher });

export default defineConfig({
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	build: { format: 'directory' },
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
		processor: unified(markdownOptions({ crossLinks, glossary, planLinks: planLinkIndex(content.chapters, content.planFolders) })),
	},
});
