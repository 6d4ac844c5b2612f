/**
 * Where an author fixes a broken link the build found on a page: the content
 * file the page is made from (a chapter, a glossary term, a theme, a
 * consultation, an indicator or evaluation table on its plan's indicator
 * page) and the first line of it that holds the address. Undefined for pages
 * not made from content files: the link is then the site's, not the content's.
 */
import path from 'node:path';
import type { ContentFile, ContentSnapshot } from './content-check/check-content.ts';
import type { BrokenLink } from './link-check.ts';
import { messages } from './messages.ts';
import { printScopedId } from './page-ids.ts';

type PageSource = [
	page: RegExp,
	/** The content files the page is made from, most likely first. */
	files: (content: ContentSnapshot, match: RegExpExecArray) => Array<ContentFile<unknown>>,
	/** The address as the file has it, where the page changes it. */
	written?: (href: string, file: ContentFile<unknown>) => string,
];

/** Where each page's links come from. */
const pageSources: PageSource[] = [
	// The print page is the plan's chapters one after another, each chapter's ids under its prefix (#s1 → #ch1-s1).
	[
		/^plans\/([^/]+)\/print\/index\.html$/,
		(c, [, plan]) => c.chapters.filter((f) => f.planId === plan),
		(href, chapter) => (href.startsWith(`#${printScopedId(chapter.id, '')}`) ? `#${href.slice(printScopedId(chapter.id, '').length + 1)}` : href),
	],
	[/^plans\/([^/]+)\/indicators\/index\.html$/, (c, [, plan]) => [...c.indicators, ...c.evaluations].filter((f) => f.planId === plan)],
	[/^plans\/([^/]+)\/([^/]+)\/index\.html$/, (c, [, plan, chapter]) => c.chapters.filter((f) => f.planId === plan && f.id === chapter)],
	[/^glossary\/([^/]+)\/index\.html$/, (c, [, id]) => c.glossary.filter((f) => f.id === id)],
	[/^themes\/([^/]+)\/index\.html$/, (c, [, id]) => c.themes.filter((f) => f.id === id)],
	[/^consultations\/([^/]+)\/index\.html$/, (c, [, id]) => c.consultations.filter((f) => f.id === id)],
];

/** `page` is relative to the site folder (plans/x/ch1/index.html). */
export function brokenLinkSource(page: string, href: string, content: ContentSnapshot): { file: string; line: number | undefined; href: string } | undefined {
	for (const [pattern, find, written = (address: string) => address] of pageSources) {
		const match = pattern.exec(page.split('\\').join('/'));
		const sources = match ? find(content, match) : [];
		for (const source of sources) {
			const address = written(href, source);
			const parts = [{ text: source.parsed.yaml, line: source.parsed.yamlLine }, ...(source.parsed.body ? [source.parsed.body] : [])];
			for (const part of parts) {
				const index = part.text.split('\n').findIndex((line) => line.includes(address));
				if (index !== -1) return { file: source.file, line: part.line + index, href: address };
			}
		}
		if (sources.length === 1) return { file: sources[0]!.file, line: undefined, href };
		if (match) return undefined;
	}
	return undefined;
}

/**
 * What the build prints for the broken links its link check found: each at
 * the content file and line it came from (else at the page), once, though
 * the print page repeats its chapters.
 */
export function brokenLinkReport(broken: BrokenLink[], content: ContentSnapshot, projectRoot = process.cwd()): string[] {
	const lines = new Set<string>();
	for (const link of broken) {
		const source = brokenLinkSource(link.page, link.href, content);
		const where = source ? `${path.relative(projectRoot, source.file)}${source.line ? `:${source.line}` : ''}` : link.page;
		lines.add(`${where}: ${messages.brokenLink(source?.href ?? link.href, link.reason === 'missing-fragment' ? 'fragment' : 'page', source ? undefined : `/${link.page.replace(/index\.html$/, '')}`)}`);
	}
	return [...lines];
}
