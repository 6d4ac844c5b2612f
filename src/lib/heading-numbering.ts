/**
 * Turns the numbering Japanese plans put in front of their headings
 * (第２章, 第１節, ３, （２）, ④) into short ASCII id parts, so anchors are
 * readable and survive edits to the heading text around the number.
 */

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const kanjiDigits: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Full-width digits to ASCII; leaves everything else alone. */
export function toAsciiDigits(text: string): string {
	return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A number in full-width digits, as plans write their own numbers (第１２段落, 第３章). */
export function toFullWidthDigits(n: number): string {
	return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

function parseNumber(raw: string): number {
	const ascii = toAsciiDigits(raw);
	if (/^\d+$/.test(ascii)) return Number(ascii);
	// 十, 十二, 二十三 …
	let total = 0;
	let current = 0;
	for (const ch of raw) {
		if (ch === '十') {
			total += (current || 1) * 10;
			current = 0;
		} else current = kanjiDigits[ch] ?? Number.NaN;
	}
	return total + current;
}

export interface HeadingNumber {
	/** The id part for this heading: `c2`, `s1`, `3`. */
	part: string;
	/** True for 第N章/第N節, which start a new id chain of their own. */
	rootLevel: boolean;
}

// Literals, not `new RegExp`: a bundler keeps a constructor call that might throw, and so these patterns
// in the chapter page's script, which imports this module for its digit helpers only.
const patterns: Array<[RegExp, (n: number) => HeadingNumber]> = [
	[/^第([0-9０-９]+|[一二三四五六七八九十]+)章/, (n) => ({ part: `c${n}`, rootLevel: true })],
	[/^第([0-9０-９]+|[一二三四五六七八九十]+)節/, (n) => ({ part: `s${n}`, rootLevel: true })],
	[/^[（(]([0-9０-９]+)[）)]/, (n) => ({ part: String(n), rootLevel: false })],
	[/^([0-9０-９]+)(?:[\s\u3000]|[．.](?![0-9０-９]))/, (n) => ({ part: String(n), rootLevel: false })],
];

/** Reads the document's own numbering at the start of a heading, if any. */
export function readHeadingNumber(text: string): HeadingNumber | undefined {
	const trimmed = text.trimStart();
	const first = trimmed.charAt(0);
	const circledIndex = circled.indexOf(first);
	if (circledIndex >= 0) return { part: String(circledIndex + 1), rootLevel: false };
	for (const [pattern, make] of patterns) {
		const match = pattern.exec(trimmed);
		if (match) return make(parseNumber(match[1]!));
	}
	return undefined;
}

/** The numbering at the start of a heading exactly as written (「第２節」「１」「（１）」「①」), if any. */
export function headingNumberText(text: string): string | undefined {
	const trimmed = text.trimStart();
	if (circled.includes(trimmed.charAt(0))) return trimmed.charAt(0);
	for (const [pattern] of patterns) {
		const match = pattern.exec(trimmed);
		// A bare number is followed by a space or 「．」, which is punctuation, not part of the label.
		if (match) return /^[（(第]/.test(match[0]) ? match[0] : match[1];
	}
	return undefined;
}

/** A heading's words without its numbering (「９ デジタルデバイド対策」 → 「デジタルデバイド対策」): what stays when sections are renumbered. */
export function headingWords(text: string): string {
	const number = headingNumberText(text);
	const trimmed = text.trim();
	return number ? trimmed.slice(trimmed.indexOf(number) + number.length).replace(/^[\s\u3000．.]+/, '') : trimmed;
}

/**
 * Id of a numbered heading under its nearest parent heading's id (if any):
 * `s2` + `3` → `s2-3`; `3` with no parent → `n3`. 第N章 and 第N節 start their own
 * chain (`s1`), except a 節 inside a 章 of the same page (`c2-s1`).
 */
export function joinHeadingId(parentId: string | undefined, number: HeadingNumber): string {
	if (!number.rootLevel) return parentId ? `${parentId}-${number.part}` : `n${number.part}`;
	const sectionInChapter = number.part.startsWith('s') && parentId !== undefined && /^c\d+$/.test(parentId);
	return sectionInChapter ? `${parentId}-${number.part}` : number.part;
}

/**
 * The id of a heading with no numbering and no explicit id: `h-` and a short
 * FNV-1a hash of its text, stable however the text around it changes.
 */
export function textHashId(text: string): string {
	let hash = 0x811c9dc5;
	for (const unit of text) {
		hash ^= unit.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `h-${hash.toString(16).padStart(8, '0').slice(0, 6)}`;
}
