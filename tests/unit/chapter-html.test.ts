/**
 * A chapter is parsed once for its page and its plan's print page: the print
 * half is the page's tree with the reading aids taken out
 * (rehype-without-reading-aids) and scoped to the chapter. On every real
 * chapter it must be exactly what rendering the document alone gives.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentOnce } from '../../src/lib/content-check/check-content.ts';
import { linkContextOnce } from '../../src/lib/link-context.ts';
import { markdownOptions, markdownProcessor, renderFile } from '../../src/markdown/pipeline.ts';
import { rehypePrintScope } from '../../src/markdown/rehype-print-scope.ts';
import { chapterHtml } from '../../src/markdown/render-markdown.ts';
import { publishedOnly } from '../../src/lib/publication.ts';

const { content } = await readContentOnce(path.resolve('content'));
const site = linkContextOnce(content, publishedOnly);
const documentOptions = markdownOptions({ planLinks: site.planLinks, omittedPlans: site.omittedPlans });
const pageDocument = markdownProcessor(markdownOptions(site));
const printDocument = (chapterName: string) => markdownProcessor({ ...documentOptions, rehypePlugins: [...documentOptions.rehypePlugins, [rehypePrintScope, { planLinks: site.planLinks, chapterName }]] });

describe('chapterHtml', () => {
	const rendered = Promise.all(
		content.chapters.map(async (chapter) => {
			const markdown = chapter.parsed.body?.text ?? '';
			const name = chapter.data.number ?? chapter.data.title;
			return {
				chapter,
				page: await chapterHtml('page', markdown, chapter.file, site, name),
				print: await chapterHtml('print', markdown, chapter.file, site, name),
				expectedPage: await renderFile(pageDocument, markdown, chapter.file),
				expectedPrint: await renderFile(printDocument(name), markdown, chapter.file),
			};
		}),
	);

	it('gives the page its reading aids: the real chapters have terms, 他県の計画では and この箇所の指標', async () => {
		const pages = (await rendered).map((r) => r.page).join('');
		for (const aid of ['class="term"', 'class="related-sections"', 'class="section-indicators"']) expect(pages).toContain(aid);
		for (const { page, expectedPage } of await rendered) expect(page).toBe(expectedPage);
	});

	it('prints every real chapter exactly as the document alone, scoped to its chapter', async () => {
		for (const { chapter, print, expectedPrint } of await rendered) {
			expect(print, `${chapter.planId}/${chapter.id}`).toBe(expectedPrint);
			expect(print).not.toMatch(/class="(term|related-sections|section-indicators)"/);
		}
	});
});
