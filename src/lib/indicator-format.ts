/** How indicator figures and their times read on the pages and in the open data. */
import type { IndicatorValue } from '../schemas/indicator.ts';
import { formatFiscalYear } from './japanese-dates.ts';

const numberFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 10 });

/** 3477 → 3,477; blank (null) stays visibly different from zero. */
export const formatNumber = (value: number | null) => (value === null ? '空欄' : numberFormat.format(value));

/** 3477, 件 → 3,477件 */
export const formatFigure = (value: number | null, unit: string) => (value === null ? '空欄' : `${numberFormat.format(value)}${unit}`);

/** A progress percentage to one decimal place: 37.5%. */
export const formatPercent = (percent: number) => `${(Math.round(percent * 10) / 10).toFixed(1)}%`;

/** What a figure's time reads when the plan states none, in the table and the chart alike. */
export const noPointInTime = '時点の記載なし';

/** 令和3（2021）年度, or the plan's own words when it gives no fiscal year, or 時点の記載なし. */
export function pointInTime(value: Pick<IndicatorValue, 'year' | 'asOf'>): string {
	if (value.year !== undefined) return formatFiscalYear(value.year);
	return value.asOf ?? noPointInTime;
}
