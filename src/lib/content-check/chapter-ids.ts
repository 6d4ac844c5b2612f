/**
 * Ids a chapter's Markdown gives its headings that its pages already give
 * elements of their own (src/lib/page-ids.ts): on the chapter page, or on
 * the plan's print page, where they carry the chapter's prefix. Two elements
 * with one id send the skip link, a label or a permalink to the wrong one.
 * (Headings sharing an id are refused by remark-heading-ids.)
 */
import type { OutlineSection } from '../../markdown/chapter-outline.ts';
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
}

/** `planChapterIds`: every chapter of the plan; `fileLine`: a line of the Markdown body as a line of its file. */
export function chapterIdProblems(chapter: ChapterIds, planChapterIds: readonly string[], fileLine: (line: number | undefined) => number | undefined): IdProblem[] {
	return chapter.sections.flatMap((section) => {
		const taken = pageIdTaken(section.id, chapter.id, planChapterIds);
		return taken ? [{ line: fileLine(section.line), message: messages.headingIdTaken(section.id, taken) }] : [];
	});
}
