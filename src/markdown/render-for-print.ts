/**
 * Chapter Markdown rendered for the whole-plan print page: the document
 * itself (heading ids, footnotes, tables, plan: links) without the reading
 * aids that make no sense on paper (term toggletips, 他県の計画では).
 */
import { createMarkdownProcessor, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { LinkContext } from '../lib/link-context.ts';
import { markdownOptions } from './pipeline.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

export async function renderForPrint(markdown: string, { planLinks, omittedPlans }: Pick<LinkContext, 'planLinks' | 'omittedPlans'>): Promise<MarkdownRenderResult> {
	processor ??= createMarkdownProcessor(markdownOptions({ planLinks, omittedPlans }));
	return (await processor).render(markdown);
}
