/**
 * Page furniture: what the PDF printed on every page rather than in the text
 * (page numbers, running headers), and the rule above footnotes. Found here
 * so the joiner can read a paragraph across a page break as one paragraph.
 */
import { lineRange, quote } from './report.ts';
import type { ReportEntry, SourceLine } from './types.ts';

const pageNumberPatterns = [
	/^[-－―‐−–—]?\s*[0-9０-９]{1,3}\s*[-－―‐−–—]?$/, // 12, - 12 -, －１２－
	/^[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3}$/, // 3/20
	/^[pPｐＰ]\.?\s*[0-9０-９]{1,3}$/, // p.12, P12
	/^[-－]\s*[(（][0-9０-９]{1,3}[)）]\s*[-－]$/, // -（3）-
	/^[0-9０-９]{1,3}\s*(?:ページ|頁)$/, // 12ページ
];

export function isPageNumber(text: string): boolean {
	return pageNumberPatterns.some((p) => p.test(text));
}

/** A line of spaces (or a drawn rule) under which the PDF printed its footnotes. */
export function isFootnoteRule(line: SourceLine): boolean {
	return (line.spaceOnly && line.indent.length >= 10) || /^[─━―_＿]{5,}$/.test(line.text);
}

export interface Furniture {
	/** Lines to leave out, with the reason. */
	dropped: Map<number, string>;
	report: ReportEntry[];
}

/**
 * Page numbers, and short lines printed again and again (running headers):
 * the first occurrence stays (it is usually the title the header repeats),
 * the others go and are reported. Short, because a repeated sentence is
 * text; three times or more at similar intervals, because a title that comes
 * back once or twice (summary, overview, own section) is not a header. A
 * header repeated only once is caught later, when it repeats an open heading.
 */
export function findFurniture(lines: SourceLine[]): Furniture {
	const dropped = new Map<number, string>();
	const report: ReportEntry[] = [];
	const pageNumbers: number[] = [];
	for (const line of lines) {
		// A form feed alone: the page break itself, which must not split a paragraph.
		if (line.blank && line.formFeed) dropped.set(line.no, 'form feed');
		if (line.blank || line.raw.includes('\t')) continue;
		if (isPageNumber(line.text)) {
			dropped.set(line.no, 'page number');
			pageNumbers.push(line.no);
		}
	}
	if (pageNumbers.length > 0) {
		const shown = pageNumbers.slice(0, 8).map((n) => `l.${n}`).join(', ');
		report.push({
			line: pageNumbers[0]!,
			message: `ページ番号と思われる行を ${pageNumbers.length} 行除きました（${shown}${pageNumbers.length > 8 ? ' …' : ''}）。本文の数字でないか確認してください`,
		});
	}

	const occurrences = new Map<string, SourceLine[]>();
	for (const line of lines) {
		const key = line.text;
		const length = [...key].length;
		if (line.blank || dropped.has(line.no) || line.raw.includes('\t') || length < 8 || length > 40 || /[。！？]$/.test(key)) continue;
		occurrences.set(key, [...(occurrences.get(key) ?? []), line]);
	}
	const edges = pageEdges(lines, dropped);
	for (const [text, repeated] of occurrences) {
		if (repeated.length < 3) continue;
		// On consecutive pages the repeats come at similar intervals; a title that
		// recurs in a summary, an overview and its own section does not. Where the
		// text marks its pages (a PDF's, pdftotext's), a line at the top or foot of
		// every page it recurs on is furniture, however full the pages between.
		const gaps = repeated.slice(1).map((line, i) => line.no - repeated[i]!.no);
		const atPageEdges = repeated.slice(1).every((line) => edges.has(line.no));
		if (!atPageEdges && Math.max(...gaps) > 3 * Math.min(...gaps)) continue;
		const [first, ...rest] = repeated;
		for (const line of rest) dropped.set(line.no, 'running header');
		report.push({
			line: rest[0]!.no,
			message: `${quote(text)} が ${repeated.length} 回出てくるため、ページごとの見出し（柱）とみなし、${lineRange(first!.no)} だけ残して ${rest.map((l) => `l.${l.no}`).join(', ')} を除きました`,
		});
	}
	return { dropped, report };
}

/** The first two and last two lines of text on each page, where the text marks its pages with form feeds (none where it does not). */
function pageEdges(lines: SourceLine[], dropped: Map<number, string>): Set<number> {
	const pages = [...Map.groupBy(lines.filter((line) => !line.blank && !dropped.has(line.no)), (line) => line.page).values()];
	if (pages.length < 2) return new Set();
	return new Set(pages.flatMap((page) => [...page.slice(0, 2), ...page.slice(-2)]).map((line) => line.no));
}
