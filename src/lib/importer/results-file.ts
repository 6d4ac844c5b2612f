/**
 * A results table file, whatever staff kept it in: an Excel workbook, a Word
 * document, or a table Excel saved as CSV or Unicode text. Told apart by the
 * file's bytes, not its name.
 */
import { messages } from '../messages.ts';
import { isCompoundFile, isPdf, isZip } from './file-kinds.ts';
import { ImportError } from './import-plan.ts';
import { readResultsDocument } from './results-document.ts';
import { readResultsTable, type ResultsTable } from './results-table.ts';
import { readResultsWorkbook } from './results-workbook.ts';

/** A Word document's main part, named (uncompressed) in its archive's headers; a workbook has xl/workbook.xml. */
const documentPart = Buffer.from('word/document.xml');

const holds = (bytes: Uint8Array, part: Buffer) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(part);

export interface TableChoice {
	/** A workbook's sheets, by name, read one after another. */
	sheets?: readonly string[] | undefined;
	/** A document's tables, by their place (1 for the first), read one after another. */
	tables?: readonly number[] | undefined;
}

/** The results in a table file, the sheet or tables chosen where it has several. */
export async function readResultsFile(bytes: Uint8Array, { sheets, tables }: TableChoice = {}): Promise<ResultsTable> {
	if (isCompoundFile(bytes)) throw new ImportError(messages.resultsOldOffice);
	if (isPdf(bytes)) throw new ImportError(messages.resultsPdf);
	const document = isZip(bytes) && holds(bytes, documentPart);
	const workbook = isZip(bytes) && !document;
	if (sheets !== undefined && !workbook) throw new ImportError(messages.resultsChoiceNotFor('--sheet', sheets.join('、'), 'Excel ブック（.xlsx）'));
	if (tables !== undefined && !document) throw new ImportError(messages.resultsChoiceNotFor('--table', tables.join(','), 'Word 文書（.docx）'));
	if (document) return readResultsDocument(bytes, tables);
	if (workbook) return readResultsWorkbook(bytes, sheets);
	return readResultsTable(bytes);
}
