/** How indicator figures and their times read on the pages and in the open data. */
import type { IndicatorValue } from '../schemas/indicator.ts';
import { formatFiscalYear, readPointInTime } from './japanese-dates.ts';

/** A figure as its file gives it: the number, and the decimal places it is written with (80.0 → 1). */
type Figure = { value: number | null; decimals?: number | undefined };

/** The decimal places a figure shows: as its file writes it (80.0 → 1), and at least the number's own (76.9 → 1). */
export const decimalPlaces = ({ value, decimals = 0 }: Figure) => Math.max(decimals, String(value ?? '').split('.')[1]?.length ?? 0);

/** 3477 → 3,477; 80 written 80.0 → 80.0, as the plan prints it; blank (null) stays visibly different from zero. */
export const formatNumber = (figure: Figure) => {
	const places = decimalPlaces(figure);
	return figure.value === null ? '空欄' : new Intl.NumberFormat('ja-JP', { minimumFractionDigits: places, maximumFractionDigits: places }).format(figure.value);
};

/** A figure as its file writes it, for messages to authors: 80 written 80.0 → "80.0", 3477 → "3477" (no grouping, as in YAML). */
export const figureAsWritten = (figure: Figure & { value: number }) => figure.value.toFixed(decimalPlaces(figure));

/** 3477, 件 → 3,477件 */
export const formatFigure = (figure: Figure, unit: string) => (figure.value === null ? '空欄' : `${formatNumber(figure)}${unit}`);

/** A progress percentage to one decimal place: 37.5%. */
export const formatPercent = (percent: number) => `${(Math.round(percent * 10) / 10).toFixed(1)}%`;

/** What a figure's time reads when the plan states none, in the table and the chart alike. */
export const noPointInTime = '時点の記載なし';

/** What each role a figure is labelled with means: the tables and charts name them, and residents need not know them. */
export const valueRolesExplained =
	'値の区分は、現況値（計画に書かれた時点の値）、基準値（進み具合を測る起点の値）、実績値（その後に測った値）、目標値（計画が目指す値）、比較値（全国など、比べる相手として計画が示す値）です。';

/**
 * The plan's own words for a figure's time where they name a point finer than its 年度 (a month: R5.8末, the end
 * of August 2023; 2022年12月; or an end: 令和5年度末): the 年度 alone would state a whole year the plan does not.
 */
export const finerTime = ({ asOf }: Pick<IndicatorValue, 'asOf'>) => (asOf !== undefined && (monthOf(asOf) !== undefined || /末/.test(asOf)) ? asOf : undefined);

/** The month a time names; none for a time the content check would reject (`npm run dev` shows pages with problems). */
function monthOf(time: string): number | undefined {
	try {
		return readPointInTime(time)?.month;
	} catch {
		return undefined;
	}
}

/** 令和3（2021）年度, with the plan's finer time after it (令和5（2023）年度（R5.8末）), or the plan's own words when it gives no fiscal year, or 時点の記載なし. */
export function pointInTime(value: Pick<IndicatorValue, 'year' | 'asOf'>): string {
	if (value.year === undefined) return value.asOf ?? noPointInTime;
	const finer = finerTime(value);
	return finer ? `${formatFiscalYear(value.year)}（${finer}）` : formatFiscalYear(value.year);
}

/** Said after an indicator's name that is the editors' (nameIsDescriptive), wherever the name is listed. */
export const descriptiveNameMark = '（名称は編集部による）';
