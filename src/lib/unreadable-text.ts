/**
 * Text that is not the characters the PDF shows. A PDF whose font carries no
 * map from its glyphs to characters (no ToUnicode) gives PDF.js, and any
 * viewer's copy, the glyphs' numbers read as characters: 「y銶槆瓀㲊æ飮仿」,
 * kanji mixed with letters of scripts Japanese text does not use (æ, ß,
 * Hangul). Measured: in the five plans' text and in PDFs printed from them no
 * line has such letters; in a PDF without the map they are 40 % of the letters.
 */
import type { SourceLine } from './importer/types.ts';

/** Letters, private-use characters and U+FFFD (what a decoder writes for a code it cannot read). */
const letters = /[\p{L}\p{Co}\ufffd]/gu;
/** Of those, the ones Japanese text does not use: not kanji, kana, ASCII or full-width Latin, nor common marks such as ー. */
const foreignLetters = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Common}A-Za-zＡ-Ｚａ-ｚ])[\p{L}\p{Co}\ufffd]/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** A line of such text: three foreign letters or more, and at least 15 % of its letters (a loanword's é or a Greek α is not). */
export function isUnreadable(text: string): boolean {
	const foreign = count(text, foreignLetters);
	return foreign >= 3 && foreign >= count(text, letters) * 0.15;
}

export interface UnreadableText {
	/**
	 * Runs of unreadable lines, by source line: first, last. A run is the lines around an unreadable one that have
	 * a foreign letter too (a short line of the same jumble may have only one); blank lines do not end it.
	 */
	runs: Array<{ from: number; to: number }>;
	/** The share of the text's letters on those lines, 0 to 1. */
	share: number;
}

export function findUnreadableText(lines: readonly SourceLine[]): UnreadableText {
	const runs: UnreadableText['runs'] = [];
	let unreadableLetters = 0;
	let allLetters = 0;
	let run: { from: number; to: number; letters: number; unreadable: boolean } | undefined;
	const close = () => {
		if (run?.unreadable) {
			runs.push({ from: run.from, to: run.to });
			unreadableLetters += run.letters;
		}
		run = undefined;
	};
	for (const line of lines) {
		if (line.blank) continue;
		const letterCount = count(line.text, letters);
		allLetters += letterCount;
		if (count(line.text, foreignLetters) === 0) {
			close();
			continue;
		}
		run ??= { from: line.no, to: line.no, letters: 0, unreadable: false };
		run.to = line.no;
		run.letters += letterCount;
		run.unreadable ||= isUnreadable(line.text);
	}
	close();
	return { runs, share: allLetters === 0 ? 0 : unreadableLetters / allLetters };
}
