import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { CrossLinks } from '../lib/cross-links.ts';
import { chapterOfFile } from './chapter-file.ts';
import { insertAfterHeadings } from './rehype-heading-anchors.ts';

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
 * prefecture on that theme) and to the other prefectures' sections. A
 * subsection shows only the themes its enclosing sections do not: the same
 * box under every heading of a section would say the same thing again.
 * Runs after rehypeHeadingAnchors (it looks for its heading wrappers).
 */
export function rehypeRelatedSections(options: RelatedSectionsOptions) {
	const { crossLinks, sectionUrl, themeUrl } = options;
	return (tree: Root, file: VFile) => {
		const chapter = chapterOfFile(file);
		if (!chapter) return;
		insertAfterHeadings(tree, (id) => {
			const themeIds = crossLinks.themesNewToSection(chapter.planId, chapter.chapterId, id);
			const groups = crossLinks.related(chapter.planId, chapter.chapterId, id).filter((g) => themeIds.includes(g.theme.id));
			const themes = themeIds.map((t) => crossLinks.theme(t)).filter((t) => t !== undefined);
			if (themes.length === 0) return undefined;
			return h('aside.related-sections', { dataPagefindIgnore: '' }, [
				h('p.related-themes', [
					'テーマ: ',
					...themes.flatMap((t, i) => [i > 0 ? '、' : '', h('a', { href: themeUrl(t.id) }, t.data.title)]),
				]),
				groups.length > 0
					? h('details', [
							h('summary', `他県の計画では（${groups.map((g) => `${g.theme.title} ${g.total}か所`).join('、')}）`),
							...groups.map((g) =>
								h('div.related-group', [
									h('p', g.theme.title),
									h(
										'ul',
										g.prefectures.map(({ section: s, count }) =>
											h('li', [
												h('a', { href: sectionUrl(s.planId, s.chapterId, s.sectionId) }, `「${s.planName}」${s.chapterLabel} › ${s.heading}`),
												count > 1 ? h('span.muted', ` ほか${count - 1}か所`) : '',
											]),
										),
									),
									h('p', [h('a', { href: themeUrl(g.theme.id) }, `「${g.theme.title}」を全都道府県で比べる（他県の${g.total}か所を含む）`)]),
								]),
							),
						])
					: h('p.muted', '他県の計画には、このテーマの箇所はまだありません。'),
			]);
		});
	};
}
