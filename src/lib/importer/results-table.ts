/**
 * A consultation's results table (意見の概要と県の考え方) as prefectures keep it,
 * in Excel or Word (saved as CSV and read here; the workbook in
 * results-workbook.ts, the document in results-document.ts, both read into rows
 * as here) → the `results` of the consultation's file. Staff would otherwise
 * retype dozens of rows of verbatim text into YAML. Pure: no file system;
 * scripts/import-results.ts reads the table and writes the file.
 *
 * The cells are taken as written (trimmed, line breaks kept). Nothing is
 * guessed: a blank 意見 or 考え方 becomes 【要記入】, a 反映 the table does not
 * state in the site's words is flagged 【要記入】 beside a stand-in value, and
 * the 該当箇所 is kept as a comment, and where it names a section of the draft
 * on the site, that section is written as `concerns` flagged 【要記入】 to confirm.
 */
import { parse } from 'csv-parse/sync';
import { dump } from 'js-yaml';
import { meantValue } from '../content-check/meant-value.ts';
import { resultColumns } from '../consultations.ts';
import { type Lookalike, lookalikesIn, withMeantCharacters } from '../lookalike-characters.ts';
import { messages } from '../messages.ts';
import { reflectionKinds } from '../../schemas/consultation.ts';
import { toFill } from '../scaffold/to-fill.ts';
import { ImportError } from './import-plan.ts';
import type { PlaceInDraft } from '../draft-places.ts';
import { decodeText } from './text-encoding.ts';

type Reflection = (typeof reflectionKinds)[number];

/** One opinion and the prefecture's answer, as the table has them. */
export interface ImportedResult {
	/** The table's line the row starts on (a cell may span lines). */
	line: number;
	/** Which table the row is in (2つ目の表, シート「第２章」), when several were read one after another. */
	table?: string;
	/** 意見の概要; undefined when the cell is blank. */
	summary: string | undefined;
	/** 県の考え方; undefined when the cell is blank. */
	response: string | undefined;
	/** The 反映 the table states, in the site's words; undefined when it states none the site knows. */
	reflection?: Reflection | undefined;
	/** The 反映 cell as written, when it is not one of the site's words. */
	reflectionWritten?: string;
	/** 該当箇所 as written (第３章 ２(1), P.12). */
	place?: string;
	/** The table's own number for the row, when it has a number column. */
	number?: string;
	/** The draft's section the 該当箇所 was read as (draft-places.ts), for staff to confirm. */
	concerns?: PlaceInDraft;
	/** The 該当箇所 names a 第N章 the draft does not have (chapterNotInDraft): those of the draft, to say so. */
	chapterNotInDraft?: string[];
	/** Read from a Shift_JIS CSV: a 「?」 in it may be a character Excel could not save (𠮷, emoji). */
	maybeReplaced?: true;
	/** Cells that repeat a merged cell's text, with the line it starts on. */
	merged?: Array<{ column: keyof ResultsColumns; from: number }>;
	/** Characters pasted from a PDF in place of others of the same shape (⾏ for 行), written as they show. */
	lookalikes?: Lookalike[];
}

/** The columns found, by the header each was found under. */
export interface ResultsColumns {
	summary: string;
	response: string;
	reflection?: string;
	place?: string;
	number?: string;
}

/** A row of the table: its cells as text, and where it starts (the CSV file's line, the sheet's row number, the row in a document's table). */
export interface TableRow {
	cells: string[];
	line: number;
	/** By cell: the line of the merged cell whose text it repeats (a document's answer to two opinions, merged down both rows). */
	mergedFrom?: ReadonlyArray<number | undefined>;
}

export interface ResultsTable {
	/** What was read, for staff: a CSV file in its encoding (UTF-8, Shift_JIS as Excel saves "CSV", UTF-16 as it saves "Unicode テキスト"), a workbook's sheets, a document's tables. */
	source: string;
	/** The line of the header row. */
	headerLine: number;
	columns: ResultsColumns;
	items: ImportedResult[];
	/** Rows left out (blank, a heading row such as 「第１章について」, the header repeated), by line. */
	skipped: Array<{ line: number; table?: string; text: string; repeatsHeader?: true; total?: true }>;
	/** The tables read one after another, in order, when there were several. */
	tables?: string[];
	/** Columns two or more headers name: the headers, left to right, and the one read. */
	competing?: Array<{ column: keyof ResultsColumns; headers: string[]; read: string }>;
	/** Columns not read, by their header (意見区分, 氏名), or 「見出しのない5列目」 where cells have text under none: data left out. */
	unread?: string[];
	/** The 反映 column's header, when it is 区分 alone and none of its cells names an answer but その他: maybe the opinion's topic. */
	reflectionMaybeTopic?: string;
}

/** The text of the file, in the encoding Excel saved it in; bytes no encoding reads are read as Shift_JIS, its characters replaced where they cannot be. */
const decode = (bytes: Uint8Array) => decodeText(bytes) ?? { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'Shift_JIS' };

/** A header as compared: width folded, no spaces or line breaks, no honorific (御意見, ご意見). */
const headerKey = (header: string) => header.normalize('NFKC').replace(/\s+/g, '').replace(/^[御ご]/, '').toLowerCase();

/**
 * What a header names: one of the columns (`plain`: 区分 alone, which may be the opinion's category as well as the
 * answer's), or the answer (`answer`: 対応 alone, 県の対応, 意見への対応), whose text or 区分 the table's other
 * headers decide (headerRow). Undefined for a column not read: 氏名, and the opinion's own category (意見区分).
 */
type HeaderMatch = { column: keyof ResultsColumns; plain?: true } | { column: 'answer' };

/**
 * Which column a header names, tested in this order:
 * - the opinion's category (意見区分, 意見の分類, 分野区分) first: it names 意見 and 区分, yet holds the opinion's
 *   topic (計画全般, その他), which read as 反映 would be published as the prefecture's answer;
 * - a category of the answer (対応区分, 反映区分, 回答区分) before the answer's text: 回答 and 対応 are in both;
 * - the answer's text (考え方, 回答) before 反映 and 対応: 「御意見に対する県の考え方」 holds the answer;
 * - 対応 alone before the opinion: 「意見への対応」 names 意見 too;
 * - the opinion last: 「意見番号」 and 「意見の該当箇所」 name 意見 too.
 */
function columnOf(header: string): HeaderMatch | undefined {
	const key = headerKey(header);
	if (key === '') return undefined;
	if (/区分|分類|種別|種類/.test(key) && /意見|分野|項目|テーマ|内容/.test(key) && !/対応|反映|回答|考え|措置/.test(key)) return undefined;
	if (/(?:対応|反映|回答|措置)の?(?:区分|分類|種別|種類)/.test(key)) return { column: 'reflection' };
	if (/区分/.test(key)) return { column: 'reflection', plain: true };
	if (/考え方|考えかた|回答|見解|対応方針|対応内容/.test(key)) return { column: 'response' };
	if (/反映|対応状況|対応結果|修正の有無/.test(key)) return { column: 'reflection' };
	if (/対応/.test(key)) return { column: 'answer' };
	if (/^(?:no\.?|№|.{0,2}番号)$/.test(key)) return { column: 'number' };
	if (/該当|箇所|項目|ページ|頁|章/.test(key)) return { column: 'place' };
	if (/意見|要旨|内容/.test(key)) return { column: 'summary' };
	return undefined;
}

/** A row read as the header: where each column is, and the columns two or more headers could be. */
interface HeaderRow {
	index: Map<keyof ResultsColumns, number>;
	/** The columns read from a header that names them only loosely (区分 alone). */
	loose: Set<keyof ResultsColumns>;
	/** By column, every place a header names it (left to right), and the one read. */
	competing: Array<{ column: keyof ResultsColumns; at: number[]; read: number }>;
}

/**
 * The columns a row names. 対応 alone is the answer's text when no other header names it (意見 | 対応), and its
 * 区分 beside one (意見 | 県の考え方 | 対応). Where two headers name one column, the one naming it most plainly is
 * read, not merely the left one: a table's left columns are the opinion's (番号, 区分 of its topic, 意見), so a bare
 * 区分 left of 対応区分 is more likely the opinion's topic than the answer's category; between two alike, the left.
 * Either way resultsToCheck says which was read, for staff to fix a header when it is not the one meant.
 */
function headerRow(row: readonly string[]): HeaderRow {
	const named = row.map(columnOf);
	const answerIsText = !named.some((match) => match?.column === 'response');
	// How plainly each header names its column: 対応区分 (2) over 対応 beside 県の考え方 (1) over 区分 alone (0).
	const candidates = new Map<keyof ResultsColumns, Array<{ at: number; plainness: number }>>();
	named.forEach((match, at) => {
		if (!match) return;
		const column = match.column === 'answer' ? (answerIsText ? 'response' : 'reflection') : match.column;
		const plainness = match.column === 'answer' ? (answerIsText ? 2 : 1) : 'plain' in match ? 0 : 2;
		candidates.set(column, [...(candidates.get(column) ?? []), { at, plainness }]);
	});
	const index = new Map<keyof ResultsColumns, number>();
	const loose = new Set<keyof ResultsColumns>();
	const competing: HeaderRow['competing'] = [];
	for (const [column, found] of candidates) {
		// The first of those naming it most plainly: sort is stable, so the left among equals.
		const read = [...found].sort((a, b) => b.plainness - a.plainness)[0]!;
		index.set(column, read.at);
		if (read.plainness === 0) loose.add(column);
		if (found.length > 1) competing.push({ column, at: found.map(({ at }) => at), read: read.at });
	}
	return { index, loose, competing };
}

/** Whether a row is the header: it names both the opinion and the answer. */
const isHeader = ({ index }: HeaderRow) => index.has('summary') && index.has('response');

/** How far down the header may be: below a title and a date or two. */
export const headerSearchRows = 20;

const headerIndex = (rows: readonly TableRow[]) => rows.slice(0, headerSearchRows).findIndex((row) => isHeader(headerRow(row.cells)));

/**
 * Of a file's tables (a workbook's sheets, a document's tables), the one with a results header: a cover or a
 * tally beside it is passed over, and several are not guessed between (`several` says how to name one).
 */
export function tableWithResults<T extends { rows: readonly TableRow[] }>(tables: readonly T[], errors: { several: (found: T[]) => string; none: () => string }): T {
	const found = tables.filter(({ rows }) => headerIndex(rows) !== -1);
	if (found.length > 1) throw new ImportError(errors.several(found));
	// With none, a file of one table is read anyway: its first row shows what is missing.
	const [table] = found.length === 1 || tables.length > 1 ? found : tables;
	if (!table) throw new ImportError(errors.none());
	return table;
}

/**
 * What separates a file's cells: a comma (Excel's "CSV") or a tab (its 「Unicode テキスト」), never both. Each
 * writes the other bare inside a cell (1,000万円 in Unicode text; a tab pasted from Word into a CSV), where
 * it would start a new cell and shift an opinion's end into the answer's column.
 */
const cellSeparators = [',', '\t'] as const;

/** A file's rows with one separator, numbered as a spreadsheet shows them (a cell's line breaks, Alt+Enter, do not count). */
function rowsSeparatedBy(text: string, delimiter: (typeof cellSeparators)[number]): TableRow[] {
	// Line ends as one \n: the cells keep theirs as \n, and the parser counts each once (a quoted CRLF counts twice).
	const records = parse(text.replace(/\r\n?/g, '\n'), { bom: true, delimiter, relax_column_count: true }) as string[][];
	return records.map((record, i) => ({ cells: record.map((cell) => cell.trim()), line: i + 1 }));
}

/** What stopped csv-parse, in staff's words where it is a quote written wrong (the usual slip in a hand-edited file); its own words otherwise. */
function csvProblem(error: Error & { code?: string; lines?: number }, separator: string): string {
	if (error.code === 'CSV_QUOTE_NOT_CLOSED') return messages.csvQuoteNotClosed();
	if ((error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_INVALID_OPENING_QUOTE') && error.lines !== undefined) {
		return messages.csvStrayQuote(error.lines, separator === '\t' ? 'タブ' : '「,」');
	}
	return error.message;
}

/** Reads a results table saved as CSV or as tab-separated text: the separator is the one its results header is written with. */
export function readResultsTable(bytes: Uint8Array): ResultsTable {
	const { text, encoding } = decode(bytes);
	const readings = cellSeparators.map((separator) => {
		try {
			return { separator, rows: rowsSeparatedBy(text, separator) };
		} catch (error) {
			return { separator, error: error as Error };
		}
	});
	// Where both find a header (a comma inside a tab-separated header cell), the one that splits it into more cells; on
	// a tie, or with neither, the one the first line holds (a tab: Unicode text), whose rows or error show what is wrong.
	const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
	const likely = readings.find(({ separator }) => separator === (firstLine.includes('\t') ? '\t' : ','))!;
	const headerCells = ({ rows }: (typeof readings)[number]) => (rows && rows[headerIndex(rows)]?.cells.length) || 0;
	const reading = readings.reduce((best, next) => (headerCells(next) > headerCells(best) ? next : best), likely);
	if (!reading.rows) throw new ImportError(messages.resultsTableUnreadable(csvProblem(reading.error!, reading.separator)));
	const table = resultsFromRows(reading.rows, reading.separator === '\t' ? `${encoding} のタブ区切りのテキスト` : `${encoding} の CSV`);
	// Excel's plain "CSV" writes 「?」 for each character Shift_JIS lacks; a full-width ？ is kept as it is.
	if (encoding !== 'Shift_JIS') return table;
	return { ...table, items: table.items.map((item) => (hasQuestionMark(item.summary) || hasQuestionMark(item.response) ? { ...item, maybeReplaced: true } : item)) };
}

const hasQuestionMark = (cell: string | undefined) => cell?.includes('?') ?? false;

/** A totals row's label, however spaced (合　計). */
const totalLabel = /^\s*(?:合\s*計|総\s*計|小\s*計|計|総数)\s*$/;

/** A header as staff see it named: on one line, as a cell wrapped by Alt+Enter (「ご意見に対する\n県の考え方」) shows it. */
const headerName = (cell: string) => cell.replace(/\s*\n\s*/g, '');

/**
 * Why no row is the header, said of the row that names the most columns (two at least; a title such as
 * 「意見募集の結果」 names one): what its headers were read as and which of the two needed is missing, so staff
 * fix that header rather than guess which word the importer wants. Otherwise the first row, as it is.
 */
function noHeader(rows: readonly TableRow[]): string {
	const named = rows.slice(0, headerSearchRows).map((row) => ({ row, index: headerRow(row.cells).index }));
	const best = named.reduce<(typeof named)[number] | undefined>((most, row) => (row.index.size > (most?.index.size ?? 1) ? row : most), undefined);
	if (!best) return messages.resultsTableNoHeader(headerSearchRows, rows.find((row) => row.cells.some(Boolean))?.cells.filter(Boolean).join('、'));
	const read = [...best.index].sort(([, a], [, b]) => a - b).map(([column, at]) => [headerName(best.row.cells[at]!), resultColumns[column]] as [string, string]);
	const missing = (['summary', 'response'] as const).filter((column) => !best.index.has(column));
	const at = new Set(best.index.values());
	const unread = best.row.cells.flatMap((cell, i) => (cell && !at.has(i) ? [headerName(cell)] : []));
	return messages.resultsTableHeaderIncomplete(best.row.line, read, missing, unread);
}

/** The results in a table's rows: the header found under any title rows, then one item per row with an opinion or an answer. */
export function resultsFromRows(rows: readonly TableRow[], source: string): ResultsTable {
	const headerAt = headerIndex(rows);
	if (headerAt === -1) throw new ImportError(noHeader(rows));
	const header = rows[headerAt]!.cells;
	const { index, loose, competing } = headerRow(header);
	// In the table's order, left to right, as staff see the columns.
	const columns = Object.fromEntries([...index].sort(([, a], [, b]) => a - b).map(([column, i]) => [column, headerName(header[i]!)])) as unknown as ResultsColumns;
	const body = rows.slice(headerAt + 1);
	const read = new Set(index.values());
	const width = Math.max(header.length, ...body.map(({ cells }) => cells.length));
	const unread = Array.from({ length: width }, (_, i) => i).flatMap((i) =>
		read.has(i) ? [] : header[i] ? [headerName(header[i])] : body.some(({ cells }) => cells[i]) ? [messages.resultsHeaderlessColumn(i + 1)] : [],
	);
	const cellOf = (cells: string[], column: keyof ResultsColumns) => {
		const at = index.get(column);
		return at === undefined ? undefined : cells[at] || undefined;
	};
	// 区分 alone may head the opinion's topic (計画全般, その他) rather than the answer's: where none of its cells names
	// an answer but その他, its その他 is not taken as the prefecture's answer, which it would be published as.
	const meantOf = (cells: string[]) => meantValue(cellOf(cells, 'reflection') ?? '', reflectionKinds);
	const reflectionMaybeTopic = loose.has('reflection') && body.some(({ cells }) => meantOf(cells) === 'その他') && body.every(({ cells }) => ['その他', undefined].includes(meantOf(cells)));
	const items: ImportedResult[] = [];
	const skipped: ResultsTable['skipped'] = [];
	// The header again further down (typed again at a page break, or left in where tables were joined) is not an opinion.
	const repeatsHeader = (cells: string[]) => (['summary', 'response'] as const).every((column) => headerKey(cellOf(cells, column) ?? '') === headerKey(cellOf(header, column)!));
	for (const { cells: asRead, line, mergedFrom } of body) {
		const lookalikes = lookalikesIn(asRead.join('\n'));
		const cells = asRead.map(withMeantCharacters);
		const summary = cellOf(cells, 'summary');
		const response = cellOf(cells, 'response');
		if ((!summary && !response) || repeatsHeader(cells)) {
			const words = cells.filter(Boolean).join('、');
			if (words) skipped.push({ line, text: words, ...(summary && { repeatsHeader: true as const }) });
			continue;
		}
		// A totals row under the opinions (合計 | 12件) counts them; it is none of them.
		if (!response && cells.some((cell) => totalLabel.test(cell))) {
			skipped.push({ line, text: cells.filter(Boolean).join('、'), total: true });
			continue;
		}
		const written = cellOf(cells, 'reflection');
		const reflection = written === undefined || reflectionMaybeTopic ? undefined : (meantValue(written, reflectionKinds) as Reflection | undefined);
		const place = cellOf(cells, 'place');
		const number = cellOf(cells, 'number');
		const merged = [...index].flatMap(([column, at]) => (mergedFrom?.[at] !== undefined && cells[at] ? [{ column, from: mergedFrom[at]! }] : []));
		items.push({
			line,
			summary,
			response,
			reflection,
			...(written !== undefined && written !== reflection ? { reflectionWritten: written } : {}),
			...(place ? { place } : {}),
			...(number ? { number } : {}),
			...(merged.length > 0 ? { merged } : {}),
			...(lookalikes.length > 0 ? { lookalikes } : {}),
		});
	}
	if (items.length === 0) throw new ImportError(messages.resultsTableNoRows(rows[headerAt]!.line));
	return {
		source,
		headerLine: rows[headerAt]!.line,
		columns,
		items,
		skipped,
		...(competing.length > 0 && { competing: competing.map(({ column, at, read }) => ({ column, headers: at.map((i) => headerName(header[i]!)), read: headerName(header[read]!) })) }),
		...(unread.length > 0 && { unread }),
		...(reflectionMaybeTopic && { reflectionMaybeTopic: columns.reflection }),
	};
}

/**
 * The results of the tables chosen in one file: one table's, or several read one after another (a
 * table or a sheet per chapter, each with its header), each row keeping which table (`name`) it is in.
 * Their columns must be the same.
 */
export function resultsOfTables(chosen: ReadonlyArray<{ name: string; rows: readonly TableRow[] }>, source: string): ResultsTable {
	if (chosen.length === 1) return resultsFromRows(chosen[0]!.rows, source);
	const tables = chosen.map(({ name, rows }) => ({ name, results: resultsFromRows(rows, source) }));
	const [first] = tables;
	const columnsOf = ({ results }: (typeof tables)[number]) => Object.keys(results.columns).sort().join();
	const other = tables.find((table) => columnsOf(table) !== columnsOf(first!));
	if (other) throw new ImportError(messages.resultsTablesDiffer(first!.name, other.name));
	return {
		source,
		headerLine: first!.results.headerLine,
		columns: first!.results.columns,
		items: tables.flatMap(({ name, results }) => results.items.map((item) => ({ ...item, table: name }))),
		skipped: tables.flatMap(({ name, results }) => results.skipped.map((row) => ({ ...row, table: name }))),
		tables: tables.map(({ name }) => name),
		...joined(tables.map(({ results }) => results)),
	};
}

/** The competing and unread columns of tables read one after another, and a 区分 that may be the topic, each said once (their columns are alike). */
function joined(tables: readonly ResultsTable[]): Pick<ResultsTable, 'competing' | 'unread' | 'reflectionMaybeTopic'> {
	const competing = [...new Map(tables.flatMap((table) => table.competing ?? []).map((found) => [JSON.stringify(found), found])).values()];
	const unread = [...new Set(tables.flatMap((table) => table.unread ?? []))];
	const reflectionMaybeTopic = tables.find((table) => table.reflectionMaybeTopic)?.reflectionMaybeTopic;
	return { ...(competing.length > 0 && { competing }), ...(unread.length > 0 && { unread }), ...(reflectionMaybeTopic && { reflectionMaybeTopic }) };
}

/** Where a row is, for staff: 表の5行目, or 2つ目の表の5行目 when several tables were read. */
export const rowWhere = ({ line, table }: { line: number; table?: string | undefined }) => `${table ?? '表'}の${line}行目`;

/** The rows whose own number is not the one the site shows (1, 2, 3 … in the table's order), which residents may quote. */
export const numbersNotInOrder = (items: readonly ImportedResult[]) => items.filter((item, i) => item.number !== undefined && item.number.normalize('NFKC') !== String(i + 1));

export interface ResultsFacts {
	/** 結果の公示日, ISO. */
	published: string;
	/** 提出意見数. */
	opinionCount: number;
	/** 提出者数, if stated. */
	submitterCount?: number;
}

/** A cell's text on one line, for a YAML comment. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The `results:` block of the consultation's frontmatter: the facts given, and
 * one item per row. What the table leaves to staff is marked 【要記入】, in the
 * value (a blank cell) or in a comment after a stand-in (反映, which must be one
 * of the site's words): the check reports each until it is filled, and stops a
 * build that would publish it.
 */
export function resultsYaml(table: ResultsTable, facts: ResultsFacts): string {
	const lines = [
		'results:',
		`  published: ${facts.published}    # 結果の公示日`,
		`  opinionCount: ${facts.opinionCount}    # 提出意見数`,
		facts.submitterCount === undefined ? '  # submitterCount: 0    # 提出者数（公表されていれば）' : `  submitterCount: ${facts.submitterCount}    # 提出者数`,
		'  # finalPlan: 策定した計画の id    # 策定した計画がこのサイトにあれば',
		'  items:    # 意見の概要と県の考え方（取り込んだ表のとおり）',
	];
	const choices = reflectionKinds.join(' | ');
	const replacedFlag = `    # ${toFill}「?」は Shift_JIS にない文字が置き換わったものかもしれません — 元の表と見比べたら、この印を消してください`;
	// The table's own numbers (2-1, ①) are kept where they are not simply 1, 2, 3 …: residents quote them.
	const keepNumbers = numbersNotInOrder(table.items).length > 0;
	for (const item of table.items) {
		const source = item.number === undefined ? '' : `番号 ${item.number}`;
		// Comments after the keys they flag: a 区分 to choose, a 該当箇所 to confirm.
		const flags: Record<string, string | undefined> = {
			reflection:
				item.reflection === undefined
					? `    # ${toFill}${item.reflectionWritten === undefined ? '' : `表の区分は「${oneLine(item.reflectionWritten)}」: `}${choices} から選んでください`
					: undefined,
			concerns:
				item.concerns &&
				`    # ${toFill}表の該当箇所「${oneLine(item.place!)}」を「${item.concerns.heading}」と読みました${item.concerns.beyond ? `（${item.concerns.beyond}は案の見出しにありません）` : ''} — 確かめたら、この印を消してください`,
			summary: item.maybeReplaced && hasQuestionMark(item.summary) ? replacedFlag : undefined,
			response: item.maybeReplaced && hasQuestionMark(item.response) ? replacedFlag : undefined,
		};
		const fields = {
			...(keepNumbers && item.number !== undefined && { number: item.number }),
			...(item.place !== undefined && { place: item.place }),
			...(item.concerns && { concerns: item.concerns.concerns }),
			summary: item.summary ?? toFill,
			response: item.response ?? toFill,
			reflection: item.reflection ?? 'その他',
		};
		// The item as js-yaml writes it (quoting, blocks for line breaks), moved under items: whole, so its blocks keep their indentation.
		const yaml = dump([fields], { lineWidth: -1 })
			.trimEnd()
			.split('\n')
			.map((line) => `    ${line}${flags[/^(?:- | {2})(\w+): /.exec(line)?.[1] ?? ''] ?? ''}`);
		lines.push(`    # ${rowWhere(item)}${source ? `（${source}）` : ''}`, ...yaml);
	}
	return `${lines.join('\n')}\n`;
}

/** Why a row's 反映 is left to staff: its cell blank, その他 in a column that may hold the topic, or a word the site does not use. */
function reflectionToChoose(written: string | undefined, columnMaybeTopic: boolean): string {
	if (written === undefined) return messages.resultsBlankCell(resultColumns.reflection, toFill);
	if (columnMaybeTopic && meantValue(written, reflectionKinds) === 'その他') return messages.resultsReflectionMaybeTopic(written, toFill);
	return messages.resultsReflectionUnknown(written, toFill);
}

/**
 * What staff should check once the rows are written: by the table's line (rows left out, a totals row among them, 「?」 that
 * may stand for a character Shift_JIS lacks, characters pasted from a PDF written as they show, a merged cell's text repeated, blank cells, a 区分 not
 * read), table by table, then about the table as a whole (two headers naming one column and the one read, the columns not read,
 * its rows against the opinions submitted, no 区分 column, its own numbers kept, 該当箇所 read as the draft's headings or only kept
 * as written).
 */
export function resultsToCheck(table: ResultsTable, opinionCount?: number): { rows: Array<{ line: number; table: string | undefined; message: string }>; notes: string[] } {
	const order = (part: string | undefined) => (part === undefined ? 0 : (table.tables?.indexOf(part) ?? 0));
	const rows = [
		...table.skipped.map(({ line, table, text, repeatsHeader, total }) => ({
			line,
			table,
			message: total ? messages.resultsTotalRow(text) : repeatsHeader ? messages.resultsRepeatedHeader(text) : messages.resultsSkippedRow(text),
		})),
		...table.items.flatMap(({ line, table: part, summary, response, reflection, reflectionWritten, maybeReplaced, merged, lookalikes, place, concerns, chapterNotInDraft }) => [
			// A place the draft does not have: a slip in the table, or a table written for another version of the draft.
			...(place && chapterNotInDraft ? [messages.resultsChapterNotInDraft(oneLine(place), chapterNotInDraft)] : []),
			...(place && concerns?.beyond ? [messages.resultsPlacePartNotInDraft(oneLine(place), concerns.beyond, concerns.heading)] : []),
			...(maybeReplaced ? [messages.resultsQuestionMark(toFill)] : []),
			...(lookalikes ? [messages.lookalikesWritten(lookalikes)] : []),
			...(merged ?? []).map(({ column, from }) => messages.resultsMergedCell(resultColumns[column], from)),
			...(summary === undefined ? [messages.resultsBlankCell(resultColumns.summary, toFill)] : []),
			...(response === undefined ? [messages.resultsBlankCell(resultColumns.response, toFill)] : []),
			...(reflection === undefined && table.columns.reflection ? [reflectionToChoose(reflectionWritten, table.reflectionMaybeTopic !== undefined)] : []),
		].map((message) => ({ line, table: part, message }))),
	].sort((a, b) => order(a.table) - order(b.table) || a.line - b.line);
	const placesRead = table.items.filter((item) => item.concerns).length;
	const notes = [
		// How the columns were read first: a column read in place of another, or left out, changes every row.
		...(table.competing ?? []).map(({ column, headers, read }) => messages.resultsColumnsCompeting(resultColumns[column], headers, read)),
		...(table.unread ? [messages.resultsUnreadColumns(table.unread)] : []),
		...(table.reflectionMaybeTopic ? [messages.resultsColumnMaybeTopic(table.reflectionMaybeTopic, toFill)] : []),
		// More opinions than were submitted is a mistake in the table or the count; fewer, opinions summed up together, as results often are.
		...(opinionCount === undefined || table.items.length === opinionCount ? [] : [messages.resultsCountDiffers(table.items.length, opinionCount)]),
		...(table.columns.reflection ? [] : [messages.resultsNoReflectionColumn(toFill, table.unread !== undefined)]),
		...(numbersNotInOrder(table.items).length > 0 ? [messages.resultsNumbersKept] : []),
		...(placesRead > 0 ? [messages.resultsPlacesRead(placesRead, toFill)] : []),
		...(table.items.some((item) => item.place && !item.concerns) ? [messages.resultsPlaceToConcerns] : []),
	];
	return { rows, notes };
}

/**
 * The consultation file with the block at the end of its frontmatter, its
 * line ends kept. Refuses a file that has results already: they are never
 * overwritten.
 */
export function withResults(file: string, block: string, fileName: string): string {
	const newline = file.includes('\r\n') ? '\r\n' : '\n';
	const frontmatter = /^---\r?\n([^]*?\r?\n)?---(?:\r?\n|$)/.exec(file);
	if (!frontmatter) throw new ImportError(messages.resultsNoFrontmatter);
	if (/^results\s*:/m.test(frontmatter[1] ?? '')) throw new ImportError(messages.resultsExist(fileName));
	const end = frontmatter[0].lastIndexOf('---');
	return `${file.slice(0, end)}${block.replaceAll('\n', newline)}${file.slice(end)}`;
}
