import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { CrossLinks } from '../lib/cross-links.ts';
import { chapterOfFile } from './chapter-file.ts';

export interface RelatedSectionsOptions {
	crossLinks: CrossLinks;
	/** URL of a section: plan, chapter and heading id. */
	sectionUrl: (planId: string, chapterId: string, sectionId: string) => string;
	/** URL of a theme page. */
	themeUrl: (themeId: string) => string;
}

/**
 * After each section heading an author tagged with themes, adds
 * 「他県の計画では」: links to the theme pages (one click to every other
 * prefecture on that theme) and to the other prefectures' sections.
 * Runs after rehypeHeadingAnchors (it looks for its heading wrappers).
 */
export function rehypeRelatedSections(options: RelatedSectionsOptions) {
	const { crossLinks, sectionUrl, themeUrl } = options;
	return (tree: Root, file: VFile) => {
		const chapter = chapterOfFile(file);
		if (!chapter) return;
		const children: ElementContent[] = [];
		for (const node of tree.children as ElementContent[]) {
			children.push(node);
			const heading = node.type === 'element' && node.properties.className?.toString().includes('heading-wrapper') ? (node.children[0] as Element) : undefined;
			const id = heading?.properties.id;
			if (typeof id !== 'string') continue;
			const groups = crossLinks.related(chapter.planId, chapter.chapterId, id);
			const themes = crossLinks.sectionThemes(chapter.planId, chapter.chapterId, id).map((t) => crossLinks.theme(t)).filter((t) => t !== undefined);
			if (themes.length === 0) continue;
			const count = groups.reduce((n, g) => n + g.sections.length, 0);
			children.push(
				h('aside.related-sections', { ariaLabel: `「${heading ? textOf(heading) : ''}」の関連`, dataPagefindIgnore: '' }, [
					h('p.related-themes', [
						'テーマ: ',
						...themes.flatMap((t, i) => [i > 0 ? '、' : '', h('a', { href: themeUrl(t.id) }, t.data.title)]),
					]),
					count > 0
						? h('details', [
								h('summary', `他県の計画では（${count}件）`),
								h(
									'ul',
									groups.flatMap((g) =>
										g.sections.map((s) =>
											h('li', [
												h('a', { href: sectionUrl(s.planId, s.chapterId, s.sectionId) }, `${s.prefecture}「${s.planName}」${s.chapterLabel} › ${s.heading}`),
												h('span.muted', ` （${g.theme.title}）`),
											]),
										),
									),
								),
							])
						: h('p.muted', '他県の計画には、このテーマの箇所はまだありません。'),
				]),
			);
		}
		tree.children = children;
	};
}

function textOf(node: ElementContent): string {
	return node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
}
