/**
 * Where an author fixes a broken link the build found on a page: the content
 * file the page is made from (a chapter, a glossary term, a theme, a
 * consultation, an indicator or evaluation table on its plan's indicator
 * page) and the line the link is written on (content-links.ts's texts and their
 * links, so pages and lines are found as the content check finds them). Undefined for pages
 * not made from content files: the link is then the site's, not the content's.
 */
import path from 'node:path';
import type { ContentSnapshot } from './content-check/check-content.ts';
import { type LinkedText, linkedTexts, linkTargets, meantAddress, misreadAddress, publicFileOf } from './content-check/content-links.ts';
import type { MarkdownLink } from '../markdown/markdown-links.ts';
import { bodyLineInFile } from './content-check/read-content.ts';
import type { BrokenLink } from './link-check.ts';
import { messages } from './messages.ts';
import { printChapterId, printScopedId } from './page-ids.ts';
import { fileUnderBase, routeOfPath, withBase } from './routes.ts';
import { pageUrlOfFile } from './sitemap.ts';
import escapeStringRegexp from 'escape-string-regexp';

/** An address as a browser resolves it on a page (a site path). */
const resolvedOn = (page: string, url: string) => URL.parse(url, `http://site.invalid${page}`)?.href;

/** An address as a content text writes it, as its page has it: a file from the site's root goes under the base (remark-site-files.ts). */
const asOnThePage = (link: MarkdownLink) => fileUnderBase(link.url);

/**
 * The texts a page is made from, each with the address as that text has it:
 * the print page is its plan's chapters one after another, each chapter's
 * ids under its prefix (#s1 → #ch1-s1), its links to the plan's chapters
 * going to them on the page (../ch1/#s1 → #ch1-s1, ../ch1/ → #chapter-ch1)
 * and its other relative addresses written from the root (rehype-print-scope).
 */
function sourcesOf(page: string, href: string, content: ContentSnapshot): Array<{ text: LinkedText; written: (link: MarkdownLink) => boolean }> {
	const url = pageUrlOfFile(page, withBase('/'));
	const route = routeOfPath(url);
	if (route?.name === 'planPrint') {
		const ofThePlan = (text: LinkedText) => {
			const shownOn = routeOfPath(text.page);
			return shownOn?.name === 'chapter' && shownOn.ids[0] === route.ids[0];
		};
		const texts = linkedTexts(content).filter(ofThePlan);
		// The chapter a fragment of the print page is in, and the id there ('' for the chapter's own heading); the longest id first (ch1 is a prefix of ch1-2).
		const target = href.startsWith('#')
			? [...texts]
					.sort((a, b) => b.record.id.length - a.record.id.length)
					.flatMap((t) => (href === `#${printChapterId(t.record.id)}` ? [{ text: t, id: '' }] : href.startsWith(`#${printScopedId(t.record.id, '')}`) ? [{ text: t, id: href.slice(printScopedId(t.record.id, '').length + 1) }] : []))[0]
			: undefined;
		if (target) {
			const onItsPage = resolvedOn(target.text.page, target.id ? `#${target.id}` : '');
			// Written in that chapter as #s1, or in any chapter of the plan as an address of that place.
			return texts.map((text) => ({
				text,
				written: (link: MarkdownLink) => (text === target.text && target.id !== '' && link.url === `#${target.id}`) || (!link.url.startsWith('#') && resolvedOn(text.page, asOnThePage(link)) === onItsPage),
			}));
		}
		return texts.map((text) => ({ text, written: (link: MarkdownLink) => asOnThePage(link) === href || (!link.url.startsWith('#') && resolvedOn(text.page, asOnThePage(link)) === resolvedOn(url, href)) }));
	}
	return linkedTexts(content)
		.filter((text) => text.page === url)
		.map((text) => ({ text, written: (link: MarkdownLink) => asOnThePage(link) === href }));
}

interface LinkSource {
	file: string;
	line: number | undefined;
	/** The address as the text has it. */
	href: string;
	kind: MarkdownLink['kind'];
	/** The page the text is shown on, which its relative addresses start from. */
	page: string;
}

/** `page` is relative to the site folder (plans/x/ch1/index.html). */
export function brokenLinkSource(page: string, href: string, content: ContentSnapshot): LinkSource | undefined {
	const sources = sourcesOf(page, href, content);
	for (const { text, written } of sources) {
		const link = text.links.find(written);
		if (link) return { file: text.record.file, line: bodyLineInFile(text.record.parsed.body!, link.line), href: link.url, kind: link.kind, page: text.page };
		// An address in the frontmatter (a glossary entry's source), as a whole word: 「x」 is not the x of fukushima-dx.
		const address = new RegExp(`(?:^|[\\s"'(（「:])${escapeStringRegexp(href)}(?=$|[\\s"')）」,])`);
		const index = text.record.parsed.yaml.split('\n').findIndex((line) => address.test(line));
		if (index !== -1) return { file: text.record.file, line: text.record.parsed.yamlLine + index, href, kind: 'link', page: text.page };
	}
	return sources.length === 1 ? { file: sources[0]!.text.record.file, line: undefined, href, kind: 'link', page: sources[0]!.text.page } : undefined;
}

/**
 * What the build prints for the broken links its link check found: each at
 * the content file and line it came from (else at the page), once, though
 * the print page repeats its chapters.
 */
export function brokenLinkReport(broken: BrokenLink[], content: ContentSnapshot, projectRoot = process.cwd()): string[] {
	const lines = new Set<string>();
	const targets = linkTargets(content);
	for (const link of broken) {
		const source = brokenLinkSource(link.page, link.href, content);
		const where = source ? `${path.relative(projectRoot, source.file)}${source.line ? `:${source.line}` : ''}` : link.page;
		const href = source?.href ?? link.href;
		const page = source ? undefined : pageUrlOfFile(link.page, withBase('/'));
		const publicFile = link.reason === 'missing-page' ? publicFileOf(source ? fileUnderBase(source.href) : link.href, source?.page ?? page!) : undefined;
		const misread = source ? misreadAddress(href, source.page) : undefined;
		const missing = link.reason === 'missing-fragment' ? 'fragment' : 'page';
		// The address meant, as the content check names it: said alike by both.
		const meant = source ? meantAddress(href, source.page, missing, targets) : undefined;
		lines.add(`${where}: ${misread ?? (publicFile ? messages.missingFile(href, publicFile, source?.kind ?? 'link', page) : messages.brokenLink(href, missing, page, meant))}`);
	}
	return [...lines];
}
