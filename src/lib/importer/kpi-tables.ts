/**
 * A KPI table the extraction flattened one cell per line: its header cells
 * (指標名, 現況値（令和３年度）, 目標値（令和７年度）), then each indicator's name (on
 * one line or several) followed by its figures, as many as there are figure
 * columns: on one line (`４８.２％ ８０.０％`), or one a line, each cell as the
 * rest were. Read back into table rows, the cells as written (full-width
 * digits and ％ kept). Where the figures do not fit the header (one missing,
 * one too many, a figure line before any name, text after the last figures),
 * the table is not rebuilt by guessing: it says what did not fit, so the
 * report can name the table rather than only its short lines.
 */
import { figure, figureColumn, isNameHeader } from '../indicator-drafts.ts';
import { joinLineTexts } from './join-wrapped-lines.ts';
import { quote } from './report.ts';

/** The rows (the header first), or, for lines that start like a KPI table but do not fit one, why not. */
export type FlattenedKpiTable = { rows: string[][] } | { problem: string };

/** A line's cells where every one is a figure (`４８.２％ ８０.０％`, `３５.０％`). */
function figureCells(line: string): string[] | undefined {
	const cells = line.split(/\s+/);
	return cells.every((cell) => figure(cell)) ? cells : undefined;
}

/**
 * `lines`: a paragraph's lines, as the importer kept them apart (hard line breaks). Undefined when they do not
 * start like a KPI table (指標名, then at least one figure column's header).
 */
export function flattenedKpiTable(lines: string[]): FlattenedKpiTable | undefined {
	const [first, ...rest] = lines.map((line) => line.trim());
	if (first === undefined || !isNameHeader(first)) return undefined;
	const columns = rest.findIndex((line) => !figureColumn(line));
	if (columns < 1) return undefined;
	const header = [first, ...rest.slice(0, columns)];
	const body = rest.slice(columns);
	// A table gives all its rows' figures one way: on one line where any row does, else one a line.
	const oneLine = columns === 1 || body.some((line) => figureCells(line)?.length === columns);
	return oneLine ? figuresOnOneLine(header, body) : figuresOneALine(header, body);
}

const joinName = (name: string[]) => name.reduce((joined, next) => joinLineTexts(joined, next));

/** Each name (on one line or several) then a line of its figures. A line of one figure goes on the name (`５Ｇ基地局数` reads as one). */
function figuresOnOneLine(header: string[], body: string[]): FlattenedKpiTable {
	const columns = header.length - 1;
	const rows = [header];
	let name: string[] = [];
	for (const line of body) {
		const cells = figureCells(line);
		if (cells === undefined || (cells.length === 1 && columns > 1)) {
			name.push(line);
			continue;
		}
		if (name.length === 0) return { problem: `数値の行 ${quote(line)} の前に指標名がありません` };
		if (cells.length !== columns) return { problem: `${quote(joinName(name))} の数値の行 ${quote(line)} は ${cells.length} つで、数値の列（${columns} 列）と合いません` };
		rows.push([joinName(name), ...cells]);
		name = [];
	}
	return ended(rows, name);
}

/**
 * Each name (on one line or several) then its figures one a line, as many lines as the header has figure
 * columns. A name's line that looks like a figure (`５Ｇ基地局数`) cannot be told from one: it is read as one,
 * and the figures then no longer fit.
 */
function figuresOneALine(header: string[], body: string[]): FlattenedKpiTable {
	const columns = header.length - 1;
	const rows = [header];
	let name: string[] = [];
	const isFigure = (line: string) => figure(line) !== undefined;
	for (let i = 0; i < body.length; i++) {
		const line = body[i]!;
		const cells = figureCells(line);
		if (!isFigure(line) && cells === undefined) {
			name.push(line);
			continue;
		}
		if (name.length === 0) {
			return {
				problem:
					rows.length > 1
						? `${quote(rows.at(-1)![0]!)} の数値 ${columns} つ（数値の列の数）の後に、もう1つ数値と読める行 ${quote(line)} があります`
						: `数値 ${quote(line)} の前に指標名がありません`,
			};
		}
		if (cells !== undefined && cells.length > 1) {
			return { problem: `${quote(joinName(name))} の数値の行 ${quote(line)} は ${cells.length} つで、数値の列（${columns} 列）と合いません` };
		}
		const run = body.slice(i, i + columns);
		const count = run.findIndex((cell) => !isFigure(cell));
		if (count !== -1 || run.length < columns) {
			return { problem: `${quote(joinName(name))} の数値が ${count === -1 ? run.length : count} つしかありません（数値の列は ${columns} 列）` };
		}
		rows.push([joinName(name), ...run]);
		i += columns - 1;
		name = [];
	}
	return ended(rows, name);
}

/** The rows read, unless a name was left without its figures or there was no row. */
function ended(rows: string[][], name: string[]): FlattenedKpiTable {
	if (name.length > 0) return { problem: `${quote(joinName(name))} の後に数値がありません` };
	return rows.length > 1 ? { rows } : { problem: '見出しの行の後に指標の行がありません' };
}
