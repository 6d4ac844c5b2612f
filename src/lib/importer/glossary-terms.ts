/**
 * A plan's 用語解説 as extracted from its PDF → one draft per term: the term,
 * its definition and its 【参照】 lines, verbatim but for the extraction's
 * line wraps and stray spaces.
 *
 * The extract loses the table's columns (索引 | 用語 | (よみがな |) 解説): each
 * row comes out as lines of text. A row starts where a definition is finished
 * (its sentence ended, or its 【参照】 lines did), with the index letter (お, か,
 * A …) before the term where the row has one; the term is the first word of
 * the line, then its reading where the header names a よみがな column. A line
 * too short to be the definition column is the term itself, wrapped in its own
 * narrow column (`第 5 世代移動通信シ` / `ステム（5G）`), or on a line of its own
 * over its definition (`オープンデータ（おーぷんでーた）`, the reading in brackets).
 * The index's lines of their own between rows (あ行, 【か】) are passed over, and
 * so is the header row, on one line or one cell a line, wherever a row may start
 * (a page may repeat it): none of them is part of a term.
 * A line that starts with an index letter but was read into the row before
 * is reported, with how many such lines there were and how many became rows.
 */
import { bracketUrls, escapeParagraphStart } from './markdown-text.ts';
import { hasOpenBracket, joinLineTexts, sentenceEnd, splitsUrl, startsMidSentence } from './join-wrapped-lines.ts';
import { displayWidth } from './layout.ts';
import { lineRange, quote } from './report.ts';
import { cleanStraySpaces } from './stray-spaces.ts';
import type { ReportEntry, SourceLine } from './types.ts';

export interface TermDraft {
	/** Source lines of the row, first and last. */
	line: number;
	lastLine: number;
	/** The term as the document writes it. */
	term: string;
	/** Its reading, where the document gives one (a よみがな column, or in brackets after the term). */
	reading?: string;
	/** The definition as Markdown: paragraphs, and the document's numbered points as list items. */
	definition: string;
	/** Its 【参照】 lines (and addresses given after it without one), one per reference. */
	references: string[];
}

/** The table's header row: 索引 用語 解説, 用語 よみがな 解説 … */
const headerRow = /^(?:索引\s+)?用語\s+(よみ(?:がな)?\s+)?(?:解説|説明|意味)$/;
/** One of the header row's cells. */
const headerCell = /^(?:索引|用語|よみ(?:がな)?|解説|説明|意味)$/;
/** The 索引 column: one kana or capital letter before the term. */
const indexLetter = /^(?:[\u3041-\u3096\u30a1-\u30f6]|[A-Z])$/;
/** A line of the index alone, between rows: `あ行`, `【か】`, `■英数字`. */
const groupHeading = /^[【［(（■●◆◇□]?\s*(?:[\u3041-\u3096\u30a1-\u30f6]行?|[A-ZＡ-Ｚ]|英数字?|アルファベット)\s*[】］)）]?$/;
const referenceMark = /^[【［](?:参照|参考|出典)[】］]$/;
const url = /^https?:\/\//;
/** A point of the definition: `１ 営利目的…`, `① …`, `・…`. */
const itemMark = /^(?:[0-9０-９]{1,2}[\s\u3000]|[①-⑳]|・)/;
/** A note under the definition: `※ 原則として…`. */
const noteMark = /^(?:※|注[)）\s])/;
/** Words that continue a sentence rather than start a definition. */
const continuesSentence = /^[のをにがはへとでやも]/;

/** The line without the index letter it starts with (`き キャッシュレス …` → `キャッシュレス …`), or undefined when it has none. */
function withoutIndexLetter(text: string): string | undefined {
	const indexed = /^(\S)\s+(\S.*)$/.exec(text);
	return indexed && indexLetter.test(indexed[1]!) ? indexed[2]! : undefined;
}

/**
 * The header row at `lines[at]`, and how many lines it takes: one (`用語 解説`), or one a cell where the extract
 * put each cell on a line of its own (`用語` / `解説`), which would otherwise read as a term wrapping in its column.
 */
function headerAt(lines: SourceLine[], at: number): { lines: number; readingColumn: boolean } | undefined {
	for (let n = 1; n <= 4 && at + n <= lines.length; n++) {
		const texts = lines.slice(at, at + n).map((l) => l.text);
		if (n > 1 && !texts.every((text) => text.split(/\s+/).every((cell) => headerCell.test(cell)))) return undefined;
		const header = headerRow.exec(texts.join(' '));
		if (header) return { lines: n, readingColumn: header[1] !== undefined };
	}
	return undefined;
}

interface Row {
	line: number;
	lastLine: number;
	term: string[];
	reading?: string;
	/** The term is still being read (it wraps in its narrow column). */
	termOpen: boolean;
	blocks: Array<{ kind: 'paragraph' | 'item'; lines: string[] }>;
	references: string[];
	inReferences: boolean;
	/**
	 * The last reference line may go on on the next line: cut by the wrap inside a bracket or an address
	 * (`cut`), or only as wide as the column (`full`), which a reference that ends there is too.
	 */
	referenceOpen: false | 'cut' | 'full';
}

export interface GlossaryReading {
	terms: TermDraft[];
	report: ReportEntry[];
}

/** Reads the lines of a 用語解説 section (without its title, blank lines and page furniture). */
export function readGlossary(lines: SourceLine[]): GlossaryReading {
	const report: ReportEntry[] = [];
	// The definition column's width: its wrapped lines are the widest lines without a space.
	const columnWidth = Math.max(0, ...lines.filter((l) => !/\s/.test(l.text)).map((l) => displayWidth(l.text)));
	const termWidth = columnWidth > 0 ? columnWidth / 2 : 24;
	const atColumnEdge = (text: string) => columnWidth > 0 && displayWidth(text) >= columnWidth - 4;
	// Hard-wrapped at the column (several lines of its width): the stray-space rules for wrapped text apply.
	const wrapped = lines.filter((l) => atColumnEdge(l.text)).length >= 3;
	const clean = (text: string, line: number, keepLabel: boolean) => {
		const cleaned = cleanStraySpaces(text, { wrapped, keepLabel });
		for (const spot of cleaned.betweenFullWidth) report.push({ line, message: `用語解説で全角文字の間の空白を削除しました（「${spot}」）。原文の空白なら戻してください` });
		return cleaned.text;
	};
	const keepGaps = (text: string) => cleanStraySpaces(text, { wrapped, keepFullWidthGaps: true, keepLabel: false }).text;

	/** Too short for the definition column, and no sentence: the term, wrapping in its own narrow column. */
	const termAlone = (text: string) => !sentenceEnd.test(text) && displayWidth(text) <= termWidth && !/[、。]/.test(text);

	const rows: Row[] = [];
	const unread: number[] = [];
	let row: Row | undefined;
	/** The header names a よみがな column: a row is term, reading, definition. */
	let readingColumn = false;

	const startRow = (line: SourceLine): Row | undefined => {
		const rest = withoutIndexLetter(line.text) ?? line.text;
		if (itemMark.test(rest) || noteMark.test(rest) || /^[【［]/.test(rest) || url.test(rest)) return undefined;
		const base = { line: line.no, lastLine: line.no, blocks: [], references: [], inReferences: false, referenceOpen: false as const };
		// The definition starts on a later line.
		if (termAlone(rest)) return { ...base, term: [rest], termOpen: true };
		const withReading = readingColumn ? /^(\S+)\s+([\u3041-\u3096ー・]+)\s+(\S.*)$/.exec(rest) : null;
		const split = withReading ?? /^(\S+)\s+(\S.*)$/.exec(rest);
		const definition = split?.at(-1);
		if (!split || !definition || /[、。]|^[「『（(【［]/.test(split[1]!) || continuesSentence.test(definition) || startsMidSentence.test(definition)) return undefined;
		const reading = withReading ? { reading: withReading[2]! } : {};
		return { ...base, term: [split[1]!], ...reading, termOpen: false, blocks: [{ kind: 'paragraph', lines: [clean(definition, line.no, false)] }] };
	};

	const lastDefinitionLine = (r: Row) => r.blocks.at(-1)?.lines.at(-1);
	const definitionEnded = (r: Row) => {
		const last = lastDefinitionLine(r);
		return last !== undefined && sentenceEnd.test(last);
	};
	/**
	 * Whether `text` may start the next row. A reference line as wide as the column may have ended there: the
	 * row after it starts all the same where its index letter shows it (`き キャッシュレス …`).
	 */
	const rowMayEnd = (r: Row, text: string) =>
		r.inReferences
			? r.references.length > 0 && (!r.referenceOpen || (r.referenceOpen === 'full' && withoutIndexLetter(text) !== undefined))
			: definitionEnded(r);
	/** Lines starting with an index letter: how many, how many started a row, and which were read into the row before. */
	let indexedLines = 0;
	let indexedRows = 0;
	const indexedInRow: number[] = [];

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const text = line.text;
		// Before the first row, or repeated over the table's next page.
		const header = !row || rowMayEnd(row, text) ? headerAt(lines, i) : undefined;
		if (header) {
			readingColumn = header.readingColumn;
			i += header.lines - 1;
			continue;
		}
		const indexed = withoutIndexLetter(text) !== undefined;
		if (indexed) indexedLines++;
		if (!row || rowMayEnd(row, text)) {
			if (groupHeading.test(text)) continue;
			const next = startRow(line);
			if (next) {
				if (row) rows.push(row);
				row = next;
				if (indexed) indexedRows++;
				continue;
			}
		}
		if (!row) {
			unread.push(line.no);
			continue;
		}
		if (indexed) indexedInRow.push(line.no);
		row.lastLine = line.no;
		if (row.termOpen) {
			if (termAlone(text)) {
				row.term.push(text);
				continue;
			}
			row.termOpen = false;
		}
		if (referenceMark.test(text)) {
			row.inReferences = true;
			row.referenceOpen = false;
			continue;
		}
		if (url.test(text) && !row.inReferences && definitionEnded(row)) row.inReferences = true;
		if (row.inReferences) {
			const last = row.references.at(-1);
			const continues = last !== undefined && row.referenceOpen && (url.test(last) ? splitsUrl(last, text) : !url.test(text));
			if (continues) row.references[row.references.length - 1] = joinLineTexts(last, text);
			else row.references.push(text);
			// A reference wraps like the definition: inside a bracket, at the column's width, or (an address) after a hyphen.
			const reference = row.references.at(-1)!;
			row.referenceOpen = hasOpenBracket(reference) || (url.test(reference) && text.endsWith('-')) ? 'cut' : atColumnEdge(text) ? 'full' : false;
			continue;
		}
		const ended = definitionEnded(row) || /[：:]$/.test(lastDefinitionLine(row) ?? '');
		if (row.blocks.length === 0 || (ended && (itemMark.test(text) || noteMark.test(text)))) {
			row.blocks.push({ kind: itemMark.test(text) ? 'item' : 'paragraph', lines: [clean(text, line.no, true)] });
		} else if (ended && atColumnEdge(lastDefinitionLine(row)!)) {
			// A sentence that ends at the column's edge: the wrap, not the author, may have broken the line.
			report.push({ line: line.no, message: `行末まで詰まった行が「。」で終わっています。${quote(row.term.join(''))} の解説の同じ段落としましたが、段落の区切りかもしれません` });
			row.blocks.at(-1)!.lines.push(clean(text, line.no, false));
		} else if (ended) {
			// A finished sentence followed by a line that starts no row: the definition's next paragraph, as far as the text tells.
			report.push({ line: line.no, message: `${quote(row.term.join(''))} の解説の続き（別の段落）として読みました。別の用語の行なら、下書きを分けてください` });
			row.blocks.push({ kind: 'paragraph', lines: [clean(text, line.no, false)] });
		} else {
			row.blocks.at(-1)!.lines.push(clean(text, line.no, false));
		}
	}
	if (row) rows.push(row);
	if (indexedInRow.length > 0) {
		// A row read into the one before leaves no term of its own, and nothing else would show it.
		report.push({
			line: indexedInRow[0]!,
			message: `索引の文字で始まる用語の行が ${indexedLines} 行ありましたが、用語として読めたのは ${indexedRows} 行です。読めなかった行（${indexedInRow.map((no) => `l.${no}`).join('、')}）は前の用語の解説か【参照】に入れました。別の用語なら、下書きを分けてください`,
		});
	}
	if (unread.length > 0) {
		report.push({ line: unread[0]!, message: `用語の行と読めなかったため、用語ファイルの下書きに入れていません（${lineRange(unread[0]!, unread.at(-1)!)}）。必要なら書き写してください` });
	}

	const terms = rows.map((r): TermDraft => {
		const blocks = r.blocks.map((block) => {
			const text = bracketUrls(block.lines.reduce((joined, next) => joinLineTexts(joined, next)));
			return block.kind === 'item' ? `- ${text}` : escapeParagraphStart(text);
		});
		// A blank line between blocks, but not between the items of one list.
		const definition = blocks.map((block, i) => `${i === 0 ? '' : r.blocks[i]!.kind === 'item' && r.blocks[i - 1]!.kind === 'item' ? '\n' : '\n\n'}${block}`).join('');
		if (definition === '') report.push({ line: r.line, message: `${quote(r.term.join(''))} の解説が見つかりません。下書きに書き写してください` });
		const written = keepGaps(r.term.reduce((joined, next) => joinLineTexts(joined, next)));
		// A reading in brackets after the term: `オープンデータ（おーぷんでーた）`.
		const bracketed = /^(.+?)[（(]([\u3041-\u3096ー・]+)[）)]$/.exec(written);
		const reading = r.reading ?? bracketed?.[2];
		return {
			line: r.line,
			lastLine: r.lastLine,
			term: bracketed && !r.reading ? bracketed[1]! : written,
			...(reading ? { reading } : {}),
			definition,
			references: r.references.map(keepGaps),
		};
	});
	return { terms, report };
}
