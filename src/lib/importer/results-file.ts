/**
 * A results table file, whatever staff kept it in: an Excel workbook, a Word
 * document, or a table Excel saved as CSV or Unicode text. Told apart by the
 * file's bytes, not its name.
 */
import { messages } from '../messages.ts';
import { ImportError } from './import-plan.ts';
import { readResultsDocument } from './results-document.ts';
import { readResultsTable, type ResultsTable } from './results-table.ts';
import { readResultsWorkbook } from './results-workbook.ts';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);
/** A ZIP archive, as every .xlsx and .docx is. */
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** The compound file of Office 97–2003 (.xls, .doc), which is not read. */
const oldOfficeMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
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
	if (startsWith(bytes, oldOfficeMagic)) throw new ImportError(messages.resultsOldOffice);
	const document = startsWith(bytes, zipMagic) && holds(bytes, documentPart);
	const workbook = startsWith(bytes, zipMagic) && !document;
	if (sheets !== undefined && !workbook) throw new ImportError(messages.resultsChoiceNotFor('--sheet', sheets.join('、'), 'Excel ブック（.xlsx）'));
	if (tables !== undefined && !document) throw new ImportError(messages.resultsChoiceNotFor('--table', tables.join(','), 'Word 文書（.docx）'));
	if (document) return readResultsDocument(bytes, tables);
	if (workbook) return readResultsWorkbook(bytes, sheets);
	return readResultsTable(bytes);
}
