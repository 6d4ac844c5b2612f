/**
 * The Markdown pipeline shared by Astro (astro.config.mjs) and the content
 * check (scripts/check.ts), so both see the same heading ids and the same errors.
 */
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { rehypeFootnoteNumbers } from './rehype-footnote-numbers.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeTables } from './rehype-tables.ts';
import { remarkEditorialNotes } from './remark-editorial-notes.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';

export const markdownOptions = {
	remarkPlugins: [remarkHeadingIds, remarkEditorialNotes],
	rehypePlugins: [rehypeFootnoteNumbers, rehypeHeadingAnchors, rehypeTables],
	remarkRehype: {
		footnoteLabel: '脚注',
		footnoteLabelProperties: { className: ['footnotes-heading'] },
		footnoteBackLabel: '本文の参照箇所に戻る',
	},
	gfm: true,
	// Official text is published verbatim: no curly quotes or dash rewriting.
	smartypants: false,
} satisfies AstroMarkdownOptions;
