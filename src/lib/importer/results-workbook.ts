/**
 * A results table read from the Excel workbook (.xlsx) it is kept in, so staff
 * need not save it as CSV first, where Excel's plain 「CSV」 (Shift_JIS) turns
 * every character outside code page 932 into 「?」. The rows are then read as a
 * CSV's are (results-table.ts); a row's line is the sheet's row number, as
 * Excel shows it. Pure: takes the file's bytes.
 */
import readExcelFile, { type CellValue } from 'read-excel-file/node';
import { messages } from '../messages.ts';
import { ImportError } from './import-plan.ts';
import { hasResultsHeader, headerSearchRows, readResultsTable, resultsFromRows, type ResultsTable, type TableRow } from './results-table.ts';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);
/** A ZIP archive, as every .xlsx is: told by its bytes, so a workbook renamed .csv is still read as one. */
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** The compound file of Excel 97–2003 (.xls), which is not read. */
const oldWorkbookMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A cell as text: numbers as written (番号 1), dates as ISO, line breaks (Alt+Enter) as \n. */
function cellText(value: CellValue | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value).replace(/\r\n?/g, '\n').trim();
}

const sheetSource = (name: string) => `Excel ブックのシート「${name}」`;
const sameName = (a: string, b: string) => a.normalize('NFKC').trim() === b.normalize('NFKC').trim();

/**
 * Reads the results from a workbook: the sheet named, or else the one sheet
 * whose rows have a results header (a cover or a tally beside it is passed
 * over). Several such sheets are not guessed between: staff name one.
 */
export async function readResultsWorkbook(bytes: Uint8Array, sheet?: string): Promise<ResultsTable> {
	let sheets: Array<{ name: string; rows: TableRow[] }>;
	try {
		const read = await readExcelFile(Buffer.from(bytes));
		sheets = read.map(({ sheet: name, data }) => ({ name, rows: data.map((row, i) => ({ cells: row.map(cellText), line: i + 1 })) }));
	} catch (error) {
		throw new ImportError(messages.resultsWorkbookUnreadable((error as Error).message));
	}
	const names = sheets.map(({ name }) => name);
	if (sheet !== undefined) {
		const named = sheets.find(({ name }) => sameName(name, sheet));
		if (!named) throw new ImportError(messages.resultsNoSuchSheet(sheet, names));
		return resultsFromRows(named.rows, sheetSource(named.name));
	}
	const tables = sheets.filter(({ rows }) => hasResultsHeader(rows));
	if (tables.length > 1) throw new ImportError(messages.resultsSeveralSheets(tables.map(({ name }) => name)));
	// With none, the only sheet's rows say what is missing; with several sheets, which were looked at.
	const [table] = tables.length === 1 || sheets.length > 1 ? tables : sheets;
	if (!table) throw new ImportError(messages.resultsNoSheetWithHeader(headerSearchRows, names));
	return resultsFromRows(table.rows, sheetSource(table.name));
}

/** The results in a table file as Excel saves it: a workbook (.xlsx), or CSV and Unicode text. */
export async function readResultsFile(bytes: Uint8Array, sheet?: string): Promise<ResultsTable> {
	if (startsWith(bytes, oldWorkbookMagic)) throw new ImportError(messages.resultsOldWorkbook);
	if (startsWith(bytes, zipMagic)) return readResultsWorkbook(bytes, sheet);
	if (sheet !== undefined) throw new ImportError(messages.resultsSheetOfCsv(sheet));
	return readResultsTable(bytes);
}
