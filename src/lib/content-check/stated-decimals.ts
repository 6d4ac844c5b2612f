/**
 * The decimal places each indicator figure is written with. YAML reads
 * `value: 80.0` as the number 80, so a plan's ８０.０％ would be shown as 80;
 * the file read again as text (asWritten) keeps the places the author wrote.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { asWritten } from './yaml-source.ts';

/** Decimal places of a number as written (`80.0` → 1, `48.2` → 1, `3,477`/`12` → 0). */
export const decimalsAsWritten = (text: unknown) => (typeof text === 'string' ? (/^[-+]?[\d,_]*\.(\d+)$/.exec(text.trim())?.[1]?.length ?? 0) : 0);

type Written = { values?: Array<{ value?: unknown }>; comparisons?: Array<{ value?: unknown }> };

/** The indicator with `decimals` on each figure written with some (the YAML it was read from given as `yaml`). */
export function withStatedDecimals(indicator: Indicator, yaml: string): Indicator {
	const written = asWritten(yaml) as Written;
	const stated = <F extends { value: number | null }>(figures: F[], texts: Written['values']) =>
		figures.map((figure, i) => {
			const decimals = decimalsAsWritten(texts?.[i]?.value);
			return decimals > 0 ? { ...figure, decimals } : figure;
		});
	return { ...indicator, values: stated(indicator.values, written.values), comparisons: stated(indicator.comparisons, written.comparisons) };
}
