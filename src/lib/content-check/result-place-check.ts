/**
 * A results row's 該当箇所 (`place`, the table's words) against its `concerns`
 * (the draft's section the page links it to): where the place reads as a
 * section of the draft (draft-places.ts, read as the results importer
 * reads it), a row without `concerns` could link to it, and one whose
 * `concerns` leads elsewhere would send residents to the wrong section.
 * Warnings: a place may mean more than its numbers say.
 */
import { parsePlanLink, type PlanLinkIndex, resolvePlanLink } from '../plan-links.ts';
import { messages } from '../messages.ts';
import { type DraftChapter, draftChapters, placeInDraft } from '../draft-places.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

/** Whether two references to the draft lead to the same place: one chapter, and one section or one inside the other (or a chapter's whole). */
function samePlace(a: string, b: string, chapters: readonly DraftChapter[]): boolean {
	const [one, other] = [parsePlanLink(a), parsePlanLink(b)];
	if (!one || !other || one.chapterId !== other.chapterId) return false;
	if (!one.sectionId || !other.sectionId || one.sectionId === other.sectionId) return true;
	const sections = chapters.find((chapter) => chapter.id === one.chapterId)?.sections ?? [];
	const parentsOf = (id: string) => sections.find((section) => section.id === id)?.parents ?? [];
	return parentsOf(one.sectionId).includes(other.sectionId) || parentsOf(other.sectionId).includes(one.sectionId);
}

export function checkResultPlaces(content: ContentSnapshot, links: PlanLinkIndex, report: Report): void {
	for (const consultation of content.consultations) {
		const { plan, results } = consultation.data;
		if (!plan || !results) continue;
		const chapters = draftChapters(content, plan);
		results.items.forEach((item, i) => {
			const read = item.place === undefined ? undefined : placeInDraft(item.place, plan, chapters);
			if (!read) return;
			const field = ['results', 'items', i, 'place'];
			if (!item.concerns) report(consultation, field, messages.resultPlaceReadable(item.place!, read.heading, read.concerns), 'warning');
			// A concerns that leads nowhere is reported as not found (check-content.ts), not compared.
			else if (resolvePlanLink(item.concerns, links) && !samePlace(item.concerns, read.concerns, chapters)) report(consultation, field, messages.resultPlaceElsewhere(item.place!, read.heading, item.concerns, read.concerns), 'warning');
		});
	}
}
