/**
 * The Markdown pipeline shared by Astro (astro.config.mjs) and the content
 * check (scripts/check.ts), so both see the same heading ids and the same errors.
 */
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';

export const markdownOptions = {
	remarkPlugins: [remarkHeadingIds],
	rehypePlugins: [rehypeHeadingAnchors],
	gfm: true,
	// Official text is published verbatim: no curly quotes or dash rewriting.
	smartypants: false,
} satisfies AstroMarkdownOptions;
