/**
 * Themes across a plan's versions. A new version (`previousVersion`) is imported from its own PDF, so its
 * chapters' `themes:` are copied over by hand; where a section was inserted, the headings after it are renumbered
 * (s2-9 → s2-10), and a copied id then tags another heading. A chapter left without themes drops out of the
 * comparisons across prefectures, and an adopted version replaces the old one there. Chapters pair by id, as the
 * versions' comparison pairs them; headings by their words, which stay when sections are renumbered. Warnings: a
 * version may change its themes on purpose.
 */
import { headingWords } from '../heading-numbering.ts';
import { messages } from '../messages.ts';
import type { ChapterFile, ContentSnapshot, Report } from './check-content.ts';

const themedSections = (chapter: ChapterFile) => Object.entries(chapter.data.themes).filter(([, themes]) => themes.length > 0);

export function checkVersionThemes(content: ContentSnapshot, report: Report): void {
	const chaptersOf = Map.groupBy(content.chapters, (chapter) => chapter.planId);
	for (const plan of content.plans) {
		const previous = plan.data.previousVersion;
		if (!previous || previous === plan.id) continue;
		const before = new Map((chaptersOf.get(previous) ?? []).map((chapter) => [chapter.id, chapter]));
		for (const chapter of chaptersOf.get(plan.id) ?? []) {
			const old = before.get(chapter.id);
			if (!old) continue;
			const oldHeading = new Map(old.sections.map((s) => [s.id, s.text]));
			const heading = new Map(chapter.sections.map((s) => [s.id, s.text]));
			// Words several headings share (「課題」) name no one section.
			const byWords = Map.groupBy(chapter.sections, (s) => headingWords(s.text));
			const sectionOfWords = (text: string) => {
				const found = byWords.get(headingWords(text));
				return found?.length === 1 ? found[0] : undefined;
			};
			const oldThemed = themedSections(old);
			if (themedSections(chapter).length === 0 && oldThemed.length > 0) {
				const carried = oldThemed.map(([id, themes]) => ({ id: sectionOfWords(oldHeading.get(id) ?? '')?.id, themes, heading: oldHeading.get(id) ?? id }));
				report(chapter, ['themes'], messages.themesNotCarriedOver(previous, carried), 'warning');
				continue;
			}
			for (const [id] of themedSections(chapter)) {
				const was = oldHeading.get(id);
				const is = heading.get(id);
				if (!was || !is || !old.data.themes[id]?.length || headingWords(was) === headingWords(is)) continue;
				report(chapter, ['themes', id], messages.themedSectionRenumbered(id, previous, was, is, sectionOfWords(was)), 'warning');
			}
		}
	}
}
