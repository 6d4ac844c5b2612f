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
import { type IndicatorFigure, indicatorFigures } from './indicator-progress.ts';
import { decimalPlaces } from './indicator-format.ts';
import { formatFiscalYear } from './japanese-dates.ts';

/** A column as the open-data page and the JSON describe it. */
export interface DataColumn {
	/** Key in the JSON records. */
	key: string;
	/** Header in the CSV. */
	header: string;
	description: string;
}

/** A column and how its cell is read from a row: the one place each field is written. */
interface ColumnOf<Row> extends DataColumn {
	cell: (row: Row) => CsvCell;
}

type DataRecord<Columns extends readonly DataColumn[]> = Record<Columns[number]['key'], CsvCell>;

/** A row's cells, keyed in column order so the JSON reads like the CSV. */
const recordOf = <Row, Columns extends ReadonlyArray<ColumnOf<Row>>>(columns: Columns, row: Row) =>
	Object.fromEntries(columns.map((c) => [c.key, c.cell(row)])) as DataRecord<Columns>;

/** Which plan a row is from. */
interface RowPlan {
	planId: string;
	prefecture: { name: string; code: string };
	planTitle: string;
	/** The version adopted in the plan's place, if any. */
	replacedBy?: string | undefined;
}

/** The first columns of every table: which plan a row is from. */
const planColumns = <Row>(planOf: (row: Row) => RowPlan) =>
	[
		{ key: 'planId', header: '計画ID', description: 'このサイトでの計画の識別子（URL の一部）', cell: (r: Row) => planOf(r).planId },
		{ key: 'prefectureCode', header: '都道府県コード', description: '全国地方公共団体コード（JIS X 0401）の都道府県コード（2桁）', cell: (r: Row) => planOf(r).prefecture.code },
		{ key: 'prefecture', header: '都道府県', description: '計画を策定した都道府県', cell: (r: Row) => planOf(r).prefecture.name },
		{ key: 'planTitle', header: '計画名', description: '計画の名称', cell: (r: Row) => planOf(r).planTitle },
		{
			key: 'replacedBy',
			header: '新しい版の計画ID',
			description: 'この計画に代わって策定された版がこのサイトにあれば、その計画ID（都道府県を比べるときは、空欄の行が各都道府県の今の計画）。空欄は、代わる版がまだないこと',
			cell: (r: Row) => planOf(r).replacedBy ?? null,
		},
	] as const satisfies ReadonlyArray<ColumnOf<Row>>;

/** One figure of one indicator, with the address of the indicator's section. */
interface IndicatorRow {
	entry: IndicatorEntry;
	figure: IndicatorFigure;
	section: string;
}

export const indicatorColumns = [
	...planColumns((r: IndicatorRow) => ({ planId: r.entry.planId, prefecture: r.entry.prefecture, planTitle: r.entry.planName, replacedBy: r.entry.replacedBy })),
	{ key: 'indicatorId', header: '指標ID', description: '計画の中での指標の識別子', cell: (r) => r.entry.anchor },
	{ key: 'indicator', header: '指標名', description: '指標名。計画に名称がない、または語を補ったため編集部が付けたものは、次の列が「はい」。比較値の行では、比べる相手の計画の指標名', cell: (r) => r.entry.data.name },
	{
		key: 'indicatorNamedByEditors',
		header: '指標名は編集部による',
		description: '「はい」は、指標名の全部または一部が計画の文言どおりでなく、編集部が付けたもの（どの語かは指標のページの編集部注に）。「いいえ」は計画に書かれたとおり',
		cell: (r) => (r.entry.data.nameIsDescriptive ? 'はい' : 'いいえ'),
	},
	{ key: 'metric', header: '共通指標キー', description: '同じ尺度の指標に共通のキー。空欄は共通キーなし', cell: (r) => r.entry.data.metric ?? null },
	{ key: 'area', header: '対象地域', description: '値の対象。計画の都道府県自身の値か、比較のために計画が示す値（全国など）', cell: (r) => r.figure.area },
	{ key: 'role', header: '区分', description: '基準値・現況値・実績値・目標値、または比較値', cell: (r) => r.figure.role },
	{ key: 'fiscalYear', header: '年度（西暦）', description: '値の年度（4月〜翌年3月）を西暦で。計画に時点の記載がなければ空欄', cell: (r) => r.figure.year ?? null },
	{
		key: 'fiscalYearJapanese',
		header: '年度（和暦）',
		description: '同じ年度の和暦（令和3（2021）年度）。2019年度は令和元年度と表記',
		cell: (r) => (r.figure.year === undefined ? null : formatFiscalYear(r.figure.year)),
	},
	{ key: 'asOf', header: '時点（計画の表記）', description: '計画に書かれたとおりの時点（R5.8末 など）。記載がなければ空欄', cell: (r) => r.figure.asOf ?? null },
	{ key: 'value', header: '値', description: '数値のみ（単位・カンマなし）。計画の表で値が空欄のときは空欄（0 とは区別）', cell: (r) => r.figure.value },
	{
		key: 'decimals',
		header: '小数点以下の桁数',
		description: '計画が値を書いている小数点以下の桁数（８０.０％ なら 1、3,477件 なら 0）。数値の 80.0 は 80 と書かれるため、計画のとおりに示すときはこの桁数で。値が空欄なら空欄',
		cell: (r) => (r.figure.value === null ? null : decimalPlaces(r.figure)),
	},
	{ key: 'unit', header: '単位', description: '値の単位（%、件 など）', cell: (r) => r.entry.data.unit },
	{
		key: 'direction',
		header: '望ましい方向',
		description: '増加（値が大きいほど良い）または減少（値が小さいほど良い）。計画が目指す方向を示していない値は空欄',
		cell: (r) => r.entry.data.direction ?? null,
	},
	{ key: 'source', header: '出典', description: '計画が示す数値の出典。記載がなければ空欄', cell: (r) => r.entry.data.source ?? null },
	{ key: 'section', header: '掲載箇所', description: '指標が載っている計画の節（章・見出し）のページ URL', cell: (r) => r.section },
] as const satisfies ReadonlyArray<ColumnOf<IndicatorRow>>;

export type IndicatorRecord = DataRecord<typeof indicatorColumns>;

/** `sectionUrl` gives the address of the section an indicator belongs to. */
export function indicatorRecords(entries: readonly IndicatorEntry[], sectionUrl: (entry: IndicatorEntry) => string): IndicatorRecord[] {
	return entries.flatMap((entry) => {
		const section = sectionUrl(entry);
		return indicatorFigures(entry.data, entry.prefecture.name).map((figure) => recordOf(indicatorColumns, { entry, figure, section }));
	});
}

export interface EvaluationSource extends RowPlan {
	/** File name of the table. */
	tableId: string;
	data: Evaluation;
}

/** One item's grade on one scale, with the stated definition of that grade if any. */
interface EvaluationRow {
	table: EvaluationSource;
	item: Evaluation['items'][number];
	scale: Evaluation['scales'][number];
	grade: string | null;
	definition: Evaluation['scales'][number]['grades'][number] | undefined;
	section: string;
}

export const evaluationColumns = [
	...planColumns((r: EvaluationRow) => r.table),
	{ key: 'tableId', header: '表ID', description: '計画の中での評価の表の識別子', cell: (r) => r.table.tableId },
	{ key: 'table', header: '表題', description: '評価の表の題名', cell: (r) => r.table.data.title },
	{ key: 'group', header: '区分', description: '項目がまとめられている区分（ビジョンなど）。なければ空欄', cell: (r) => r.item.group ?? null },
	{ key: 'item', header: '項目', description: '評価された項目（プロジェクトなど）', cell: (r) => r.item.name },
	{ key: 'scale', header: '評価の観点', description: '評価の列の見出し（分類、達成状況など）', cell: (r) => r.scale.name },
	{ key: 'grade', header: '評価', description: '計画に書かれたとおりの評価（A、△達成できず など）', cell: (r) => r.grade },
	{ key: 'definition', header: '評価の定義', description: '計画が示す評価の定義。計画に定義がなければ空欄', cell: (r) => r.definition?.definition ?? null },
	{
		key: 'definitionByEditors',
		header: '定義は編集部によるもの',
		description: '「はい」は定義が計画のものではなく編集部の説明であること。定義がなければ空欄',
		cell: (r) => (r.definition ? (r.definition.editorial ? 'はい' : 'いいえ') : null),
	},
	{ key: 'section', header: '掲載箇所', description: '項目の節（なければ表）のページ URL', cell: (r) => r.section },
] as const satisfies ReadonlyArray<ColumnOf<EvaluationRow>>;

export type EvaluationRecord = DataRecord<typeof evaluationColumns>;

/** `sectionUrl` gives the address of a section of the plan (chapter, heading id or none). */
export function evaluationRecords(tables: readonly EvaluationSource[], sectionUrl: (planId: string, chapterId: string, sectionId: string | undefined) => string): EvaluationRecord[] {
	return tables.flatMap((table) =>
		table.data.items.flatMap((item) => {
			const section = item.section ? sectionUrl(table.planId, table.data.itemChapter ?? table.data.chapter, item.section) : sectionUrl(table.planId, table.data.chapter, table.data.section);
			return table.data.scales.map((scale, i) => {
				const grade = item.grades[i] ?? null;
				return recordOf(evaluationColumns, { table, item, scale, grade, definition: scale.grades.find((g) => g.grade === grade), section });
			});
		}),
	);
}

export const dataCsv = <Columns extends readonly DataColumn[]>(columns: Columns, records: ReadonlyArray<DataRecord<Columns>>) =>
	toCsv(
		columns.map((c) => c.header),
		records.map((record) => columns.map((c) => record[c.key as Columns[number]['key']])),
	);

export const dataJson = <Columns extends readonly DataColumn[]>(columns: Columns, records: ReadonlyArray<DataRecord<Columns>>, licence: string) =>
	JSON.stringify({ licence, columns: columns.map(({ key, header, description }) => ({ key, header, description })), records }, null, '\t');

export type DataFormat = 'csv' | 'json';

/** An open-data file's response: CSV (with BOM) or JSON. */
export function dataFile<Columns extends readonly DataColumn[]>(columns: Columns, records: ReadonlyArray<DataRecord<Columns>>, format: DataFormat, licence: string): Response {
	return format === 'csv'
		? new Response(dataCsv(columns, records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
		: new Response(dataJson(columns, records, licence), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
