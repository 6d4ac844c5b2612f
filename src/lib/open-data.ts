/**
 * The indicators as open data in long format (縦持ち): one record per
 * indicator × figure (each year's value, and each comparison figure), with
 * the number alone in its column and the unit in another, 西暦 and 和暦
 * side by side, blank cells empty; and the evaluation tables, one record per
 * item × scale. The same records are written as CSV and JSON; the column
 * descriptions are shown on the open-data page.
 */
import type { Evaluation } from '../schemas/evaluation.ts';
import type { IndicatorEntry } from './indicator-catalog.ts';
import { type CsvCell, toCsv } from './csv.ts';
import { indicatorFigures } from './indicator-progress.ts';
import { formatFiscalYear } from './japanese-dates.ts';

export interface DataColumn {
	/** Key in the JSON records. */
	key: string;
	/** Header in the CSV. */
	header: string;
	description: string;
}

export const indicatorColumns = [
	{ key: 'planId', header: '計画ID', description: 'このサイトでの計画の識別子（URL の一部）' },
	{ key: 'prefectureCode', header: '都道府県コード', description: '全国地方公共団体コード（JIS X 0401）の都道府県コード（2桁）' },
	{ key: 'prefecture', header: '都道府県', description: '計画を策定した都道府県' },
	{ key: 'planTitle', header: '計画名', description: '計画の名称' },
	{ key: 'indicatorId', header: '指標ID', description: '計画の中での指標の識別子' },
	{ key: 'indicator', header: '指標名', description: '計画に書かれたとおりの指標名' },
	{ key: 'metric', header: '共通指標キー', description: '同じ尺度の指標に共通のキー。空欄は共通キーなし' },
	{ key: 'area', header: '対象地域', description: '値の対象。計画の都道府県自身の値か、比較のために計画が示す値（全国など）' },
	{ key: 'role', header: '区分', description: '基準値・現況値・実績値・目標値、または比較値' },
	{ key: 'fiscalYear', header: '年度（西暦）', description: '値の年度（4月〜翌年3月）を西暦で。計画に時点の記載がなければ空欄' },
	{ key: 'fiscalYearJapanese', header: '年度（和暦）', description: '同じ年度の和暦（令和3（2021）年度）。2019年度は令和元年度と表記' },
	{ key: 'asOf', header: '時点（計画の表記）', description: '計画に書かれたとおりの時点（R5.8末 など）。記載がなければ空欄' },
	{ key: 'value', header: '値', description: '数値のみ（単位・カンマなし）。計画の表で値が空欄のときは空欄（0 とは区別）' },
	{ key: 'unit', header: '単位', description: '値の単位（%、件 など）' },
	{ key: 'direction', header: '望ましい方向', description: '増加（値が大きいほど良い）または減少（値が小さいほど良い）。計画が目指す方向を示していない値は空欄' },
	{ key: 'source', header: '出典', description: '計画が示す数値の出典。記載がなければ空欄' },
	{ key: 'section', header: '掲載箇所', description: '指標が載っている計画の節（章・見出し）のページ URL' },
] as const satisfies readonly DataColumn[];

export type IndicatorRecord = DataRecord<typeof indicatorColumns>;
type DataRecord<Columns extends readonly DataColumn[]> = Record<Columns[number]['key'], CsvCell>;

/** `sectionUrl` gives the address of the section an indicator belongs to. */
export function indicatorRecords(entries: readonly IndicatorEntry[], sectionUrl: (entry: IndicatorEntry) => string): IndicatorRecord[] {
	return entries.flatMap((entry) => {
		const common = {
			planId: entry.planId,
			prefectureCode: entry.prefecture.code,
			prefecture: entry.prefecture.name,
			planTitle: entry.planName,
			indicatorId: entry.anchor,
			indicator: entry.data.name,
			metric: entry.data.metric ?? null,
			unit: entry.data.unit,
			direction: entry.data.direction ?? null,
			source: entry.data.source ?? null,
			section: sectionUrl(entry),
		};
		return indicatorFigures(entry.data, entry.prefecture.name).map((figure) =>
			inColumnOrder(indicatorColumns, {
				...common,
				area: figure.area,
				role: figure.role,
				fiscalYear: figure.year ?? null,
				fiscalYearJapanese: figure.year === undefined ? null : formatFiscalYear(figure.year),
				asOf: figure.asOf ?? null,
				value: figure.value,
			}),
		);
	});
}

export const evaluationColumns = [
	{ key: 'planId', header: '計画ID', description: 'このサイトでの計画の識別子（URL の一部）' },
	{ key: 'prefectureCode', header: '都道府県コード', description: '全国地方公共団体コード（JIS X 0401）の都道府県コード（2桁）' },
	{ key: 'prefecture', header: '都道府県', description: '計画を策定した都道府県' },
	{ key: 'planTitle', header: '計画名', description: '計画の名称' },
	{ key: 'tableId', header: '表ID', description: '計画の中での評価の表の識別子' },
	{ key: 'table', header: '表題', description: '評価の表の題名' },
	{ key: 'group', header: '区分', description: '項目がまとめられている区分（ビジョンなど）。なければ空欄' },
	{ key: 'item', header: '項目', description: '評価された項目（プロジェクトなど）' },
	{ key: 'scale', header: '評価の観点', description: '評価の列の見出し（分類、達成状況など）' },
	{ key: 'grade', header: '評価', description: '計画に書かれたとおりの評価（A、△達成できず など）' },
	{ key: 'definition', header: '評価の定義', description: '計画が示す評価の定義。計画に定義がなければ空欄' },
	{ key: 'definitionByEditors', header: '定義は編集部によるもの', description: '「はい」は定義が計画のものではなく編集部の説明であること。定義がなければ空欄' },
	{ key: 'section', header: '掲載箇所', description: '項目の節（なければ表）のページ URL' },
] as const satisfies readonly DataColumn[];

export type EvaluationRecord = DataRecord<typeof evaluationColumns>;

export interface EvaluationSource {
	planId: string;
	planTitle: string;
	prefecture: { name: string; code: string };
	/** File name of the table. */
	tableId: string;
	data: Evaluation;
}

/** `sectionUrl` gives the address of a section of the plan (chapter, heading id or none). */
export function evaluationRecords(tables: readonly EvaluationSource[], sectionUrl: (planId: string, chapterId: string, sectionId: string | undefined) => string): EvaluationRecord[] {
	return tables.flatMap((table) =>
		table.data.items.flatMap((item) =>
			table.data.scales.map((scale, i) => {
				const grade = item.grades[i] ?? null;
				const definition = scale.grades.find((g) => g.grade === grade);
				const record = {
					planId: table.planId,
					prefectureCode: table.prefecture.code,
					prefecture: table.prefecture.name,
					planTitle: table.planTitle,
					tableId: table.tableId,
					table: table.data.title,
					group: item.group ?? null,
					item: item.name,
					scale: scale.name,
					grade,
					definition: definition?.definition ?? null,
					definitionByEditors: definition ? (definition.editorial ? 'はい' : 'いいえ') : null,
					section: item.section ? sectionUrl(table.planId, table.data.itemChapter ?? table.data.chapter, item.section) : sectionUrl(table.planId, table.data.chapter, table.data.section),
				};
				return inColumnOrder(evaluationColumns, record);
			}),
		),
	);
}

/** Keys in the order of the columns, so the JSON reads like the CSV. */
const inColumnOrder = <Columns extends readonly DataColumn[]>(columns: Columns, record: DataRecord<Columns>) =>
	Object.fromEntries(columns.map((c) => [c.key, record[c.key as Columns[number]['key']]])) as DataRecord<Columns>;

export const dataCsv = <Columns extends readonly DataColumn[]>(columns: Columns, records: ReadonlyArray<DataRecord<Columns>>) =>
	toCsv(
		columns.map((c) => c.header),
		records.map((record) => columns.map((c) => record[c.key as Columns[number]['key']])),
	);

export const dataJson = <Columns extends readonly DataColumn[]>(columns: Columns, records: ReadonlyArray<DataRecord<Columns>>, licence: string) =>
	JSON.stringify({ licence, columns, records }, null, '\t');

export type DataFormat = 'csv' | 'json';

/** An open-data file's response: CSV (with BOM) or JSON. */
export function dataFile<Columns extends readonly DataColumn[]>(columns: Columns, records: ReadonlyArray<DataRecord<Columns>>, format: DataFormat, licence: string): Response {
	return format === 'csv'
		? new Response(dataCsv(columns, records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
		: new Response(dataJson(columns, records, licence), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
