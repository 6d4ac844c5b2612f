import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResultsTable, resultsToCheck, rowWhere } from '../../src/lib/importer/results-table.ts';
import { readResultsWorkbook } from '../../src/lib/importer/results-workbook.ts';
import { workbookMerges } from '../../src/lib/importer/workbook-merges.ts';

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

	it('gives each opinion the answer merged down beside them, as a Word table’s merged cell, and tells staff it did', async () => {
		const workbook = await readResultsWorkbook(fixture('excel-merged.xlsx'));
		expect(workbook.items.map(({ line, number, place, response, reflection, merged }) => ({ line, number, place, response, reflection, merged }))).toEqual([
			{ line: 2, number: '1', place: '第２章\n２(1)', response: 'ご意見を踏まえ、\n「デジタル活用支援」に講習会の拡充を追記します。', reflection: '反映する', merged: undefined },
			{ line: 4, number: '2', place: '第５章１', response: 'オープンデータの推進に記載しています。', reflection: '既に盛り込み済み', merged: undefined },
			{
				line: 5,
				number: '3',
				place: '第５章１',
				response: 'オープンデータの推進に記載しています。',
				reflection: '既に盛り込み済み',
				merged: [
					{ column: 'place', from: 4 },
					{ column: 'response', from: 4 },
					{ column: 'reflection', from: 4 },
				],
			},
			{ line: 6, number: '4', place: '全体', response: '概要版を作成します。', reflection: '反映する', merged: undefined },
		]);
		// A heading row merged across the table is its first cell only: left out, as in a CSV.
		expect(workbook.skipped).toEqual([{ line: 3, text: '第５章について' }]);
		expect(resultsToCheck(workbook).rows.filter(({ line }) => line === 5).map(({ message }) => message.split(' — ')[0])).toEqual([
			'該当箇所は、表で4行目から結合されたセルのため、同じ内容を書きました',
			'県の考え方は、表で4行目から結合されたセルのため、同じ内容を書きました',
			'反映は、表で4行目から結合されたセルのため、同じ内容を書きました',
		]);
	});

	it('finds each sheet’s merged cells through the workbook’s own parts, by the sheet’s name', () => {
		// Sheet 1 is 「概要」 (its title merged over three columns), sheet 2 「意見と県の考え方」 (its title and a heading row across five).
		expect(workbookMerges(fixture('excel.xlsx'))).toEqual(
			new Map([
				['概要', [{ top: 1, left: 1, bottom: 1, right: 3 }]],
				['意見と県の考え方', [{ top: 1, left: 1, bottom: 1, right: 5 }, { top: 7, left: 1, bottom: 7, right: 5 }]],
			]),
		);
		expect(workbookMerges(fixture('excel-chapter-sheets.xlsx'))).toEqual(new Map());
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
