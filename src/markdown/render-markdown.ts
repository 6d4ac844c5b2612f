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
 * A chapter is parsed once for its page and its plan's print page.
 */
import path from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { LinkContext } from '../lib/link-context.ts';
import { entryScopedId } from '../lib/page-ids.ts';
import { entryKey } from '../lib/cache-keys.ts';
import { renderCacheOfBuild } from '../lib/render-cache.ts';
import { chapterOfFile } from './chapter-file.ts';
import { chapterInputs } from './chapter-inputs.ts';
import { lowerHeading } from './heading-level.ts';
import { markdownOptions, markdownProcessor, type MarkdownContext, renderFile } from './pipeline.ts';
import { rehypePrintScope } from './rehype-print-scope.ts';
import { rehypeWithoutReadingAids } from './rehype-without-reading-aids.ts';
import { scopeElementIds } from './scoped-ids.ts';

type Processor = ReturnType<typeof markdownProcessor>;
let pageProcessor: Processor | undefined;
let documentProcessor: Processor | undefined;

/** A text run through the page pipeline (its file path tells the plugins whether it is a chapter), to change before it is serialised. */
async function pageTree(markdown: string, file: string, context: MarkdownContext) {
	pageProcessor ??= markdownProcessor(markdownOptions(context));
	const processor = pageProcessor;
	const vfile = new VFile({ value: markdown, path: path.resolve(file) });
	const tree = (await processor.run(processor.parse(vfile), vfile)) as Root;
	return { tree, vfile, stringify: () => processor.stringify(tree, vfile) };
}

/**
 * An entry's text for the page that shows it, its ids under the entry's name
 * (entryScopedId): the page's own ids, and other entries' on the same page,
 * stay given once. `underHeading` is the level of the heading the page puts
 * the text under (an indicator's h2): the text's own headings, 脚注 too,
 * start one level below it. Without it they start at h2.
 */
export async function renderEntryText(markdown: string, file: string, entryName: string, context: MarkdownContext, underHeading = 1): Promise<string> {
	const { tree, stringify } = await pageTree(markdown, file, context);
	visit(tree, 'element', (node) => {
		scopeElementIds(node, (id) => entryScopedId(entryName, id));
		lowerHeading(node, underHeading - 1);
	});
	return stringify();
}

type DocumentContext = Pick<LinkContext, 'planLinks' | 'omittedPlans'>;

export function renderDocument(markdown: string, file: string, { planLinks, omittedPlans }: DocumentContext): Promise<string> {
	documentProcessor ??= markdownProcessor(markdownOptions({ planLinks, omittedPlans }));
	return renderFile(documentProcessor, markdown, path.resolve(file));
}

interface ChapterHtml {
	/** The chapter page's HTML, with its reading aids. */
	page: string;
	/** The document alone, scoped to its chapter (rehype-print-scope), to sit beside the plan's other chapters on the print page. */
	print: string;
}

const withoutReadingAids = rehypeWithoutReadingAids();

/**
 * Both renderings of a chapter from one parse: the page's tree is serialised,
 * then stripped of its reading aids and scoped for print. In a rebuild, a
 * chapter whose Markdown and inputs (chapterInputs) are unchanged is read
 * back from the build's render cache instead.
 */
async function renderChapter(markdown: string, file: string, context: LinkContext, chapterName: string): Promise<ChapterHtml> {
	const chapter = chapterOfFile(new VFile({ path: path.resolve(file) }));
	const cache = renderCacheOfBuild();
	const key = cache && chapter && entryKey(chapter.planId, chapter.chapterId, markdown, `${chapterInputs(context, chapter.planId, chapter.chapterId)}\n${chapterName}`);
	const cached = key ? await cache.get<ChapterHtml>(key) : undefined;
	if (cached) return cached;
	const { tree, vfile, stringify } = await pageTree(markdown, file, context);
	const page = stringify();
	withoutReadingAids(tree);
	rehypePrintScope({ planLinks: context.planLinks, chapterName })(tree, vfile);
	const rendered = { page, print: stringify() };
	if (key) await cache.set(key, rendered);
	return rendered;
}

/**
 * Renderings waiting for their second reader: the chapter page and the plan's
 * print page each take their half once, and the entry is dropped. Keyed by the
 * Markdown too, so an edit under `astro dev` is never served from here.
 */
const waiting = new Map<string, { rendered: Promise<ChapterHtml>; readers: number }>();

/** `chapterName`: how the print page names the chapter in its links' names (第２章), where every chapter has its 第１節. */
export async function chapterHtml(part: keyof ChapterHtml, markdown: string, file: string, context: LinkContext, chapterName: string): Promise<string> {
	const key = `${file}\n${markdown}`;
	let entry = waiting.get(key);
	if (!entry) {
		entry = { rendered: renderChapter(markdown, file, context, chapterName), readers: 2 };
		waiting.set(key, entry);
	}
	if (--entry.readers === 0) waiting.delete(key);
	return (await entry.rendered)[part];
}
