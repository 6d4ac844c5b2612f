/**
 * A plan's KPI tables → one indicator per row, as `npm run new -- indicators`
 * drafts them for a person to check. A KPI table has a column naming the
 * indicator (指標名, 指標, KPI) and columns of figures whose header says their
 * role and, in brackets, their time: `| 指標名 | 現況値（令和３年度） | 目標値（令和７年度） |`.
 * Each figure cell is a number and its unit (`４８.２％`, `１市町村`), and its
 * time in brackets where the header gives none (`48.2%（R3）`); a row
 * whose cells are not (`約3,000件`, `－`, units that differ) gets no draft, and
 * the report says why: nothing is guessed.
 */
import { type ValueRole, valueRoles } from '../schemas/indicator.ts';
import type { ChapterTable } from '../markdown/chapter-outline.ts';
import { namedValue } from './content-check/meant-value.ts';
import { parseFiscalYear } from './japanese-dates.ts';
import { nameKey } from './term-matcher.ts';

export interface IndicatorDraft {
	/** File name without `.md`: `<chapter>-kpi-<n>`, the first number not in use. */
	id: string;
	chapter: string;
	section: string;
	name: string;
	unit: string;
	/** Which way the targets point from the first figure, when there is a target to tell by. */
	direction: '増加' | '減少' | undefined;
	/** `written`: the number as the file is to give it, with the decimal places the plan prints (８０.０％ → `80.0`; YAML would read 80). */
	values: Array<{ year: number | undefined; asOf: string | undefined; role: ValueRole; value: number; written: string }>;
	/** Where in the chapter it was read: the row's line. */
	line: number | undefined;
}

const nameHeader = /^(?:指標(?:名)?|KPI|ＫＰＩ|成果指標|数値目標|目標指標)$/;
/** Whether a header cell names the indicators' column (指標名, KPI …). */
export const isNameHeader = (cell: string) => nameHeader.test(cell.normalize('NFKC').replace(/\s+/g, ''));
/**
 * A figure column's header: a role, by its name or another word for it (現状値, 策定時: see
 * meant-value.ts), then its time in brackets: 現況値（令和３年度）, 目標（R7）. Undefined for any other cell.
 */
export function figureColumn(cell: string): { role: ValueRole; asOf: string | undefined } | undefined {
	const match = /^(.+?)\s*(?:[（(](.+)[）)])?$/.exec(cell.trim());
	const role = match && (namedValue(match[1]!, valueRoles) as ValueRole | undefined);
	return role ? { role, asOf: match[2]?.trim() } : undefined;
}
/** A figure and its unit, and its time where the cell gives one: `48.2%`, `1市町村`, `3,000件`, `48.2%(R3)` (read after width folding). */
const figureCell = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([^\s(]+?)\s*(?:\((.+)\))?$/;

/** A cell as a figure: its number, unit, and time where the cell gives one; undefined for a cell that is not one number and its unit. */
export function figure(cell: string): { value: number; written: string; unit: string; asOf: string | undefined } | undefined {
	const match = figureCell.exec(cell.normalize('NFKC').trim());
	if (!match) return undefined;
	// The time as the plan writes it: the cell's own text, not its width-folded form.
	const asOf = match[4] === undefined ? undefined : /[（(]([^（(]+)[）)]\s*$/.exec(cell.trim())?.[1]?.trim();
	const written = `${match[1]!.replaceAll(',', '')}${match[2] ?? ''}`;
	return { value: Number(written), written, unit: match[3]!, asOf };
}

function fiscalYear(asOf: string): number | undefined {
	try {
		return parseFiscalYear(asOf);
	} catch {
		return undefined;
	}
}

export interface IndicatorDraftResult {
	drafts: IndicatorDraft[];
	/** Rows of KPI tables that got no draft, and why (for the person running the command). */
	skipped: string[];
}

/**
 * The drafts for one chapter's tables. `known`: the names of the plan's
 * indicators so far (no second one is drafted); `taken`: the file names in use.
 * Both grow with each draft.
 */
export function indicatorDrafts(chapter: string, tables: ChapterTable[], known: Set<string>, taken: Set<string>): IndicatorDraftResult {
	const drafts: IndicatorDraft[] = [];
	const skipped: string[] = [];
	for (const table of tables) {
		const [headerRow, ...rows] = table.rows;
		const header = headerRow?.cells;
		const nameColumn = header?.findIndex(isNameHeader) ?? -1;
		const columns = (header ?? []).flatMap((cell, index) => {
			const column = figureColumn(cell);
			return column ? [{ index, ...column }] : [];
		});
		if (nameColumn === -1 || columns.length === 0) continue;
		const where = (line: number | undefined) => `${chapter}.md${line === undefined ? '' : `:${line}`}`;
		if (table.section === undefined) {
			skipped.push(`${where(headerRow?.line)}: 見出しより前にある指標の表は、指標にできません。表の上に節の見出しを置いてください`);
			continue;
		}
		for (const { line, cells } of rows) {
			const name = cells[nameColumn]?.trim();
			if (!name || known.has(nameKey(name))) continue;
			const figures = columns.map((column) => ({ column, figure: figure(cells[column.index] ?? '') }));
			const unread = figures.find((f) => !f.figure);
			if (unread) {
				skipped.push(`${where(line)}: 「${name}」の「${cells[unread.column.index] ?? ''}」を数値と単位として読めないため、下書きを作りませんでした`);
				continue;
			}
			const units = new Set(figures.map((f) => f.figure!.unit));
			if (units.size > 1) {
				skipped.push(`${where(line)}: 「${name}」の単位がそろっていない（${[...units].join('、')}）ため、下書きを作りませんでした`);
				continue;
			}
			const values = figures.map(({ column, figure }) => {
				const asOf = figure!.asOf ?? column.asOf;
				return { year: asOf ? fiscalYear(asOf) : undefined, asOf, role: column.role, value: figure!.value, written: figure!.written };
			});
			const first = values.find((v) => v.role !== '目標値');
			const target = values.find((v) => v.role === '目標値');
			const direction = first && target && target.value !== first.value ? (target.value > first.value ? '増加' : '減少') : undefined;
			known.add(nameKey(name));
			let n = 1;
			while (taken.has(`${chapter}-kpi-${n}`)) n++;
			const id = `${chapter}-kpi-${n}`;
			taken.add(id);
			drafts.push({ id, chapter, section: table.section, name, unit: [...units][0]!, direction, values, line });
		}
	}
	return { drafts, skipped };
}
