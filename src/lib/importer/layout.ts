/**
 * Reads the extract's layout: whether it wrapped prose at a fixed width (and
 * which), whether it put an empty line after every line, and whether it is
 * already Markdown. Line breaks mean different things in each case.
 */
import type { Layout, SourceLine } from './types.ts';

/**
 * Width in half-width columns, as a PDF lays the text out: Latin letters,
 * ASCII digits and half-width katakana take one column, everything else
 * (kana, kanji, full-width forms, ①, ※, ■) two.
 */
export function displayWidth(text: string): number {
	let width = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		width += code < 0x2000 || (code >= 0xff61 && code <= 0xff9f) ? 1 : 2;
	}
	return width;
}

const markdownLine = /^(?:#{1,6}\s|\s*[-*+]\s|\s*\d{1,3}\.\s)/;

function isMarkdownLine(raw: string): boolean {
	return markdownLine.test(raw);
}

/** Lines of running prose: the ones whose width says where the extractor wrapped. */
function proseLines(lines: SourceLine[]): SourceLine[] {
	return lines.filter((l) => !l.blank && !l.raw.includes('\t') && !isMarkdownLine(l.raw) && !l.text.startsWith('<'));
}

/**
 * The wrap width, if most long lines end at (nearly) the same width and
 * hardly any line is wider: the signature of text wrapped at a margin.
 * Paragraph-per-line extracts have lines of every length and get none.
 */
function detectWrapWidth(lines: SourceLine[]): number | undefined {
	const widths = proseLines(lines)
		.map((l) => displayWidth(l.text))
		.filter((w) => w >= 30);
	if (widths.length < 6) return undefined;
	let best: { width: number; count: number } | undefined;
	for (const candidate of new Set(widths)) {
		const count = widths.filter((w) => w > candidate - 6 && w <= candidate).length;
		if (!best || count > best.count || (count === best.count && candidate > best.width)) best = { width: candidate, count };
	}
	if (!best) return undefined;
	const wider = widths.filter((w) => w > best.width + 4).length;
	const enough = best.count >= 6 && best.count >= widths.length * 0.4;
	return enough && wider <= widths.length * 0.1 ? best.width : undefined;
}

/** True when nearly every text line is followed by exactly one empty line. */
function detectDoubleSpacing(lines: SourceLine[]): boolean {
	let text = 0;
	let followedByEmpty = 0;
	let followedByText = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (line.blank) continue;
		text++;
		const next = lines[i + 1];
		if (next && next.blank && !next.spaceOnly) followedByEmpty++;
		else if (next && !next.blank) followedByText++;
	}
	return text >= 10 && followedByEmpty >= text * 0.6 && followedByText <= text * 0.2;
}

/** The 90th percentile of the widths of long prose lines, when there are enough of them. */
function detectTypicalWidth(lines: SourceLine[]): number | undefined {
	const widths = proseLines(lines)
		.map((l) => displayWidth(l.text))
		.filter((w) => w >= 30)
		.sort((a, b) => a - b);
	return widths.length >= 8 ? widths[Math.floor(widths.length * 0.9)] : undefined;
}

export function analyzeLayout(lines: SourceLine[]): Layout {
	const nonBlank = lines.filter((l) => !l.blank);
	const markdown = nonBlank.filter((l) => isMarkdownLine(l.raw)).length;
	const wrapWidth = detectWrapWidth(lines);
	return {
		doubleSpaced: detectDoubleSpacing(lines),
		wrapWidth,
		typicalWidth: wrapWidth === undefined ? detectTypicalWidth(lines) : undefined,
		markdownish: markdown >= 3 && markdown >= nonBlank.length * 0.03,
	};
}
