/**
 * `npm run import -- <text file or PDF> --plan <plan-id> [--out content/plans] [--force]`
 * (`--out` defaults to the plans of CONTENT_DIR, where the check and the build read them)
 *
 * Turns a plan PDF, or text extracted from one, into a plan folder: chapter Markdown,
 * plan.yaml to fill in, unpublished (only if there is none), and source.txt (the text,
 * byte for byte, in UTF-8 if it was Shift_JIS or UTF-16, or the PDF's text as read); and
 * its 用語解説 into unpublished glossary entries in the glossary folder beside `--out`, one
 * per term the glossary does not have yet.
 * Existing chapters are never overwritten without --force, and with it only
 * after a copy of each is kept in .import-backup/ beside the content folder;
 * plan.yaml and glossary entries never; nothing in a published plan; and no
 * file twice in one run (the importer stops, writing nothing).
 * Prints the spots to check, with source line numbers, and adds them to the
 * plan's NOTES.md as a checklist.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, planNoteFiles } from '../src/content-paths.ts';
import { readMarkdownFile } from '../src/lib/content-check/read-content.ts';
import { startsUnpublished } from '../src/lib/scaffold/scaffold.ts';
import { glossarySchema } from '../src/schemas/glossary.ts';
import { ImportError, importPlanText } from '../src/lib/importer/import-plan.ts';
import { isCompoundFile, isPdf, isZip } from '../src/lib/importer/file-kinds.ts';
import { pdfText } from '../src/lib/importer/pdf-text.ts';
import { decodeText } from '../src/lib/importer/text-encoding.ts';
import { indicatorDrafts } from '../src/lib/indicator-drafts.ts';
import { chapterTables } from '../src/markdown/chapter-outline.ts';
import type { ExistingTerm } from '../src/lib/importer/term-drafts.ts';
import { formatReport, reportChecklist } from '../src/lib/importer/report.ts';
import type { ReportEntry } from '../src/lib/importer/types.ts';
import { loadReadingTokenizer } from '../src/lib/search/reading-tokenizer.ts';
import { toFill } from '../src/lib/scaffold/to-fill.ts';
import { commandOptions, extraArguments } from './command-options.ts';

const usage = 'npm run import -- <PDF かテキストファイル> --plan <計画の id> [--out content/plans] [--force]';

function fail(message: string): never {
	console.error(`取り込みを中止しました: ${message}`);
	process.exit(1);
}

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
function invalidUtf8Offset(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i]!;
		const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0 || i + length > bytes.length) return i;
		for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
		i += length;
	}
	return -1;
}

const { values, positionals } = commandOptions(
	{
		allowPositionals: true,
		options: {
			plan: { type: 'string' },
			out: { type: 'string', default: path.join(contentDir, 'plans') },
			force: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	},
	usage,
);
if (values.help) {
	console.log(`使い方: ${usage}`);
	process.exit(0);
}
const source = positionals[0];
if (!source) fail(`計画の PDF か、そのテキストファイルを1つ指定してください。\n使い方: ${usage}`);
if (positionals.length > 1) fail(`${extraArguments(positionals.slice(1), '--plan')}\n使い方: ${usage}`);
if (!values.plan) fail(`--plan で計画の id（フォルダ名。例: fukushima-dx-2022）を指定してください。\n使い方: ${usage}`);
if (!existsSync(source)) fail(`ファイルが見つかりません: ${source}`);
if (!statSync(source).isFile()) fail(`ファイルではありません: ${source}`);

const read = readFileSync(source);
if (isZip(read) || isCompoundFile(read)) {
	fail(`${source} は Word・Excel・一太郎などの文書ファイルで、読めません — 文書を PDF に保存（Word なら「名前を付けて保存」で PDF、一太郎なら「PDF 保存」）し、その PDF を指定してください。見出しや段落の自動の番号も PDF には残ります`);
}
/** The PDF's text, when a PDF was given: source.txt is then that text, and the report's lines are its lines. */
let fromPdf;
try {
	fromPdf = isPdf(read) ? await pdfText(read) : undefined;
} catch (error) {
	if (error instanceof ImportError) fail(error.message);
	throw error;
}
/** The text: the PDF's as read (no encoding), or the text file's in the encoding it was saved in. */
const decoded = fromPdf ? { text: fromPdf.text, encoding: undefined } : decodeText(read);
if (!decoded) {
	const bad = invalidUtf8Offset(read);
	const line = read.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
	fail(`${source} は UTF-8 のテキストではありません（${line}行目、${bad}バイト目）。Shift_JIS としても読めません — 文字コードを UTF-8 にして保存し直してから実行してください`);
}
const { text, encoding } = decoded;
/** source.txt: the file as it is, or its text in UTF-8 (a PDF's text, a Shift_JIS or UTF-16 file), which editors and the report's line numbers read alike. */
const bytes = encoding === 'UTF-8' ? read : Buffer.from(text);

const glossaryDir = path.join(path.dirname(values.out), 'glossary');

/** The glossary's entries: names and definitions (a file the schema rejects counts by its file name only; the check reports it). */
function existingTerms(): ExistingTerm[] {
	if (!existsSync(glossaryDir)) return [];
	return readdirSync(glossaryDir)
		.filter((name) => name.endsWith('.md'))
		.map((name) => {
			const id = name.slice(0, -'.md'.length);
			const read = readMarkdownFile(readFileSync(path.join(glossaryDir, name)));
			const entry = read.ok ? glossarySchema.safeParse(read.file.data) : undefined;
			if (!read.ok || !entry?.success) return { id, names: [], definitions: [] };
			const { term, aliases, otherDefinitions, source } = entry.data;
			return {
				id,
				names: [term, ...aliases],
				definitions: [read.file.body?.text ?? '', ...otherDefinitions.map((other) => other.text)],
				plan: 'plan' in source ? source.plan : undefined,
			};
		});
}

/** How many rows of KPI tables the chapters hold: each can become an indicator (npm run new -- indicators). */
async function kpiRowsIn(files: Array<{ path: string; content: string }>): Promise<number> {
	let rows = 0;
	for (const file of files.filter((f) => f.path.endsWith('.md'))) {
		const read = readMarkdownFile(new TextEncoder().encode(file.content));
		if (!read.ok || !read.file.body) continue;
		const { drafts, skipped } = indicatorDrafts(file.path.slice(0, -'.md'.length), await chapterTables(read.file.body.text), new Set(), new Set());
		rows += drafts.length + skipped.length;
	}
	return rows;
}

let result;
try {
	result = importPlanText(text, { plan: values.plan, existingTerms: existingTerms(), tokenize: await loadReadingTokenizer() });
} catch (error) {
	if (error instanceof ImportError) fail(error.message);
	throw error;
}

const dir = path.join(values.out, values.plan);

// A plan on the site (a plan.yaml not saying publish: false, whose default is true): a re-import's raw chapters
// would replace pages residents read, and the edits made since the first import.
const planYamlFile = path.join(dir, 'plan.yaml');
if (existsSync(planYamlFile) && !(await startsUnpublished(planYamlFile, path.dirname(values.out)))) {
	fail(`計画「${values.plan}」は公開中です（plan.yaml が publish: false ではありません）。取り込んだままの章で公開中の章を置き換えないよう、--force を付けても取り込みません — 別の id（例: --plan ${values.plan}-new）に取り込み、章を見比べて、直す箇所だけを ${path.relative(process.cwd(), dir) || dir} の章に移してください`);
}
const conflicts: string[] = [];
const toWrite: Array<{ folder: string; name: string; content: string | Uint8Array }> = [];
let planYaml: 'written' | 'kept' = 'written';
const outputs = [
	...result.files.map((file) => ({ folder: dir, name: file.path, content: file.path === 'source.txt' ? bytes : file.content })),
	...result.terms.map((file) => ({ folder: glossaryDir, name: file.path, content: file.content })),
];
// Two outputs for one file: the second would overwrite the first, written in this same run (a term, a chapter lost).
// The importer names each once; should it not, nothing is written rather than part of the plan.
const targets = Map.groupBy(outputs, (file) => path.resolve(file.folder, file.name));
const twice = [...targets].filter(([, files]) => files.length > 1).map(([target]) => path.relative(process.cwd(), target));
if (twice.length > 0) {
	fail(`同じ名前のファイルを2度書くところでした: ${twice.join(', ')}\n後から書く方が先の内容を消してしまうため、何も書いていません。取り込みの不具合ですので、取り込んだファイルを添えて開発の担当に知らせてください`);
}
for (const file of outputs) {
	const target = path.join(file.folder, file.name);
	if (existsSync(target)) {
		if (file.folder === dir && file.name === 'plan.yaml') {
			planYaml = 'kept';
			continue;
		}
		const existing = readFileSync(target);
		if (Buffer.compare(existing, Buffer.from(file.content)) === 0) continue;
		if (!values.force) {
			conflicts.push(path.relative(process.cwd(), target));
			continue;
		}
	}
	toWrite.push(file);
}
if (conflicts.length > 0) {
	fail(`次のファイルが既にあり、内容が異なります: ${conflicts.join(', ')}\n上書きしてよいときは --force を付けて実行してください（plan.yaml は --force でも書き換えません）。`);
}

// --force: what it replaces is kept, in the same folders below .import-backup/<plan>/<time>/ beside the content folder.
const contentRoot = path.dirname(path.resolve(values.out));
const replaced = toWrite.map((file) => path.join(file.folder, file.name)).filter((file) => existsSync(file));
const backup = replaced.length > 0 ? path.join(path.dirname(contentRoot), '.import-backup', values.plan, new Date().toISOString().replace(/[:.]/g, '-')) : undefined;
for (const file of replaced) {
	const copy = path.join(backup!, path.relative(contentRoot, path.resolve(file)));
	mkdirSync(path.dirname(copy), { recursive: true });
	copyFileSync(file, copy);
}
for (const file of toWrite) {
	mkdirSync(file.folder, { recursive: true });
	writeFileSync(path.join(file.folder, file.name), file.content);
}

const produced = new Set(result.files.map((f) => f.path));
const stale = readdirSync(dir).filter((name) => name.endsWith('.md') && !produced.has(name) && !planNoteFiles.includes(name));

console.log(`取り込み先: ${dir}`);
console.log(`  書いたファイル: ${toWrite.filter((f) => f.folder === dir).map((f) => f.name).join(', ') || 'なし（すべて同じ内容でした）'}`);
if (backup) console.log(`  上書きしたファイル: ${replaced.map((file) => path.basename(file)).join(', ')}（前の内容は ${path.relative(process.cwd(), backup) || backup} に残しました）`);
if (result.terms.length > 0) console.log(`  用語の下書き: ${glossaryDir} に ${result.terms.length} 件（publish: false）`);
console.log(planYaml === 'written' ? `  plan.yaml: 雛形を書きました（publish: false のため、まだ公開されません）。「${toFill}」の箇所を文書のとおりに書き、章を確かめ終えたら publish: true にしてください` : '  plan.yaml: 既にあるため変更していません');
if (stale.length > 0) console.log(`  注意: 今回作らなかった章ファイルが残っています: ${stale.join(', ')}`);
const kpiRows = await kpiRowsIn(result.files);
if (kpiRows > 0) console.log(`  指標の表: ${kpiRows} 行。表を文書と見比べて直したら、npm run new -- indicators ${values.plan} で1行ずつ指標の下書きを作れます`);
if (encoding && encoding !== 'UTF-8') console.log(`  文字コード: ${encoding} のテキストとして読み、source.txt には UTF-8 で書きました`);
if (fromPdf) {
	console.log(`  PDF: ${fromPdf.pages} ページの文字を読み、source.txt に書きました（ページの区切りは改ページ文字）`);
	if (fromPdf.pagesWithoutText.length > 0) {
		console.log(`  注意: ${fromPdf.pagesWithoutText.join('、')} ページには文字の情報がありません（図や画像だけのページ）。図の中の文字は取り込まれないため、PDF を見て、図のあった箇所に「> [!編集部注] 元の資料ではここに図があります。」のように書き添えてください`);
	}
}
const pagesNamed = result.pageOfLine ? `、p. は${fromPdf ? ' PDF の' : '元の PDF の'}何ページ目か` : '';
const placesNamed = result.report.some((entry) => entry.place) ? '、ch… は取り込んだ章のファイルと行' : '';
console.log(`\n確認が必要な箇所（${result.report.length} 件、行番号は ${fromPdf ? path.join(dir, 'source.txt') : path.basename(source)} の行${pagesNamed}${placesNamed}）:`);
console.log(result.report.length > 0 ? formatReport(result.report, result.pageOfLine) : '  なし');
if (result.report.length > 0) console.log(`\nこの一覧は ${writeChecklist(result.report, result.pageOfLine)} に、確かめたら印を付けられる形で書きました`);

/** Adds the report to the plan's NOTES.md (made if missing), unless the same list is there already; returns its path. */
function writeChecklist(report: ReportEntry[], pageOfLine: number[] | undefined): string {
	const file = path.join(dir, 'NOTES.md');
	const { section, items } = reportChecklist(report, new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' }), pageOfLine);
	const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	if (existing === undefined) writeFileSync(file, `# ${values.plan} — 編集メモ\n\n${section}`);
	else if (!existing.includes(items)) writeFileSync(file, `${existing.replace(/\n*$/, '\n\n')}${section}`);
	return path.relative(process.cwd(), file) || file;
}
