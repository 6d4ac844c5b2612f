/**
 * `npm run import:results -- <表.xlsx|表.docx|表.csv> --consultation <id> --published <日付> --opinions <件数> [--submitters <人数>] [--sheet <シート名>] [--table <番号>]`
 *
 * Adds a consultation's results (意見の概要と県の考え方) from the table the
 * organiser keeps in Excel or Word, the file itself or saved as CSV, to
 * `content/consultations/<id>.md` (src/lib/importer/results-file.ts). Writes nothing when the file has results
 * already, or would no longer be valid; prints what to check, by the table's row as a spreadsheet shows it.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/content-paths.ts';
import { resultColumns } from '../src/lib/consultations.ts';
import { readContent } from '../src/lib/content-check/check-content.ts';
import { readMarkdownFile } from '../src/lib/content-check/read-content.ts';
import { chapterNotInDraft, draftChapters, placeInDraft } from '../src/lib/draft-places.ts';
import { ImportError } from '../src/lib/importer/import-plan.ts';
import { type ResultsColumns, resultsToCheck, resultsYaml, rowWhere, withResults } from '../src/lib/importer/results-table.ts';
import { readResultsFile } from '../src/lib/importer/results-file.ts';
import { datesInText } from '../src/lib/japanese-dates.ts';
import { messages } from '../src/lib/messages.ts';
import { toFill } from '../src/lib/scaffold/to-fill.ts';
import { consultationSchema } from '../src/schemas/consultation.ts';
import { isoDate } from '../src/schemas/ids.ts';
import { commandOptions, extraArguments } from './command-options.ts';

const usage =
	'npm run import:results -- <表.xlsx、表.docx か 表.csv> --consultation <意見募集の id> --published <結果の公示日> --opinions <提出意見数> [--submitters <提出者数>] [--sheet <シート名>]… [--table <何番目の表か（2,3 で続けて）>]';
const { values: options, positionals } = commandOptions(
	{
		allowPositionals: true,
		options: { consultation: { type: 'string' }, published: { type: 'string' }, opinions: { type: 'string' }, submitters: { type: 'string' }, sheet: { type: 'string', multiple: true }, table: { type: 'string' } },
	},
	usage,
);

function fail(message: string): never {
	console.error(`取り込みを中止しました: ${message}`);
	process.exit(1);
}

const [table, ...extra] = positionals;
if (!table) fail(messages.badCommandOption('表のファイルを1つ指定してください', usage));
if (extra.length > 0) fail(`${extraArguments(extra, '--consultation')}\n使い方: ${usage}`);
if (!options.consultation || !options.published || !options.opinions) fail(messages.badCommandOption('--consultation、--published、--opinions を指定してください', usage));
if (!existsSync(table)) fail(`ファイルが見つかりません: ${table}`);
if (!statSync(table).isFile()) fail(`ファイルではありません: ${table} — 表の Excel ブック（.xlsx）か Word 文書（.docx）、表を保存した CSV ファイルを指定してください`);

/** 2027-02-01, or a day written in Japanese (令和9年2月1日, 2027年2月1日), as ISO. */
function publishedDate(written: string): string {
	const iso = isoDate().safeParse(written.normalize('NFKC'));
	if (iso.success) return iso.data;
	const named = datesInText(written, new Date().toISOString().slice(0, 10));
	if (named.length === 1) return named[0]!;
	fail(messages.resultsBadDate(written));
}

/** Which of a document's tables: 1 for the first; 2,3 for two read one after another. */
function tableNumbers(written: string): number[] {
	const numbers = written.normalize('NFKC').split(/[,、]/).map((part) => part.trim());
	if (!numbers.every((part) => /^[1-9]\d*$/.test(part))) fail(messages.resultsBadTableNumber(written));
	return numbers.map(Number);
}

function count(option: string, written: string): number {
	const digits = written.normalize('NFKC');
	if (!/^\d+$/.test(digits)) fail(messages.resultsBadCount(option, written));
	return Number(digits);
}

const folder = path.join(contentDir, 'consultations');
const file = path.join(folder, `${options.consultation}.md`);
if (!existsSync(file)) {
	const known = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -'.md'.length)) : [];
	fail(messages.resultsNoConsultation(options.consultation, known));
}
const shown = path.relative(process.cwd(), file);
const facts = {
	published: publishedDate(options.published),
	opinionCount: count('--opinions', options.opinions),
	...(options.submitters === undefined ? {} : { submitterCount: count('--submitters', options.submitters) }),
};

let read;
let updated;
try {
	read = await readResultsFile(readFileSync(table), { sheets: options.sheet, tables: options.table === undefined ? undefined : tableNumbers(options.table) });
	const original = readFileSync(file, 'utf8');
	const consultation = readMarkdownFile(new TextEncoder().encode(original));
	const draft = consultation.ok ? consultationSchema.safeParse(consultation.file.data).data?.plan : undefined;
	if (draft !== undefined) {
		// The draft's chapters as the content check reads them, whose sections the rows' 該当箇所 may name.
		const chapters = draftChapters((await readContent(contentDir)).content, draft);
		const items = read.items.map((item) => {
			if (item.place === undefined) return item;
			const concerns = placeInDraft(item.place, draft, chapters);
			if (concerns) return { ...item, concerns };
			const draftChaptersIfNot = chapterNotInDraft(item.place, chapters);
			return draftChaptersIfNot ? { ...item, chapterNotInDraft: draftChaptersIfNot } : item;
		});
		read = { ...read, items };
	}
	updated = withResults(original, resultsYaml(read, facts), shown);
} catch (error) {
	if (error instanceof ImportError) fail(error.message);
	throw error;
}

// The file as the check will read it: written only if it is still a valid consultation.
const reread = readMarkdownFile(new TextEncoder().encode(updated));
if (!reread.ok) fail(messages.resultsInvalid(reread.issue.message));
const valid = consultationSchema.safeParse(reread.file.data);
if (!valid.success) {
	// The facts given on the command line (the date of the results, the count): the command is to fix, not the file.
	const fromOption = { published: ['--published', options.published], opinionCount: ['--opinions', options.opinions], submitterCount: ['--submitters', options.submitters] } as const;
	const issue = valid.error.issues.find((i) => i.path[0] === 'results' && typeof i.path[1] === 'string' && i.path[1] in fromOption);
	if (issue) {
		const [option, value] = fromOption[issue.path[1] as keyof typeof fromOption];
		fail(messages.resultsOptionInvalid(option, value ?? '', issue.message));
	}
	fail(messages.resultsInvalid(valid.error.issues.map((i) => `${i.path.join(' › ')}: ${i.message}`).join('、')));
}
writeFileSync(file, updated);

console.log(messages.resultsWritten(shown, read.items.length, read.source, read.headerLine));
console.log(messages.resultsColumns(Object.entries(read.columns).map(([column, header]) => [resultColumns[column as keyof ResultsColumns], header])));
const { rows, notes } = resultsToCheck(read, facts.opinionCount);
if (rows.length + notes.length > 0) {
	console.log('確かめてください:');
	// By the row a spreadsheet or the document shows (表の5行目), where staff keep the table; a row of one of several tables also says which.
	for (const row of rows) console.log(`  ${table}（${rowWhere(row)}）: ${row.message}`);
	for (const note of notes) console.log(`  ${note}`);
}
console.log(messages.resultsNext(toFill));
