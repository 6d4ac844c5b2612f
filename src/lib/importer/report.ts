/**
 * The list of spots the importer was unsure about. Every stage adds to one
 * report; the person importing reads it top to bottom next to the source, so
 * it is sorted by source line and says what was done and what to check.
 */
import type { ReportEntry } from './types.ts';

export class Report {
	readonly #entries: ReportEntry[] = [];

	add(line: number, message: string): void {
		this.#entries.push({ line, message });
	}

	addAll(entries: Iterable<ReportEntry>): void {
		for (const entry of entries) this.#entries.push(entry);
	}

	/** Sorted by line (stable for entries on the same line), exact duplicates removed. */
	entries(): ReportEntry[] {
		const seen = new Set<string>();
		return this.#entries
			.map((entry, index) => ({ entry, index }))
			.sort((a, b) => a.entry.line - b.entry.line || a.index - b.index)
			.map(({ entry }) => entry)
			.filter((entry) => {
				const key = `${entry.line}\u0000${entry.message}`;
				if (seen.has(key)) return false;
				seen.add(key);
				return true;
			});
	}
}

/** The entries about lines outside `spans` (from inclusive, to exclusive): what an earlier pass said of lines a later one read otherwise. */
export function outside(entries: ReportEntry[], spans: Array<{ from: number; to: number }>): ReportEntry[] {
	return entries.filter((entry) => !spans.some((span) => entry.line >= span.from && entry.line < span.to));
}

/** `l.12–15` for a range of source lines, `l.12` for one. */
export function lineRange(first: number, last = first): string {
	return last > first ? `l.${first}–${last}` : `l.${first}`;
}

/** A short quote of source text for a message: long lines are cut so the report stays readable. */
export function quote(text: string, max = 30): string {
	const chars = [...text];
	return `「${chars.length > max ? `${chars.slice(0, max).join('')}…` : text}」`;
}

/**
 * The report as the CLI prints it: one line per entry, `l.<line>  <message>`, and where the text marks its pages,
 * the page the line is on, to find it in the PDF, and where the line ended up, to find it in the chapters:
 * `l.<line>  p.<page>  ch2.md:45  <message>`.
 */
export function formatReport(entries: ReportEntry[], pageOfLine?: readonly number[]): string {
	const width = String(Math.max(1, ...entries.map((e) => e.line))).length;
	const pageWidth = pageOfLine ? String(Math.max(...pageOfLine)).length : 0;
	const placeWidth = Math.max(0, ...entries.map((e) => e.place?.length ?? 0));
	const page = (line: number) => (pageOfLine ? `p.${String(pageOfLine[line - 1] ?? '').padEnd(pageWidth)}  ` : '');
	const place = (entry: ReportEntry) => (placeWidth > 0 ? `${(entry.place ?? '').padEnd(placeWidth)}  ` : '');
	return entries.map((e) => `  l.${String(e.line).padEnd(width)}  ${page(e.line)}${place(e)}${e.message}`).join('\n');
}

/** How each item of the checklist starts while it is unticked: `- [ ] source.txt l.48`. */
const openItemStart = '- [ ] source.txt l.';

/** The lines (0-based) of a NOTES.md that hold the checklist's items not yet ticked `[x]`. */
export const openChecklistItems = (notes: string) => notes.split(/\r?\n/).flatMap((line, index) => (line.trimStart().startsWith(openItemStart) ? [index] : []));

/**
 * The report as a checklist for the plan's NOTES.md, where it outlasts the terminal: one item per entry, with the
 * line of source.txt, the PDF's page and the chapter's line: `- [ ] source.txt l.48（p.3、ch2.md:45 付近）: …`;
 * `section` is the items under a heading with the date, `items` the items alone (the same list imported again).
 */
export function reportChecklist(entries: ReportEntry[], date: string, pageOfLine?: readonly number[]): { section: string; items: string } {
	const where = (e: ReportEntry) => [pageOfLine && `p.${pageOfLine[e.line - 1]}`, e.place && `${e.place} 付近`].filter(Boolean).join('、');
	const items = entries.map((e) => `${openItemStart}${e.line}${where(e) ? `（${where(e)}）` : ''}: ${e.message}`).join('\n');
	const heading = `## 取り込みで確認が必要な箇所（${date}、${entries.length} 件）`;
	const intro = 'npm run import が文書のとおりか確かめてほしいとした箇所です。行番号は source.txt の行、章の行は取り込んだ直後のものです。確かめて直したら、行頭の [ ] を [x] にしてください。';
	return { section: `${heading}\n\n${intro}\n\n${items}\n`, items };
}
