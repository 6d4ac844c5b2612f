/**
 * The numbers a source text states, read as numbers, so that each figure
 * recorded as data can be traced to the text: full-width and half-width
 * digits alike (４８.２ = 48.2), thousands separators (3,477), and 万/億/兆
 * written Japanese-style (1万2,000 = 12000).
 */
import type { Indicator } from '../schemas/indicator.ts';

const token = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/y;
const units: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

const read = (text: string, at: number) => {
	token.lastIndex = at;
	const match = token.exec(text);
	if (!match) return undefined;
	return { value: Number(`${match[1]!.replaceAll(',', '')}${match[2] ? `.${match[2]}` : ''}`), end: token.lastIndex };
};

/** Every number in the text, each as written and, where 万/億/兆 follows, as the amount it spells out. */
export function figuresInText(text: string): Set<number> {
	const folded = text.normalize('NFKC');
	const figures = new Set<number>();
	for (let i = 0; i < folded.length; i++) {
		if (!/\d/.test(folded[i]!) || /[\d.,]/.test(folded[i - 1] ?? '')) continue;
		let number = read(folded, i);
		if (!number) continue;
		figures.add(number.value);
		// 1万2,000: a large unit, optionally followed by the rest of the amount.
		let amount = 0;
		while (number && units[folded[number.end]!]) {
			amount += number.value * units[folded[number.end]!]!;
			figures.add(amount);
			const rest = read(folded, number.end + 1);
			if (!rest) break;
			figures.add(amount + rest.value);
			number = rest;
		}
	}
	return figures;
}

/** A figure and the decimal places it is written with (80.0: 80 and 1). */
type StatedFigure = { value: number; decimals?: number | undefined };

/** Where an indicator's figure is written in its file: ['values', 2] or ['comparisons', 0]. */
type FigureField = ['values' | 'comparisons', number];

/** The figures of an indicator (blank cells aside) missing from `stated` (figuresInText of a text), with where each is written. */
export function unstatedFigures(indicator: Pick<Indicator, 'values' | 'comparisons'>, stated: ReadonlySet<number>): Array<{ field: FigureField; figure: StatedFigure }> {
	const figures = [
		...indicator.values.map((figure, i) => ({ field: ['values', i] as FigureField, figure })),
		...indicator.comparisons.map((figure, i) => ({ field: ['comparisons', i] as FigureField, figure })),
	];
	return figures.flatMap(({ field, figure: { value, decimals } }) => (value === null || stated.has(value) ? [] : [{ field, figure: { value, decimals } }]));
}
