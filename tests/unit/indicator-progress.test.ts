import { describe, expect, it } from 'vitest';
import { indicatorFigures, indicatorProgress, keyFigures, targetAgainstDirection, valuesInTimeOrder } from '../../src/lib/indicator-progress.ts';
import type { IndicatorValue } from '../../src/schemas/indicator.ts';

const v = (year: number | undefined, role: IndicatorValue['role'], value: number | null): IndicatorValue => ({ ...(year === undefined ? {} : { year }), role, value });
const percentOf = (progress: ReturnType<typeof indicatorProgress>) => (progress.computed ? progress.percent : progress.reason);

describe('indicatorProgress', () => {
	it('measures an increasing indicator as the share of the way from baseline to target', () => {
		const progress = indicatorProgress([v(2021, '基準値', 40), v(2023, '実績値', 55), v(2025, '目標値', 80)], '増加');
		expect(percentOf(progress)).toBeCloseTo(37.5);
		expect(progress).toMatchObject({ computed: true, reached: false });
	});

	it('measures a decreasing indicator the same way (both differences negative)', () => {
		const progress = indicatorProgress([v(2020, '現況値', 120), v(2022, '実績値', 90), v(2026, '目標値', 60)], '減少');
		expect(percentOf(progress)).toBeCloseTo(50);
		expect(progress).toMatchObject({ computed: true, reached: false });
	});

	it('marks a reached target, beyond 100% for an increase and for a decrease', () => {
		const up = indicatorProgress([v(2020, '基準値', 10), v(2024, '実績値', 25), v(2024, '目標値', 20)], '増加');
		expect(up).toMatchObject({ computed: true, reached: true });
		expect(percentOf(up)).toBeCloseTo(150);
		const down = indicatorProgress([v(2020, '基準値', 100), v(2023, '実績値', 60), v(2025, '目標値', 60)], '減少');
		expect(down).toMatchObject({ computed: true, reached: true });
		expect(percentOf(down)).toBeCloseTo(100);
	});

	it('marks an increasing indicator sitting exactly on its target as reached (100%)', () => {
		const progress = indicatorProgress([v(2020, '基準値', 10), v(2024, '実績値', 20), v(2025, '目標値', 20)], '増加');
		expect(progress).toMatchObject({ computed: true, reached: true });
		expect(percentOf(progress)).toBeCloseTo(100);
	});

	it('goes below zero when the indicator moved away from the target', () => {
		expect(percentOf(indicatorProgress([v(2020, '基準値', 50), v(2022, '実績値', 45), v(2025, '目標値', 60)], '増加'))).toBeCloseTo(-50);
	});

	it('uses the latest actual after the baseline and the latest target', () => {
		const progress = indicatorProgress([v(2023, '実績値', 70), v(2021, '現況値', 50), v(2022, '実績値', 60), v(2024, '目標値', 80), v(2025, '目標値', 100)], '増加');
		expect(progress.computed && [progress.baseline.year, progress.latest.year, progress.target.year]).toEqual([2021, 2023, 2025]);
		expect(percentOf(progress)).toBeCloseTo(40);
	});

	it('is not computed without an actual after the baseline (a target set, nothing measured yet)', () => {
		expect(percentOf(indicatorProgress([v(2021, '現況値', 48.2), v(2025, '目標値', 80)], '増加'))).toContain('実績値がまだない');
	});

	it('ignores blank (null) and undated actuals, but counts zero as a figure', () => {
		expect(percentOf(indicatorProgress([v(2021, '基準値', 10), v(2023, '実績値', null), v(undefined, '実績値', 15), v(2025, '目標値', 20)], '増加'))).toContain('実績値がまだない');
		expect(percentOf(indicatorProgress([v(2021, '基準値', 10), v(2023, '実績値', 0), v(2025, '目標値', 0)], '減少'))).toBeCloseTo(100);
	});

	it('is not computed without a target, without a baseline, or when they are equal', () => {
		expect(percentOf(indicatorProgress([v(2020, '基準値', 102), v(2022, '実績値', 3477)], '増加'))).toContain('目標値の記載がない');
		expect(percentOf(indicatorProgress([v(2022, '実績値', 5), v(2025, '目標値', 9)], '増加'))).toContain('基準値');
		expect(percentOf(indicatorProgress([v(2020, '基準値', 5), v(2022, '実績値', 6), v(2025, '目標値', 5)], '増加'))).toContain('同じ');
	});

	it('is not computed, never 「目標に到達」, when the target lies against the stated direction (a figure or the direction mistyped), which the check names', () => {
		const values = [v(2021, '基準値', 80), v(2023, '実績値', 80), v(2025, '目標値', 48.2)];
		expect(percentOf(indicatorProgress(values, '増加'))).toBe('目標値が基準値より小さく、目指す向き（増加）と合わないため、進捗率は計算できません。');
		expect(targetAgainstDirection(values, '増加')).toMatchObject({ baseline: { value: 80 }, target: { value: 48.2 } });
		expect(targetAgainstDirection(values, '減少')).toBeUndefined();
		expect(targetAgainstDirection(values, undefined)).toBeUndefined();
	});
});

describe('valuesInTimeOrder', () => {
	it('orders by year, then role, with undated values last', () => {
		const ordered = valuesInTimeOrder([v(undefined, '現況値', 1), v(2025, '目標値', 2), v(2021, '実績値', 3), v(2021, '基準値', 4)]);
		expect(ordered.map((x) => x.value)).toEqual([4, 3, 2, 1]);
	});
});

describe('indicatorFigures', () => {
	it('lists the plan’s values in time order with its prefecture, then the comparisons as 比較値 with their areas, in file order', () => {
		const figures = indicatorFigures(
			{
				values: [v(2025, '目標値', 80), { year: 2021, asOf: '令和３年度', role: '現況値', value: 48.2 }, v(undefined, '実績値', null)],
				comparisons: [{ area: '全国', year: 2022, value: 60 }, { area: '東北各県', asOf: 'R3', year: 2021, value: 55 }],
			},
			'福島県',
		);
		expect(figures).toEqual([
			{ area: '福島県', role: '現況値', year: 2021, asOf: '令和３年度', value: 48.2 },
			{ area: '福島県', role: '目標値', year: 2025, value: 80 },
			{ area: '福島県', role: '実績値', value: null },
			{ area: '全国', role: '比較値', year: 2022, value: 60 },
			{ area: '東北各県', role: '比較値', year: 2021, asOf: 'R3', value: 55 },
		]);
	});

	it('is empty of comparisons when the plan sets none beside its figures', () => {
		expect(indicatorFigures({ values: [v(2021, '基準値', 1)], comparisons: [] }, '青森県').map((f) => f.role)).toEqual(['基準値']);
	});
});

describe('keyFigures', () => {
	it('gives the first and latest measured figures and the latest target', () => {
		const figures = keyFigures([v(2025, '目標値', 80), v(2021, '現況値', 48.2), v(2023, '実績値', 60), v(2024, '目標値', 70)]);
		expect([figures.first?.value, figures.latest?.value, figures.target?.value]).toEqual([48.2, 60, 80]);
	});

	it('gives a lone 基準値, or a lone 現況値 set against a target, as where the plan starts, with no latest figure', () => {
		expect(keyFigures([v(2021, '現況値', 48.2), v(2025, '目標値', 80)])).toEqual({ first: v(2021, '現況値', 48.2), latest: undefined, target: v(2025, '目標値', 80) });
		expect(keyFigures([v(2019, '基準値', 40)])).toEqual({ first: v(2019, '基準値', 40), latest: undefined, target: undefined });
	});

	it('gives a lone 現況値 with no target, the state of things as last measured, as the latest figure', () => {
		expect(keyFigures([v(2022, '現況値', 76.9)])).toEqual({ first: undefined, latest: v(2022, '現況値', 76.9), target: undefined });
	});

	it('gives a lone 実績値, a result achieved, as the latest figure, with no first one', () => {
		expect(keyFigures([v(undefined, '実績値', 12000)])).toEqual({ first: undefined, latest: v(undefined, '実績値', 12000), target: undefined });
	});
});

describe('indicatorProgress without a stated direction', () => {
	it('takes the target’s side of the baseline as the good direction', () => {
		const down = indicatorProgress([v(2020, '基準値', 100), v(2023, '実績値', 50), v(2025, '目標値', 60)], undefined);
		expect(down).toMatchObject({ computed: true, reached: true });
		const up = indicatorProgress([v(2020, '基準値', 10), v(2023, '実績値', 15), v(2025, '目標値', 20)], undefined);
		expect(up).toMatchObject({ computed: true, reached: false });
	});
});
