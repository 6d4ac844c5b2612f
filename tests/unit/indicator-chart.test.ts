import { describe, expect, it } from 'vitest';
import { chartHasSomethingToCompare, chartLegend, indicatorChart } from '../../src/lib/indicator-chart.ts';
import { pointInTime } from '../../src/lib/indicator-format.ts';
import { indicatorFigures } from '../../src/lib/indicator-progress.ts';
import type { ComparisonValue, IndicatorValue } from '../../src/schemas/indicator.ts';

const chartOf = (values: IndicatorValue[], comparisons: ComparisonValue[], unit: string) => indicatorChart(indicatorFigures({ values, comparisons }, '富山県'), unit);

describe('indicatorChart', () => {
	it('draws the values in time order, targets hatched and comparisons dotted, each with its role/area and year', () => {
		const chart = chartOf(
			[
				{ year: 2025, role: '目標値', value: 80 },
				{ year: 2021, role: '現況値', value: 40 },
			],
			[{ area: '全国', year: 2021, value: 60 }],
			'%',
		);
		expect(chart.bars.map((b) => [b.style, ...b.categoryLines, b.valueLabel])).toEqual([
			['solid', '現況値', '令和3年度', '40%'],
			['hatched', '目標値', '令和7年度', '80%'],
			['dotted', '全国', '令和3年度', '60%'],
		]);
	});

	it('scales bar heights to the values from a zero line', () => {
		const chart = chartOf([{ year: 2020, role: '基準値', value: 50 }, { year: 2022, role: '実績値', value: 100 }], [], '件');
		const [half, full] = chart.bars;
		expect(full!.height).toBeCloseTo(2 * half!.height);
		expect(full!.y + full!.height).toBeCloseTo(chart.zeroY);
		expect(half!.x).toBeLessThan(full!.x);
		expect(chart.width).toBeGreaterThan(full!.x + full!.width);
	});

	it('draws zero as a flat bar with its label, and a blank cell as 空欄 with no bar', () => {
		const chart = chartOf([{ year: 2020, role: '実績値', value: 0 }, { year: 2021, role: '実績値', value: null }, { year: 2022, role: '実績値', value: 4 }], [], '件');
		expect(chart.bars.map((b) => [b.valueLabel, b.blank, b.height === 0])).toEqual([
			['0件', false, true],
			['空欄', true, true],
			['4件', false, false],
		]);
	});

	it('labels a figure with the decimal places its file writes (80.0%, as the plan prints ８０.０％)', () => {
		const chart = chartOf([{ year: 2021, role: '現況値', value: 48.2, decimals: 1 }, { year: 2025, role: '目標値', value: 80, decimals: 1 }], [], '%');
		expect(chart.bars.map((b) => b.valueLabel)).toEqual(['48.2%', '80.0%']);
	});

	it('labels undated figures as the table does, and years in 和暦 across eras, the era written out', () => {
		const chart = chartOf([{ year: 2019, role: '実績値', value: 1 }, { year: 2018, role: '実績値', value: 1 }, { role: '現況値', value: 2 }], [], '件');
		expect(chart.bars.map((b) => b.categoryLines[1])).toEqual(['平成30年度', '令和元年度', '時点の記載なし']);
	});

	it('labels a figure of a finer time than its 年度 with the plan’s own words (2022年12月), its shorthand spelled out (R5.8末 → 令和5年8月末), not a whole year the plan does not state', () => {
		const chart = chartOf([{ year: 2020, asOf: 'R②', role: '基準値', value: 27.4 }, { year: 2023, asOf: 'R5.8末', role: '実績値', value: 75.1 }], [{ area: '全国', year: 2022, asOf: '2022年12月', value: 60 }], '%');
		expect(chart.bars.map((b) => b.categoryLines[1])).toEqual(['令和2年度', '令和5年8月末', '2022年12月']);
		// A month from January to March is in the calendar year after its 年度's.
		expect(chartOf([{ year: 2023, asOf: 'R6.2', role: '実績値', value: 1 }], [], '%').bars[0]!.categoryLines[1]).toBe('令和6年2月');
		expect([{ year: 2023, asOf: 'R5.8末' }, { year: 2023, asOf: '令和5年度末' }, { year: 2020, asOf: 'R②' }, { year: 2021, asOf: '令和３年度' }, { asOf: 'R6' }, {}].map((figure) => pointInTime(figure))).toEqual([
			'令和5（2023）年度（R5.8末）',
			'令和5（2023）年度（令和5年度末）',
			'令和2（2020）年度',
			'令和3（2021）年度',
			'R6',
			'時点の記載なし',
		]);
	});

	it('keys only the fills it draws, naming the plan’s roles and the compared areas', () => {
		const all = chartOf([{ year: 2021, role: '現況値', value: 40 }, { year: 2025, role: '目標値', value: 80 }], [{ area: '全国', year: 2021, value: 60 }], '%');
		expect(chartLegend(all)).toBe('塗りつぶし＝計画の現況値、斜線＝目標値、点＝比較値（全国）');
		const measured = chartOf([{ year: 2020, role: '基準値', value: 350 }, { year: 2022, role: '実績値', value: 870 }, { year: 2026, role: '目標値', value: null }], [], '台');
		expect(chartLegend(measured)).toBe('塗りつぶし＝計画の基準値・実績値');
	});
});

describe('chartHasSomethingToCompare', () => {
	const figures = (values: IndicatorValue[]) => indicatorFigures({ values, comparisons: [] }, '富山県');
	it('draws a chart for two figures or more, not for one beside blanks', () => {
		expect(chartHasSomethingToCompare(figures([{ year: 2020, role: '基準値', value: 102 }, { year: 2022, role: '実績値', value: 3477 }]))).toBe(true);
		expect(chartHasSomethingToCompare(figures([{ role: '実績値', value: 12000 }]))).toBe(false);
		expect(chartHasSomethingToCompare(figures([{ year: 2021, role: '実績値', value: 5 }, { year: 2022, role: '実績値', value: null }]))).toBe(false);
	});
});
