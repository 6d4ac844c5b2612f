/**
 * Geometry of the small bar chart drawn for each indicator at build time.
 * Bars are told apart by fill pattern and by their text labels (role or
 * area, and year), never by colour alone; blank figures get a label and no
 * bar, zero a flat bar.
 */
import { finerTime, formatFigure, noPointInTime } from './indicator-format.ts';
import type { IndicatorFigure } from './indicator-progress.ts';
import { calendarYearOfMonth, formatFiscalYearInEra, formatMonthInEra, readPointInTime } from './japanese-dates.ts';

/** solid: the plan's measured figures; hatched: targets; dotted: comparison figures (全国 …). */
type BarStyle = 'solid' | 'hatched' | 'dotted';

interface ChartBar {
	x: number;
	y: number;
	width: number;
	height: number;
	style: BarStyle;
	/** 3,477件, or 空欄. */
	valueLabel: string;
	/** Where the value label's baseline sits. */
	valueLabelY: number;
	/** Centre of the bar, for the labels. */
	centerX: number;
	/** Role or area, then the year: ['実績値', 'R4年度']. */
	categoryLines: [string, string];
	/** The plan gives the cell but no figure: no bar is drawn. */
	blank: boolean;
}

export interface ChartGeometry {
	width: number;
	height: number;
	/** y of the zero line. */
	zeroY: number;
	bars: ChartBar[];
}

const barWidth = 56;
const gap = 32;
const side = 16;
const top = 24;
const plotHeight = 120;
const labelArea = 40;

/**
 * A bar's time: its 年度 in short, or the plan's own words where they name a finer point (2022年12月), its shorthand
 * spelled out (R5.8末 → 令和5年8月末: under a bar, with no table cell beside it to say 令和5（2023）年度).
 */
function shortTime(figure: IndicatorFigure): string {
	const finer = finerTime(figure);
	if (finer === undefined) return figure.year === undefined ? noPointInTime : formatFiscalYearInEra(figure.year);
	const month = readPointInTime(finer)?.month;
	if (finer.includes('年') || month === undefined || figure.year === undefined) return finer;
	return `${formatMonthInEra(calendarYearOfMonth(figure.year, month), month)}${finer.includes('末') ? '末' : ''}`;
}

/** One bar per figure from indicatorFigures, in its order (the table's). */
export function indicatorChart(figures: readonly IndicatorFigure[], unit: string): ChartGeometry {
	const points = figures.map((f) =>
		f.role === '比較値'
			? { value: f.value, decimals: f.decimals, style: 'dotted' as BarStyle, lines: [f.area, shortTime(f)] as [string, string] }
			: { value: f.value, decimals: f.decimals, style: (f.role === '目標値' ? 'hatched' : 'solid') as BarStyle, lines: [f.role, shortTime(f)] as [string, string] },
	);
	const numbers = points.flatMap((p) => (p.value === null ? [] : [p.value]));
	const max = Math.max(0, ...numbers);
	const min = Math.min(0, ...numbers);
	const span = max - min || 1;
	const yOf = (value: number) => top + ((max - value) / span) * plotHeight;
	const zeroY = yOf(0);
	const bars = points.map((point, i): ChartBar => {
		const x = side + i * (barWidth + gap);
		const y = point.value === null ? zeroY : Math.min(yOf(point.value), zeroY);
		const height = point.value === null ? 0 : Math.abs(yOf(point.value) - zeroY);
		return {
			x,
			y,
			width: barWidth,
			height,
			style: point.style,
			valueLabel: formatFigure(point, unit),
			valueLabelY: y - 6,
			centerX: x + barWidth / 2,
			categoryLines: point.lines,
			blank: point.value === null,
		};
	});
	return { width: side * 2 + points.length * barWidth + Math.max(0, points.length - 1) * gap, height: top + plotHeight + labelArea, zeroY, bars };
}

/** A chart compares figures: with fewer than two, the table beside it says all there is. */
export function chartHasSomethingToCompare(figures: readonly IndicatorFigure[]): boolean {
	return figures.filter((f) => f.value !== null).length >= 2;
}

/** The key to the fills this chart draws, and to no other: 「塗りつぶし＝計画の基準値・実績値、斜線＝目標値」. */
export function chartLegend(chart: ChartGeometry): string {
	const drawn = chart.bars.filter((bar) => !bar.blank);
	const names = (style: BarStyle) => [...new Set(drawn.filter((bar) => bar.style === style).map((bar) => bar.categoryLines[0]))];
	const keys: string[] = [];
	const measured = names('solid');
	if (measured.length > 0) keys.push(`塗りつぶし＝計画の${measured.join('・')}`);
	if (names('hatched').length > 0) keys.push('斜線＝目標値');
	const compared = names('dotted');
	if (compared.length > 0) keys.push(`点＝比較値（${compared.join('・')}）`);
	return keys.join('、');
}
