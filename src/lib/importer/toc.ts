/**
 * The document's own table of contents (目次). It is furniture in the output,
 * but it is the best witness of the structure: where the body lost its
 * chapter headings (seed 004 prints them only in the 目次), the 目次 entries
 * say which page titles are sections and where each chapter begins.
 */
import { readHeadingNumber } from '../heading-numbering.ts';
import type { SourceLine } from './types.ts';

export interface TocEntry {
	title: string;
	line: number;
	/** Normalised forms a body line may match (see tocKey): the whole entry and its parts. */
	keys: string[];
}

export interface TocChapter {
	/** The label as printed: `第1章`. */
	number: string;
	n: number;
	title: string;
	line: number;
	entries: TocEntry[];
}

export interface Toc {
	/** First and last source line of the 目次 (both dropped from the output). */
	start: number;
	end: number;
	chapters: TocChapter[];
	/** Entries before the first chapter (はじめに …). */
	looseEntries: TocEntry[];
}

const tocTitle = /^目\s*次$|^もくじ$|^CONTENTS$/i;
const chapterLine = /^第([0-9０-９一二三四五六七八九十]+)章[\s\u3000]*(.*)$/;
/** Dot leaders or a wide gap, then a page number (`. . . P3`, `……12`, `   12`). */
const pageRef = /\s*(?:(?:[.．・…‥]\s*){2,}|\s{2,}|\t|\s+(?=[PpＰｐ]\.?\s*[0-9０-９]+$))\s*(?:[PpＰｐ]\.?\s*)?[0-9０-９]+$/;
const listMarker = /^[-*+]\s+/;

/** The chapter number of `第N章` (full-width and kanji numerals too), read the way the build reads it. */
export function chapterNumber(label: string): number {
	const part = readHeadingNumber(label)?.part ?? '';
	return /^c\d+$/.test(part) ? Number(part.slice(1)) : Number.NaN;
}

/**
 * Comparison form of a title: NFKC (so `ＤＸ` and `DX` compare equal), no
 * spaces (letter-spaced `D X`), no parenthesised asides (`主体 (プレイヤー)`
 * against `主体（プレーヤー）`). Used only to compare, never written out.
 */
export function tocKey(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/\*\*/g, '')
		.replace(/\([^()]*\)/g, '')
		.replace(/\s+/g, '')
		.toLowerCase();
}

function entry(pieces: string[], line: number): TocEntry {
	const title = pieces.join('');
	const keys = new Set<string>([tocKey(title), ...pieces.map(tocKey)]);
	// `位置付け 戦略期間`: two page titles printed on one 目次 line.
	for (const piece of pieces) for (const part of piece.split(/[\s\u3000]+/)) if (tocKey(part).length >= 3) keys.add(tocKey(part));
	return { title, line, keys: [...keys].filter((k) => k.length >= 2) };
}

/** Finds the 目次 and parses its chapters and entries; undefined when there is none. */
export function findToc(lines: SourceLine[]): Toc | undefined {
	const titleIndex = lines.findIndex((l) => tocTitle.test(l.text));
	if (titleIndex < 0) return undefined;
	const chapters: TocChapter[] = [];
	const looseEntries: TocEntry[] = [];
	let pending: Array<{ text: string; line: number }> = [];
	let end = lines[titleIndex]!.no;
	const addEntry = (e: TocEntry) => (chapters.at(-1)?.entries ?? looseEntries).push(e);

	for (let i = titleIndex + 1; i < lines.length; i++) {
		const line = lines[i]!;
		if (line.blank) continue;
		const text = line.text.replace(listMarker, '');
		const chapter = chapterLine.exec(text.replace(pageRef, ''));
		if (chapter) {
			for (const p of pending) addEntry(entry([p.text], p.line));
			pending = [];
			chapters.push({ number: `第${chapter[1]}章`, n: chapterNumber(`第${chapter[1]}章`), title: chapter[2]!.trim(), line: line.no, entries: [] });
			end = line.no;
			continue;
		}
		if (pageRef.test(text)) {
			const last = text.replace(pageRef, '');
			addEntry(entry([...pending.map((p) => p.text), last], pending[0]?.line ?? line.no));
			pending = [];
			end = line.no;
			continue;
		}
		// A line without a page number continues an entry only if one follows soon.
		const next = lines.slice(i + 1).find((l) => !l.blank);
		if (pending.length < 2 && next && pageRef.test(next.text.replace(listMarker, ''))) {
			pending.push({ text, line: line.no });
			continue;
		}
		break;
	}
	const entryCount = chapters.length + chapters.reduce((n, c) => n + c.entries.length, 0) + looseEntries.length;
	if (entryCount < 3) return undefined;
	return { start: lines[titleIndex]!.no, end, chapters, looseEntries };
}

/** All entries, for matching body lines against. */
export function tocEntries(toc: Toc): TocEntry[] {
	return [...toc.looseEntries, ...toc.chapters.flatMap((c) => c.entries)];
}
