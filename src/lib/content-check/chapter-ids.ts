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
import { isPageId, pageIdTaken, printScopedId } from '../page-ids.ts';

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

export interface PlanChapterIds extends ChapterIds {
	/** Absolute path of the chapter's file. */
	file: string;
	/** A line of the Markdown body as a line of its file. */
	fileLine: (line: number | undefined) => number | undefined;
}

/**
 * Ids that two chapters of a plan would both give on the plan's print page,
 * where each chapter's ids carry its name as a prefix: with chapters `ch1`
 * and `ch1-a`, ch1's `a-b` and ch1-a's `b` both print as `ch1-a-b`. Only a
 * chapter named after another plus a hyphen can do this; the id written in
 * the shorter-named chapter is reported, as the one to change. `b` may also be
 * one the page makes itself (ch1-a's paragraph `b-p1`, its footnotes).
 */
export function printIdClashes(chapters: readonly PlanChapterIds[]): Array<IdProblem & { file: string }> {
	const problems: Array<IdProblem & { file: string }> = [];
	const written = (chapter: ChapterIds) => [...chapter.sections, ...chapter.htmlIds];
	for (const shorter of chapters) {
		for (const longer of chapters) {
			if (!longer.id.startsWith(`${shorter.id}-`)) continue;
			const rest = `${longer.id.slice(shorter.id.length + 1)}-`;
			const longerIds = new Set(written(longer).map((i) => i.id));
			for (const { id, line } of written(shorter)) {
				const tail = id.slice(rest.length);
				// An id that is itself one the page makes is reported as such (chapterIdProblems).
				if (id.startsWith(rest) && !isPageId(id) && (longerIds.has(tail) || isPageId(tail))) {
					problems.push({ file: shorter.file, line: shorter.fileLine(line), message: messages.printIdClash(id, printScopedId(shorter.id, id), longer.id) });
				}
			}
		}
	}
	return problems;
}
