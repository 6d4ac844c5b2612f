/**
 * A chapter made ready to sit beside the other chapters on the whole-plan
 * print page: ids and in-page links get the chapter's prefix (every chapter
 * has its own #s1), links to the plan's other chapters go to them on the same
 * page (../ch1/#s2 → #ch1-s2: on paper a path is no use, and the chapter is
 * printed a few pages away), other relative addresses are written from the
 * site's root (the print page is not in the chapter's folder: zu.png there is another file),
 * and headings move one level down under the chapter's own heading. Each
 * table's scroll box is named after the chapter too (「第２章 … 表1」), as
 * every chapter numbers its tables from 1, and its permalinks' names start with
 * the chapter's (「第２章 第１節 第１段落へのリンク」). Run last, on the rendered document,
 * so it sees every id the other plugins added.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isSameSiteAddress } from '../lib/external-links.ts';
import { reservedChapterIds } from '../content-paths.ts';
import { printChapterId, printScopedId, tableRegionId } from '../lib/page-ids.ts';
import type { PlanLinkIndex } from '../lib/plan-links.ts';
import { routes } from '../lib/routes.ts';
import { chapterOfFile } from './chapter-file.ts';
import { hasClass } from './has-class.ts';
import { lowerHeading } from './heading-level.ts';
import { tableScrollClass } from './rehype-tables.ts';
import { scopeElementIds } from './scoped-ids.ts';

const addressAttributes = ['href', 'src'] as const;

export interface PrintScopeOptions {
	/** The built plans' chapters: a link to a chapter the plan does not have stays a link to its address, which the link check reports. */
	planLinks: PlanLinkIndex;
	/** The chapter's short name (第２章, or its title without a number), put before its permalinks' names. */
	chapterName: string;
}

/** Permalinks named after their place in the chapter (「第１節 第１段落へのリンク」): on the print page each chapter's are named after it too. */
const permalinkClasses = ['para-link', 'heading-anchor'];

export function rehypePrintScope({ planLinks, chapterName }: PrintScopeOptions) {
	return (tree: Root, file: VFile) => {
		const chapter = chapterOfFile(file);
		if (!chapter) return;
		const chapters = planLinks.get(chapter.planId);
		const prefix = (id: string) => printScopedId(chapter.chapterId, id);
		const chapterPage = `http://site.invalid${routes.chapter(chapter.planId, chapter.chapterId)}`;
		const planPath = routes.chapter(chapter.planId, 'x').slice(0, -'x/'.length);
		/** The place on the print page of an address in the plan's chapters (/plans/p/ch1/#s2 → #ch1-s2), if it is one. */
		const onPrintPage = ({ pathname, search, hash }: URL) => {
			const chapterId = pathname.startsWith(planPath) && !search ? /^([^/]+)\/$/.exec(pathname.slice(planPath.length))?.[1] : undefined;
			if (chapterId === undefined || reservedChapterIds.has(chapterId) || !chapters?.has(chapterId)) return undefined;
			return `#${hash ? printScopedId(chapterId, decodeURIComponent(hash.slice(1))) : printChapterId(chapterId)}`;
		};
		let tables = 0;
		visit(tree, 'element', (node: Element) => {
			scopeElementIds(node, prefix);
			for (const attribute of addressAttributes) {
				const address = node.properties[attribute];
				if (typeof address !== 'string' || address.startsWith('#') || !isSameSiteAddress(address)) continue;
				const resolved = URL.parse(address, chapterPage);
				if (!resolved) continue;
				const printed = attribute === 'href' ? onPrintPage(resolved) : undefined;
				if (printed) node.properties[attribute] = printed;
				else if (!address.startsWith('/')) node.properties[attribute] = `${resolved.pathname}${resolved.search}${resolved.hash}`;
			}
			lowerHeading(node, 1);
			if (permalinkClasses.some((name) => hasClass(node, name)) && typeof node.properties.ariaLabel === 'string') node.properties.ariaLabel = `${chapterName} ${node.properties.ariaLabel}`;
			if (hasClass(node, tableScrollClass)) {
				// The chapter's heading, then the box's own label: an element that names itself reads its aria-label.
				const id = prefix(tableRegionId(++tables));
				node.properties.id = id;
				node.properties.ariaLabelledBy = [printChapterId(chapter.chapterId), id];
			}
		});
	};
}
