/**
 * Content Markdown rendered while its page is written, not compiled into a
 * module per file by Astro's bundler: the build's memory then stays flat
 * as the number of chapters grows, and the HTML always reflects the current
 * glossary and other plans' themes (its links depend on them). The site's link
 * context reaches the plugins here, never through astro.config: Astro keeps
 * its config as JSON in the content cache, so the whole site's links would be
 * serialised into every build and any content edit would read as a config
 * change that empties the cache.
 *
 * Two renderings: the page with its reading aids, and the document alone
 * (heading and paragraph ids, footnotes, tables, plan: links, without term
 * toggletips or 他県の計画では) for the print page and version comparison.
 */
import path from 'node:path';
import type { LinkContext } from '../lib/link-context.ts';
import { markdownOptions, markdownProcessor, type MarkdownContext, renderFile } from './pipeline.ts';
import { rehypePrintScope } from './rehype-print-scope.ts';

type Processor = ReturnType<typeof markdownProcessor>;
let pageProcessor: Processor | undefined;
let documentProcessor: Processor | undefined;
let printProcessor: Processor | undefined;

const located = (processor: Processor, markdown: string, file: string) => renderFile(processor, markdown, path.resolve(file));

/** The page's HTML: the document with its reading aids (terms, 他県の計画では, the section's indicators). */
export function renderMarkdown(markdown: string, file: string, context: MarkdownContext): Promise<string> {
	pageProcessor ??= markdownProcessor(markdownOptions(context));
	return located(pageProcessor, markdown, file);
}

type DocumentContext = Pick<LinkContext, 'planLinks' | 'omittedPlans'>;

export function renderDocument(markdown: string, file: string, { planLinks, omittedPlans }: DocumentContext): Promise<string> {
	documentProcessor ??= markdownProcessor(markdownOptions({ planLinks, omittedPlans }));
	return located(documentProcessor, markdown, file);
}

/** The document scoped to its chapter (rehype-print-scope), to sit beside the plan's other chapters on the print page. */
export function renderDocumentForPrint(markdown: string, file: string, { planLinks, omittedPlans }: DocumentContext): Promise<string> {
	if (!printProcessor) {
		const options = markdownOptions({ planLinks, omittedPlans });
		printProcessor = markdownProcessor({ ...options, rehypePlugins: [...options.rehypePlugins, rehypePrintScope] });
	}
	return located(printProcessor, markdown, file);
}
