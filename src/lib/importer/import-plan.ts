/**
 * Plain text extracted from a plan PDF → the files of a plan folder
 * (chapter Markdown, plan.yaml to fill in, source.txt) and a report of the
 * spots a person should check. Pure: no file system; scripts/import.ts
 * reads the text and writes the files.
 *
 * Stages, in order: lines → layout (wrap width, double spacing) → page
 * furniture → 目次 → footnotes → chapter boundaries → blocks (headings,
 * paragraphs, lists, tables) → file contents. A 用語解説 after the chapters
 * becomes glossary entry drafts (see glossary-terms.ts) rather than a chapter.
 */
import { slugPattern } from '../../schemas/ids.ts';
import { lookalikesIn, withMeantCharacters } from '../lookalike-characters.ts';
import { messages } from '../messages.ts';
import { prefectureOfPlanId } from '../prefectures.ts';
import type { ReadingTokenizer } from '../search/readings.ts';
import { planTemplate } from '../scaffold/plan-template.ts';
import { findUnreadableText } from '../unreadable-text.ts';
import { buildBlocks } from './build-blocks.ts';
import { type ChapterPlan, planChapters } from './chapters.ts';
import { findFootnotes } from './footnotes.ts';
import { findFurniture } from './furniture.ts';
import { readGlossary } from './glossary-terms.ts';
import { analyzeLayout } from './layout.ts';
import { bracketUrls } from './markdown-text.ts';
import { normalizeLines } from './normalize-lines.ts';
import { lineRange, outside, quote, Report } from './report.ts';
import { cleanStraySpaces } from './stray-spaces.ts';
import { type EarlierDrafts, type ExistingTerm, termDraftFiles } from './term-drafts.ts';
import { findToc } from './toc.ts';
import type { ChapterOutput, ImportResult, OutputFile, ReportEntry, SourceLine } from './types.ts';
import { writeChapter } from './write-chapters.ts';

/** Input the importer cannot work with; the message is for the person running it. */
export class ImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportError';
	}
}

export interface ImportOptions {
	/** The plan id (folder name): lower-case ASCII letters, digits and hyphens. */
	plan: string;
	/** The glossary's entries, so that a term it has gets no second file. */
	existingTerms?: ExistingTerm[];
	/** A morphological dictionary (npm run import gives IPADIC's), to suggest the reading of a term written in kanji. */
	tokenize?: ReadingTokenizer;
}

export function importPlanText(text: string, options: ImportOptions): ImportResult {
	if (!slugPattern.test(options.plan)) {
		throw new ImportError(`計画の id「${options.plan}」は使えません。英小文字・数字・ハイフンだけで書き、英小文字で始めてください（例: fukushima-dx-2022）`);
	}
	if (text.includes('\u0000')) throw new ImportError('テキストファイルではないようです（NUL 文字を含んでいます）。PDF から抽出したテキストを指定してください');
	if (text.replace(/^\ufeff/, '').trim() === '') throw new ImportError('ファイルが空です。PDF から抽出したテキストを指定してください');

	const report = new Report();
	// Character for character, so every line keeps its number in source.txt.
	const lines = normalizeLines(withMeantCharacters(text));
	const unreadable = findUnreadableText(lines);
	const unreadableSample = (line: number) => quote(lines[line - 1]!.text);
	if (unreadable.share >= 0.5) {
		throw new ImportError(`取り込む文字の大半が、意味をなさない文字の並びです（例: ${unreadableSample(unreadable.runs[0]!.from)}）。${messages.unreadableCause} — 元の文書から PDF を作り直してもらう（Word の「PDF として保存」など）か、文字認識（OCR）をしたテキストを指定してください`);
	}
	for (const { from, to } of unreadable.runs) {
		report.add(from, messages.unreadableText(unreadableSample(from), { lines: lineRange(from, to) }));
	}
	const lookalikes = lookalikesIn(text);
	if (lookalikes.length > 0) {
		const first = Math.min(...lookalikes.map(({ at }) => at));
		report.add(text.slice(0, first).split(/\r\n|\r|\n/).length, `${messages.lookalikesWritten(lookalikes.slice(0, 8), lookalikes.length > 8)}。source.txt は元のままです`);
	}
	const layout = analyzeLayout(lines);
	const skip = new Set<number>();

	const furniture = findFurniture(lines);
	for (const no of furniture.dropped.keys()) skip.add(no);
	report.addAll(furniture.report);

	const toc = findToc(lines);
	if (toc) {
		for (let no = toc.start; no <= toc.end; no++) skip.add(no);
		report.add(toc.start, `目次（${lineRange(toc.start, toc.end)}）を除きました。章の区切りと見出しを探すのに使っています`);
	}

	const footnotes = findFootnotes(lines, layout, skip);
	for (const no of footnotes.consumed) skip.add(no);
	report.addAll(footnotes.report);

	const chapters = planChapters(lines, toc, skip);
	for (const no of chapters.dropped.keys()) skip.add(no);
	report.addAll(chapters.report);

	const built = buildBlocks({
		lines,
		skip,
		chapters,
		layout,
		texts: footnotes.textWithReferences,
		plain: { starts: footnotes.leftDefinitions, continuations: footnotes.leftContinuations },
		footnotes: footnotes.definitions,
	});

	const wrapped = layout.wrapWidth !== undefined;
	const glossary = glossaryDrafts(lines, chapters, skip, options, report);
	// What the chapter pass said of the lines that became term drafts no longer applies.
	report.addAll(outside(built.report.entries(), glossary.sections));
	const spans: ChapterSpan[] = [];
	const files: OutputFile[] = built.files.flatMap((file, i) => {
		if (glossary.sections.some((section) => section.id === file.start.id)) return [];
		if (file.blocks.length === 0) report.add(file.start.line, `${file.start.id}.md の本文が空です。章の区切りを確認してください`);
		const notes = file.footnotes.map((def) => {
			const cleaned = cleanStraySpaces(def.text, { wrapped, keepLabel: false });
			for (const spot of cleaned.betweenFullWidth) report.add(def.line, `脚注 ${def.n} で全角文字の間の空白を削除しました（「${spot}」）。原文の空白なら戻してください`);
			return { n: def.n, text: bracketUrls(cleaned.text) };
		});
		const output = writeChapter({ plan: options.plan, file, footnotes: notes });
		spans.push({ from: file.start.line, to: built.files[i + 1]?.start.line ?? Infinity, output });
		return [output];
	});
	// npm run new's template: the raw import stays unpublished (publish: false) until someone has checked it.
	files.push({ path: 'plan.yaml', content: planTemplate(prefectureOfPlanId(options.plan)) }, { path: 'source.txt', content: text });
	const marksPages = lines.some((line) => line.page > 1);
	return { files, terms: glossary.terms, report: report.entries().map((entry) => placed(entry, spans)), ...(marksPages && { pageOfLine: lines.map((line) => line.page) }) };
}

/** The source lines a chapter file was made of (from its chapter heading to the next file's), and the file. */
type ChapterSpan = { from: number; to: number; output: ChapterOutput };

/** The entry with the place its line ended up, when in a chapter: the file line of the last block that begins at or before it. */
function placed(entry: ReportEntry, spans: readonly ChapterSpan[]): ReportEntry {
	const span = spans.find((s) => entry.line >= s.from && entry.line < s.to);
	const block = span?.output.blockLines.findLast((b) => b.source <= entry.line);
	return block ? { ...entry, place: `${span!.output.path}:${block.line}` } : entry;
}

/**
 * Each 用語解説 read as rows of terms → glossary entry drafts, and the
 * sections (file id, source lines) that became them; one that cannot be read
 * so stays a file of the plan.
 */
function glossaryDrafts(lines: SourceLine[], chapters: ChapterPlan, skip: Set<number>, options: ImportOptions, report: Report) {
	const terms: OutputFile[] = [];
	const sections: Array<{ id: string; from: number; to: number }> = [];
	/** The sections before: a later one's drafts are numbered on from their terms, and never take their drafts' file names. */
	const earlier: EarlierDrafts = { terms: 0, drafted: [] };
	chapters.files.forEach((start, i) => {
		if (!start.id.startsWith('glossary')) return;
		const end = chapters.files[i + 1]?.line ?? Infinity;
		const reading = readGlossary(lines.filter((l) => l.no > start.line && l.no < end && !l.blank && !skip.has(l.no)));
		if (reading.terms.length === 0) {
			report.add(start.line, `${quote(start.title ?? start.id)} を用語と解説の行として読めなかったため、別のファイル（${start.id}.md）にしました。用語ごとに content/glossary/ の用語ファイルに移してください（npm run new -- term <用語の id>）`);
			return;
		}
		sections.push({ id: start.id, from: start.line, to: end });
		const drafts = termDraftFiles(reading.terms, { plan: options.plan, existing: options.existingTerms ?? [], tokenize: options.tokenize, earlier: { ...earlier } });
		terms.push(...drafts.files);
		earlier.terms += reading.terms.length;
		earlier.drafted = [...earlier.drafted, ...drafts.drafted];
		const written = drafts.files.length;
		report.add(
			start.line,
			`${quote(start.title ?? start.id)} の ${reading.terms.length} 語を読み${
				written === 0
					? 'ました。どれも用語集にあるか、下書きにしてあるため、新しい下書きは作っていません（どのファイルにあるかは下に示します）'
					: `、${written === reading.terms.length ? 'すべて' : `うち ${written} 語`}を用語ファイルの下書き（glossary/、publish: false）にしました。1語ずつ文書と見比べ、確かめた用語から publish: true にしてください`
			}`,
		);
		report.addAll(reading.report);
		report.addAll(drafts.report);
	});
	return { terms, sections };
}
