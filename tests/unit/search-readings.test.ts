import { beforeAll, describe, expect, it } from 'vitest';
import { loadReadingTokenizer } from '../../src/lib/search/reading-tokenizer.ts';
import { countWordStretches, mergeReadingDictionaries, readingDictionary, readingShard, readingShards, type ReadingToken, spellingReadingsOf, spellingShard, spellingShards, spellingsOfPartlyConverted, withReadingsAsTyped } from '../../src/lib/search/readings.ts';
import { expandQuery, isPartlyConverted, kanjiReadings, readingKey } from '../../src/lib/search/normalize.ts';

describe('the stretches of text that may hold kanji or katakana words', () => {
	it('counts kanji with the katakana joined to them, their okurigana and the few kana between words, and katakana alone, each stretch once per use', () => {
		const counts = new Map<string, number>();
		countWordStretches('子育て支援を進めます。防災、アプリ、デジタル化と防災', counts);
		countWordStretches('防災', counts);
		expect([...counts]).toEqual([
			['子育て支援を進めま', 1],
			['防災', 2],
			['アプリ', 1],
			['デジタル化と防災', 1],
		]);
	});

	it('takes in the hiragana right before kanji, a word written in kana that may start a compound (ひとり親)', () => {
		const counts = new Map<string, number>();
		countWordStretches('子育て支援、ひとり親向けの窓口。公開しないため編集部が', counts);
		expect([...counts.keys()]).toEqual(['子育て支援', 'ひとり親向けの窓口', '公開しな', '編集部が']);
	});
});

describe('the readings of the pages’ kanji words', () => {
	let tokenize: (text: string) => ReadingToken[];
	beforeAll(async () => {
		tokenize = await loadReadingTokenizer();
	});
	const dictionaryOf = (...stretches: Array<[string, number]>) => readingDictionary(new Map(stretches), tokenize);

	it('reads each noun and each run of nouns, so a compound is found by its reading as a whole', () => {
		const dictionary = dictionaryOf(['高齢者の防災対策', 1], ['子育て支援を進めま', 1]);
		expect(dictionary['コウレイシャ']).toEqual(['高齢者']);
		expect(dictionary['ボウサイ']).toEqual(['防災']);
		expect(dictionary['ボウサイタイサク']).toEqual(['防災対策']);
		expect(dictionary['コソダテ']).toEqual(['子育て']);
		expect(dictionary['コソダテシエン']).toEqual(['子育て支援']);
	});

	it('reads a compound that starts with a word written in hiragana, but not a particle or a bound noun before kanji', () => {
		const dictionary = dictionaryOf(['ひとり親向けの', 1], ['ふるさと納税', 1], ['するため県は', 1], ['ご意見', 1]);
		expect(dictionary['ヒトリオヤ']).toEqual(['ひとり親']);
		expect(dictionary['フルサトノウゼイ']).toEqual(['ふるさと納税']);
		expect(dictionary['ゴイケン']).toEqual(['ご意見']);
		// ため is a bound noun (名詞-非自立): 「ためけん」 is nobody's word.
		expect(dictionary['タメケン']).toBeUndefined();
		// A word all in hiragana needs no reading: it is typed as written.
		expect(dictionary['ヒトリ']).toBeUndefined();
	});

	it('reads a katakana word joined to kanji with them, but not alone', () => {
		const dictionary = dictionaryOf(['デジタル人材の育成', 1], ['データ利活用', 1]);
		expect(dictionary['デジタルジンザイ']).toEqual(['デジタル人材']);
		expect(dictionary['データリカツヨウ']).toEqual(['データ利活用']);
		expect(dictionary['デジタル']).toBeUndefined();
		expect(dictionary['データ']).toBeUndefined();
	});

	it('leaves out what nobody types alone: a suffix and what follows it, numbers, a single character, particles and verbs', () => {
		// 高齢者等: not 者等 (シャトウ); 第五次計画: not 五 or 第五次; 進めま: a verb.
		const dictionary = dictionaryOf(['高齢者等', 1], ['第五次計画', 1], ['県を進めま', 1]);
		expect(Object.keys(dictionary)).toEqual(['ケイカク', 'コウレイ', 'コウレイシャ', 'コウレイシャトウ']);
	});

	it('reads a katakana word with ー as romaji typed without its long vowels spells it, and nothing else of katakana alone', () => {
		const dictionary = dictionaryOf(['オープンデータの', 2], ['ビッグデータ・サービス', 1], ['クラウドサービスを', 1], ['アプリ', 3], ['データ利活用', 1]);
		expect(dictionary['オプンデタ']).toEqual(['オープンデータ']);
		expect(dictionary['サビス']).toEqual(['サービス']);
		expect(dictionary['クラウドサビス']).toEqual(['クラウドサービス']);
		// データ alone and in データ利活用 (a katakana word in a kanji stretch).
		expect(dictionary['デタ']).toEqual(['データ']);
		expect(dictionary['アプリ']).toBeUndefined();
		expect(dictionary['オープンデータ']).toBeUndefined();
		// Every entry spelled without kanji: the katakana words with ー, and nothing else.
		const katakanaOnly = Object.entries(dictionary).filter(([, spellings]) => !spellings.some((spelling) => /\p{sc=Han}/u.test(spelling)));
		expect(katakanaOnly.map(([reading]) => reading)).toEqual(['オプンデタ', 'クラウドサビス', 'サビス', 'デタ', 'ビッグデタ']);
	});

	it('adds nothing where a word is written so already: in katakana (ビル beside ビール) or read so in kanji (能登 beside ノート)', () => {
		const dictionary = dictionaryOf(['ビール', 1], ['ビル', 1], ['ノート', 1], ['能登', 1], ['セーフティーネット', 1]);
		expect(dictionary['ビル']).toBeUndefined();
		expect(dictionary['ノト']).toEqual(['能登']);
		expect(dictionary['セフティネット']).toEqual(['セーフティーネット']);
	});

	it('lists the spellings of one reading by how often the pages use them, at most three', () => {
		const dictionary = dictionaryOf(['厚生', 1], ['構成', 3], ['公正', 2], ['更生', 1], ['後世', 1]);
		expect(dictionary['コウセイ']).toEqual(['構成', '公正', '厚生']);
	});

	it('writes the readings in the same order every build, whatever order the pages came in', () => {
		const one = JSON.stringify(dictionaryOf(['防災', 1], ['行政手続', 2], ['観光', 1]));
		const other = JSON.stringify(dictionaryOf(['観光', 1], ['防災', 1], ['行政手続', 2]));
		expect(other).toBe(one);
		expect(Object.keys(JSON.parse(one))).toEqual(['カンコウ', 'ギョウセイ', 'ギョウセイテツヅキ', 'テツヅキ', 'ボウサイ']);
	});
});

describe('the files the readings are written to', () => {
	it('puts each reading in the file of its first kana, named by its code point', () => {
		expect(readingShard('ボウサイ')).toBe('30dc');
		const shards = new Map(readingShards({ ボウサイ: ['防災'], コウセイ: ['構成'], コウレイシャ: ['高齢者'] }));
		expect(shards.get('30dc')).toEqual({ ボウサイ: ['防災'] });
		expect(shards.get('30b3')).toEqual({ コウセイ: ['構成'], コウレイシャ: ['高齢者'] });
	});

	it('writes a file, empty if need be, for every kana a word typed in hiragana can start with, so no search meets a missing file', () => {
		const shards = new Map(readingShards({ ボウサイ: ['防災'] }));
		const typed = [...'ぁあいうゔをんゖ'].map((kana) => readingShard(readingKey(kana)));
		expect(typed.filter((shard) => !shards.has(shard))).toEqual([]);
		expect(shards.get(readingShard(readingKey('ん')))).toEqual({});
		expect([...shards.values()].filter((part) => Object.keys(part).length > 0)).toHaveLength(1);
	});
});

describe('the readings of several sites (a portal)', () => {
	it('joins them, the first site’s spellings first, each reading’s at most three', () => {
		const merged = mergeReadingDictionaries([{ コウセイ: ['構成', '厚生'], ボウサイ: ['防災'] }, { コウセイ: ['公正', '構成', '更生'], カンコウ: ['観光'] }]);
		expect(merged).toEqual({ コウセイ: ['構成', '厚生', '公正'], ボウサイ: ['防災'], カンコウ: ['観光'] });
	});
});

describe('readings as romaji spells them: long vowels left out, ヅ and ヂ as ズ and ジ', () => {
	const dictionary = { コウレイシャ: ['高齢者'], ジュウミン: ['住民'], キョウイク: ['教育'], コウセイ: ['構成', '厚生'], コセイ: ['個性'], コウシ: ['講師'], コシ: ['腰'], オオサカ: ['大阪'], ボウサイ: ['防災'] };
	const typed = withReadingsAsTyped(dictionary);

	it('adds each reading without the ウ or オ that lengthens an o- or u-row kana', () => {
		expect(typed['コレイシャ']).toEqual(['高齢者']);
		expect(typed['ジュミン']).toEqual(['住民']);
		expect(typed['キョイク']).toEqual(['教育']);
		expect(typed['オサカ']).toEqual(['大阪']);
		expect(typed['ボサイ']).toEqual(['防災']);
	});

	it('adds no two kana shortened so, which are words as typed (こと, もの): not 高等 for こと', () => {
		const short = withReadingsAsTyped({ コウトウ: ['高等'], モウ: ['網'], コウレイシャ: ['高齢者'] });
		expect([short['コト'], short['モ'], short['コレイシャ']]).toEqual([undefined, undefined, ['高齢者']]);
	});

	it('adds each reading with ヅ and ヂ as ズ and ジ, as romaji spells them, alone and with the long vowels left out', () => {
		const zu = withReadingsAsTyped({ テツヅキ: ['手続'], コウヂ: ['仮の語'] });
		expect(zu['テツズキ']).toEqual(['手続']);
		expect(Object.keys(zu).sort()).toEqual(['コウジ', 'コウヂ', 'テツズキ', 'テツヅキ']);
	});

	it('keeps every reading as it was, and a reading that is a word of its own its own spellings', () => {
		for (const [reading, spellings] of Object.entries(dictionary)) expect(typed[reading]).toEqual(spellings);
		expect(typed['コセイ']).toEqual(['個性']);
		expect(typed['コシ']).toEqual(['腰']);
	});

	it('leaves a ウ that lengthens nothing (after the a, i and e rows) in place, and adds nothing else', () => {
		const other = withReadingsAsTyped({ カウンター: ['カウンター'], セイフ: ['政府'], イウ: ['言う'] });
		expect(Object.keys(other).sort()).toEqual(['イウ', 'カウンター', 'セイフ']);
		expect(Object.keys(typed).length).toBe(Object.keys(dictionary).length + 5);
	});
});

describe('words converted only in part (子そだて)', () => {
	const dictionary = { コソダテ: ['子育て'], コドモ: ['子ども', '子供'], コウレイシャ: ['高齢者'], コウレイカ: ['高齢化'], ギョウセイ: ['行政'], デジタルジンザイ: ['デジタル人材'], オープンデータ: ['オープンデータ'] };
	const bySpelling = Object.assign({}, ...spellingShards(dictionary).map(([, part]) => part));

	it('files each spelling with a kanji by its first character, a file for every shard, empty or not', () => {
		const shards = new Map(spellingShards(dictionary));
		expect(shards.size).toBe(64);
		expect(shards.get(spellingShard('子育て'))).toMatchObject({ 子育て: 'コソダテ', 子ども: 'コドモ', 子供: 'コドモ' });
		expect(Object.values(Object.fromEntries(shards)).flatMap(Object.keys)).not.toContain('オープンデータ');
	});

	it('finds the spelling with the kanji typed where they stand and the reading with the kana typed where they stand', () => {
		expect(spellingsOfPartlyConverted('子そだて', bySpelling)).toEqual(['子育て']);
		expect(spellingsOfPartlyConverted('高れい者', bySpelling)).toEqual(['高齢者']);
		expect(spellingsOfPartlyConverted('行せい', bySpelling)).toEqual(['行政']);
		expect(spellingsOfPartlyConverted('デジタル人ざい', bySpelling)).toEqual(['デジタル人材']);
		// The kana must be in the reading (子ども is not 子育て), the kanji in the spelling (低れい者 is not 高齢者).
		expect(spellingsOfPartlyConverted('子ども', bySpelling)).toEqual(['子供', '子ども']);
		expect(spellingsOfPartlyConverted('子そだ', bySpelling)).toEqual([]);
		expect(spellingsOfPartlyConverted('低れい者', bySpelling)).toEqual([]);
	});

	it('finds a word that starts in hiragana (こ育て) among the spellings of its first kana’s readings', () => {
		expect(isPartlyConverted('こ育て')).toBe(true);
		expect(isPartlyConverted('育て')).toBe(false);
		const ofKo = spellingReadingsOf({ コソダテ: ['子育て'], コドモ: ['子ども', '子供'], コウレイシャ: ['高齢者'], コンピュータ: ['コンピュータ'] });
		expect(ofKo).toEqual({ 子育て: 'コソダテ', 子ども: 'コドモ', 子供: 'コドモ', 高齢者: 'コウレイシャ' });
		expect(spellingsOfPartlyConverted('こ育て', ofKo)).toEqual(['子育て']);
		expect(spellingsOfPartlyConverted('こうれい者', ofKo)).toEqual(['高齢者']);
		expect(spellingsOfPartlyConverted('こ供', ofKo)).toEqual(['子供']);
	});

	it('searches such a word as the spelling its readings give it', () => {
		const readings = { [readingKey('子そだて')]: ['子育て'] };
		expect(expandQuery('子そだて 支援', [], readings).variants).toContain('子育て 支援');
		expect(kanjiReadings('子そだて', [], readings)).toEqual([['子そだて', ['子育て']]]);
	});
});
