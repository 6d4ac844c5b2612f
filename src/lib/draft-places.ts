/**
 * A results table's 該当箇所 (第３章 第２節 １(1), 第３章２(1)②) → the draft's
 * section it names, for the row's `concerns`: the numbers the place gives,
 * matched against the numbering of the draft's headings (heading-numbering.ts).
 * Only a place that names its chapter (第N章) is read: it leads to the one
 * heading its numbers name, or else to the chapter. Page numbers (P.12,
 * 12ページ) are not numbering and are passed over. Shared by the results
 * importer (scripts/import-results.ts), which fills in `concerns`, and the
 * content check (content-check/result-place-check.ts), which compares them.
 */
import { readHeadingNumber } from './heading-numbering.ts';

/** A chapter of the draft: its id, its 第N章, and its headings as the chapter outline has them. */
export interface DraftChapter {
	id: string;
	/** The chapter's own numbering (`number` in its file: 第３章). */
	number?: string | undefined;
	sections: ReadonlyArray<{ id: string; text: string; parents: readonly string[] }>;
}

/** The chapters of a consultation's draft as the content check read them (a chapter it rejected is not among them), for placeInDraft. */
export const draftChapters = (
	content: { chapters: ReadonlyArray<{ planId: string; id: string; data: { number?: string | undefined }; sections: DraftChapter['sections'] }> },
	plan: string,
): DraftChapter[] => content.chapters.filter((chapter) => chapter.planId === plan).map(({ id, data, sections }) => ({ id, number: data.number, sections }));

/** Where a place leads in the draft: the `concerns` to write, and the heading's text to show staff. */
export interface PlaceInDraft {
	concerns: string;
	heading: string;
	/** The place's numbers past the heading it leads to, where the draft numbers headings deeper but has none for them (（９） of 第３章第２節１（９）; not an item's ①): a slip, or a table of another version. */
	beyond?: string;
}

/** Page references, which look like numbering but are not: P12, P.12, ｐ１２, 12ページ, 12頁. */
const pageReference = /[PpＰｐ]\.?\s*\d+(?:\s*[-~〜～]\s*\d+)?|\d+\s*(?:ページ|頁)/g;
const chapterNumber = /第\s*(\d+|[一二三四五六七八九十]+)\s*章/;
/** The numbers after the chapter, in order: 第２節, (1), ②, 2. */
const numberParts = /第\s*(?:\d+|[一二三四五六七八九十]+)\s*節|[（(]\s*\d+\s*[）)]|[①-⑳]|\d+/g;

/** A number as the heading numbering reads it: 第２節 → s2, (1) → 1, ② → 2. */
const partOf = (token: string) => readHeadingNumber(`${token.replace(/\s+/g, '')} `)?.part;

/** The parts of a section's numbering from the chapter down (第N章 headings left out: the chapter is chosen apart). */
function numberPath(section: DraftChapter['sections'][number], byId: ReadonlyMap<string, string>): string[] | undefined {
	const parts: string[] = [];
	for (const id of [...section.parents, section.id]) {
		const part = readHeadingNumber(byId.get(id) ?? '')?.part;
		if (part === undefined) return undefined;
		if (!part.startsWith('c')) parts.push(part);
	}
	return parts;
}

/**
 * Whether a section's numbering is the place's: the same numbers in order; a 節
 * the place leaves out (第３章２(1) for 第２節 ２ (1)) may be skipped, which only
 * counts when it leaves one heading (placeInDraft).
 */
function sameNumbers(path: readonly string[], place: readonly string[]): boolean {
	const stated = place.some((part) => part.startsWith('s'));
	const compared = stated ? path : path.filter((part) => !part.startsWith('s'));
	return compared.length === place.length && compared.every((part, i) => part === place[i]);
}

/** A place's text to read numbers from: half-width, but for ①, which NFKC would make a 1 like any other; page references out. */
const placeText = (place: string) => place.replace(/[^①-⑳]+/g, (run) => run.normalize('NFKC')).replace(pageReference, ' ');

/** Whether a chapter of the draft is the one a place's 第N章 names. */
const numberedAs = (named: string) => (chapter: DraftChapter) => chapter.number !== undefined && readHeadingNumber(chapter.number)?.part === partOf(named);

/** The draft's section (or chapter) a 該当箇所 names; undefined when it names no chapter of the draft. */
export function placeInDraft(place: string, plan: string, chapters: readonly DraftChapter[]): PlaceInDraft | undefined {
	const text = placeText(place);
	const chapterMatch = chapterNumber.exec(text);
	if (!chapterMatch) return undefined;
	const chapter = chapters.filter(numberedAs(chapterMatch[0]));
	if (chapter.length !== 1) return undefined;
	const { id, number, sections } = chapter[0]!;
	const tokens = [...text.slice(chapterMatch.index + chapterMatch[0].length).matchAll(numberParts)].map(([token]) => token.replace(/\s+/g, ''));
	const parts = tokens.map(partOf);
	if (parts.some((part) => part === undefined)) return undefined;
	// Numbers past the heading found (depth: its numbering's), where the draft numbers headings deeper than it: (1) of
	// 第３章２(1) is then a heading it lacks, not a paragraph's own numbering; and not ①, an item of its text (第３章２(1)②).
	const beyond = (length: number, depth: number) => {
		const missing = tokens.slice(length).filter((token) => !/^[①-⑳]$/.test(token));
		return missing.length > 0 && paths.some(({ path }) => path.length > depth) ? { beyond: missing.join('') } : {};
	};
	const byId = new Map(sections.map((section) => [section.id, section.text]));
	const paths = sections.flatMap((section) => {
		const path = numberPath(section, byId);
		return path ? [{ section, path }] : [];
	});
	// The deepest heading the numbers lead to (第３章２(1)② on a draft without ② headings is (1)); else the chapter, which the place names for certain.
	for (let length = parts.length; length > 0; length--) {
		const found = paths.filter(({ path }) => sameNumbers(path, parts.slice(0, length) as string[]));
		if (found.length === 1) return { concerns: `plan:${plan}/${id}#${found[0]!.section.id}`, heading: `${number} ${found[0]!.section.text}`, ...beyond(length, found[0]!.path.length) };
		// Several headings: the numbers are the draft's, the heading only ambiguous.
		if (found.length > 1) return { concerns: `plan:${plan}/${id}`, heading: number! };
	}
	return { concerns: `plan:${plan}/${id}`, heading: number!, ...beyond(0, 0) };
}

/** The draft's chapters (第１章, 第２章 …) when a place names a 第N章 the draft has none for (第９章 of a draft of four); undefined otherwise. */
export function chapterNotInDraft(place: string, chapters: readonly DraftChapter[]): string[] | undefined {
	const named = chapterNumber.exec(placeText(place));
	const numbered = chapters.flatMap((c) => (c.number === undefined ? [] : [c.number]));
	return named !== null && numbered.length > 0 && !chapters.some(numberedAs(named[0])) ? numbered : undefined;
}
