/**
 * Search text the way residents type it. Both sides are normalised: the text
 * given to the index (never the page readers see) and the query. On top, a
 * query grows variants: okurigana and kana/kanji spellings, 和暦 ⇔ 西暦,
 * numbers with or without separators or 万, ordinals in digits or 漢数字,
 * words typed in hiragana, loanwords' closing long vowel, words joined by
 * 「・」 and a range's 〜 or ～ (the same words), then synonyms from the glossary and everyday words
 * (other words), each searched and the results merged.
 * (Whether a page has the phrase ignores 「・」 on either side: rank.ts.)
 */
import { eras, fiscalYearEra } from '../japanese-dates.ts';
import { withMeantCharacters } from '../lookalike-characters.ts';
import type { ReadingDictionary } from './readings.ts';
import escapeStringRegexp from 'escape-string-regexp';

/**
 * Width folding: ＤＸ → DX, ５Ｇ → 5G, （ → (, ﾏｲﾅﾝﾊﾞｰ → マイナンバー, the ideographic
 * space → a space. Only widths: ①, Ⅱ and 「．」 stay as they are, so the index
 * differs from the page only where the search page can put the width back
 * (widths.ts).
 */
export function foldWidth(text: string): string {
	return text.replace(/[\uff01-\uff0d\uff0f-\uff5e\u3000]|[\uff61-\uff9f]+/g, (s) => s.normalize('NFKC'));
}

/** A hyphen or dash after katakana, where ー is meant (テレワ－ク, スマ-トシティ, サーバ-): phone keyboards and PDFs give them. */
const dashForLongVowel = /(?<=[\u30a1-\u30fa])[-\u2010-\u2015\u2212](?=[\u30a1-\u30faー]|\s|$)/g;

/**
 * Width folding and lower case: the form in which queries and glossary names are compared with the index. Characters
 * a PDF gives for others of the same shape (⾏ for 行) are read as those: a query pasted from a prefecture's PDF finds
 * its text; and a dash typed for ー after katakana is read as ー.
 */
export function normalizeSearchText(text: string): string {
	return withMeantCharacters(foldWidth(text)).toLowerCase().replace(dashForLongVowel, 'ー');
}

/**
 * Administrative words written with or without okurigana. Each row lists the
 * spellings of one word; a query with any of them also searches the others.
 * The forms follow 公用文 practice (手続 in statutes, 手続き in prose).
 */
export const okuriganaVariants: readonly (readonly string[])[] = [
	['手続き', '手続'],
	['取り組み', '取組み', '取組'],
	['取り組む', '取組む'],
	['申し込み', '申込み', '申込'],
	['受け付け', '受付け', '受付'],
	['問い合わせ', '問合わせ', '問合せ'],
	['取り扱い', '取扱い', '取扱'],
	['打ち合わせ', '打合わせ', '打合せ'],
	['届け出', '届出'],
	['申し出', '申出'],
	['見積もり', '見積り', '見積'],
	['組み合わせ', '組合わせ', '組合せ'],
	['立ち上げ', '立上げ'],
	['引き上げ', '引上げ'],
	['割り当て', '割当て', '割当'],
	['読み取り', '読取り', '読取'],
	['書き込み', '書込み'],
	['貸し出し', '貸出し', '貸出'],
	['払い込み', '払込み', '払込'],
	['繰り越し', '繰越し', '繰越'],
	['売り上げ', '売上げ', '売上'],
	['移り変わり', '移変わり'],
	['行う', '行なう'],
	['行い', '行ない'],
];

/**
 * Words the plans and residents write differently in kana, kanji or Latin
 * letters (子ども in one plan, こども in another, 子供 as residents and the
 * education ministry write it; 障がい beside 障害; Webサイト). Searched like
 * the okurigana rows.
 */
export const writtenVariants: readonly (readonly string[])[] = [
	['子ども', '子供', 'こども'],
	['障がい', '障害', '障碍'],
	['ウェブサイト', 'webサイト'],
];

/**
 * Other words for the same thing: shortened (スマホ, マイナカード) or as people
 * say it (ホームページ for a Webサイト, オンライン申請 for 電子申請). Searched like
 * a glossary term's synonyms: found, but after the pages with the words typed.
 */
const everydayWords: readonly (readonly string[])[] = [
	['スマートフォン', 'スマホ'],
	['ウェブサイト', 'webサイト', 'ホームページ'],
	['電子申請', 'オンライン申請'],
	['マイナンバーカード', 'マイナカード'],
];

/** Every other word of each row found in the query (the longest of its words the query holds): [found, the others]. */
function rowAlternatives(query: string, rows: readonly (readonly string[])[]): Array<[string, string[]]> {
	const found: Array<[string, string[]]> = [];
	for (const row of rows) {
		const hit = [...row].sort((a, b) => b.length - a.length).find((spelling) => query.includes(spelling));
		if (hit) found.push([hit, row.filter((s) => s !== hit)]);
	}
	return found;
}

/** The eras whose years residents search plans for; letters as a normalised (lower-case) query has them. */
const searchedEras = eras.slice(0, 3).map((era) => ({ name: era.name, letter: era.letter.toLowerCase(), firstYear: era.firstYear }));
const eraNamed = (name: string) => searchedEras.find((era) => era.name === name);
const eraNames = new RegExp(`(${searchedEras.map((era) => era.name).join('|')})(\\d{1,2}|元)(?:\\((\\d{4})\\))?(年度|年)?`, 'g');
const eraLetters = new RegExp(`(?<![a-z0-9])([${searchedEras.map((era) => era.letter).join('')}])(\\d{1,2})(?![0-9a-z])(年度|年)?`, 'g');

/**
 * 和暦 ⇔ 西暦 forms of the years in a (normalised) query. Every form of a
 * year yields the same set, so 令和7年度, 2025年度, r7年度 and
 * 令和7(2025)年度 find the same pages: [form found, the other forms].
 */
export function eraAlternatives(query: string): Array<[string, string[]]> {
	const found: Array<[string, string[]]> = [];
	const add = (text: string, era: (typeof searchedEras)[number] | undefined, n: number, suffix: string) => {
		if (!era) return;
		const year = era.firstYear + n - 1;
		const eraYear = n === 1 ? [`${era.name}元`, `${era.name}1`] : [`${era.name}${n}`];
		const forms = suffix
			? [...eraYear.map((e) => `${e}${suffix}`), `${year}${suffix}`, `${eraYear[0]}(${year})${suffix}`, `${era.letter}${n}${suffix}`]
			: [...eraYear, `${era.letter}${n}`];
		found.push([text, forms.filter((form) => form !== text)]);
	};
	for (const match of query.matchAll(eraNames)) {
		add(match[0], eraNamed(match[1]!), match[2] === '元' ? 1 : Number(match[2]), match[4] ?? '');
	}
	for (const match of query.matchAll(eraLetters)) {
		add(match[0], searchedEras.find((era) => era.letter === match[1]), Number(match[2]), match[3] ?? '');
	}
	// A year with 年 or 年度, or a bare one typed as a word of its own (2024: 令和6 as the plans write it; not 2000件).
	for (const match of query.matchAll(/(?<!\d)(\d{4})(年度|年)|(?<!\S)(\d{4})(?!\S)/g)) {
		const year = Number(match[1] ?? match[3]);
		if (year < 1926 || year > 2100) continue;
		const { era, year: n } = fiscalYearEra(year);
		add(match[0], eraNamed(era), n, match[2] ?? '');
	}
	return found;
}

/** What the search knows of a glossary term: its normalised names, and its reading as a resident types it (readingKey). */
export interface TermNames {
	names: readonly string[];
	reading: string;
}

/** Whether a normalised text holds a name; Latin names (dx, ai) only as whole tokens: not 「ai」 inside 「mail」. */
export function containsName(query: string, name: string): boolean {
	if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return query.includes(name);
	return new RegExp(`(?<![a-z0-9])${escapeStringRegexp(name)}(?![a-z0-9])`).test(query);
}

function synonymAlternatives(query: string, terms: readonly TermNames[]): Array<[string, string[]]> {
	const found: Array<[string, string[]]> = [];
	for (const { names } of terms) {
		if (names.length < 2) continue;
		const hit = [...names].sort((a, b) => b.length - a.length).find((name) => name.length >= 2 && containsName(query, name));
		if (hit) found.push([hit, names.filter((name) => name !== hit)]);
	}
	return found;
}

/**
 * A reading as typed and as written in the glossary compare alike: normalised,
 * without 「・」 or spaces, in katakana; so a loanword typed without its 「・」
 * (デジタルトランスフォーメーション) is the term that writes it with them.
 */
export function readingKey(text: string): string {
	return katakanaOf(normalizeSearchText(text).replace(/[・\s]/g, ''));
}

/**
 * The particles (and particle phrases) that join the words of a phrase: 高齢者「の」スマホ,
 * こうれいしゃ「の」すまほ, 子育て支援「について」.
 */
export const joiningParticles = ['について', 'における', 'による', 'として', 'から', 'まで', 'より', 'など', 'の', 'を', 'に', 'が', 'は', 'と', 'で', 'や', 'へ', 'も'];

const katakanaThenHiragana = /^([\u30a1-\u30faー]*)([\u3041-\u3096ー]{2,})$/;
/**
 * A word typed in hiragana, or its katakana converted and the rest not, as a phone may leave it
 * (デジタルじんざい): what a reading may spell. Not katakana and a particle (スマホから).
 */
function isHiraganaWord(word: string): boolean {
	const [, katakana, hiragana] = katakanaThenHiragana.exec(word) ?? [];
	return hiragana !== undefined && (!katakana || !joiningParticles.includes(hiragana));
}
/** The words of a query typed in hiragana (or part hiragana, part katakana), which the readings of the pages' kanji words may spell (readings.ts), as readingKey writes them. */
export const hiraganaWordReadings = (query: string) => normalizeSearchText(query).split(/\s+/).filter((word) => isHiraganaWord(word)).map(readingKey);
/** Hiragana in katakana (くらうど → クラウド); other characters stay. */
export const katakanaOf = (hiragana: string) => hiragana.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
/**
 * Katakana in hiragana (クラウド → くらうど), ー kept as the glossary's readings write it; other characters stay.
 * Not wanakana's toHiragana (romaji.ts), which also turns romaji into kana.
 */
export const hiraganaOf = (katakana: string) => katakana.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/**
 * What a word typed in hiragana and left unconverted, as on a phone, is
 * searched as: the term whose reading it is (おーぷんでーた → オープンデータ,
 * でざいんしこう → デザイン思考; its other names follow as synonyms of that),
 * or else the kanji words of the pages that read so (ぼうさい → 防災; こうせい →
 * 構成, 厚生 …), or else the same word in katakana (くらうど → クラウド), as
 * loanwords are written. So is one converted only in part (デジタルじんざい →
 * デジタル人材).
 */
function spellingsOfReading(word: string, terms: readonly TermNames[], readings: ReadingDictionary): { spellings: string[]; kanji: boolean } | undefined {
	const key = readingKey(word);
	const term = terms.find((t) => t.reading === key);
	if (term) return { spellings: term.names.slice(0, 1), kanji: false };
	const kanji = readings[key];
	// A word converted only in part (子そだて) is in the readings by its own key (partlyConvertedReadings).
	if (kanji && (isHiraganaWord(word) || isPartlyConverted(word))) return { spellings: kanji, kanji: true };
	return isHiraganaWord(word) ? { spellings: [katakanaOf(word)], kanji: false } : undefined;
}

/**
 * A word with kanji and two hiragana or more, or one that starts in hiragana (こ育て), which a phone leaves of a
 * word converted only in part (子そだて, 高れい者), as a word written with its okurigana (子育て) looks too:
 * searched so only when no page holds it.
 */
export const isPartlyConverted = (word: string) => /\p{sc=Han}/u.test(word) && /[\u3041-\u3096]{2,}|^[\u3041-\u3096]/u.test(word);

function readingAlternatives(query: string, terms: readonly TermNames[], readings: ReadingDictionary): Array<[string, string[]]> {
	return query.split(' ').flatMap((word): Array<[string, string[]]> => {
		const spellings = spellingsOfReading(word, terms, readings)?.spellings ?? [];
		return spellings.length > 0 ? [[word, spellings]] : [];
	});
}

/**
 * Loanwords written with or without their closing long vowel: official texts
 * often follow JIS Z 8301 (サーバ, コンピュータ), residents type サーバー.
 * A katakana word of three letters or more before its closing ー is also
 * searched without it; that shorter form finds both spellings (Pagefind
 * matches a word by its beginning), so the other direction needs nothing.
 */
function longVowelAlternatives(query: string): Array<[string, string[]]> {
	return [...query.matchAll(/(?<![\u30a1-\u30faー])[\u30a1-\u30fa][\u30a1-\u30faー]{2,}ー(?![\u30a1-\u30faー])/g)].map(([word]) => [word, [word.slice(0, -1)]]);
}

/** What ヴ and ヴ with a small vowel are written as in official texts (バ, not ヴァ: the 外来語の表記 guidance's first choice). */
const vuAsB: Record<string, string> = { ァ: 'バ', ィ: 'ビ', ゥ: 'ブ', ェ: 'ベ', ォ: 'ボ', ュ: 'ビュ', '': 'ブ' };

/** A loanword typed with ヴ (ヴァーチャル) also searched as the plans write it (バーチャル). */
function vuAlternatives(query: string): Array<[string, string[]]> {
	return [...query.matchAll(/[\u30a1-\u30faー]*ヴ[\u30a1-\u30faー]*/g)].map(([word]) => [word, [word.replace(/ヴ([ァィゥェォュ]?)/g, (_, small: string) => vuAsB[small]!)]]);
}

/** A decimal point typed full-width (Ｓｏｃｉｅｔｙ５．０, ９０．０％), which width folding keeps as the plans' numbering mark (３．), also searched as 「.」. */
function decimalPointAlternatives(query: string): Array<[string, string[]]> {
	return [...query.matchAll(/\S*\d．\d\S*/g)].map(([word]) => [word, [word.replace(/(?<=\d)．(?=\d)/g, '.')]]);
}

/** Words joined by 「・」 (デジタル・デバイド) also searched joined without it, as other plans write them. */
function middleDotAlternatives(query: string): Array<[string, string[]]> {
	return [...query.matchAll(/[^\s・]+(?:・[^\s・]+)+/g)].map(([words]) => [words, [words.replaceAll('・', '')]]);
}

/** A range's wave dash: Windows types ～ (folded to ~), a Mac 〜, and plans print either; a word with one is searched with the other too. */
function waveDashAlternatives(query: string): Array<[string, string[]]> {
	return [...query.matchAll(/[^\s]*[~〜][^\s]*/g)].map(([word]) => [word, [word.replace(/[~〜]/g, (dash) => (dash === '~' ? '〜' : '~'))]]);
}

/** 1234567 → 1,234,567. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
/** 12000 → 1万2,000, as the plans write large counts. */
const withMan = (n: number) => `${Math.floor(n / 10000)}万${n % 10000 ? grouped(n % 10000) : ''}`;

/**
 * A number written with or without thousands separators, or with 万: the plans print 1,000人, 3,477件 and
 * 1万2,000時間, residents type 1000人 or 12000時間. Not a year (2025年度, 令和7(2025)年度, or 2024 as a word:
 * eraAlternatives), which is never grouped.
 */
function numberAlternatives(query: string): Array<[string, string[]]> {
	// A year typed as a word of its own is matched first, to be left alone.
	const numbers = /(?<!\S)(?:19|20)\d\d(?!\S)|(?<![\d,.])(\d{1,4})万(\d,\d{3}|\d{1,4})?(?![\d,.])|(?<![\d,.万])(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,.]|\)?年)/g;
	return [...query.matchAll(numbers)].flatMap(([written, man, belowMan, digits]): Array<[string, string[]]> => {
		if (man) {
			const n = Number(man) * 10000 + Number(belowMan?.replace(',', '') ?? 0);
			return [[written, [grouped(n), String(n), withMan(n)].filter((form) => form !== written)]];
		}
		if (!digits) return [];
		const n = Number(digits.replaceAll(',', ''));
		const otherGrouping = digits.includes(',') ? String(n) : grouped(n);
		return [[digits, n >= 10000 ? [otherGrouping, withMan(n)] : [otherGrouping]]];
	});
}

const kanjiDigits = '〇一二三四五六七八九';
/** 1–99 in 漢数字 as the plans write ordinals (三, 十二, 二十). */
const kanjiNumber = (n: number) => `${n >= 20 ? kanjiDigits[Math.floor(n / 10)] : ''}${n >= 10 ? '十' : ''}${n % 10 ? kanjiDigits[n % 10] : ''}`;
const numberOfKanji = (kanji: string) => {
	const [tens, ones] = kanji.includes('十') ? kanji.split('十') : ['', kanji];
	return (kanji.includes('十') ? (tens ? kanjiDigits.indexOf(tens) : 1) * 10 : 0) + (ones ? kanjiDigits.indexOf(ones) : 0);
};
/** What the plans number with 第: chapters, sections, the n-th plan or period, articles. */
const ordinalOf = /第([一二三四五六七八九]?十?[一二三四五六七八九]?|\d{1,2})(章|節|款|次|期|条|項|号|部|編|回|弾|版)/g;

/** An ordinal in digits or in 漢数字 (第3章, 第三章; 第三次, 第3次): plans write either, a resident types one. */
function ordinalAlternatives(query: string): Array<[string, string[]]> {
	return [...query.matchAll(ordinalOf)].flatMap(([ordinal, number, counter]): Array<[string, string[]]> => {
		const n = /\d/.test(number!) ? Number(number) : numberOfKanji(number!);
		if (!number || n < 1 || n > 99) return [];
		return [[ordinal, [/\d/.test(number!) ? `第${kanjiNumber(n)}${counter}` : `第${n}${counter}`]]];
	});
}

/** Counts of people and devices, as 1人1台 and 一人一台 are both written (GIGA school's 1人1台端末). */
const headCount = /(?:(?:[一二三四五六七八九]?十?[一二三四五六七八九]?|\d{1,2})[人台])+/g;

/** A count of people or devices in digits or in 漢数字 (1人1台, 一人一台): the other form, each count in the run converted. */
function headCountAlternatives(query: string): Array<[string, string[]]> {
	return [...query.matchAll(headCount)].flatMap(([run]): Array<[string, string[]]> => {
		const counts = [...run.matchAll(/([^人台]+)([人台])/g)];
		if (counts.length === 0) return [];
		const inDigits = /\d/.test(run);
		const numbers = counts.map(([, number]) => (inDigits ? Number(number) : numberOfKanji(number!)));
		if (counts.some(([, number]) => /\d/.test(number!) !== inDigits) || numbers.some((n) => n < 1 || n > 99)) return [];
		return [[run, [counts.map(([, , counter], i) => `${inDigits ? kanjiNumber(numbers[i]!) : numbers[i]}${counter}`).join('')]]];
	});
}

/** A Latin name's letters and the number after them (society5.0), written with a space between or without: plans write it both ways. */
const lettersThenNumber = /(?<![a-z0-9])([a-z]{2,})( ?)([0-9][0-9.]*)(?![a-z0-9])/g;

function letterNumberAlternatives(query: string): Array<[string, string[]]> {
	return [...query.matchAll(lettersThenNumber)].map(([name, letters, space, number]) => [name, [space ? `${letters}${number}` : `${letters} ${number}`]]);
}

/** The glossary term a whole query names, by one of its names (society 5.0 names society5.0) or its reading. */
export function termOfQuery<T extends TermNames>(raw: string, terms: readonly T[]): T | undefined {
	const query = normalizeSearchText(raw).trim();
	const joined = query.replace(lettersThenNumber, '$1$3');
	const reading = readingKey(query);
	// A name in katakana typed in hiragana (ぱぶこめ for the alias パブコメ) is that name, as the term's own reading is.
	return terms.find((t) => t.names.includes(query) || t.names.includes(joined) || t.reading === reading || t.names.some((name) => readingKey(name) === reading));
}

/** How residents ask about a word, after it (マイナンバーカードとは？, DXって何, オープンデータの意味): longest first. */
const questionEndings = [
	...['とは', 'って', 'は'].flatMap((topic) => ['なんですか', '何ですか', 'なに', '何'].map((what) => `${topic}${what}`)),
	'とは',
	'って',
	...['について', 'の意味を'].flatMap((about) => ['教えてください', '教えて下さい', '教えて', '知りたい'].map((ask) => `${about}${ask}`)),
	'の意味は',
	'の意味',
];
const askingMarks = /[?？!！。．]+$/;
/** Brackets and quotes a query comes in, copied from a document (「デジタル人材」) or typed to mean the exact words. */
const quotes: ReadonlyArray<readonly [string, string]> = [['「', '」'], ['『', '』'], ['【', '】'], ['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’']];

/**
 * The words a query typed as a question or in quotes asks about (「マイナンバーカードとは？」: マイナンバーカード;
 * 「「デジタル人材」」: デジタル人材), or undefined when it is neither: the pages hold the words, not the question.
 */
export function wordsAskedAbout(raw: string): string | undefined {
	let words = raw.trim().replace(askingMarks, '');
	const ending = questionEndings.find((end) => words.endsWith(end) && words.length > end.length + 1);
	if (ending) words = words.slice(0, -ending.length).replace(askingMarks, '').trim();
	for (const [open, close] of quotes) if (words.length > 2 && words.startsWith(open) && words.endsWith(close)) words = words.slice(1, -1).trim();
	return words && words !== raw.trim() ? words : undefined;
}

/** Whether the words asked about are the query with only its closing marks dropped (マイナンバー？), which needs no word of its own. */
export const onlyMarksDropped = (raw: string, words: string) => raw.trim().replace(askingMarks, '') === words;

/** At most this many queries are run for one search. */
export const maxVariants = 8;

/** A query and the variants it is searched with. */
export interface QueryVariants {
	/** The normalised query first, then its variants, most faithful first; at most maxVariants. */
	variants: string[];
	/**
	 * How many variants, from the first, write the query's own words: itself and its other spellings
	 * (okurigana, kana or kanji, the year in another calendar, the term a reading names, 〜 for ～, a loanword's
	 * closing ー, 「・」). The rest say it in other words (a term's synonyms, everyday words), which a
	 * resident did not type: pages holding those come after (rank.ts).
	 */
	sameWords: number;
}

/** Adds to `listed` each alternative substituted into `query`, one at a time, where that makes a query not yet listed. */
function addSubstituted(listed: string[], query: string, alternatives: Array<[string, string[]]>): void {
	for (const [found, others] of alternatives) {
		for (const other of others) {
			const variant = query.replace(found, other);
			if (!listed.includes(variant)) listed.push(variant);
		}
	}
}

/**
 * The normalised query and its variants: its own words' other spellings first, then other words
 * for any of those (so a term typed in hiragana is searched by its synonyms too).
 */
export function expandQuery(raw: string, terms: readonly TermNames[] = [], readings: ReadingDictionary = {}): QueryVariants {
	const query = normalizeSearchText(raw).replace(/\s+/g, ' ').trim();
	if (!query) return { variants: [], sameWords: 0 };
	const variants = [query];
	const read = readingAlternatives(query, terms, readings);
	// Several words typed in hiragana (こうれいしゃ すまほ) are meant together: searched read all at once, first.
	const readTogether: Array<[string, string[]]> = read.length > 1 ? [[query, [read.reduce((q, [word, spellings]) => q.replace(word, spellings[0]!), query)]]] : [];
	addSubstituted(variants, query, [
		// The same characters to a resident, as widths are: before the rest, which fill the variants up.
		...waveDashAlternatives(query),
		...readTogether,
		...rowAlternatives(query, [...okuriganaVariants, ...writtenVariants]),
		...eraAlternatives(query),
		...numberAlternatives(query),
		...ordinalAlternatives(query),
		...headCountAlternatives(query),
		...read,
		...longVowelAlternatives(query),
		...vuAlternatives(query),
		...decimalPointAlternatives(query),
		...middleDotAlternatives(query),
		...letterNumberAlternatives(query),
	]);
	const sameWords = Math.min(variants.length, maxVariants);
	for (const spelling of variants.slice(0, sameWords)) addSubstituted(variants, spelling, [...rowAlternatives(spelling, everydayWords), ...synonymAlternatives(spelling, terms)]);
	return { variants: variants.slice(0, maxVariants), sameWords };
}

/**
 * The words of a query typed in hiragana that are searched as the pages' kanji
 * words (ぼうさい → 防災), for the results to say so: a reading may be another
 * word than the one meant (こうせい). A term's reading is not listed: the
 * term's card says which term was found.
 */
export function kanjiReadings(raw: string, terms: readonly TermNames[], readings: ReadingDictionary): Array<[typed: string, spellings: string[]]> {
	return normalizeSearchText(raw)
		.split(/\s+/)
		.flatMap((word): Array<[string, string[]]> => {
			const found = spellingsOfReading(word, terms, readings);
			return found?.kanji ? [[word, found.spellings]] : [];
		});
}

/**
 * Whether a variant is searched as words as well as a phrase: not while it keeps a word typed in
 * hiragana that kanjiReadings read as the pages' kanji words, whose syllables alone would find pages
 * about something else (ぼうさい's さい in さいばーはんざい).
 */
export const searchedAsWords = (variant: string, readAs: ReadonlyArray<[typed: string, spellings: string[]]>) =>
	!readAs.some(([typed]) => variant.split(' ').includes(typed));

/** A hiragana word long enough to be a phrase of two words (こうれいしゃのすまほ); capped, as each split is tried. */
const hiraganaPhrase = /^[\u3041-\u3096ー]{4,40}$/;
/** A word all in hiragana, of any length. */
const allHiragana = /^[\u3041-\u3096ー]+$/;
/** A stretch of hiragana in a word written otherwise too: more than okurigana (the り of 取り組み). */
const hiraganaRun = /[\u3041-\u3096ー]{2,40}/g;

/**
 * A particle written after a word in kanji, katakana or Latin letters (高齢者「の」スマホ, 子育て支援
 * 「について」): never one after hiragana, which may be the word's okurigana (子育て).
 */
const particleAfterWord = new RegExp(`(?<=[\\p{sc=Han}\\p{sc=Katakana}ー々A-Za-z0-9])(?:${joiningParticles.join('|')})(?=[^\\s]|$)`, 'gu');

/** Words that end in a particle's kana of their own (特に, 最も, 我が国): never split there. */
const particleEndedWords = new Set(['特に', '主に', '共に', '既に', '更に', '常に', '単に', '正に', '次に', '実に', '殊に', '最も', '我が']);

/**
 * A query, widths folded, with the particles after its words written in kanji, katakana or Latin letters made
 * spaces (高齢者のすまほ → 高齢者 すまほ), and those typed as words of their own left out (ぼうさい の とりくみ).
 */
const particlesApart = (raw: string) =>
	foldWidth(raw)
		.replace(particleAfterWord, (particle, at: number, query: string) => (particleEndedWords.has(query.slice(at - 1, at + particle.length)) ? particle : ' '))
		.split(/\s+/)
		.filter((word) => word && !joiningParticles.includes(word))
		.join(' ');

/** Kana no reading starts with (small kana, ー, ん): their readings files are not asked for. */
const neverFirst = /^[ァィゥェォッャュョヮンー]/;

/**
 * The readings whose files splitPhrases needs, and the search of the words it makes: for each stretch
 * of hiragana in the query, one starting at each kana, as a word of it may (the kana no word starts
 * with left out); and a word typed in katakana and hiragana (デジタルじんざい) whole.
 */
export function readingsToSplit(raw: string): string[] {
	const readings = particlesApart(raw)
		.split(' ')
		.flatMap((word) => [
			...(isHiraganaWord(word) ? [readingKey(word)] : []),
			...(word.match(hiraganaRun) ?? []).flatMap((run) => [...readingKey(run)].map((_, i, kana) => kana.slice(i).join(''))),
		]);
	return [...new Set(readings)].filter((reading) => !neverFirst.test(reading));
}

/** A word's beginning that Pagefind's index and the browser's cutting of a query agree on: a kanji run and at most two kana after it, a katakana word, a Latin word. */
const wordStart = /[\p{sc=Han}々〆ヶ]+[ぁ-ゖ]{0,2}|[\p{sc=Katakana}ー]+|[a-z0-9]+/gu;

/**
 * The beginnings of a (normalised) query's words, as words to search (統一した分かりやすい → 統一した 分かり), or
 * undefined where that is the query itself. The index cuts a few words otherwise than the browser cuts a query
 * (分かりやすい: the browser gives 分|か|り|やすい, which no page's words match), and matches a word by its
 * beginning: the pages its beginnings find are then checked for the whole phrase (rank.ts).
 */
export function wordStarts(query: string): string | undefined {
	const starts = [...query.matchAll(wordStart)].map(([start]) => start).join(' ');
	return starts && starts !== query ? starts : undefined;
}

/**
 * A query whose phrases are split into the words they are made of, the particles between left out, as
 * a resident who wrote a phrase means its words: 高齢者のスマホ → 高齢者 スマホ, 子育て支援について →
 * 子育て支援. A phrase typed in hiragana and left unconverted, as on a phone, is split where its words
 * are read: こうれいしゃのすまほ → こうれいしゃ すまほ, でじたるかのすいしん → でじたるか すいしん; those
 * words are then read as any typed apart (expandQuery). A word counts when it is a glossary term's
 * reading or a reading of the pages' kanji words; the split reading the most of the phrase so, in the
 * fewest pieces, wins, and a stretch no word reads is kept as it is (すまほ, for katakana). A hiragana
 * phrase no word of which is known stays whole, and so does the query: undefined when nothing was split.
 * `wholly`: a phrase is split only where words read all of it, as for the hiragana of a katakana query
 * (ボウサイ → ぼうさい): a loanword the pages do not use (ワクチン) is no kanji word's reading, and read in part
 * (わく ちん) it would find ワーク and マッチング.
 */
export function splitPhrases(raw: string, terms: readonly TermNames[], readings: ReadingDictionary, { wholly = false } = {}): string | undefined {
	// Widths folded, not case: the results say what was searched as the resident wrote it (ぎょうせいDX → ぎょうせい DX).
	const query = foldWidth(raw).replace(/\s+/g, ' ').trim();
	const known = (word: string) => {
		const key = readingKey(word);
		return word.length >= 2 && (key in readings || terms.some((t) => t.reading === key));
	};
	/** A hiragana phrase's words; the phrase itself when it holds no known word. */
	const wordsOf = (phrase: string) => (known(phrase) ? phrase : hiraganaPhrase.test(phrase) ? wordsOfPhrase(phrase, known, wholly) : phrase);
	const split = particlesApart(query)
		.split(' ')
		.map((word) =>
			allHiragana.test(word)
				? wordsOf(word)
				: // Written in part in hiragana (ぎょうせいDX, こうれいしゃ向け): a stretch that is a known word, or holds one, stands apart.
					word.replace(hiraganaRun, (run) => {
						const words = wordsOf(run);
						return known(run) || words !== run ? ` ${words} ` : run;
					}),
		)
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
	return split && split !== query ? split : undefined;
}

/** The words of a query typed apart (スマホ 使い方 わからない); none for a query of one word. */
export function wordsApart(query: string): string[] {
	const words = query.split(/\s+/).filter(Boolean);
	return words.length > 1 ? words : [];
}

let segmenter: Intl.Segmenter | undefined;
/** The browser's Japanese word cutter, made on first use: making it costs the search page's load some 70 ms on a slow phone. */
export const japaneseWords = () => (segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' }));

/** How a question asked in a sentence ends (…はありますか, …を知りたい, …を教えてください). */
const askingEnd = /(?:か|かな|たい|たいです|ください|教えて)[?？。．!！]*$/;

/**
 * The words that carry a sentence's meaning, as a resident asks in one (高齢者がスマホを使えるようにする取り組み →
 * 高齢者 スマホ 使える 取り組み; 子育て世帯への支援はありますか → 子育て世帯 支援), or undefined when the query is
 * no sentence (words joined by a particle, or a question's ending) or that leaves it as it was or empty. The
 * browser's word breaks, rejoined where nothing in hiragana stands between them (高齢|者); hiragana words
 * (particles, する, ありますか), marks and single characters (県, 何) are left out. Not デジタルぴよ: an unknown
 * word in hiragana is not left out of what the resident typed.
 */
export function keyWordsOf(query: string): string | undefined {
	const words: string[] = [];
	let word = '';
	let joinedByParticle = false;
	for (const { segment, isWordLike } of japaneseWords().segment(foldWidth(query))) {
		if (isWordLike && !allHiragana.test(segment)) word += segment;
		else {
			joinedByParticle ||= word !== '' && joiningParticles.includes(segment);
			words.push(word);
			word = '';
		}
	}
	words.push(word);
	if (!joinedByParticle && !askingEnd.test(query.trim())) return undefined;
	const key = [...new Set(words.filter((w) => w.length >= 2))].join(' ');
	return key && key !== query ? key : undefined;
}

/** The best split of a phrase so far, up to some point of it: fewest characters no word reads, then fewest pieces. */
interface PhraseSplit {
	unread: number;
	pieces: number;
	words: string[];
	knownWords: number;
}

const betterSplit = (a: PhraseSplit, b: PhraseSplit | undefined) => !b || a.unread < b.unread || (a.unread === b.unread && a.pieces < b.pieces);

/** The words of one hiragana phrase, space-separated (the phrase itself when no known word is in it, or, `wholly`, when words do not read all of it). */
function wordsOfPhrase(phrase: string, known: (word: string) => boolean, wholly: boolean): string {
	// best[i][u]: the best split of phrase.slice(0, i), u = 1 when its last piece is a stretch no word reads
	// (two such stretches side by side are one).
	const best: Array<[PhraseSplit | undefined, PhraseSplit | undefined]> = Array.from({ length: phrase.length + 1 }, () => [undefined, undefined]);
	best[0]![0] = { unread: 0, pieces: 0, words: [], knownWords: 0 };
	const offer = (end: number, unreadLast: 0 | 1, split: PhraseSplit) => {
		if (betterSplit(split, best[end]![unreadLast])) best[end]![unreadLast] = split;
	};
	for (let start = 0; start < phrase.length; start++) {
		for (const last of [0, 1] as const) {
			const before = best[start]![last];
			if (!before) continue;
			for (let end = start + 2; end <= phrase.length; end++) {
				const piece = phrase.slice(start, end);
				const pieces = before.pieces + 1;
				if (known(piece)) offer(end, 0, { ...before, pieces, words: [...before.words, piece], knownWords: before.knownWords + 1 });
				if (last === 0) offer(end, 1, { ...before, unread: before.unread + piece.length, pieces, words: [...before.words, piece] });
			}
			// A particle joins two words: never the phrase's first piece.
			if (start === 0) continue;
			for (const particle of joiningParticles) {
				if (phrase.startsWith(particle, start)) offer(start + particle.length, 0, { ...before, pieces: before.pieces + 1 });
			}
		}
	}
	const whole = [best[phrase.length]![0], best[phrase.length]![1]].reduce<PhraseSplit | undefined>((a, b) => (b && betterSplit(b, a) ? b : a), undefined);
	return whole && whole.knownWords > 0 && !(wholly && whole.unread > 0) ? whole.words.join(' ') : phrase;
}

/** The normalised names of a glossary term (term, aliases, and the parts they stand for), and its reading. */
export function termNames(entry: { term: string; aliases: string[]; reading: string }): TermNames {
	const names = [...new Set([entry.term, ...entry.aliases].map(normalizeSearchText).flatMap(withItsParts))].filter((name) => name.length >= 2 && !name.includes(':'));
	return { names, reading: readingKey(entry.reading) };
}

/**
 * The parts a glossary name stands for as well: 「デジタル変革(dx)」 also means
 * 「デジタル変革」 and 「dx」; 「デジタル・トランスフォーメーション:デジタル変革(dx)」 each side of the colon.
 */
export function withItsParts(name: string): string[] {
	const parts = name.split(':').map((p) => p.trim()).filter(Boolean);
	return [name, ...parts.flatMap((part) => {
		const match = /^(.+?)\((.+)\)$/.exec(part);
		return match ? [part, match[1]!.trim(), match[2]!.trim()] : [part];
	})];
}

