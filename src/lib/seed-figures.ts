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
	return { value: Number(`${match[1]!.replaceAll(',', '')}${match[2] ? `.${match[2]}` : ''}`), decimals: match[2]?.length ?? 0, end: token.lastIndex };
};

/** Numbers a text states, each with the decimal places it is written with there (８０.０: 80 with 1). */
export type StatedNumbers = ReadonlyMap<number, ReadonlySet<number>>;

/** Every number in the text, each as written and, where 万/億/兆 follows, as the amount it spells out. */
export function figuresInText(text: string): StatedNumbers {
	const folded = text.normalize('NFKC');
	const figures = new Map<number, Set<number>>();
	const add = (value: number, decimals: number) => figures.set(value, (figures.get(value) ?? new Set()).add(decimals));
	for (let i = 0; i < folded.length; i++) {
		if (!/\d/.test(folded[i]!) || /[\d.,]/.test(folded[i - 1] ?? '')) continue;
		let number = read(folded, i);
		if (!number) continue;
		add(number.value, number.decimals);
		// 1万2,000: a large unit, optionally followed by the rest of the amount.
		let amount = 0;
		while (number && units[folded[number.end]!]) {
			amount += number.value * units[folded[number.end]!]!;
			add(amount, 0);
			const rest = read(folded, number.end + 1);
			if (!rest) break;
			add(amount + rest.value, 0);
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
export function unstatedFigures(indicator: Pick<Indicator, 'values' | 'comparisons'>, stated: StatedNumbers): Array<{ field: FigureField; figure: StatedFigure }> {
	return figuresOf(indicator).flatMap(({ field, figure: { value, decimals } }) => (value === null || stated.has(value) ? [] : [{ field, figure: { value, decimals } }]));
}

/**
 * The figures of an indicator the text states only with more decimal places than the file writes them (８０.０％,
 * `value: 80`): the pages show a figure with the places its file gives, and the plan's table beside it with its own.
 */
export function figuresWithFewerPlaces(indicator: Pick<Indicator, 'values' | 'comparisons'>, stated: StatedNumbers): Array<{ field: FigureField; figure: StatedFigure; statedPlaces: number }> {
	return figuresOf(indicator).flatMap(({ field, figure: { value, decimals = 0 } }) => {
		const places = value === null ? undefined : stated.get(value);
		if (!places || places.has(decimals)) return [];
		const statedPlaces = Math.max(...places);
		return statedPlaces > decimals ? [{ field, figure: { value: value!, decimals }, statedPlaces }] : [];
	});
}

const figuresOf = (indicator: Pick<Indicator, 'values' | 'comparisons'>) => [
	...indicator.values.map((figure, i) => ({ field: ['values', i] as FigureField, figure })),
	...indicator.comparisons.map((figure, i) => ({ field: ['comparisons', i] as FigureField, figure })),
];
