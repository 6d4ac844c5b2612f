/**
 * Japanese text split into phrases (BudouX), so headings break between
 * phrases, not inside words, in every browser: the pages keep each phrase on
 * one line (`<span class="phrase">`, white-space: nowrap). Not <wbr> between
 * them: Chrome reads each <wbr> into the heading's accessible name as a space
 * (「展開方 向」 read out, and shown on a braille display).
 */
import { loadDefaultJapaneseParser } from 'budoux';

const parser = loadDefaultJapaneseParser();

function phrases(text: string): string[] {
	return parser.parse(text);
}

/**
 * Phrases no wider than this many full-width characters are kept whole; a
 * wider one may break inside, so no heading runs past a 320px screen (the
 * largest heading, 1.5rem there, fits 12 in 288px). Eleven keeps
 * 「（パブリックコメント）」 whole instead of leaving 「ト）」 alone on a line.
 */
const keptWidth = 11;
/** Width of a half-width character: Latin letters and digits are 0.5–0.7 of a full-width one in the site's fonts. */
const halfWidth = 0.6;

/** Whether a phrase is kept on one line (see keptWidth). */
export function keptWhole(phrase: string): boolean {
	let width = 0;
	for (const char of phrase) width += /[\u0020-\u007e\uff61-\uff9f]/.test(char) ? halfWidth : 1;
	return width <= keptWidth;
}

/** A text's phrases, each marked whether it is kept on one line; a text of one phrase needs no marking. */
export function phrasesToKeep(text: string): Array<{ text: string; keep: boolean }> {
	const parts = phrases(text);
	return parts.map((part) => ({ text: part, keep: parts.length > 1 && keptWhole(part) }));
}
