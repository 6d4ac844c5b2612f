import { describe, expect, it } from 'vitest';
import { hasHtml, htmlToBlocks, htmlToInline } from '../../../src/lib/importer/html-to-markdown.ts';
import { buildTable, isTableRow, renderTable, splitRow } from '../../../src/lib/importer/tables.ts';

describe('tables', () => {
	it('recognises tab-separated rows, keeping empty cells', () => {
		expect(isTableRow('指標名\t現況値\t目標値')).toBe(true);
		expect(isTableRow('\t\t')).toBe(false);
		expect(isTableRow('\t字下げされた本文')).toBe(false);
		expect(isTableRow('\t(2)誰一人取り残さない\tB')).toBe(true);
		expect(splitRow('1 県民本位の行政サービスの実現\t\t')).toEqual(['1 県民本位の行政サービスの実現', '', '']);
	});

	it('pads short rows and reports them', () => {
		const table = buildTable([
			{ line: 3, cells: ['指標名', '現況値', '目標値'] },
			{ line: 4, cells: ['オンライン利用率', '48.2%'] },
		]);
		expect(table.rows).toEqual([
			['指標名', '現況値', '目標値'],
			['オンライン利用率', '48.2%', ''],
		]);
		expect(table.report).toEqual([{ line: 3, message: expect.stringContaining('l.4') }]);
		expect(renderTable(table.rows)).toBe('| 指標名 | 現況値 | 目標値 |\n|---|---|---|\n| オンライン利用率 | 48.2% |  |');
	});

	it('reduces HTML in a cell to one line, and escapes pipes', () => {
		expect(splitRow('<b>幹事会</b>\t<ul><li>・設置</li><li>・報告</li></ul>\tA|B')).toEqual(['**幹事会**', '・設置 ・報告', 'A\\|B']);
	});
});

describe('html', () => {
	it('detects leftover tags', () => {
		expect(hasHtml('<p>令和5年度末のありたい姿</p>')).toBe(true);
		expect(hasHtml('<https://www.pref.chiba.lg.jp/>')).toBe(false);
		expect(hasHtml('＜背 景＞')).toBe(false);
	});

	it('turns blocks into paragraphs and lists, <b> into bold, <u> into its text', () => {
		expect(htmlToBlocks('<p>県民が<u>利便性を実感</u>できる<br>社会</p><ul><li><b>電子申請</b></li><li>相談</li></ul><ol><li>一</li></ol>')).toEqual([
			{ kind: 'paragraph', text: '県民が利便性を実感できる\\\n社会' },
			{ kind: 'list', ordered: false, items: ['**電子申請**', '相談'] },
			{ kind: 'list', ordered: true, items: ['一'] },
		]);
	});

	it('keeps the text of an unclosed list without <li> as it reads', () => {
		expect(htmlToInline('<ul style="list-style-type: none"> ・ 電子申請 ・ 相談窓口').replaceAll('\ue000', '|')).toBe('|・ 電子申請 ・ 相談窓口'.slice(1));
	});
});
