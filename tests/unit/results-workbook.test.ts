import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResultsTable, resultsToCheck, rowWhere } from '../../src/lib/importer/results-table.ts';
import { readResultsDocument } from '../../src/lib/importer/results-document.ts';
import { readResultsWorkbook } from '../../src/lib/importer/results-workbook.ts';
import { workbookMergesDown } from '../../src/lib/importer/workbook-merges.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/results-tables/${name}`);

describe('a results table kept in an Excel workbook', () => {
	it('is read from the sheet that holds it, past a cover sheet, as the same rows the CSV saved from it gives', async () => {
		const workbook = await readResultsWorkbook(fixture('excel.xlsx'));
		const csv = readResultsTable(fixture('excel-utf8.csv'));
		expect(workbook.source).toBe('Excel ブックのシート「意見と県の考え方」');
		// The 番号 are number cells, the header 「ご意見に対する県の考え方」 is wrapped by Alt+Enter: read as the CSV has them.
		expect(workbook.columns).toEqual(csv.columns);
		const withoutLines = <T extends { line: number }>(rows: readonly T[]) => rows.map(({ line: _line, ...row }) => row);
		expect(withoutLines(workbook.items)).toEqual(withoutLines(csv.items));
		expect(withoutLines(workbook.skipped)).toEqual(withoutLines(csv.skipped));
	});

	it('names each row by the sheet’s row number, as Excel shows it', async () => {
		const workbook = await readResultsWorkbook(fixture('excel.xlsx'));
		expect(workbook.headerLine).toBe(3);
		expect(workbook.items.map((item) => item.line)).toEqual([4, 5, 8, 9]);
		expect(workbook.skipped).toEqual([{ line: 7, text: '第５章について' }]);
	});

	it('gives each opinion the answer merged down beside them, as the same table in a Word document gives, and tells staff it did', async () => {
		// excel-merged.xlsx is word.docx's results table as a sheet (the header in row 1, as the document's table counts rows):
		// 県の考え方 and 対応区分 merged down beside opinions 3 and 4, 「第５章について」 merged across.
		const workbook = await readResultsWorkbook(fixture('excel-merged.xlsx'));
		const document = await readResultsDocument(fixture('word.docx'));
		expect(workbook.items).toEqual(document.items);
		expect(workbook.items[3]!.merged).toEqual([
			{ column: 'response', from: 5 },
			{ column: 'reflection', from: 5 },
		]);
		expect(workbook.skipped).toEqual(document.skipped);
		expect(resultsToCheck(workbook).rows).toEqual(resultsToCheck(document).rows);
	});

	it('finds each sheet’s cells merged down through the workbook’s own parts, by the sheet’s name, not those merged across only', () => {
		expect(workbookMergesDown(fixture('excel-merged.xlsx'))).toEqual(
			new Map([
				[
					'意見と県の考え方',
					[
						{ column: 4, top: 5, bottom: 6 },
						{ column: 5, top: 5, bottom: 6 },
					],
				],
			]),
		);
		// Its titles and heading row merged across, nothing down.
		expect(workbookMergesDown(fixture('excel.xlsx'))).toEqual(new Map());
	});

	it('does not guess between two sheets with a table: it reads the one named with --sheet', async () => {
		await expect(readResultsWorkbook(fixture('excel-two-tables.xlsx'))).rejects.toThrow(
			'意見と県の考え方の表が、シート「素案への意見」「説明会での意見」の2つにあります — 取り込むシートを --sheet「シートの名前」で指定してください',
		);
		const named = await readResultsWorkbook(fixture('excel-two-tables.xlsx'), ['説明会での意見']);
		expect(named.source).toBe('Excel ブックのシート「説明会での意見」');
		expect(named.items).toEqual([{ line: 2, number: '1', summary: '説明会を増やしてほしい。', response: '検討します。' }]);
		await expect(readResultsWorkbook(fixture('excel-two-tables.xlsx'), ['説明会'])).rejects.toThrow(
			'このブックにシート「説明会」はありません（シート: 素案への意見、説明会での意見）',
		);
	});

	it('reads a sheet per chapter one after another when --sheet names each, each row saying which sheet it is in', async () => {
		const workbook = await readResultsWorkbook(fixture('excel-chapter-sheets.xlsx'), ['第１章', '第２章']);
		expect(workbook.source).toBe('Excel ブックのシート「第１章」「第２章」');
		expect(workbook.items.map((item) => [rowWhere(item), item.number, item.summary])).toEqual([
			['シート「第１章」の2行目', '1', '計画の趣旨を分かりやすくしてほしい。'],
			['シート「第２章」の2行目', '2', '人材育成の目標を示してほしい。'],
			['シート「第２章」の3行目', '3', '研修を増やしてほしい。'],
		]);
		// Unnamed, the two are not guessed between; sheets whose columns differ are not one table.
		await expect(readResultsWorkbook(fixture('excel-chapter-sheets.xlsx'))).rejects.toThrow('章ごとのシートなどを続けて取り込むなら --sheet 第１章 --sheet 第２章');
		await expect(readResultsWorkbook(fixture('excel-two-tables.xlsx'), ['素案への意見', '説明会での意見'])).rejects.toThrow('シート「素案への意見」とシート「説明会での意見」で列が違います');
	});

	it('says which sheets it looked at when none has the header', async () => {
		await expect(readResultsWorkbook(fixture('excel-no-table.xlsx'))).rejects.toThrow('どのシート（概要、提出者の内訳）にも見出しの行が見つかりません');
		// A sheet named shows its own first row.
		await expect(readResultsWorkbook(fixture('excel-no-table.xlsx'), ['提出者の内訳'])).rejects.toThrow('（最初の行: 「区分、件数」）');
	});
});
