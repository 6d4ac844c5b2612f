import type { IndicatorRow } from '../schemas/indicator.ts';

export interface IndicatorColumn {
	year: number;
	role: IndicatorRow['values'][number]['role'];
}

/** The (year, role) columns a table needs, in time order, shared by all its rows. */
export function indicatorColumns(rows: IndicatorRow[]): IndicatorColumn[] {
	const seen = new Map<string, IndicatorColumn>();
	for (const row of rows) for (const v of row.values) seen.set(`${v.year}:${v.role}`, { year: v.year, role: v.role });
	return [...seen.values()].sort((a, b) => a.year - b.year || a.role.localeCompare(b.role, 'ja'));
}
