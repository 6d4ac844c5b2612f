/**
 * Removes spaces that PDF extraction inserted, and only those: the
 * characters themselves (full-width or half-width, wording, punctuation) are
 * never touched. PDF extractors put a space wherever the font changes, so
 * a half-width run inside Japanese text comes out as `平成 13（2001）年度`;
 * letter-spaced titles come out as `D X`. Spaces between two full-width
 * characters are more often the author's (`デジタルのチカラで創る 県民の…`),
 * so they are only removed in hard-wrapped PDF text, one per line at most
 * (justification slack), and reported.
 */

/** Kanji and kana: the letters of Japanese running text. */
const kana = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆〇';
/** Full-width punctuation that sits tight against digits: `（2001）`, `2025、`, `。2`. */
const tightPunctuation = '、。，．（）「」『』〔〕［］｛｝〈〉《》';

const digitThenJapanese = new RegExp(`(?<=[0-9]) +(?=[${kana}${tightPunctuation}])`, 'gu');
const japaneseThenDigit = new RegExp(`(?<=[${kana}${tightPunctuation}]) +(?=[0-9])`, 'gu');
const latinThenJapanese = new RegExp(`(?<=[A-Za-z]) +(?=[${kana}])`, 'gu');
const japaneseThenLatin = new RegExp(`(?<=[${kana}]) +(?=[A-Za-z])`, 'gu');
// Only closing punctuation on the left: a space before 「 or （ is usually the author's.
const betweenJapanese = new RegExp(`(?<=[${kana}、。」』）]) +(?=[${kana}])`, 'gu');
// Single letters separated by single spaces: `D X`, `I o T`, `H P`.
const letterSpaced = /(?<![A-Za-z0-9])[A-Za-z](?: [A-Za-z](?![A-Za-z0-9]))+/g;

/**
 * A numbering or bullet label at the start of a heading, list item or table
 * cell: the space after it separates label and text and must stay (`１ 概要`,
 * `2 委員会に…`, `第１節 計画の…`).
 */
const leadingLabel =
	/^(?:第[0-9０-９一二三四五六七八九十]+[章節款項条]|[0-9０-９]{1,3}[．.]?|[（(][0-9０-９]{1,3}[）)]|[①-⑳]|[ア-ン]|[・▶►▷●○◆◇■□※→⇒]+|注[)）]?)[ \u3000]+/u;

export interface SpaceCleaning {
	text: string;
	/** The spaces removed between two full-width characters, shown with their neighbours, for the report. */
	betweenFullWidth: string[];
}

export interface SpaceOptions {
	/** The text comes from hard-wrapped PDF text: remove single spaces between full-width characters too. */
	wrapped: boolean;
	/** Keep the space after a leading numbering label (headings, list items, table cells). */
	keepLabel: boolean;
}

export function cleanStraySpaces(text: string, options: SpaceOptions): SpaceCleaning {
	const label = options.keepLabel ? (leadingLabel.exec(text)?.[0] ?? '') : '';
	let rest = text.slice(label.length);
	rest = rest
		.replace(letterSpaced, (run) => run.replaceAll(' ', ''))
		.replace(digitThenJapanese, '')
		.replace(japaneseThenDigit, '')
		.replace(latinThenJapanese, '')
		.replace(japaneseThenLatin, '');
	const betweenFullWidth: string[] = [];
	// One such space in a line is justification slack; several, or a double space,
	// are the gaps of a multi-column layout (an index, a glossary) and stay.
	const gaps = rest.match(betweenJapanese)?.length ?? 0;
	if (options.wrapped && gaps === 1 && !/\S {2,}\S/.test(rest)) {
		rest = rest.replace(betweenJapanese, (space, offset: number, whole: string) => {
			betweenFullWidth.push(`${whole.slice(Math.max(0, offset - 4), offset)} ${whole.slice(offset + space.length, offset + space.length + 4)}`);
			return '';
		});
	}
	return { text: label + rest, betweenFullWidth };
}
