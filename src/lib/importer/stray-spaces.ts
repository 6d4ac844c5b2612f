/**
 * Removes spaces that PDF extraction inserted, and only those: the
 * characters themselves (full-width or half-width, wording, punctuation) are
 * never touched. PDF extractors put a space wherever the font changes, so
 * a half-width run inside Japanese text comes out as `平成 13（2001）年度`;
 * letter-spaced titles come out as `D X`. Always removed: spaces inside a
 * number with its era or counter (`第 2 章`), around Latin words
 * (`AI ネットワーク`), inside letter-spaced words. Only in hard-wrapped PDF
 * text (where the pattern is systematic): every other space at a digit,
 * and a space between two full-width characters, which elsewhere is more
 * often the author's (`デジタルのチカラで創る 県民の…`) — at most one per
 * line and not near its start (justification slack; others are column
 * gaps), and reported.
 */

/** Kanji and kana: the letters of Japanese running text. */
const kana = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆〇';
/** Full-width punctuation that sits tight against digits: `（2001）`, `2025、`. */
const closing = '、。，．）」』〕］｝〉》';
const opening = '（「『〔［｛〈《';

// A number and its era, prefix or counter belong together in any extract:
// `平成 13`, `第 2 章`, `12 月`, `103 号`.
const eraThenDigit = /(?<=令和|平成|昭和|大正|明治|第|約|年|月) +(?=[0-9])/gu;
const digitThenCounter = /(?<=[0-9]) +(?=年|月|日|号|条|項|章|節|款|回|件|人|名|歳|時|分|秒|円|万|億|兆|倍|割|か所|か月|ヶ月|か年|期|版|部|頁|ページ|％|%)/gu;
// In hard-wrapped PDF text every space at a half-width/full-width boundary is the extractor's.
const digitThenJapanese = new RegExp(`(?<=[0-9]) +(?=[${kana}${closing}])`, 'gu');
const japaneseThenDigit = new RegExp(`(?<=[${kana}${opening}、。，．]) +(?=[0-9])`, 'gu');
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
	/^(?:第[0-9０-９一二三四五六七八九十]+[章節款項条]?|[0-9０-９]{1,3}[．.]?|[（(][0-9０-９]{1,3}[）)]|[①-⑳]|[ア-ン]|[・▶►▷●○◆◇■□※→⇒]+|注[)）]?)[ \u3000]+/u;

export interface SpaceCleaning {
	text: string;
	/** The spaces removed between two full-width characters, shown with their neighbours, for the report. */
	betweenFullWidth: string[];
}

export interface SpaceOptions {
	/** The text comes from hard-wrapped PDF text: remove every space at a digit, and (unless `keepFullWidthGaps`) one between full-width characters. */
	wrapped: boolean;
	/** Keep spaces between full-width characters even in wrapped text (headings: the space is usually meant). */
	keepFullWidthGaps?: boolean;
	/** Keep the space after a leading numbering label (headings, list items, table cells). */
	keepLabel: boolean;
}

export function cleanStraySpaces(text: string, options: SpaceOptions): SpaceCleaning {
	const label = options.keepLabel ? (leadingLabel.exec(text)?.[0] ?? '') : '';
	let rest = text.slice(label.length);
	rest = rest
		.replace(letterSpaced, (run) => run.replaceAll(' ', ''))
		.replace(eraThenDigit, '')
		.replace(digitThenCounter, '')
		.replace(latinThenJapanese, '')
		.replace(japaneseThenLatin, '');
	// Elsewhere a space next to a number is as often the author's (`資料3 青森県`, `(R7.6.13 決定)`).
	if (options.wrapped) rest = rest.replace(digitThenJapanese, '').replace(japaneseThenDigit, '');
	const betweenFullWidth: string[] = [];
	// One such space well inside a line is justification slack. Several, a double
	// space, or one near the start of the line (after an index letter or a term)
	// are the gaps of a multi-column layout (an index, a glossary) and stay.
	const gaps = [...rest.matchAll(betweenJapanese)];
	const gap = gaps.length === 1 ? gaps[0]! : undefined;
	if (options.wrapped && !options.keepFullWidthGaps && gap && [...rest.slice(0, gap.index)].length >= 10 && !/\S {2,}\S/.test(rest)) {
		const end = gap.index + gap[0].length;
		betweenFullWidth.push(`${rest.slice(Math.max(0, gap.index - 4), gap.index)} ${rest.slice(end, end + 4)}`);
		rest = rest.slice(0, gap.index) + rest.slice(end);
	}
	return { text: label + rest, betweenFullWidth };
}
