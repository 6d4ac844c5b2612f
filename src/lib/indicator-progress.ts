/**
 * How far an indicator has come from its baseline toward its target. Pure
 * arithmetic on the plan's figures; no rounding until display.
 */
import type { Direction, Indicator, IndicatorValue, ValueRole } from '../schemas/indicator.ts';

/** The formula, as the pages state it. */
export const progressFormula = '進捗率（%）＝（最新の実績値 − 基準値）÷（目標値 − 基準値）× 100';

const roleOrder: Record<ValueRole, number> = { 基準値: 0, 現況値: 1, 実績値: 2, 目標値: 3 };

/** Values in time order (same year: 基準値, 現況値, 実績値, 目標値); values with no year last, in file order. */
export function valuesInTimeOrder<T extends Pick<IndicatorValue, 'year' | 'role'>>(values: readonly T[]): T[] {
	return values
		.map((value, index) => ({ value, index }))
		.sort((a, b) => (a.value.year ?? Infinity) - (b.value.year ?? Infinity) || roleOrder[a.value.role] - roleOrder[b.value.role] || a.index - b.index)
		.map(({ value }) => value);
}

/** One of an indicator's figures as every table, chart and data file lists them. */
export interface IndicatorFigure {
	/** The plan's own figures keep their role; figures it sets beside them for comparison are 比較値. */
	role: ValueRole | '比較値';
	/** Whom the figure is about: the plan's prefecture, or the comparison's area (全国 …). */
	area: string;
	year?: number | undefined;
	asOf?: string | undefined;
	value: number | null;
	/** Decimal places the figure is written with (80.0 → 1). */
	decimals?: number | undefined;
}

/** The plan's own values in time order, then its comparison figures in the order the plan gives them. */
export function indicatorFigures(indicator: Pick<Indicator, 'values' | 'comparisons'>, prefecture: string): IndicatorFigure[] {
	return [
		...valuesInTimeOrder(indicator.values).map((v) => ({ ...v, area: prefecture })),
		...indicator.comparisons.map((c): IndicatorFigure => ({ ...c, role: '比較値' })),
	];
}

type DatedFigure = IndicatorValue & { year: number; value: number };

export type Progress =
	| {
			computed: true;
			baseline: DatedFigure;
			latest: DatedFigure;
			target: DatedFigure;
			/** Percent of the way from baseline to target: 0 at the baseline, 100 at the target; may exceed 100 or fall below 0. */
			percent: number;
			/** The latest figure is at or beyond the target in the good direction. */
			reached: boolean;
	  }
	| { computed: false; reason: string };

const dated = (v: IndicatorValue): v is DatedFigure => v.year !== undefined && v.value !== null;

/** A target on the other side of the baseline from the stated direction: a mistyped figure or direction. */
const pointsAgainst = (baseline: number, target: number, direction: Direction | undefined) =>
	(direction === '増加' && target < baseline) || (direction === '減少' && target > baseline);

/** The baseline and target of an indicator whose target points against its stated direction, for the content check. */
export function targetAgainstDirection(values: readonly IndicatorValue[], direction: Direction | undefined): { baseline: DatedFigure; target: DatedFigure } | undefined {
	const { baseline, target } = baselineAndTarget(valuesInTimeOrder(values.filter(dated)));
	return target && baseline && pointsAgainst(baseline.value, target.value, direction) ? { baseline, target } : undefined;
}

/** Of dated figures in time order: the target, the latest 目標値; the baseline, the earliest 基準値 or 現況値. */
const baselineAndTarget = (ordered: readonly DatedFigure[]) => ({
	target: ordered.findLast((v) => v.role === '目標値'),
	baseline: ordered.find((v) => v.role === '基準値' || v.role === '現況値'),
});

/**
 * Target: the latest 目標値. Baseline: the earliest 基準値 or 現況値. Latest:
 * the most recent 実績値 or 現況値 after the baseline's year. Blank (null)
 * and undated figures take no part. The formula works unchanged for
 * decreasing targets: both differences are then negative. Without a stated
 * direction, the target's side of the baseline tells which way is good.
 */
export function indicatorProgress(values: readonly IndicatorValue[], direction: Direction | undefined): Progress {
	const ordered = valuesInTimeOrder(values.filter(dated));
	const { baseline, target } = baselineAndTarget(ordered);
	if (!target) return { computed: false, reason: '目標値の記載がないため、進捗率は計算できません。' };
	if (!baseline) return { computed: false, reason: '基準値（または現況値）の記載がないため、進捗率は計算できません。' };
	const latest = ordered.findLast((v) => (v.role === '実績値' || v.role === '現況値') && v.year > baseline.year);
	if (!latest) return { computed: false, reason: '基準値より後の実績値がまだないため、進捗率は計算できません。' };
	if (target.value === baseline.value) return { computed: false, reason: '目標値が基準値と同じため、進捗率は計算できません。' };
	if (pointsAgainst(baseline.value, target.value, direction)) return { computed: false, reason: `目標値が基準値より${direction === '増加' ? '小さく' : '大きく'}、目指す向き（${direction}）と合わないため、進捗率は計算できません。` };
	const percent = ((latest.value - baseline.value) / (target.value - baseline.value)) * 100;
	const rising = (direction ?? (target.value > baseline.value ? '増加' : '減少')) === '増加';
	const reached = rising ? latest.value >= target.value : latest.value <= target.value;
	return { computed: true, baseline, latest, target, percent, reached };
}

/** The figures a one-line summary shows: the first one, the latest measured one (a lone 実績値 is that), and the latest target. */
export function keyFigures<T extends IndicatorValue>(values: readonly T[]): { first?: T | undefined; latest?: T | undefined; target?: T | undefined } {
	const ordered = valuesInTimeOrder(values);
	const measured = ordered.filter((v) => v.role !== '目標値');
	const target = ordered.findLast((v) => v.role === '目標値');
	// A lone figure is the latest there is when it is a result achieved (実績値), or the state of things with no
	// target to start from (現況値: 青森県's survey results); a lone 基準値, or a 現況値 set against a target, is where the plan starts.
	const lone = measured.length === 1 ? measured[0]! : undefined;
	const loneLatest = lone !== undefined && (lone.role === '実績値' || (lone.role === '現況値' && target === undefined));
	const first = loneLatest ? undefined : measured[0];
	const latest = measured.length > 1 || loneLatest ? measured.at(-1) : undefined;
	return { first, latest, target };
}
