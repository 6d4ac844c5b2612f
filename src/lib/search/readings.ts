/**
 * The readings of the words the site's pages write in kanji, so that a word
 * typed in hiragana and left unconverted, as on a phone, finds them:
 * ぼうさい → 防災, こうれいしゃ → 高齢者, こそだて → 子育て. Pagefind matches
 * characters, not readings, and only a morphological dictionary knows how a
 * kanji word reads. (Also the pages' katakana words with ー, as typed without
 * it: おぷんでた → オープンデータ.) The build looks each word up once
 * (reading-tokenizer.ts) and writes the readings of the words its pages hold to `readingsFolder`,
 * one file per first kana (readingShard); the search page loads, for a query
 * with a word in hiragana, only the file of that word's first kana: a few KB,
 * however many plans the site holds. Only words the pages hold are listed, so
 * each reading leads to a result.
 */

import { readingKey } from './normalize.ts';
import escapeStringRegexp from 'escape-string-regexp';

/** A katakana reading (as readingKey writes a query's word) → the spellings the pages use for it, the most used first. */
export type ReadingDictionary = Record<string, string[]>;

/** Written at the site's root beside search-terms.json: `search-readings/<shard>.json`. */
export const readingsFolder = 'search-readings';

/** The file a reading is in: its first kana's code point in hex (ボウサイ → 30dc), an address no host mangles. */
export const readingShard = (reading: string) => reading.codePointAt(0)!.toString(16);

/** Every kana a word typed in hiragana can start with, in katakana (ぁ–ゖ → ァ–ヶ). */
const firstKana = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCodePoint(0x30a1 + i));

/**
 * The dictionary split by readingShard, each part in reading order: [shard, its readings]; a file for every kana a
 * typed word can start with, empty where the pages have no word read so, so that no search asks for a file the host
 * does not have (a 404, which the browser reports as an error).
 */
export function readingShards(dictionary: ReadingDictionary): Array<[string, ReadingDictionary]> {
	const shards = new Map<string, ReadingDictionary>(firstKana.map((kana) => [readingShard(kana), {}]));
	for (const [reading, spellings] of Object.entries(dictionary)) {
		const shard = readingShard(reading);
		const part = shards.get(shard) ?? {};
		part[reading] = spellings;
		shards.set(shard, part);
	}
	return [...shards];
}

/**
 * The file a spelling is in, for a word typed part in kanji, part in hiragana (子そだて): its first character's
 * code point modulo spellingShardCount, in hex, after `s` (子 → s30). A few KB each, the same number however many
 * plans the site holds.
 */
const spellingShardCount = 64;
export const spellingShard = (spelling: string) => `s${(spelling.codePointAt(0)! % spellingShardCount).toString(16)}`;

/** A word's spelling → its reading, for the spellings that hold a kanji. */
export type SpellingReadings = Record<string, string>;

/** The dictionary by spelling, split by spellingShard: [shard, its spellings]; a file for every shard, empty or not, as readingShards. */
export function spellingShards(dictionary: ReadingDictionary): Array<[string, SpellingReadings]> {
	const shards = new Map<string, SpellingReadings>(Array.from({ length: spellingShardCount }, (_, i) => [`s${i.toString(16)}`, {}]));
	for (const [spelling, reading] of Object.entries(spellingReadingsOf(dictionary))) shards.get(spellingShard(spelling))![spelling] = reading;
	return [...shards];
}

/** The spellings with a kanji of some readings (a reading file: readingShard), each → its reading, as the spelling files hold them. */
export function spellingReadingsOf(dictionary: ReadingDictionary): SpellingReadings {
	const bySpelling: SpellingReadings = {};
	for (const [reading, spellings] of Object.entries(dictionary)) {
		for (const spelling of spellings) if (hasKanji.test(spelling)) bySpelling[spelling] ??= reading;
	}
	return bySpelling;
}

/**
 * The spellings of the pages' words that a word typed part in kanji, part in hiragana may be, as a phone leaves a
 * word converted in part (子そだて → 子育て, 高れい者 → 高齢者): the spelling has its kanji where it has them, the
 * reading its kana where it has them. The shortest first, at most spellingsPerReading.
 */
export function spellingsOfPartlyConverted(word: string, bySpelling: SpellingReadings): string[] {
	const runs = word.match(/\p{sc=Han}+|\P{sc=Han}+/gu) ?? [];
	const spelling = new RegExp(`^${runs.map((run) => (hasKanji.test(run) ? escapeStringRegexp(run) : '.+')).join('')}$`, 'u');
	const reading = new RegExp(`^${runs.map((run) => (hasKanji.test(run) ? '.+' : escapeStringRegexp(readingKey(run)))).join('')}$`, 'u');
	return Object.entries(bySpelling)
		.filter(([written, read]) => spelling.test(written) && reading.test(read))
		.map(([written]) => written)
		.sort((a, b) => a.length - b.length || byCodePoint(a, b))
		.slice(0, spellingsPerReading);
}

/** How many spellings a reading keeps: こうせい is 構成, 厚生 and more; each one searched costs a query. */
const spellingsPerReading = 3;

/** The longest run of words one entry joins: 情報通信技術 (情報 + 通信 + 技術), not whole sentences of nouns. */
const maxWordsJoined = 4;

/**
 * A word of the text as the morphological dictionary has it (IPADIC's fields:
 * 品詞 and its first subcategory, the reading in katakana, "*" when unknown).
 */
export interface ReadingToken {
	surface: string;
	partOfSpeech: string;
	partOfSpeechSubcategory1: string;
	reading: string;
}

/** A morphological dictionary's reading of a text, word by word (reading-tokenizer.ts loads IPADIC's). */
export type ReadingTokenizer = (text: string) => ReadingToken[];

/**
 * Stretches of text that may hold kanji or katakana words: kanji, and katakana
 * joined to them (デジタル化, データ利活用), with their okurigana (子育て, 取り組み),
 * a few hiragana apart at most; the particles between words are left to the
 * dictionary to tell apart. Katakana alone (アプリ, サービス) too: a word all in
 * katakana needs no reading (the search tries a hiragana word in katakana
 * anyway, normalize.ts), but one with ー is also typed without it (below).
 * And two to four hiragana right before kanji, which may be a word written in
 * kana that a compound starts with (ひとり親, こども政策), when they start after
 * punctuation, kanji or katakana: after more hiragana they are likely the end
 * of a verb (しないため編集部), which the dictionary, seeing only its end, would
 * read as a noun (いため).
 */
const wordStretch = /(?:(?<![ぁ-ゖ])[ぁ-ゖ]{2,4}(?=[\p{sc=Han}々〆ヶ]))?(?:[\p{sc=Han}々〆ヶ\p{sc=Katakana}ー]+[ぁ-ゖ]{0,2})+/gu;
const hasKanji = /\p{sc=Han}/u;
const allHiragana = /^[ぁ-ゖー]+$/u;
/** A katakana word as written, 「・」 apart: サービス, オープンデータ. */
const katakanaWord = /[ァ-ヺ][ァ-ヺー]+/g;

/** Counts each stretch of `text` that may hold kanji or katakana words into `counts` (the same stretch on many pages is read once). */
export function countWordStretches(text: string, counts: Map<string, number>): void {
	for (const [stretch] of text.matchAll(wordStretch)) counts.set(stretch, (counts.get(stretch) ?? 0) + 1);
}

/** Adds `count` uses of `spelling` under `reading`. */
function addUses(uses: Map<string, Map<string, number>>, reading: string, spelling: string, count: number): void {
	const spellings = uses.get(reading) ?? new Map<string, number>();
	spellings.set(spelling, (spellings.get(spelling) ?? 0) + count);
	uses.set(reading, spellings);
}

/** Code point order, the same on every machine (localeCompare would follow the machine's locale). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isNoun = (token: ReadingToken) => token.partOfSpeech === '名詞' && token.partOfSpeechSubcategory1 !== '数' && token.reading !== '*' && token.reading !== '';
const isPrefix = (token: ReadingToken) => token.partOfSpeech === '接頭詞' && token.reading !== '*';
/**
 * A word a compound may start with: a prefix or a noun, not a suffix (者, 性); a noun in hiragana only if it is a word
 * of its own (ひとり of ひとり親, not ため of するため県は).
 */
const startsWord = (token: ReadingToken) =>
	isPrefix(token) || (isNoun(token) && token.partOfSpeechSubcategory1 !== '接尾' && (!allHiragana.test(token.surface) || token.partOfSpeechSubcategory1 === '一般'));

/**
 * The dictionary of the stretches counted: each noun, and each run of nouns
 * (高齢 + 者, 行政 + 手続, デジタル + 人材) with a prefix before it if any, that
 * holds a kanji and is two characters or more; never starting at a suffix (者, 性)
 * alone. And each katakana word with ー as romaji typed without the long vowels
 * spells it (opundeta → オプンデタ → オープンデータ, sabisu → サービス), unless the
 * pages write a word so or it is the reading of a kanji word (ビル stays ビル).
 * Spellings are ordered by how often the pages use them; readings by code
 * point, so each build writes the same file.
 */
export function readingDictionary(stretches: ReadonlyMap<string, number>, tokenize: ReadingTokenizer): ReadingDictionary {
	const uses = new Map<string, Map<string, number>>();
	const katakanaWords = new Set<string>();
	const withoutLongVowels = new Map<string, Map<string, number>>();
	for (const [stretch, count] of stretches) {
		for (const [word] of stretch.matchAll(katakanaWord)) {
			katakanaWords.add(word);
			const short = word.replaceAll('ー', '');
			if (short !== word && short.length >= 2) addUses(withoutLongVowels, short, word, count);
		}
		if (!hasKanji.test(stretch)) continue;
		const tokens = tokenize(stretch);
		tokens.forEach((first, start) => {
			if (!startsWord(first)) return;
			let surface = '';
			let reading = '';
			for (const token of tokens.slice(start, start + maxWordsJoined)) {
				if (token !== first && !isNoun(token)) break;
				surface += token.surface;
				reading += token.reading;
				if (token === first && isPrefix(first)) continue;
				if (surface.length < 2 || !hasKanji.test(surface)) continue;
				addUses(uses, reading, surface, count);
			}
		});
	}
	for (const [short, spellings] of withoutLongVowels) if (!katakanaWords.has(short) && !uses.has(short)) uses.set(short, spellings);
	return Object.fromEntries(
		[...uses]
			.sort(([a], [b]) => byCodePoint(a, b))
			.map(([reading, spellings]) => [
				reading,
				[...spellings]
					.sort(([a, m], [b, n]) => n - m || byCodePoint(a, b))
					.slice(0, spellingsPerReading)
					.map(([spelling]) => spelling),
			]),
	);
}

/** One dictionary of several sites' (a portal's own and those it searches with it): each reading's spellings, the first site's first. */
export function mergeReadingDictionaries(dictionaries: readonly ReadingDictionary[]): ReadingDictionary {
	const merged: ReadingDictionary = {};
	for (const dictionary of dictionaries) {
		for (const [reading, spellings] of Object.entries(dictionary)) {
			merged[reading] = [...new Set([...(merged[reading] ?? []), ...spellings])].slice(0, spellingsPerReading);
		}
	}
	return merged;
}

/** A long vowel romaji often leaves out (Hepburn without its macrons): ウ or オ after the o row, ウ after the u row. */
const longVowelLeftOut = /(?<=[オコゴソゾトドノホボポモヨョロヲ])[ウオ]|(?<=[ウクグスズツヅヌフブプムユュル])ウ/g;
/** ヂ and ヅ as romaji spells them (ji, zu): ジ and ズ. */
const asZuJi = (reading: string) => reading.replaceAll('ヅ', 'ズ').replaceAll('ヂ', 'ジ');

/**
 * The readings, and each also as romaji usually spells it, and so the kana an IME makes of that:
 * long vowels left out (koreisha → これいしゃ for コウレイシャ, jumin → じゅみん for ジュウミン), ヅ and ヂ
 * as ズ and ジ (tetsuzuki → てつずき for テツヅキ), or both. The spellings of the readings typed alike are
 * merged. Only what no word reads is added: a reading that is itself a word keeps its own spellings
 * (コセイ is 個性, not also 構成); and no two kana shortened so (こと is not コウトウ, 高等).
 */
export function withReadingsAsTyped(dictionary: ReadingDictionary): ReadingDictionary {
	const typed = Object.entries(dictionary).flatMap(([reading, spellings]) => {
		const short = reading.replace(longVowelLeftOut, '');
		// Two kana with a long vowel left out are a word as typed (こと, もの), not 高等 or 紋.
		const longEnough = (form: string) => form.length >= 3 || form.length === reading.length;
		return [...new Set([short, asZuJi(reading), asZuJi(short)])].filter((form) => !(form in dictionary) && longEnough(form)).map((form) => ({ [form]: spellings }));
	});
	return { ...mergeReadingDictionaries(typed), ...dictionary };
}
