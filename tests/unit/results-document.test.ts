import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResultsDocument } from '../../src/lib/importer/results-document.ts';
import { readResultsTable, resultsToCheck, resultsYaml, rowWhere } from '../../src/lib/importer/results-table.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/results-tables/${name}`);

describe('a results table kept in a Word document', () => {
	it('is read from the table that holds it, past a tally table, each cell’s paragraphs as its lines', async () => {
		const document = await readResultsDocument(fixture('word.docx'));
		expect(document.source).toBe('Word 文書の2つ目の表');
		expect(document.headerLine).toBe(1);
		// The header 「ご意見に対する」「県の考え方」 and the cells of the first row are two paragraphs each: read as the CSV's two lines.
		const csv = readResultsTable(fixture('excel-utf8.csv'));
		expect(document.columns).toEqual(csv.columns);
		expect(document.items[0]).toEqual({ ...csv.items[0], line: 2 });
		expect(document.items[0]!.summary).toBe('高齢者がスマートフォンを使えるよう、\n講習会を増やしてほしい。');
		// A heading row merged across the table is one cell: left out, as in a CSV.
		expect(document.skipped).toEqual([{ line: 4, text: '第５章について' }]);
	});

	it('gives each opinion the answer merged down beside them, and tells staff it did', async () => {
		const document = await readResultsDocument(fixture('word.docx'));
		expect(document.items.slice(2).map(({ line, number, summary, response, reflection, merged }) => ({ line, number, summary, response, reflection, merged }))).toEqual([
			{ line: 5, number: '3', summary: 'データの公開を進めてほしい。', response: 'オープンデータの推進に記載しています。', reflection: '既に盛り込み済み', merged: undefined },
			{
				line: 6,
				number: '4',
				summary: '県のデータをもっと使いやすくしてほしい。',
				response: 'オープンデータの推進に記載しています。',
				reflection: '既に盛り込み済み',
				merged: [
					{ column: 'response', from: 5 },
					{ column: 'reflection', from: 5 },
				],
			},
		]);
		expect(resultsToCheck(document).rows.filter(({ line }) => line === 6).map(({ message }) => message.split(' — ')[0])).toEqual([
			'県の考え方は、表で5行目から結合されたセルのため、同じ内容を書きました',
			'反映は、表で5行目から結合されたセルのため、同じ内容を書きました',
		]);
	});

	it('does not guess between two tables of results: it reads the one --table names', async () => {
		await expect(readResultsDocument(fixture('word-two-tables.docx'))).rejects.toThrow(
			'意見と県の考え方の表が、文書の1つ目と2つ目の表の2つにあります — 取り込む表を --table で指定してください（1つ目だけなら --table 1、章ごとの表などを続けて取り込むなら --table 1,2）',
		);
		const second = await readResultsDocument(fixture('word-two-tables.docx'), [2]);
		expect(second.source).toBe('Word 文書の2つ目の表');
		expect(second.items).toEqual([{ line: 2, number: '1', summary: '説明会を増やしてほしい。', response: '検討します。' }]);
		await expect(readResultsDocument(fixture('word-two-tables.docx'), [3])).rejects.toThrow('--table に 3 を指定しましたが、この文書の表は2つです');
	});

	it('reads a table per chapter one after another when --table names them, each row saying which table it is in', async () => {
		const document = await readResultsDocument(fixture('word-chapter-tables.docx'), [1, 2]);
		expect(document.source).toBe('Word 文書の1つ目と2つ目の表');
		expect(document.items.map(({ table, line, number, summary }) => ({ table, line, number, summary }))).toEqual([
			{ table: '1つ目の表', line: 2, number: '1', summary: '計画の趣旨を分かりやすくしてほしい。' },
			{ table: '2つ目の表', line: 2, number: '3', summary: '人材育成の目標を示してほしい。' },
		]);
		expect(document.skipped).toEqual([{ table: '1つ目の表', line: 3, text: '2' }]);
		expect(resultsToCheck(document).rows.map(({ table, line }) => [table, line])).toEqual([['1つ目の表', 3]]);
		expect(rowWhere(document.items[1]!)).toBe('2つ目の表の2行目');
		expect(resultsYaml(document, { published: '2027-02-01', opinionCount: 2 })).toContain('    # 2つ目の表の2行目（番号 3）\n');
		// Tables whose columns differ are not one table.
		await expect(readResultsDocument(fixture('word-two-tables.docx'), [1, 2])).rejects.toThrow('1つ目の表と2つ目の表で列が違います');
	});

	it('says what it looked at when no table has the header, or the document has no table', async () => {
		await expect(readResultsDocument(fixture('word-no-results.docx'))).rejects.toThrow('文書の表（2つ）のどれにも見出しの行が見つかりません');
		await expect(readResultsDocument(fixture('word-no-results.docx'), [2])).rejects.toThrow('（最初の行: 「区分、人数」）');
		await expect(readResultsDocument(fixture('word-no-tables.docx'))).rejects.toThrow('この Word 文書には表がありません');
	});
});
