/**
 * A KPI table the extraction flattened one cell per line: its header cells
 * (指標名, 現況値（令和３年度）, 目標値（令和７年度）), then each indicator's name (on
 * one line or several) followed by a line of its figures, as many as there
 * are figure columns (`４８.２％ ８０.０％`). Read back into table rows; anything
 * else in the lines (a figure line of the wrong length, text after the last
 * figures) and it is not such a table.
 */
import { figure, figureColumn, isNameHeader } from '../indicator-drafts.ts';
import { joinLineTexts } from './join-wrapped-lines.ts';

/** `lines`: a paragraph's lines, as the importer kept them apart (hard line breaks). */
export function flattenedKpiTable(lines: string[]): string[][] | undefined {
	const [first, ...rest] = lines.map((line) => line.trim());
	if (first === undefined || !isNameHeader(first)) return undefined;
	const figureHeaders = rest.findIndex((line) => !figureColumn(line));
	if (figureHeaders < 1) return undefined;
	const header = [first, ...rest.slice(0, figureHeaders)];
	const rows = [header];
	let name: string[] = [];
	for (const line of rest.slice(figureHeaders)) {
		const cells = line.split(/\s+/);
		if (cells.length === figureHeaders && cells.every((cell) => figure(cell))) {
			if (name.length === 0) return undefined;
			rows.push([name.reduce((joined, next) => joinLineTexts(joined, next)), ...cells]);
			name = [];
		} else {
			name.push(line);
		}
	}
	return rows.length > 1 && name.length === 0 ? rows : undefined;
}
