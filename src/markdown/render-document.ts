/**
 * Chapter Markdown rendered as the document alone: heading ids, footnotes,
 * tables and plan: links, without the reading aids that belong to the
 * chapter page (term toggletips, 他県の計画では). Used by the whole-plan print
 * page and the version comparison. Given the chapter's file path, paragraphs
 * get the same ids as on the chapter page.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { LinkContext } from '../lib/link-context.ts';
import { markdownOptions } from './pipeline.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

export async function renderDocument(markdown: string, { planLinks, omittedPlans }: Pick<LinkContext, 'planLinks' | 'omittedPlans'>, filePath?: string): Promise<MarkdownRenderResult> {
	processor ??= createMarkdownProcessor(markdownOptions({ planLinks, omittedPlans }));
	return (await processor).render(markdown, filePath ? { fileURL: pathToFileURL(path.resolve(filePath)) } : {});
}
