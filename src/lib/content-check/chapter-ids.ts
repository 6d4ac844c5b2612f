/**
 * Ids a chapter's Markdown gives elements (its headings, and raw HTML) that
 * its pages already give other elements: the pages' own
 * (src/lib/page-ids.ts), on the chapter page or on the plan's print page,
 * where they carry the chapter's prefix; and, for raw HTML, the chapter's
 * heading ids and each other. Two elements with one id send the skip link, a
 * label or a permalink to the wrong one. (Headings sharing an id are refused
 * by remark-heading-ids.)
 */
import type { OutlineHtmlId, OutlineSection } from '../../markdown/chapter-outline.ts';
import { messages } from '../messages.ts';
import { pageIdTaken } from '../page-ids.ts';

export interface IdProblem {
	/** File line. */
	line: number | undefined;
	message: string;
}

export interface ChapterIds {
	/** The chapter's id (its file name). */
	id: string;
	sections: OutlineSection[];
	htmlIds: OutlineHtmlId[];
}

/** `planChapterIds`: every chapter of the plan; `fileLine`: a line of the Markdown body as a line of its file. */
export function chapterIdProblems(chapter: ChapterIds, planChapterIds: readonly string[], fileLine: (line: number | undefined) => number | undefined): IdProblem[] {
	const problems: IdProblem[] = [];
	const taken = (id: string) => pageIdTaken(id, chapter.id, planChapterIds);
	for (const section of chapter.sections) {
		const published = taken(section.id);
		if (published) problems.push({ line: fileLine(section.line), message: messages.headingIdTaken(section.id, published) });
	}
	const seen = new Map(chapter.sections.map((s) => [s.id, { line: s.line, heading: true }]));
	for (const { id, line } of chapter.htmlIds) {
		const published = taken(id);
		const first = seen.get(id);
		if (published) problems.push({ line: fileLine(line), message: messages.htmlIdTaken(id, published) });
		else if (first) problems.push({ line: fileLine(line), message: messages.htmlIdDuplicate(id, fileLine(first.line), first.heading) });
		else seen.set(id, { line, heading: false });
	}
	return problems;
}
