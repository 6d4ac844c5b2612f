import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/lib/importer/import-plan.ts';
import { readResultsFile } from '../../src/lib/importer/results-file.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/results-tables/${name}`);

describe('a results table file, whatever it was kept in', () => {
	it('tells a workbook, a document and a CSV apart by their bytes', async () => {
		expect((await readResultsFile(fixture('excel.xlsx'))).source).toBe('Excel ブックのシート「意見と県の考え方」');
		expect((await readResultsFile(fixture('word.docx'))).source).toBe('Word 文書の2つ目の表');
		expect((await readResultsFile(fixture('excel-shift-jis.csv'))).source).toBe('Shift_JIS の CSV');
	});

	it('takes --sheet for a workbook and --table for a document, and says so when given the other', async () => {
		expect((await readResultsFile(fixture('excel-two-tables.xlsx'), { sheets: ['説明会での意見'] })).items).toHaveLength(1);
		expect((await readResultsFile(fixture('word-two-tables.docx'), { tables: [2] })).items).toHaveLength(1);
		await expect(readResultsFile(fixture('excel-utf8.csv'), { sheets: ['意見'] })).rejects.toThrow('--sheet「意見」を指定しましたが、表は Excel ブック（.xlsx）ではありません — --sheet を付けずに実行してください');
		await expect(readResultsFile(fixture('word.docx'), { sheets: ['意見'] })).rejects.toThrow('--sheet「意見」を指定しましたが、表は Excel ブック（.xlsx）ではありません');
		await expect(readResultsFile(fixture('excel.xlsx'), { tables: [2] })).rejects.toThrow('--table「2」を指定しましたが、表は Word 文書（.docx）ではありません');
	});

	it('stops with what to do on a PDF of the table, whose text keeps no cells', async () => {
		await expect(readResultsFile(readFileSync('tests/fixtures/importer-pdf/plan.pdf'))).rejects.toThrow('PDF の表は読めません（PDF の文字には、どこがセルの区切りかが残りません）— 公表した PDF の元の Excel ブック（*.xlsx）か Word 文書（*.docx）を指定してください');
	});

	it('stops with what to do on an old .xls or .doc, or a damaged workbook', async () => {
		const oldOffice = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
		await expect(readResultsFile(oldOffice)).rejects.toThrow('古い形式の Office ファイル（.xls、.doc: Office 97-2003）は読めません — Excel で開いて「Excel ブック（*.xlsx）」として');
		const damaged = fixture('excel.xlsx').subarray(0, 600);
		await expect(readResultsFile(damaged)).rejects.toThrow(ImportError);
		await expect(readResultsFile(damaged)).rejects.toThrow(/^表を Excel ブックとして読めません（.+）— Excel で開いて/);
	});
});
