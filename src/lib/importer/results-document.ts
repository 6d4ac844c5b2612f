/**
 * A results table read from the Word document (.docx) it is kept in, as many
 * prefectures keep and publish it. Copied into Excel instead, a cell of
 * several paragraphs would become several rows. mammoth reads the document
 * (its tables as HTML, merged cells as rowspan and colspan); a cell's
 * paragraphs and line breaks become its lines. A cell merged down several rows
 * (one answer to two opinions) gives each row its text, as the table means;
 * merged across (a heading row such as 「第５章について」), only its first
 * column. A row's line is its place in the table, the header's row counted.
 * Several tables of one kind (one per chapter) are read one after another when
 * staff name them (--table 2,3).
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import mammoth from 'mammoth';
import { messages } from '../messages.ts';
import { ImportError } from './import-plan.ts';
import { headerSearchRows, resultsOfTables, type ResultsTable, tableWithResults, type TableRow } from './results-table.ts';

const isElement = (node: ElementContent, ...names: string[]): node is Element => node.type === 'element' && names.includes(node.tagName);

/** The table's own rows, its header's included, not those of a table inside a cell. */
const rowsOf = (table: Element) => table.children.flatMap((child) => (isElement(child, 'thead', 'tbody', 'tfoot') ? child.children : [child])).filter((row) => isElement(row, 'tr'));

/** A cell's text: its paragraphs and line breaks as lines, blank lines between them dropped. */
const cellText = (cell: Element) => toText(cell).replace(/\n{2,}/g, '\n').trim();

/** The rows as a grid: each cell at its column, a cell merged down repeated in each row it spans. */
function gridRows(table: Element): TableRow[] {
	const spanning: Array<{ text: string; from: number; rows: number } | undefined> = [];
	return rowsOf(table).map((row, r) => {
		const cells: string[] = [];
		const mergedFrom: Array<number | undefined> = [];
		let column = 0;
		const takeSpanning = () => {
			for (let above = spanning[column]; above && above.rows > 0; above = spanning[++column]) {
				cells[column] = above.text;
				mergedFrom[column] = above.from;
				above.rows -= 1;
			}
		};
		for (const cell of row.children.filter((child) => isElement(child, 'td', 'th'))) {
			takeSpanning();
			const text = cellText(cell);
			const rowSpan = Number(cell.properties.rowSpan ?? 1);
			const colSpan = Number(cell.properties.colSpan ?? 1);
			cells[column] = text;
			spanning[column] = rowSpan > 1 ? { text, from: r + 1, rows: rowSpan - 1 } : undefined;
			column += colSpan;
		}
		takeSpanning();
		return { cells: Array.from(cells, (text) => text ?? ''), line: r + 1, mergedFrom };
	});
}

const tableSource = (numbers: readonly number[]) => `Word 文書の${numbers.map((n) => `${n}つ目`).join('と')}の表`;

/**
 * Reads the results from a document: the tables numbered in `chosen` (from 1), one after another (a
 * table per chapter), or else the one table with a results header.
 */
export async function readResultsDocument(bytes: Uint8Array, chosen?: readonly number[]): Promise<ResultsTable> {
	let html: string;
	try {
		html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
	} catch (error) {
		throw new ImportError(messages.resultsDocumentUnreadable((error as Error).message));
	}
	const tree = fromHtml(html, { fragment: true });
	const nested = new Set(selectAll('table table', tree));
	const tables = selectAll('table', tree)
		.filter((element) => !nested.has(element))
		.map((element, i) => ({ number: i + 1, name: `${i + 1}つ目の表`, rows: gridRows(element) }));
	if (tables.length === 0) throw new ImportError(messages.resultsDocumentNoTable);
	if (chosen === undefined) {
		const table = tableWithResults(tables, {
			several: (found) => messages.resultsSeveralTables(found.map(({ number }) => number)),
			none: () => messages.resultsNoTableWithHeader(headerSearchRows, tables.length),
		});
		return resultsOfTables([table], tableSource([table.number]));
	}
	const missing = chosen.find((number) => !tables[number - 1]);
	if (missing !== undefined) throw new ImportError(messages.resultsNoSuchTable(missing, tables.length));
	return resultsOfTables(
		chosen.map((number) => tables[number - 1]!),
		tableSource(chosen),
	);
}
