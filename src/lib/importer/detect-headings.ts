/**
 * Recognises the document's own heading numbering and turns it into a
 * Markdown heading hierarchy. Numbered styles keep their usual order
 * (第N節 > １ > （１） > ① > ア), so a heading closes the deeper ones open
 * below it; but levels are relative, never from a fixed table: the first
 * heading under a chapter is `##`, a style not yet open goes one level deeper
 * (so a document that skips a step skips no Markdown level), and unnumbered
 * styles (【…】, ■, Markdown headings without numbering) nest where they
 * first appear.
 */
import { readHeadingNumber } from '../heading-numbering.ts';
import { tocKey } from './toc.ts';

export type HeadingStyle =
	| 'section'
	| 'num-dot'
	| 'num-space'
	| 'paren'
	| 'circled'
	| 'kana'
	| 'bracket'
	| 'square'
	| 'toc'
	| `md${1 | 2 | 3 | 4 | 5 | 6}`;

export interface HeadingCandidate {
	style: HeadingStyle;
	/** Usual depth of a numbered style (第N節 1 … ア 5); undefined for unnumbered styles. */
	rank: number | undefined;
	/** The heading's number within its style, for numbered styles. */
	n: number | undefined;
	/** The heading text as written, numbering included. */
	text: string;
	/** Level the extract gave it as a Markdown heading (`##` → 2), if it did. */
	mdLevel?: number;
}

/** Why a line that looks like a heading was not taken as one (for the report). */
export interface NotAHeading {
	reason: string;
}

/** ア イ ウ … in 五十音 order: the numbering below ① in many plans. */
export const kanaNumbers = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ';

const chapterPattern = /^第[0-9０-９一二三四五六七八九十]+章/;
const sectionPattern = /^第[0-9０-９一二三四五六七八九十]+節(?:[\s\u3000]|$)/;
const kanaPattern = new RegExp(`^([${kanaNumbers}])[\\s\\u3000]+(\\S.*)$`);
const figureWords = /図|イメージ|写真|グラフ|画像|表$/;
const maxNumbered = 50;
const maxUnnumbered = 40;
const maxAfterBracket = 25;

function length(text: string): number {
	return [...text].length;
}

function endProblem(text: string): string | undefined {
	if (/[。！？]$/.test(text)) return '「。」で終わる文なので本文としました';
	if (/[、，]$/.test(text)) return '「、」で終わるので本文としました';
	return undefined;
}

/** The numbering a line starts with (第N節, １, １．, （１）, ①, ア) and its number, from the text alone. */
export function numberingOf(text: string): { style: HeadingStyle; rank: number; n: number } | undefined {
	if (chapterPattern.test(text)) return undefined;
	if (sectionPattern.test(text)) return { style: 'section', rank: 1, n: Number((readHeadingNumber(text)?.part ?? '').slice(1)) };
	const kana = kanaPattern.exec(text);
	if (kana) return length(kana[2]!) < 2 ? undefined : { style: 'kana', rank: 5, n: kanaNumbers.indexOf(kana[1]!) + 1 };
	const number = readHeadingNumber(text);
	if (!number || number.rootLevel) return undefined;
	// The numbering alone (`（１）`) is not a heading.
	if (!/^(?:[（(][0-9０-９]+[）)]|[①-⑳]|[0-9０-９]+[．.]?)[\s\u3000]*\S/.test(text)) return undefined;
	const n = Number(number.part);
	if (/^[①-⑳]/.test(text)) return { style: 'circled', rank: 4, n };
	if (/^[（(]/.test(text)) return { style: 'paren', rank: 3, n };
	// `132.pdf` (a wrapped URL) or `2.0` is not numbering.
	if (/^[0-9０-９]+[．.][A-Za-z0-9]/.test(text)) return undefined;
	return { style: /^[0-9０-９]+[．.]/.test(text) ? 'num-dot' : 'num-space', rank: 2, n };
}

/**
 * Whether a line begins as a numbered heading does (第N章, 第N節, １, （１）, ①, ア), whatever follows. A year in
 * brackets (令和５ / `（2023）年春から…`, wrapped after the era's year) is not numbering.
 */
export function startsLikeHeading(text: string): boolean {
	if (/^[（(][0-9０-９]{4}[）)]年/.test(text)) return false;
	return chapterPattern.test(text) || numberingOf(text) !== undefined;
}

/** The numbered heading style of a line, if its length and ending allow a heading. */
export function numberedHeading(text: string): HeadingCandidate | NotAHeading | undefined {
	const numbering = numberingOf(text);
	if (!numbering) return undefined;
	if (length(text) > maxNumbered) return { reason: `番号付きの行ですが ${maxNumbered} 文字を超えるので本文としました` };
	const problem = endProblem(text);
	return problem ? { reason: `番号付きの行ですが${problem}` } : { ...numbering, text };
}

/** 【…】 and ■ headings. A bracket that names a lost figure (【概念図】) is a reference to it, kept as text. */
export function unnumberedHeading(text: string): HeadingCandidate | NotAHeading | undefined {
	const bracket = /^【([^】]+)】(.*)$/.exec(text);
	const style = bracket ? 'bracket' : text.startsWith('■') ? 'square' : undefined;
	if (!style) return undefined;
	if (bracket && bracket[2]!.trim() === '' && figureWords.test(bracket[1]!)) {
		return { reason: '図を指す【…】と思われるので本文として残しました（図は抽出されていません）' };
	}
	if (length(text) > maxUnnumbered) return { reason: `見出しの形ですが ${maxUnnumbered} 文字を超えるので本文としました` };
	// 【総括】 B・・・達成に時間を要し… is a labelled statement, not a title.
	if (bracket && length(bracket[2]!.trim()) > maxAfterBracket) {
		return { reason: `【…】の後が ${maxAfterBracket} 文字を超える文なので、見出しではなく本文としました` };
	}
	if (style === 'square' && length(text.replace(/^■[\s\u3000]*/, '')) === 0) return undefined;
	const problem = endProblem(text);
	return problem ? { reason: `見出しの形ですが${problem}` } : { style, rank: undefined, n: undefined, text };
}

/** The heading form a line has, whether or not it qualifies as a heading (for telling repeats from siblings). */
export function headingForm(text: string): HeadingStyle | undefined {
	if (text.startsWith('【')) return 'bracket';
	if (text.startsWith('■')) return 'square';
	return numberingOf(text)?.style;
}

export function isNotAHeading(value: HeadingCandidate | NotAHeading | undefined): value is NotAHeading {
	return value !== undefined && 'reason' in value;
}

interface OutlineEntry {
	style: HeadingStyle;
	rank: number | undefined;
	n: number | undefined;
	key: string;
	mdLevel: number | undefined;
	line: number;
}

export interface Placement {
	/** Markdown heading level (2 for the first level under a chapter). */
	level: number;
	/** The number this heading should have had, when it has another one. */
	expected: number | undefined;
	/** Whether the number fits the sequence well enough to be taken as a heading. */
	fits: boolean;
	/** Source line of an open heading with the same text, if there is one: this may be a running header. */
	repeats: number | undefined;
	/** Deeper than Markdown's six levels allow. */
	tooDeep: boolean;
}

/** The open headings of one chapter, outermost first. */
export class Outline {
	#stack: OutlineEntry[] = [];

	/** Where `candidate` would go; `commit` it to open it. */
	place(candidate: HeadingCandidate): Placement {
		const key = tocKey(candidate.text);
		// Short unnumbered labels (【参照】) legitimately recur; a numbered heading never does.
		const repeats = candidate.n !== undefined || key.length >= 8 ? this.#stack.find((e) => e.key === key)?.line : undefined;
		const index = this.#closeFrom(candidate);
		const sibling = this.#stack[index]?.style === candidate.style ? this.#stack[index] : undefined;
		const expected = candidate.n === undefined ? undefined : sibling ? sibling.n! + 1 : 1;
		// After a sibling: the next number, a restart at 1, or one number missing (reported).
		// A first heading may start anywhere (an excerpt), which is reported too.
		const fits = candidate.n === undefined || !sibling || candidate.n === expected || candidate.n === 1 || candidate.n === expected! + 1;
		return { level: Math.min(6, index + 2), expected: candidate.n === expected ? undefined : expected, fits, repeats, tooDeep: index + 2 > 6 };
	}

	commit(candidate: HeadingCandidate, line = 0): void {
		const index = this.#closeFrom(candidate);
		this.#stack.length = Math.min(index, 4);
		this.#stack.push({ style: candidate.style, rank: candidate.rank, n: candidate.n, key: tocKey(candidate.text), mdLevel: candidate.mdLevel, line });
	}

	/** Index from which open headings are closed by `candidate` (it takes that place). */
	#closeFrom(candidate: HeadingCandidate): number {
		const stack = this.#stack;
		if (candidate.style === 'toc') return 0;
		const rank = candidate.rank;
		if (rank !== undefined) {
			// A numbered heading takes the place of the same style or a deeper numbered one…
			const index = stack.findIndex((e) => e.rank !== undefined && (e.style === candidate.style || e.rank > rank));
			if (index >= 0) return index;
			// …or goes right under the nearest numbered heading above it, closing unnumbered ones in between.
			const parent = stack.findLastIndex((e) => e.rank !== undefined && e.rank < rank);
			if (parent >= 0) return parent + 1;
		}
		const index = stack.findIndex((e) =>
			// A Markdown heading (without numbered context) closes what the extract marked as the same level or deeper.
			candidate.mdLevel !== undefined ? e.mdLevel !== undefined && e.mdLevel >= candidate.mdLevel : e.style === candidate.style,
		);
		return index < 0 ? stack.length : index;
	}
}
