/**
 * Japanese text split into phrases (BudouX), so headings break between
 * phrases, not inside words, in every browser: the pages keep each phrase on
 * one line (`<span class="phrase">`, white-space: nowrap). Not <wbr> between
 * them: Chrome reads each <wbr> into the heading's accessible name as a space
 * (「展開方 向」 read out, and shown on a braille display).
 */
import { loadDefaultJapaneseParser } from 'budoux';

const parser = loadDefaultJapaneseParser();

const han = /\p{Script=Han}/u;
const loneKanji = /^\p{Script=Han}$/u;

/**
 * BudouX's phrases, mended where its model cuts a word: a lone kanji is the end of the word before it
 * when that ends in kanji (「展開方｜向」, 「ウェブアクセシビリティ方｜針」), else the start of the word
 * after it (「施策の｜方｜向性」): a phrase ends in a particle or a word, never in half of one.
 */
export function phrases(text: string): string[] {
	const parts = parser.parse(text);
	const mended: string[] = [];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		const before = mended.at(-1);
		const after = parts[i + 1];
		if (loneKanji.test(part) && before && han.test(before.at(-1)!)) mended.push(mended.pop()! + part);
		else if (loneKanji.test(part) && after && han.test(after[0]!)) parts[i + 1] = part + after;
		else mended.push(part);
	}
	return mended;
}

/**
 * A phrase too wide to keep whole, in the pieces it may break between: where katakana or Latin letters
 * meet kanji (「ウェブアクセシビリティ｜方針」), so it breaks between its words, not in one.
 */
const piecesOf = (phrase: string) => phrase.split(/(?<=[\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ])(?=\p{Script=Han})|(?<=\p{Script=Han})(?=[\p{Script=Katakana}A-Za-zＡ-Ｚａ-ｚ])/u);

/**
 * Phrases no wider than this many full-width characters are kept whole; a
 * wider one may break inside, so no heading runs past a 320px screen (the
 * largest heading, 1.5rem there, fits 12 in 288px). Eleven keeps
 * 「（パブリックコメント）」 whole instead of leaving 「ト）」 alone on a line. A column narrower than
 * that in rem (text enlarged on a phone) lets every phrase break (global.css).
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

/**
 * A text's phrases, each marked whether it is kept on one line; a text of one phrase needs no marking.
 * Spaces around a phrase stay outside it: Chrome does not break after a space at the end of a nowrap
 * span, which would weld 「戦略推進計画 」 to the 「（R2年６月」 after it.
 */
export function phrasesToKeep(text: string): Array<{ text: string; keep: boolean }> {
	const parts = phrases(text).flatMap((part) => (keptWhole(part) ? [part] : piecesOf(part)));
	if (parts.length < 2) return parts.map((part) => ({ text: part, keep: false }));
	return parts.flatMap((part) => {
		const [, before, words, after] = /^(\s*)(.*?)(\s*)$/su.exec(part)!;
		return [
			...(before ? [{ text: before, keep: false }] : []),
			...(words ? [{ text: words, keep: keptWhole(words) }] : []),
			...(after ? [{ text: after, keep: false }] : []),
		];
	});
}

/**
 * A title and the bracket that ends it (指標名（単位: 件）), kept on one line (`keep-line`, inline: an inline block would put
 * a space into the table's accessible name) rather than 「（単位: ⏎ 件）」.
 */
export function trailingBracket(text: string): { head: string; tail: string } {
	const at = /（[^（）]*）$/.exec(text)?.index;
	return at === undefined || at === 0 ? { head: text, tail: '' } : { head: text.slice(0, at), tail: text.slice(at) };
}
