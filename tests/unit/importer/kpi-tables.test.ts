/** A KPI table the extraction flattened one cell per line, read back into rows, or said not to fit. */
import { describe, expect, it } from 'vitest';
import { flattenedKpiTable } from '../../../src/lib/importer/kpi-tables.ts';

const header = ['指標名', '現況値（令和５年度）', '目標値（令和１０年度）'];

describe('flattenedKpiTable', () => {
	it('reads each indicator’s figures one a line, as many lines as the header has figure columns, the cells as written', () => {
		expect(flattenedKpiTable([...header, '行政手続のオンライン化率', '３５.０％', '９０.０％', 'デジタル技術を活用する県内', '事業者の割合', '１８.５％', '５０.０％'])).toEqual({
			rows: [header, ['行政手続のオンライン化率', '３５.０％', '９０.０％'], ['デジタル技術を活用する県内事業者の割合', '１８.５％', '５０.０％']],
		});
	});

	it('reads a row’s figures on one line, and a name’s line that looks like a figure as part of the name there', () => {
		expect(flattenedKpiTable([...header, '県内の', '５Ｇ基地局数', '１２０局 ３００局'])).toEqual({ rows: [header, ['県内の５Ｇ基地局数', '１２０局', '３００局']] });
	});

	it('says why, rather than guess, when the figures one a line do not fit the header', () => {
		const problem = (...body: string[]) => flattenedKpiTable([...header, ...body]);
		expect(problem('研修の受講者数', '１,２００人')).toEqual({ problem: '「研修の受講者数」 の数値が 1 つしかありません（数値の列は 2 列）' });
		expect(problem('研修の受講者数', '１,２００人', '研修の満足度', '８０％')).toEqual({ problem: '「研修の受講者数」 の数値が 1 つしかありません（数値の列は 2 列）' });
		expect(problem('参加者数', '３２０人', '１,０００人', '３,０００人')).toEqual({ problem: '「参加者数」 の数値 2 つ（数値の列の数）の後に、もう1つ数値と読める行 「３,０００人」 があります' });
		expect(problem('３２０人', '参加者数', '１,０００人', '３,０００人')).toEqual({ problem: '数値 「３２０人」 の前に指標名がありません' });
		expect(problem('参加者数', '３２０人', '１,０００人', '満足度')).toEqual({ problem: '「満足度」 の後に数値がありません' });
	});

	it('says why when a line of figures does not fit the header', () => {
		expect(flattenedKpiTable([...header, '参加者数', '３２０人 １,０００人', '満足度', '６０％ ８０％ ９０％'])).toEqual({
			problem: '「満足度」 の数値の行 「６０％ ８０％ ９０％」 は 3 つで、数値の列（2 列）と合いません',
		});
	});

	it('is no KPI table without 指標名 and a figure column’s header', () => {
		expect(flattenedKpiTable(['行政手続のオンライン化率', '３５.０％', '９０.０％'])).toBeUndefined();
		expect(flattenedKpiTable(['指標名', '行政手続のオンライン化率', '３５.０％'])).toBeUndefined();
	});
});
