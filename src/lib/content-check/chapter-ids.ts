/**
 * Ids that a text's Markdown (its headings, and raw HTML) gives elements of
 * a page that already has them. On a chapter page and its plan's print page
 * (where they carry the chapter's prefix): the pages' own (src/lib/page-ids.ts).
 * In any text: its raw HTML's ids against its headings' and each other. Among
 * texts that share a page under their names as prefixes (chapters on the print
 * page, a plan's indicators and evaluations on its indicator page): one name
 * plus a hyphen and an id can spell another name's id. Two elements of one id
 * send the skip link, a label or a permalink to the wrong one. (Headings
 * sharing an id are refused by remark-heading-ids.)
 */
import type { IdAtLine } from '../../markdown/chapter-structure.ts';
import { messages } from '../messages.ts';
import { isPageId, pageIdTaken } from '../page-ids.ts';

export interface IdProblem {
	/** File line. */
	line: number | undefined;
	message: string;
}

/** The ids one text writes: its headings' and its raw HTML's (each with its line in the Markdown body). */
export interface WrittenIds {
	/** The text's name (its file name), which prefixes its ids where it shares a page. */
	id: string;
	headingIds: IdAtLine[];
	htmlIds: IdAtLine[];
}

/** `planChapterIds`: every chapter of the plan; `fileLine`: a line of the Markdown body as a line of its file. */
export function chapterIdProblems(chapter: WrittenIds, planChapterIds: readonly string[], fileLine: (line: number | undefined) => number | undefined): IdProblem[] {
	const problems: IdProblem[] = [];
	const taken = (id: string) => pageIdTaken(id, chapter.id, planChapterIds);
	for (const { id, line } of chapter.headingIds) {
		const published = taken(id);
		if (published) problems.push({ line: fileLine(line), message: messages.headingIdTaken(id, published) });
	}
	for (const { id, line } of chapter.htmlIds) {
		const published = taken(id);
		if (published) problems.push({ line: fileLine(line), message: messages.htmlIdTaken(id, published) });
	}
	return [...problems, ...htmlIdDuplicates(chapter, fileLine, (id) => taken(id) !== undefined)];
}

/** Raw HTML ids the text's headings or its other raw HTML already give; `reported`: ids already refused, left out. */
export function htmlIdDuplicates(text: WrittenIds, fileLine: (line: number | undefined) => number | undefined, reported: (id: string) => boolean = () => false): IdProblem[] {
	const problems: IdProblem[] = [];
	const seen = new Map(text.headingIds.map((h) => [h.id, { line: h.line, heading: true }]));
	for (const { id, line } of text.htmlIds) {
		if (reported(id)) continue;
		const first = seen.get(id);
		if (first) problems.push({ line: fileLine(line), message: messages.htmlIdDuplicate(id, fileLine(first.line), first.heading) });
		else seen.set(id, { line, heading: false });
	}
	return problems;
}

export interface TextOnSharedPage extends WrittenIds {
	/** Absolute path of the text's file. */
	file: string;
	/** A line of the Markdown body as a line of its file. */
	fileLine: (line: number | undefined) => number | undefined;
}

/**
 * Ids two texts would both give on a page where each text's ids carry its
 * name as a prefix (`scoped`): with chapters `ch1` and `ch1-a` on the print
 * page, ch1's `a-b` and ch1-a's `b` both print as `ch1-a-b`. Only a text named
 * after another plus a hyphen can do this; the id written in the shorter-named
 * one is reported, as the one to change. `b` may also be an id the page makes
 * itself in the other text (a paragraph's `b-p1`, a footnote's).
 */
export function sharedPageIdClashes(
	texts: readonly TextOnSharedPage[],
	scoped: (name: string, id: string) => string,
	message: (id: string, scopedId: string, other: string) => string,
): Array<IdProblem & { file: string }> {
	const problems: Array<IdProblem & { file: string }> = [];
	const written = (text: WrittenIds) => [...text.headingIds, ...text.htmlIds];
	for (const shorter of texts) {
		for (const longer of texts) {
			if (!longer.id.startsWith(`${shorter.id}-`)) continue;
			const rest = `${longer.id.slice(shorter.id.length + 1)}-`;
			const longerIds = new Set(written(longer).map((i) => i.id));
			for (const { id, line } of written(shorter)) {
				const tail = id.slice(rest.length);
				// An id that is itself one the page makes is refused as such (chapterIdProblems).
				if (id.startsWith(rest) && !isPageId(id) && (longerIds.has(tail) || isPageId(tail))) {
					problems.push({ file: shorter.file, line: shorter.fileLine(line), message: message(id, scoped(shorter.id, id), longer.id) });
				}
			}
		}
	}
	return problems;
}
