/**
 * A results table read from the Excel workbook (.xlsx) it is kept in, so staff
 * need not save it as CSV first, where Excel's plain 「CSV」 (Shift_JIS) turns
 * every character outside code page 932 into 「?」. The rows are then read as a
 * CSV's are (results-table.ts); a row's line is the sheet's row number, as
 * Excel shows it. A cell merged down several rows (one answer to two opinions)
 * gives each row its text, as a Word table's does; merged across (a heading row
 * such as 「第５章について」), only its first column. Pure: takes the file's bytes.
 */
import readExcelFile, { type CellValue } from 'read-excel-file/node';
import { messages } from '../messages.ts';
import { ImportError } from './import-plan.ts';
import { headerSearchRows, resultsOfTables, type ResultsTable, tableWithResults, type TableRow } from './results-table.ts';
import { type MergedDown, workbookMergesDown } from './workbook-merges.ts';

/** A cell as text: numbers as written (番号 1), dates as ISO, line breaks (Alt+Enter) as \n. */
function cellText(value: CellValue | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value).replace(/\r\n?/g, '\n').trim();
}

/** The rows with each cell merged down written in the rows below its first, each saying which row it repeats. */
function withMergesDown(rows: TableRow[], merges: readonly MergedDown[]): TableRow[] {
	const filled = rows.map((row) => ({ ...row, cells: [...row.cells], mergedFrom: [] as Array<number | undefined> }));
	for (const { column, top, bottom } of merges) {
		const text = filled[top - 1]?.cells[column - 1];
		if (!text) continue;
		for (const row of filled.slice(top, bottom)) {
			if (row.cells[column - 1]) continue;
			row.cells[column - 1] = text;
			row.mergedFrom[column - 1] = top;
		}
	}
	return filled;
}

const sheetSource = (names: readonly string[]) => `Excel ブックのシート${names.map((name) => `「${name}」`).join('')}`;
const sameName = (a: string, b: string) => a.normalize('NFKC').trim() === b.normalize('NFKC').trim();

/** Reads the results from a workbook: the sheets named, one after another (a sheet per chapter), or else the one sheet whose rows have a results header. */
export async function readResultsWorkbook(bytes: Uint8Array, named?: readonly string[]): Promise<ResultsTable> {
	let sheets: Array<{ name: string; rows: TableRow[] }>;
	try {
		const read = await readExcelFile(Buffer.from(bytes));
		const merges = workbookMergesDown(bytes);
		sheets = read.map(({ sheet: name, data }) => ({
			name,
			rows: withMergesDown(
				data.map((row, i) => ({ cells: row.map(cellText), line: i + 1 })),
				merges.get(name) ?? [],
			),
		}));
	} catch (error) {
		throw new ImportError(messages.resultsWorkbookUnreadable((error as Error).message));
	}
	const names = sheets.map(({ name }) => name);
	if (named === undefined) {
		const sheet = tableWithResults(sheets, {
			several: (found) => messages.resultsSeveralSheets(found.map(({ name }) => name)),
			none: () => messages.resultsNoSheetWithHeader(headerSearchRows, names),
		});
		return resultsOfTables([sheet], sheetSource([sheet.name]));
	}
	const found: typeof sheets = [];
	for (const name of named) {
		const sheet = sheets.find((candidate) => sameName(candidate.name, name));
		if (!sheet) throw new ImportError(messages.resultsNoSuchSheet(name, names));
		found.push(sheet);
	}
	return resultsOfTables(
		found.map(({ name, rows }) => ({ name: `シート「${name}」`, rows })),
		sheetSource(found.map(({ name }) => name)),
	);
}
