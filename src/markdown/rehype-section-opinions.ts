import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { type OpinionIndex, type OpinionsAtPlace, resultRowName } from '../lib/consultations.ts';
import { chapterOfFile } from './chapter-file.ts';
import { insertAfterHeadings } from './rehype-heading-anchors.ts';

export interface SectionOpinionsOptions {
	opinions: OpinionIndex;
	/** URL of an opinion's row in its consultation's results table. */
	resultUrl: (consultationId: string, number: number) => string;
}

/**
 * 「この箇所への意見 2件と県の考え方: 番号1（反映する）、番号3（今後の参考とする）」, one line per
 * consultation, which names it when there are several (each numbers its rows from 1).
 */
function opinionLinks(place: 'この箇所' | 'この章', opinions: OpinionsAtPlace[], resultUrl: SectionOpinionsOptions['resultUrl']) {
	return h(
		'aside.section-opinions',
		{ dataPagefindIgnore: '' },
		opinions.map(({ consultationId, title, draftName, rows }) =>
			h('p', [
				`${draftName ? `${draftName}の` : ''}${place}への意見 ${rows.length}件と県の考え方${opinions.length > 1 ? `（${title}）` : ''}: `,
				// Each link whole on its line: 「番号4（今後の参考とす」 and 「る）」 read as two.
				...rows.flatMap((row, i) => [i > 0 ? '、' : '', h('a.keep-together', { href: resultUrl(consultationId, row.number) }, resultRowName(row.label, row.reflection))]),
			]),
		),
	);
}

/**
 * Where a consultation's results name a place in the plan (`concerns`), links
 * to those rows of the results table: right after the section's heading, or
 * at the top of the chapter for opinions about the chapter as a whole. A
 * reader of the section learns that opinions were submitted about it and
 * what the prefecture answered. Runs after rehypeHeadingAnchors (it looks for
 * its heading wrappers) and after rehypeRelatedSections, so the opinions about
 * the text come before the links to other prefectures' plans.
 */
export function rehypeSectionOpinions(options: SectionOpinionsOptions) {
	const { opinions, resultUrl } = options;
	return (tree: Root, file: VFile) => {
		const chapter = chapterOfFile(file);
		if (!chapter) return;
		insertAfterHeadings(tree, (id) => {
			const aboutSection = opinions.at(chapter.planId, chapter.chapterId, id);
			return aboutSection.length > 0 ? opinionLinks('この箇所', aboutSection, resultUrl) : undefined;
		});
		const aboutChapter = opinions.at(chapter.planId, chapter.chapterId);
		if (aboutChapter.length > 0) tree.children.unshift(opinionLinks('この章', aboutChapter, resultUrl));
	};
}
