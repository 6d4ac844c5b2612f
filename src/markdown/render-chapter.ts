/**
 * Chapter Markdown rendered while its page is written, not compiled into a
 * module per chapter by Astro's bundler: the build's memory then stays flat
 * as the number of chapters grows, and a chapter's HTML always reflects the
 * current glossary and other plans' themes (its links depend on them).
 */
import { createMarkdownProcessor, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownOptions, type MarkdownContext } from './pipeline.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/** `file` locates the chapter (…/plans/<plan>/<chapter>.md) for the plugins that link it to others. */
export async function renderChapter(markdown: string, file: string, context: MarkdownContext): Promise<MarkdownRenderResult> {
	processor ??= createMarkdownProcessor(markdownOptions(context));
	return (await processor).render(markdown, { fileURL: pathToFileURL(path.resolve(file)) });
}
