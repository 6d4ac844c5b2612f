/**
 * Chapter Markdown rendered while its page is written, not compiled into a
 * module per chapter by Astro's bundler: the build's memory then stays flat
 * as the number of chapters grows, and a chapter's HTML always reflects the
 * current glossary and other plans' themes (its links depend on them).
 *
 * Two renderings: the chapter page with its reading aids, and the document
 * alone (heading and paragraph ids, footnotes, tables, plan: links, without
 * term toggletips or 他県の計画では) for the print page and version comparison.
 */
import { createMarkdownProcessor, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LinkContext } from '../lib/link-context.ts';
import { markdownOptions, type MarkdownContext } from './pipeline.ts';

type Processor = ReturnType<typeof createMarkdownProcessor>;
let pageProcessor: Processor | undefined;
let documentProcessor: Processor | undefined;

/** `file` locates the chapter (…/plans/<plan>/<chapter>.md) for the plugins that number and link it. */
const located = async (processor: Processor, markdown: string, file: string) =>
	(await processor).render(markdown, { fileURL: pathToFileURL(path.resolve(file)) });

export function renderChapter(markdown: string, file: string, context: MarkdownContext): Promise<MarkdownRenderResult> {
	pageProcessor ??= createMarkdownProcessor(markdownOptions(context));
	return located(pageProcessor, markdown, file);
}

export function renderDocument(markdown: string, file: string, { planLinks, omittedPlans }: Pick<LinkContext, 'planLinks' | 'omittedPlans'>): Promise<MarkdownRenderResult> {
	documentProcessor ??= createMarkdownProcessor(markdownOptions({ planLinks, omittedPlans }));
	return located(documentProcessor, markdown, file);
}
