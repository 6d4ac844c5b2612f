/**
 * Tab-separated rows (table cells the extractor flattened to tabs) as a
 * Markdown table, first row as the header. Rows with fewer cells are padded
 * so the table still renders, and reported: a merged cell or a lost cell
 * looks the same in the extract.
 */
import { blockBoundary, hasHtml, htmlToInline } from './html-to-markdown.ts';
import { lineRange } from './report.ts';
import type { ReportEntry } from './types.ts';

export interface TableRow {
	line: number;
	cells: string[];
}

/**
 * Whether a line is a table row: a tab after some text (`項目\t値`,
 * `\t(2)…\tB`, `見出し\t\t`). Tabs only in front of the text are indentation.
 */
export function isTableRow(raw: string): boolean {
	return raw.replace(/^[\t ]+/, '').includes('\t');
}

/**
 * Cells of a row, as Markdown text: `clean` applied to plain cells; HTML
 * cells reduced to inline Markdown and left alone otherwise (their spaces
 * separate the list items the extractor flattened); `|` escaped.
 */
export function splitRow(raw: string, clean: (text: string) => string = (t) => t): string[] {
	return raw.split('\t').map((cell) => {
		const text = hasHtml(cell) ? htmlToInline(cell).replaceAll(blockBoundary, ' ') : clean(cell.trim());
		return text.replaceAll('|', '\\|');
	});
}

export function buildTable(rows: TableRow[]): { rows: string[][]; report: ReportEntry[] } {
	const report: ReportEntry[] = [];
	const columns = Math.max(...rows.map((r) => r.cells.length));
	const short = rows.filter((r) => r.cells.length < columns);
	if (short.length > 0) {
		const counts = [...new Set(rows.map((r) => r.cells.length))].sort((a, b) => a - b).join('・');
		report.push({
			line: rows[0]!.line,
			message: `表（${lineRange(rows[0]!.line, rows.at(-1)!.line)}）の列数が行によって違います（${counts} 列）。足りない行（${short.map((r) => `l.${r.line}`).join(', ')}）の右に空のセルを補いました。結合セルや抜けたセルがないか確認してください`,
		});
	}
	if (rows.length === 1) {
		report.push({ line: rows[0]!.line, message: 'タブ区切りの行が1行だけなので、見出し行だけの表にしました。表でなければ直してください' });
	} else if (short.length === 0) {
		// Every table is a place to look: a cell merged or wrapped in the document reads as one of its own here.
		report.push({
			line: rows[0]!.line,
			message: `表（${lineRange(rows[0]!.line, rows.at(-1)!.line)}、${columns} 列 ${rows.length} 行、1行目を見出しの行）にしました。結合したセルや折り返したセルがないか、文書の表と見比べてください`,
		});
	}
	return { rows: rows.map((r) => [...r.cells, ...Array<string>(columns - r.cells.length).fill('')]), report };
}

export function renderTable(rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const [header, ...body] = rows;
	return [line(header!), `|${header!.map(() => '---').join('|')}|`, ...body.map(line)].join('\n');
}
