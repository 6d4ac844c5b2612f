/**
 * The Markdown pipeline shared by the pages (render-markdown.ts; without the
 * site's links also astro.config.mjs) and the content check (scripts/check.ts),
 * so both see the same heading ids and the same errors. Plugins that link across the site take the site's cross-link data
 * as context; without it (the check, plugin tests) they are left out.
 */
import type { AstroMarkdownOptions, RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { markdownSyntax } from './syntax.ts';
import { VFile } from 'vfile';
import { opinionRowId } from '../lib/consultations.ts';
import type { LinkContext } from '../lib/link-context.ts';
import { footnoteIdPrefix } from '../lib/page-ids.ts';
import { routes } from '../lib/routes.ts';
import { rehypeEnglishPhrases } from './rehype-english-phrases.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeFootnotes } from './rehype-footnotes.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHeadingPhrases } from './rehype-heading-phrases.ts';
import { rehypeLocalResources } from './rehype-local-resources.ts';
import { rehypeOwnListMarkers } from './rehype-own-list-markers.ts';
import { rehypeRawWhereNeeded } from './rehype-raw-where-needed.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { rehypeRelatedSections } from './rehype-related-sections.ts';
import { rehypeSectionIndicators } from './rehype-section-indicators.ts';
import { rehypeSectionOpinions } from './rehype-section-opinions.ts';
import { rehypeTables } from './rehype-tables.ts';
import { remarkEditorialNotes } from './remark-editorial-notes.ts';
import { remarkGlossaryTerms } from './remark-glossary-terms.ts';
import { remarkHeadingIds } from './remark-heading-ids.ts';
import { remarkPlanLinks } from './remark-plan-links.ts';
import { remarkSiteFiles } from './remark-site-files.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** Whatever of the site's link context a render needs; plugins without theirs are left out. */
export type MarkdownContext = Partial<LinkContext>;

/** The remark plugins that shape the document (ids, notes): also run by the content check. */
export const remarkPlugins = [remarkHeadingIds, remarkEditorialNotes];

export function markdownOptions(context: MarkdownContext = {}) {
	const related: RehypePlugins = context.crossLinks
		? [[rehypeRelatedSections, { crossLinks: context.crossLinks, sectionUrl: (plan: string, chapter: string, section: string) => `${routes.chapter(plan, chapter)}#${section}`, themeUrl: routes.theme }]]
		: [];
	const sectionIndicators: RehypePlugins = context.indicators ? [[rehypeSectionIndicators, { indicators: context.indicators, indicatorUrl: routes.indicator }]] : [];
	const sectionOpinions: RehypePlugins = context.opinions
		? [[rehypeSectionOpinions, { opinions: context.opinions, resultUrl: (consultation: string, number: number) => `${routes.consultationResults(consultation)}#${opinionRowId(number)}` }]]
		: [];
	const glossaryTerms: RemarkPlugins = context.glossaryLinks ? [[remarkGlossaryTerms, context.glossaryLinks]] : [];
	const planLinks: RemarkPlugins = context.planLinks ? [[remarkPlanLinks, { index: context.planLinks, omitted: context.omittedPlans }]] : [];
	return {
		// The syntax first, here rather than Astro's gfm option: the page pipeline and Astro's processor read alike.
		remarkPlugins: [...markdownSyntax, ...remarkPlugins, remarkSiteFiles, ...planLinks, ...glossaryTerms] as RemarkPlugins,
		// Raw HTML is parsed and passed through the allow-list before any of our
		// rehype plugins add what the schema would strip (permalinks, phrase spans, rel).
		// Lists are marked before the plugins that add the site's own lists (他県の計画では, この箇所の指標).
		// Under a heading, the opinions about it come before 他県の計画では (rehype-section-opinions.ts).
		rehypePlugins: [rehypeRawWhereNeeded, [rehypeSanitize, sanitizeSchema], rehypeLocalResources, rehypeExternalLinks, rehypeFootnotes, rehypeOwnListMarkers, rehypeParagraphIds, rehypeHeadingAnchors, rehypeHeadingPhrases, rehypeTables, ...related, ...sectionOpinions, ...sectionIndicators, rehypeEnglishPhrases],
		remarkRehype: {
			clobberPrefix: footnoteIdPrefix,
			footnoteLabel: '脚注',
			footnoteLabelProperties: { className: ['footnotes-heading'] },
			footnoteBackLabel: '本文の参照箇所に戻る',
		},
		gfm: false,
		// Plans hold no code; Shiki's inline styles would need style-src 'unsafe-inline' in the CSP.
		syntaxHighlight: false,
		// Official text is published verbatim: no curly quotes or dash rewriting.
		smartypants: false,
	} satisfies AstroMarkdownOptions;
}

/**
 * The content pipeline as a plain unified processor (Markdown in, HTML out).
 * Not Astro's createMarkdownProcessor: on top of the same plugins it collects
 * headings and images and runs rehype-raw over every document, about a fifth
 * of the rendering time; the pages take their headings from the content
 * check's outline, and rehype-raw runs only where there is raw HTML.
 */
export function markdownProcessor(options: ReturnType<typeof markdownOptions>) {
	return unified()
		.use(remarkParse)
		// Astro's list types also allow plugin names; ours hold the plugins themselves.
		.use(options.remarkPlugins as PluggableList)
		.use(remarkRehype, { allowDangerousHtml: true, ...options.remarkRehype })
		.use(options.rehypePlugins as PluggableList)
		.use(rehypeStringify, { allowDangerousHtml: true })
		.freeze();
}

/** Renders Markdown read from `file`: the path tells the plugins which plan and chapter it is (…/plans/<plan>/<chapter>.md). */
export async function renderFile(processor: ReturnType<typeof markdownProcessor>, markdown: string, file: string): Promise<string> {
	return String(await processor.process(new VFile({ value: markdown, path: file })));
}
