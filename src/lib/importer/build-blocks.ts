/**
 * The main pass: reads the cleaned lines in order and builds each output
 * file's Markdown blocks (headings, paragraphs, lists, tables), using the
 * other modules for each decision. Everything uncertain goes to the report.
 */
import type { ChapterPlan, FileStart } from './chapters.ts';
import {
	type HeadingCandidate,
	type NotAHeading,
	headingForm,
	isNotAHeading,
	numberedHeading,
	numberingOf,
	Outline,
	unnumberedHeading,
} from './detect-headings.ts';
import type { FootnoteDefinition } from './footnotes.ts';
import { hasHtml, htmlToBlocks } from './html-to-markdown.ts';
import {
	endsMidSentence,
	hasOpenBracket,
	isFullLine,
	joinBlock,
	sentenceEnd,
	splitsUrl,
	startsMidSentence,
	type TextLine,
} from './join-wrapped-lines.ts';
import { bracketUrls, escapeParagraphStart } from './markdown-text.ts';
import { flattenedKpiTable } from './kpi-tables.ts';
import { indentColumns } from './normalize-lines.ts';
import { lineRange, outside, quote, Report } from './report.ts';
import { cleanStraySpaces } from './stray-spaces.ts';
import { buildTable, isTableRow, splitRow, type TableRow } from './tables.ts';
import type { Block, Layout, ListItem, SourceLine } from './types.ts';

export interface FileBlocks {
	start: FileStart;
	blocks: Block[];
	footnotes: FootnoteDefinition[];
}

export interface BlockInput {
	lines: SourceLine[];
	/** Lines to leave out (furniture, 目次, footnote areas, chapter headings). */
	skip: Set<number>;
	chapters: ChapterPlan;
	layout: Layout;
	/** Line texts changed by an earlier stage (footnote references put in). */
	texts: Map<number, string>;
	/** Lines that are plain text whatever they look like (footnotes left as extracted), and which of them start a paragraph. */
	plain: { starts: Set<number>; continuations: Set<number> };
	footnotes: FootnoteDefinition[];
}

const markdownHeading = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const markdownListItem = /^([ \t\u3000]*)([-*+]|\d{1,3}[.)])[ \t]+(.*)$/;
/** Bullets the document printed: the line is a list item, glyph kept. */
const bulletGlyph = /^[・▶►▷➢]/;
/** Marks that start a note or a box line of their own (kept as a paragraph). */
const ownParagraph = /^(?:※|注[)）\s]|[●○◆◇□])/;
const boxMark = /^[●○◆◇□]/;

interface OpenItem {
	depth: number;
	marker: string;
	lines: TextLine[];
	line: number;
}

export function buildBlocks(input: BlockInput): { files: FileBlocks[]; report: Report } {
	const { lines, skip, layout, texts } = input;
	const report = new Report();
	const wrapped = layout.wrapWidth !== undefined;
	const starts = input.chapters.files;
	const files: FileBlocks[] = starts.map((start) => ({ start, blocks: [], footnotes: [] }));
	for (const def of input.footnotes) {
		const index = starts.findLastIndex((s) => s.line <= def.line);
		files[Math.max(0, index)]!.footnotes.push(def);
	}

	let fileIndex = 0;
	let outline = new Outline();
	let paragraph: TextLine[] = [];
	let items: OpenItem[] = [];
	let table: TableRow[] = [];
	/** The last text line went into the last list item (so the next one may continue it). */
	let inItem = false;
	/** The open list is a run of numbered lines (①②③ on consecutive lines): its style and last number. */
	let numberedRun: { style: string; n: number } | undefined;
	let afterPlain = false;
	/** Lines read as the rest of an HTML element opened on an earlier line. */
	const htmlContinued = new Set<number>();
	/** Last source line that had each heading form (【…】, ■, （１） …), heading or not. */
	const formSeen = new Map<string, number>();
	/** Lines that already have a report about being or not being a heading. */
	const headingReported = new Set<number>();
	let pendingForm: { style: string; line: number } | undefined;

	const current = () => files[fileIndex]!;
	const emit = (block: Block) => current().blocks.push(block);
	const textOf = (line: SourceLine) => texts.get(line.no) ?? line.text;
	const pageStart = (line: SourceLine) => line.formFeed || (wrapped && !layout.markdownish && line.indent.length > 0);
	const toTextLine = (line: SourceLine, text: string, keepLabel: boolean): TextLine => {
		const cleaned = cleanStraySpaces(text, { wrapped, keepLabel });
		for (const spot of cleaned.betweenFullWidth) {
			report.add(line.no, `全角文字の間の空白を削除しました（${quote(spot, 12)}）。原文の空白なら戻してください`);
		}
		return { no: line.no, text, out: cleaned.text, pageStart: pageStart(line), hardBreak: layout.markdownish && line.hardBreak };
	};

	const joinLines = (block: TextLine[]) => {
		const joined = joinBlock(block, layout);
		report.addAll(joined.report);
		return joined.paragraphs;
	};

	const flushParagraph = () => {
		if (paragraph.length === 0) return;
		const single = paragraph.length === 1 && !input.plain.starts.has(paragraph[0]!.no) ? paragraph[0]! : undefined;
		const joined = joinBlock(paragraph, layout);
		// A KPI table flattened one cell per line is a table again, or said to be one that could not be rebuilt:
		// either way, what the joiner said of its line breaks no longer applies.
		const tables = joined.paragraphs.map(({ text }) => flattenedKpiTable(text.split('\\\n')));
		const tableSpans = joined.paragraphs.flatMap(({ line }, i) => (tables[i] ? [{ from: line, to: joined.paragraphs[i + 1]?.line ?? Infinity }] : []));
		report.addAll(outside(joined.report, tableSpans));
		joined.paragraphs.forEach(({ line, text }, i) => {
			const table = tables[i];
			if (table && 'rows' in table) {
				report.add(line, `セルごとに改行された指標の表と読み、表（${table.rows.length - 1} 行）に戻しました。文書の表と見比べてください`);
				emit({ kind: 'table', line, rows: table.rows });
			} else {
				if (table) {
					const next = joined.paragraphs[i + 1]?.line ?? Infinity;
					const last = paragraph.findLast((l) => l.no < next)!.no;
					report.add(
						line,
						`指標の表と思われますが、組み直せませんでした（${lineRange(line, last)}）。${table.problem}。セルごとの改行（行末の \\）を残したので、文書の表を見て Markdown の表に直してください`,
					);
				}
				emit({ kind: 'paragraph', line, text: escapeParagraphStart(bracketUrls(text)) });
			}
		});
		if (single && looksLikeTitle(single.text) && !headingReported.has(single.no)) {
			report.add(single.no, `見出しかもしれない短い行 ${quote(single.text)} を本文として残しました。見出しなら「## …」にして {#id} を付けてください`);
		}
		paragraph = [];
	};
	const flushList = () => {
		if (items.length === 0) return;
		const listItems: ListItem[] = items.map((item) => ({
			depth: item.depth,
			marker: item.marker,
			text: bracketUrls(joinLines(item.lines).map((r) => r.text).join('\\\n')),
		}));
		emit({ kind: 'list', line: items[0]!.line, items: listItems });
		items = [];
		inItem = false;
		numberedRun = undefined;
	};
	const flushTable = () => {
		if (table.length === 0) return;
		const built = buildTable(table);
		report.addAll(built.report);
		emit({ kind: 'table', line: table[0]!.line, rows: built.rows.map((row) => row.map(bracketUrls)) });
		table = [];
	};
	const flushAll = () => {
		flushParagraph();
		flushList();
		flushTable();
	};

	/** The next line that is not left out, if no blank line (that counts) comes first. */
	const nextInBlock = (index: number): SourceLine | undefined => {
		for (let j = index + 1; j < lines.length; j++) {
			const line = lines[j]!;
			if (skip.has(line.no) || htmlContinued.has(line.no)) continue;
			if (line.blank) {
				if (layout.doubleSpaced && !line.spaceOnly) continue;
				return undefined;
			}
			return line;
		}
		return undefined;
	};

	/**
	 * Whether the line before (in the open paragraph) leaves its sentence unfinished, so this line continues it;
	 * `'full'` when only its width says so: it reaches the wrap width, as a wrapped line does, but so does a note
	 * or a sentence that ends there without 「。」.
	 */
	const continuesParagraph = (next?: string): boolean | 'full' => {
		const prev = paragraph.at(-1);
		if (!prev || sentenceEnd.test(prev.text)) return false;
		if (hasOpenBracket(paragraph.map((l) => l.text).join('')) || endsMidSentence.test(prev.text) || (next !== undefined && splitsUrl(prev.text, next))) return true;
		return isFullLine(prev.text, layout.wrapWidth, 9) ? 'full' : false;
	};

	/** Takes `candidate` as a heading if it fits; returns false (after reporting) if not. */
	const tryHeading = (line: SourceLine, candidate: HeadingCandidate | NotAHeading | undefined, index: number, explicit: boolean): boolean | 'dropped' => {
		if (candidate === undefined) return false;
		if (isNotAHeading(candidate)) {
			report.add(line.no, candidate.reason);
			headingReported.add(line.no);
			return false;
		}
		if (!explicit) {
			// The line continues the sentence above: not a heading (joinBlock reports the join). A full line
			// above is no such sign for a 第N節 line: running text wrapped at the margin hardly ever puts the
			// section numbering and a space at a line's start, while a note (※ …) as wide as the text can
			// come right before the next section's heading.
			const continues = continuesParagraph(line.text);
			if (continues === true || (continues === 'full' && candidate.style !== 'section')) return false;
			const next = nextInBlock(index);
			if ((next && startsMidSentence.test(next.text)) || isFullLine(line.text, layout.wrapWidth, 3)) {
				report.add(line.no, `見出しの形の行 ${quote(line.text)} ですが、次の行と続く文に見えるため本文としました`);
				headingReported.add(line.no);
				return false;
			}
		}
		const placement = outline.place(candidate);
		// A repeat of an open heading is the next page's header, unless a line of the same
		// form came in between (then it is a sibling that happens to have the same text).
		if (placement.repeats !== undefined && (formSeen.get(candidate.style) ?? 0) <= placement.repeats) {
			report.add(line.no, `見出し ${quote(line.text)} が上の見出し（l.${placement.repeats}）と同じため、ページごとに繰り返された見出しとみなして除きました`);
			headingReported.add(line.no);
			return 'dropped';
		}
		if (!placement.fits && !explicit) {
			report.add(line.no, `番号付きの行 ${quote(line.text)} は番号が続きに合わない（${placement.expected} のはず）ため本文としました。見出しなら直してください`);
			headingReported.add(line.no);
			return false;
		}
		if (placement.expected !== undefined && candidate.n !== 1 && (placement.fits || explicit)) {
			const what = placement.expected === 1 ? ' 1 から始まっていません' : `飛んでいます（${placement.expected} のはず）`;
			report.add(line.no, `見出し ${quote(line.text)} の番号が${what}。抜けた見出しがないか確認してください`);
		}
		if (placement.tooDeep) report.add(line.no, `見出し ${quote(line.text)} の階層が深すぎるため、###### にそろえました`);
		outline.commit(candidate, line.no);
		flushAll();
		const text = cleanStraySpaces(candidate.text, { wrapped, keepFullWidthGaps: true, keepLabel: true }).text;
		emit({ kind: 'heading', line: line.no, level: placement.level, text, style: candidate.style });
		return true;
	};

	const chapterConsumed = new Set(starts.flatMap((s) => s.consumed));
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		while (fileIndex + 1 < starts.length && line.no >= starts[fileIndex + 1]!.line) {
			flushAll();
			fileIndex++;
			outline = new Outline();
		}
		if (skip.has(line.no) || chapterConsumed.has(line.no) || htmlContinued.has(line.no)) continue;
		if (line.blank) {
			// In double-spaced text only a line of spaces (a blank line in the PDF) separates.
			if (!layout.doubleSpaced || line.spaceOnly) flushAll();
			continue;
		}
		const text = textOf(line);
		// Recorded after this line is handled (at the next one), so a line never counts against itself.
		if (pendingForm) formSeen.set(pendingForm.style, pendingForm.line);
		const form = headingForm(text.replace(/^#{1,6}\s+/, ''));
		pendingForm = form ? { style: form, line: line.no } : undefined;

		if (isTableRow(line.raw)) {
			flushParagraph();
			flushList();
			table.push({ line: line.no, cells: splitRow(line.raw, (cell) => cleanStraySpaces(cell, { wrapped: false, keepLabel: true }).text) });
			continue;
		}
		flushTable();

		if (input.plain.starts.has(line.no) || input.plain.continuations.has(line.no)) {
			if (input.plain.starts.has(line.no)) flushAll();
			paragraph.push(toTextLine(line, text, input.plain.starts.has(line.no)));
			afterPlain = true;
			continue;
		}
		// The text after a footnote area left as extracted is a paragraph of its own.
		if (afterPlain) flushAll();
		afterPlain = false;

		const md = markdownHeading.exec(text);
		if (md) {
			// The extract marked it as a heading: it is one, numbered or not.
			const inner = md[2]!;
			const numbered = numberedHeading(inner);
			const styled = numbered && !isNotAHeading(numbered) ? numbered : unnumberedHeading(inner);
			const mdLevel = md[1]!.length;
			const candidate: HeadingCandidate =
				styled && !isNotAHeading(styled)
					? { ...styled, mdLevel }
					: { style: `md${mdLevel as 1 | 2 | 3 | 4 | 5 | 6}`, rank: undefined, n: undefined, text: inner, mdLevel };
			tryHeading(line, candidate, index, true);
			continue;
		}
		if (input.chapters.tocHeadings.has(line.no)) {
			if (tryHeading(line, { style: 'toc', rank: undefined, n: undefined, text }, index, true) !== false) continue;
		}

		const listItem = markdownListItem.exec(line.raw);
		if (listItem && (layout.markdownish || /^[-*+]$/.test(listItem[2]!))) {
			flushParagraph();
			const columns = indentColumns(listItem[1]!);
			const depth = columns === 0 ? 0 : Math.max(1, Math.round(columns / 2));
			const parentDepth = items.at(-1)?.depth ?? -1;
			const content = textOf(line).replace(/^(?:[-*+]|\d{1,3}[.)])[ \t]+/, '');
			items.push({ depth: Math.min(depth, parentDepth + 1), marker: listItem[2]!, lines: [toTextLine(line, content, true)], line: line.no });
			inItem = true;
			continue;
		}

		if (hasHtml(text)) {
			flushAll();
			let html = text;
			let last = line;
			while (htmlOpen(html)) {
				const next = nextInBlock(lines.indexOf(last));
				if (!next) break;
				html += `\n${textOf(next)}`;
				htmlContinued.add(next.no);
				last = next;
			}
			// Spaces in HTML text are left as they are: they often separate flattened list items.
			for (const block of htmlToBlocks(html)) {
				if (block.kind === 'paragraph') emit({ kind: 'paragraph', line: line.no, text: bracketUrls(block.text) });
				else emit({ kind: 'list', line: line.no, items: block.items.map((item, i) => ({ depth: 0, marker: block.ordered ? `${i + 1}.` : '-', text: bracketUrls(item) })) });
			}
			continue;
		}

		// Numbered lines one after another, with no text between, are a list, not headings.
		const numbering = numberingOf(text);
		if (numbering) {
			const next = nextInBlock(index);
			const nextNumbering = next ? numberingOf(textOf(next)) : undefined;
			const continuesRun = inItem && numberedRun?.style === numbering.style && numberedRun.n + 1 === numbering.n;
			const startsRun = nextNumbering?.style === numbering.style && nextNumbering.n === numbering.n + 1 && !continuesParagraph();
			if (continuesRun || startsRun) {
				flushParagraph();
				if (!continuesRun) flushList();
				items.push({ depth: 0, marker: '-', lines: [toTextLine(line, text, true)], line: line.no });
				inItem = true;
				numberedRun = { style: numbering.style, n: numbering.n };
				continue;
			}
		}
		const heading = tryHeading(line, numberedHeading(text), index, false);
		if (heading !== false) continue;
		const unnumbered = unnumberedHeading(text);
		const asUnnumbered = tryHeading(line, unnumbered, index, false);
		if (asUnnumbered !== false) continue;
		if (isNotAHeading(unnumbered)) {
			// A figure reference or an over-long label: a paragraph of its own (already reported).
			flushAll();
			emit({ kind: 'paragraph', line: line.no, text: escapeParagraphStart(bracketUrls(toTextLine(line, text, false).out)) });
			continue;
		}

		if (bulletGlyph.test(text)) {
			flushParagraph();
			items.push({ depth: 0, marker: '-', lines: [toTextLine(line, text, true)], line: line.no });
			inItem = true;
			continue;
		}
		if (ownParagraph.test(text)) {
			flushAll();
			if (boxMark.test(text) && looksLikeTitle(text.slice(1).trim())) {
				report.add(line.no, `${quote(text)} は見出しかもしれません（${text.charAt(0)} の付いた短い行）。本文として残しました`);
			}
			paragraph.push(toTextLine(line, text, true));
			continue;
		}
		if (inItem && items.length > 0) {
			items.at(-1)!.lines.push(toTextLine(line, text, false));
			continue;
		}
		flushList();
		// A numbering label starting a paragraph (`第1 本県における…`) keeps its space.
		paragraph.push(toTextLine(line, text, paragraph.length === 0));
	}
	flushAll();
	return { files, report };
}

/** A short line that ends without punctuation: possibly a title the importer did not recognise. */
function looksLikeTitle(text: string): boolean {
	const length = [...text].length;
	return length >= 2 && length <= 30 && !/[。！？、，,.:：]$/.test(text) && !/^[※注(（\[●○◆◇□■・▶]/.test(text) && !text.includes('[^');
}

/** Whether some list or paragraph element is still open at the end of `html`. */
function htmlOpen(html: string): boolean {
	for (const tag of ['ul', 'ol', 'p']) {
		const opened = html.match(new RegExp(`<${tag}\\b`, 'gi'))?.length ?? 0;
		const closed = html.match(new RegExp(`</${tag}>`, 'gi'))?.length ?? 0;
		if (opened > closed) return true;
	}
	return false;
}
