/**
 * What changed in a plan's indicators between two versions (中間案 → 最終案): indicators added, removed, and
 * changed (name, unit, figures). An indicator is the same one when it keeps its file name, or else its metric
 * key, or else its name; a figure is the same one when it keeps its role, area and time.
 */
import type { IndicatorEntry } from './indicator-catalog.ts';
import { formatFigure, pointInTime } from './indicator-format.ts';
import { type IndicatorFigure, indicatorFigures } from './indicator-progress.ts';

/** One line of a changed indicator: what it is (指標名, 目標値（令和７（2025）年度）), as each version has it; absent in one, undefined there. */
export interface FieldChange {
	label: string;
	before?: string | undefined;
	after?: string | undefined;
}

export type IndicatorChange =
	| { kind: 'added'; after: IndicatorEntry }
	| { kind: 'removed'; before: IndicatorEntry }
	| { kind: 'changed'; before: IndicatorEntry; after: IndicatorEntry; fields: FieldChange[] };

export interface IndicatorChanges {
	/** In the new version's order, removed indicators after them. */
	changes: IndicatorChange[];
	unchanged: number;
}

const figureKey = (figure: IndicatorFigure) => `${figure.role}\n${figure.area}\n${figure.year ?? figure.asOf ?? ''}`;

function figureLabel(figure: IndicatorFigure, prefecture: string): string {
	const whose = figure.area === prefecture ? '' : `${figure.area}の`;
	return `${whose}${figure.role}（${pointInTime(figure)}）`;
}

function fieldChanges(before: IndicatorEntry, after: IndicatorEntry): FieldChange[] {
	const fields: FieldChange[] = [];
	if (before.data.name !== after.data.name) fields.push({ label: '指標名', before: before.data.name, after: after.data.name });
	if (before.data.unit !== after.data.unit) fields.push({ label: '単位', before: before.data.unit, after: after.data.unit });
	const prefecture = after.prefecture.name;
	const figuresBefore = new Map(indicatorFigures(before.data, before.prefecture.name).map((f) => [figureKey(f), f]));
	const figuresAfter = indicatorFigures(after.data, prefecture);
	for (const figure of figuresAfter) {
		const old = figuresBefore.get(figureKey(figure));
		const [was, now] = [old && formatFigure(old, before.data.unit), formatFigure(figure, after.data.unit)];
		if (was !== now) fields.push({ label: figureLabel(figure, prefecture), before: was, after: now });
	}
	const kept = new Set(figuresAfter.map(figureKey));
	for (const [key, old] of figuresBefore) if (!kept.has(key)) fields.push({ label: figureLabel(old, prefecture), before: formatFigure(old, before.data.unit) });
	return fields;
}

export function indicatorChanges(before: readonly IndicatorEntry[], after: readonly IndicatorEntry[]): IndicatorChanges {
	const unmatched = new Set(before);
	const take = (same: (old: IndicatorEntry) => boolean) => {
		const old = [...unmatched].find(same);
		if (old) unmatched.delete(old);
		return old;
	};
	// Matched by file name first, for all: a metric or a name met later must not take another's old version.
	const byFile = new Map(after.map((entry) => [entry, take((old) => old.anchor === entry.anchor)]));
	const pairs = after.map((entry) => ({
		entry,
		old: byFile.get(entry) ?? take((old) => entry.data.metric !== undefined && old.data.metric === entry.data.metric) ?? take((old) => old.data.name === entry.data.name),
	}));
	const changes: IndicatorChange[] = [];
	let unchanged = 0;
	for (const { entry, old } of pairs) {
		if (!old) {
			changes.push({ kind: 'added', after: entry });
			continue;
		}
		const fields = fieldChanges(old, entry);
		if (fields.length === 0) unchanged++;
		else changes.push({ kind: 'changed', before: old, after: entry, fields });
	}
	for (const old of unmatched) changes.push({ kind: 'removed', before: old });
	return { changes, unchanged };
}
