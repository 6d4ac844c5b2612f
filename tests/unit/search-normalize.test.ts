import { describe, expect, it } from 'vitest';
import { eraAlternatives, expandQuery, onlyMarksDropped, hiraganaWordReadings, kanjiReadings, keyWordsOf, maxVariants, normalizeSearchText, okuriganaVariants, readingsToSplit, searchedAsWords, splitPhrases, termNames, termOfQuery, wordsAskedAbout, wordStarts, writtenVariants } from '../../src/lib/search/normalize.ts';

describe('normalizeSearchText', () => {
	it.each([
		['ＤＸ', 'dx'],
		['５Ｇ', '5g'],
		['ＩｏＴ', 'iot'],
		['ﾏｲﾅﾝﾊﾞｰ', 'マイナンバー'],
		['令和７（2025）年度', '令和7(2025)年度'],
		// Pasted from a PDF: Kangxi radicals for 行 and 手, the hyphenation point for ・.
		['⾏政⼿続', '行政手続'],
		['人‧モノ', '人・モノ'],
	])('%s → %s', (input, output) => {
		expect(normalizeSearchText(input)).toBe(output);
	});
});

describe('okurigana', () => {
	it('searches every spelling of a word in the documented list', () => {
		expect(expandQuery('行政手続き').variants).toEqual(['行政手続き', '行政手続']);
		expect(expandQuery('行政手続').variants).toEqual(['行政手続', '行政手続き']);
		expect(expandQuery('取組').variants).toEqual(['取組', '取り組み', '取組み']);
		expect(expandQuery('申し込み方法').variants).toEqual(['申し込み方法', '申込み方法', '申込方法']);
	});
	it('lists each word once, with its longest spelling first found', () => {
		const all = [...okuriganaVariants, ...writtenVariants].flat();
		expect(new Set(all).size).toBe(all.length);
	});
});

describe('words written in kana or kanji, shortened or in other words', () => {
	it('searches each way the plans and residents write them', () => {
		expect(expandQuery('子供の学習').variants).toEqual(['子供の学習', '子どもの学習', 'こどもの学習']);
		expect(expandQuery('障害のある人').variants).toEqual(['障害のある人', '障がいのある人', '障碍のある人']);
		expect(expandQuery('スマホ').variants).toEqual(['スマホ', 'スマートフォン']);
		expect(expandQuery('県のＷｅｂサイト').variants).toEqual(['県のwebサイト', '県のウェブサイト', '県のホームページ']);
		expect(expandQuery('オンライン申請').variants).toEqual(['オンライン申請', '電子申請']);
		expect(expandQuery('マイナカードの普及').variants).toEqual(['マイナカードの普及', 'マイナンバーカードの普及']);
	});

	it('counts kana, kanji and Latin spellings as the words typed, and shortened or everyday words as other words', () => {
		expect(expandQuery('子供の学習').sameWords).toBe(3);
		expect(expandQuery('県のＷｅｂサイト')).toEqual({ variants: ['県のwebサイト', '県のウェブサイト', '県のホームページ'], sameWords: 2 });
		expect(expandQuery('スマホ').sameWords).toBe(1);
		expect(expandQuery('オンライン申請').sameWords).toBe(1);
		expect(expandQuery('取組').sameWords).toBe(3);
	});
});

describe('closing long vowels of loanwords', () => {
	it('tells a question that only lost its closing marks from one asked in words (which the status names)', () => {
		expect(onlyMarksDropped('マイナンバーカード？', wordsAskedAbout('マイナンバーカード？')!)).toBe(true);
		expect(onlyMarksDropped('オープンデータ。', wordsAskedAbout('オープンデータ。')!)).toBe(true);
		expect(onlyMarksDropped('DXとは？', wordsAskedAbout('DXとは？')!)).toBe(false);
		expect(onlyMarksDropped('「デジタル人材」', wordsAskedAbout('「デジタル人材」')!)).toBe(false);
	});

	it('searches a count of people or devices in digits and in 漢数字 alike (一人一台 = 1人1台), nothing else', () => {
		expect(expandQuery('一人一台').variants).toEqual(['一人一台', '1人1台']);
		expect(expandQuery('1人1台端末').variants).toEqual(['1人1台端末', '一人一台端末']);
		expect(expandQuery('二十人').variants).toContain('20人');
		for (const query of ['人材', 'デジタル人材', '0人', '100台']) expect(expandQuery(query).variants, query).toEqual([query]);
	});

	it('searches a decimal point typed full-width as 「.」 too, keeping 「．」 elsewhere (３．, the plans’ numbering)', () => {
		expect(expandQuery('Ｓｏｃｉｅｔｙ５．０').variants).toContain('society5.0');
		expect(expandQuery('９０．０％').variants).toContain('90.0%');
		expect(expandQuery('３．取組').variants).toEqual(['3．取組', '3．取り組み', '3．取組み']);
	});

	it('searches a loanword typed with ヴ as the plans write it, with バ行 (ヴァーチャル → バーチャル)', () => {
		expect(expandQuery('ヴァーチャル').variants).toContain('バーチャル');
		expect(expandQuery('ヴィジョン').variants).toContain('ビジョン');
		expect(expandQuery('イノヴェーション 推進').variants).toContain('イノベーション 推進');
		expect(expandQuery('サーヴィス').variants).toContain('サービス');
		expect(expandQuery('バーチャル').variants).toEqual(['バーチャル']);
	});

	it('searches a katakana word typed with its closing ー without it too, which finds both spellings', () => {
		expect(expandQuery('サーバー').variants).toEqual(['サーバー', 'サーバ']);
		expect(expandQuery('コンピューターの利用').variants).toEqual(['コンピューターの利用', 'コンピュータの利用']);
		expect(expandQuery('ﾕｰｻﾞｰ登録').variants).toEqual(['ユーザー登録', 'ユーザ登録']);
		expect(expandQuery('サーバーとプリンター').variants).toEqual(['サーバーとプリンター', 'サーバとプリンター', 'サーバーとプリンタ']);
	});
	it('leaves short words, ー inside a word and words without it alone', () => {
		for (const query of ['キー', 'カー', 'データ', 'サーバ', 'コンピュータ', 'オープンデータ', 'スーパーシティ']) expect(expandQuery(query).variants, query).toEqual([query]);
	});
});

describe('words joined by 「・」', () => {
	it('searches them joined without it too', () => {
		expect(expandQuery('デジタル・デバイド対策').variants).toEqual(['デジタル・デバイド対策', 'デジタルデバイド対策']);
		expect(expandQuery('産業・行政 ビッグ・データ').variants).toEqual(['産業・行政 ビッグ・データ', '産業行政 ビッグ・データ', '産業・行政 ビッグデータ']);
		expect(expandQuery('・').variants).toEqual(['・']);
	});
});

describe('a name’s letters and its number', () => {
	it('searches them with a space between and without, as plans write both (Society 5.0, Society5.0), and names the term either way', () => {
		expect(expandQuery('Society 5.0').variants).toEqual(['society 5.0', 'society5.0']);
		expect(expandQuery('Ｓｏｃｉｅｔｙ５．０の実現').variants).toEqual(['society5．0の実現', 'society5.0の実現', 'society 5．0の実現']);
		// Not a number after a single letter or inside a word.
		expect(expandQuery('r7年度').variants).not.toContain('r 7年度');
		expect(expandQuery('mydx5').variants).toEqual(['mydx5', 'mydx 5']);
		expect(expandQuery('5g').variants).toEqual(['5g']);
		const society = [termNames({ term: 'Society5.0', aliases: [], reading: 'そさえてぃーごーてんぜろ' })];
		expect(termOfQuery('Society 5.0', society)?.names[0]).toBe('society5.0');
	});
});

describe('a range’s wave dash', () => {
	it('searches a range typed with ～ (Windows) in the 〜 a Mac types too, and the other way round, as plans print either', () => {
		expect(expandQuery('令和４～７年度').variants).toEqual(expect.arrayContaining(['令和4~7年度', '令和4〜7年度']));
		expect(expandQuery('2024年度(令和6年度)〜2028年度(令和10年度)').variants.slice(0, 2)).toEqual(['2024年度(令和6年度)〜2028年度(令和10年度)', '2024年度(令和6年度)~2028年度(令和10年度)']);
		const { variants, sameWords } = expandQuery('計画期間 令和4~7年度');
		expect(variants.slice(0, sameWords)).toContain('計画期間 令和4〜7年度');
	});
});

describe('a dash typed for ー', () => {
	it('reads a hyphen or dash after katakana as ー, as phone keyboards and PDFs give them, and names the term', () => {
		expect(expandQuery('テレワ－ク').variants[0]).toBe('テレワーク');
		expect(expandQuery('スマ-トシティ').variants[0]).toBe('スマートシティ');
		expect(expandQuery('サーバ‐ 更新').variants[0]).toBe('サーバー 更新');
		expect(termOfQuery('テレワ―ク', [termNames({ term: 'テレワーク', aliases: [], reading: 'てれわーく' })])?.names[0]).toBe('テレワーク');
		// Not between letters or digits, nor after a word in kanji.
		expect(expandQuery('Wi-Fi JIS X 8341-3 県-市町村').variants[0]).toBe('wi-fi jis x 8341-3 県-市町村');
	});
});

describe('era years', () => {
	it.each([
		['令和7年度', ['2025年度', '令和7(2025)年度', 'r7年度']],
		['令和元年度', ['令和1年度', '2019年度', '令和元(2019)年度', 'r1年度']],
		['平成13年度', ['2001年度', '平成13(2001)年度', 'h13年度']],
		['令和7(2025)年度', ['令和7年度', '2025年度', 'r7年度']],
		['r7', ['令和7']],
		['h30年度', ['平成30年度', '2018年度', '平成30(2018)年度']],
		['2025年度', ['令和7年度', '令和7(2025)年度', 'r7年度']],
		['2018年', ['平成30年', '平成30(2018)年', 'h30年']],
		// A year typed bare, as a word of its own.
		['2024', ['令和6', 'r6']],
		['2024 計画', ['令和6', 'r6']],
	])('%s → %j', (query, alternatives) => {
		expect(eraAlternatives(query).flatMap(([, others]) => others)).toEqual(alternatives);
	});
	it('gives every form of a year the same set of searches', () => {
		const forms = ['令和7年度', '2025年度', 'r7年度', '令和7(2025)年度', '令和７（2025）年度', 'Ｒ７年度'];
		const sets = forms.map((form) => [...expandQuery(form).variants].sort().join('|'));
		expect(new Set(sets).size).toBe(1);
	});
	it('treats 令和 years in a query from any width', () => {
		expect(expandQuery('令和７年度の目標').variants).toContain('2025年度の目標');
		expect(expandQuery('Ｒ７').variants).toContain('令和7');
	});
	it('leaves numbers that are not years alone', () => {
		expect(eraAlternatives('5g 100件 r2d2')).toEqual([]);
		expect(eraAlternatives('2000件 3,477件 12345 1000')).toEqual([]);
	});
});

describe('numbers written otherwise', () => {
	it.each([
		['1000人', '1,000人'],
		['3,477件', '3477件'],
		['230326件の申請', '230,326件の申請'],
		['12000時間', '1万2,000時間'],
		['1万2000時間', '1万2,000時間'],
		['1万人', '10,000人'],
		['１０００人', '1,000人'],
		['第三章', '第3章'],
		['第３章', '第三章'],
		['第十二条', '第12条'],
		['第二十一条', '第21条'],
		['第3次行動計画', '第三次行動計画'],
	])('searches %s as %s too, as the plans write it', (query, written) => {
		expect(expandQuery(query).variants).toContain(written);
		expect(expandQuery(query).sameWords).toBe(expandQuery(query).variants.length);
	});
	it('leaves years and other numbers as they are', () => {
		for (const query of ['2025年度', '令和7(2025)年度', '2024', '2024 計画', '100件', '1000.5', '第100回', '第章']) {
			expect(expandQuery(query).variants.filter((v) => /\d,\d|[一二三四五六七八九十]/.test(v)), query).toEqual([]);
		}
	});
});

describe('keyWordsOf', () => {
	it('keeps the words of a sentence that carry its meaning, joined where the browser broke a word, in order', () => {
		expect(keyWordsOf('高齢者がスマホを使えるようにする取り組み')).toBe('高齢者 スマホ 使える 取り組み');
		expect(keyWordsOf('子育て世帯への支援はありますか')).toBe('子育て世帯 支援');
		expect(keyWordsOf('ＤＸの推進について')).toBe('DX 推進');
	});

	it('leaves out particles and endings in hiragana, marks, single characters and repeats', () => {
		expect(keyWordsOf('県はテレワークをどのように進めていますか')).toBe('テレワーク');
		expect(keyWordsOf('マイナンバーカードの普及率の目標は何％ですか')).toBe('マイナンバーカード 普及率 目標');
		expect(keyWordsOf('テレワークとテレワーク')).toBe('テレワーク');
	});

	it('is undefined for a word alone, a sentence with no such word, and words no particle joins nor a question ends', () => {
		expect(keyWordsOf('子育て')).toBeUndefined();
		expect(keyWordsOf('DX推進')).toBeUndefined();
		expect(keyWordsOf('どうすればいいですか')).toBeUndefined();
		// An unknown word in hiragana is not dropped from what was typed.
		expect(keyWordsOf('デジタルぴよ')).toBeUndefined();
		expect(keyWordsOf('存在しない語句ぴよぴよ')).toBeUndefined();
	});
});

describe('wordStarts', () => {
	it('gives the beginnings of a phrase’s words: a kanji run with at most two kana, a katakana word, a Latin word', () => {
		expect(wordStarts('分かりやすい')).toBe('分かり');
		expect(wordStarts('統一した分かりやすいユーザーインターフェースの導入')).toBe('統一した 分かり ユーザーインターフェース 導入');
		expect(wordStarts('子育て支援')).toBe('子育て 支援');
		expect(wordStarts('dxを推進する')).toBe('dx 推進する');
	});
	it('gives nothing where the beginnings are the query itself, or it has none', () => {
		expect(wordStarts('行政')).toBeUndefined();
		expect(wordStarts('テレワーク')).toBeUndefined();
		expect(wordStarts('はんこ')).toBeUndefined();
	});
});

describe('synonyms and readings from the glossary', () => {
	const groups = [
		{ term: 'デジタル・トランスフォーメーション：デジタル変革（DX）', aliases: ['デジタル・トランスフォーメーション', 'ＤＸ'], reading: 'でじたるとらんすふぉーめーしょん' },
		{ term: 'パブリックコメント', aliases: ['パブコメ', '意見公募手続'], reading: 'ぱぶりっくこめんと' },
		{ term: 'AI', aliases: ['人工知能'], reading: 'えーあい' },
		{ term: 'クラウド', aliases: [], reading: 'くらうど' },
		{ term: 'スマート農業・林業・水産業', aliases: [], reading: 'すまーとのうぎょう・りんぎょう・すいさんぎょう' },
	].map(termNames);

	it('gives each term its names, splitting 「A：B（C）」, and its reading without 「・」, in katakana', () => {
		expect(groups.map((g) => g.names)).toEqual([
			['デジタル・トランスフォーメーション', 'デジタル変革(dx)', 'デジタル変革', 'dx'],
			['パブリックコメント', 'パブコメ', '意見公募手続'],
			['ai', '人工知能'],
			['クラウド'],
			['スマート農業・林業・水産業'],
		]);
		expect(groups[4]!.reading).toBe('スマートノウギョウリンギョウスイサンギョウ');
	});
	it('searches the other names of a term the query uses', () => {
		expect(expandQuery('パブコメ', groups).variants).toEqual(['パブコメ', 'パブリックコメント', '意見公募手続']);
		expect(expandQuery('DX', groups).variants).toEqual(['dx', 'デジタル・トランスフォーメーション', 'デジタル変革(dx)', 'デジタル変革']);
		// Searched, but as other words than the ones typed: their pages come after those with the words typed (rank.ts).
		expect(expandQuery('パブコメ', groups).sameWords).toBe(1);
		expect(expandQuery('DX', groups).sameWords).toBe(1);
	});
	it('matches Latin names only as whole words', () => {
		expect(expandQuery('mail', groups).variants).toEqual(['mail']);
		expect(expandQuery('ai活用', groups).variants).toContain('人工知能活用');
	});
	it('searches the term a word typed in hiragana reads as', () => {
		// The term it reads as is the word typed; its other names are other words for it.
		expect(expandQuery('ぱぶりっくこめんと', groups)).toEqual({ variants: ['ぱぶりっくこめんと', 'パブリックコメント', 'パブコメ', '意見公募手続'], sameWords: 2 });
		expect(expandQuery('えーあい 活用', groups).variants).toEqual(['えーあい 活用', 'ai 活用', '人工知能 活用']);
		expect(expandQuery('すまーとのうぎょう・りんぎょう・すいさんぎょう', groups).variants).toContain('スマート農業・林業・水産業');
	});
	it('searches another hiragana word in katakana, as loanwords are written', () => {
		expect(expandQuery('てれわーく', groups).variants).toEqual(['てれわーく', 'テレワーク']);
		expect(expandQuery('オンライン会議', groups).variants).toEqual(['オンライン会議']);
		expect(expandQuery('の', groups).variants).toEqual(['の']);
	});
	it('searches a word typed in hiragana as the kanji words of the pages that read so, and says which', () => {
		const readings = { ボウサイ: ['防災'], コウセイ: ['構成', '厚生'], コウレイシャ: ['高齢者'], クラウド: ['蔵人'] };
		// Spelled otherwise, not other words: as the words typed (sameWords).
		expect(expandQuery('ぼうさい', groups, readings)).toEqual({ variants: ['ぼうさい', '防災'], sameWords: 2 });
		expect(expandQuery('こうせい', groups, readings).variants).toEqual(['こうせい', '構成', '厚生']);
		expect(kanjiReadings('ぼうさい アプリ', groups, readings)).toEqual([['ぼうさい', ['防災']]]);
		// A glossary term's reading comes first, and its card says what it is.
		expect(expandQuery('くらうど', groups, readings).variants).toEqual(['くらうど', 'クラウド']);
		expect(kanjiReadings('くらうど', groups, readings)).toEqual([]);
		// Words the pages do not write in kanji: katakana, as loanwords are written.
		expect(expandQuery('てれわーく', groups, readings).variants).toEqual(['てれわーく', 'テレワーク']);
		expect(kanjiReadings('てれわーく', groups, readings)).toEqual([]);
	});
	it('reads a word converted only in part, hiragana after katakana, as a whole (デジタルじんざい → デジタル人材)', () => {
		const readings = { デジタルジンザイ: ['デジタル人材'] };
		expect(expandQuery('デジタルじんざい', groups, readings).variants).toEqual(['デジタルじんざい', 'デジタル人材']);
		expect(kanjiReadings('デジタルじんざい', groups, readings)).toEqual([['デジタルじんざい', ['デジタル人材']]]);
		expect(hiraganaWordReadings('デジタルじんざい オンライン')).toEqual(['デジタルジンザイ']);
		expect(expandQuery('クラウドさーびす', groups, {}).variants).toEqual(['クラウドさーびす', 'クラウドサービス']);
	});
	it('searches several words typed in hiragana read all at once first, then one at a time', () => {
		const readings = { コウレイシャ: ['高齢者'] };
		expect(expandQuery('こうれいしゃ すまほ', groups, readings).variants.slice(0, 4)).toEqual(['こうれいしゃ すまほ', '高齢者 スマホ', '高齢者 すまほ', 'こうれいしゃ スマホ']);
		// And the everyday word for the one the resident meant: スマホ is a スマートフォン.
		expect(expandQuery('こうれいしゃ すまほ', groups, readings).variants).toContain('高齢者 スマートフォン');
	});
	it('searches as a phrase only a variant that keeps a hiragana word read as kanji, not by its syllables', () => {
		const readAs = kanjiReadings('こうれいしゃ すまほ', groups, { コウレイシャ: ['高齢者'] });
		expect(readAs).toEqual([['こうれいしゃ', ['高齢者']]]);
		expect(searchedAsWords('こうれいしゃ すまほ', readAs)).toBe(false);
		expect(searchedAsWords('こうれいしゃ スマホ', readAs)).toBe(false);
		expect(searchedAsWords('高齢者 すまほ', readAs)).toBe(true);
		expect(searchedAsWords('高齢者 スマホ', readAs)).toBe(true);
		// Only the whole word counts: not one that holds it.
		expect(searchedAsWords('こうれいしゃかい', readAs)).toBe(true);
	});
	it('gives the readings of the words typed in hiragana, whose files of readings the search loads', () => {
		expect(hiraganaWordReadings('ぼうさい')).toEqual(['ボウサイ']);
		expect(hiraganaWordReadings('高齢者 すまほ　こそだて')).toEqual(['スマホ', 'コソダテ']);
		expect(hiraganaWordReadings('子育て')).toEqual([]);
		expect(hiraganaWordReadings('の')).toEqual([]);
		expect(hiraganaWordReadings('ＤＸ')).toEqual([]);
	});
	describe('phrases typed in hiragana and left unconverted', () => {
		const readings = { コウレイシャ: ['高齢者'], デジタルカ: ['デジタル化'], スイシン: ['推進'], ボウサイ: ['防災'], トリクミ: ['取組'], ノウギョウ: ['農業'], カツヨウ: ['活用'], ギョウセイ: ['行政'] };
		it('splits a hiragana phrase into the words it is read as, leaving out the particles between them', () => {
			expect(splitPhrases('こうれいしゃのすまほ', groups, readings)).toBe('こうれいしゃ すまほ');
			expect(splitPhrases('でじたるかのすいしん', groups, readings)).toBe('でじたるか すいしん');
			expect(splitPhrases('ぼうさいについて', groups, readings)).toBe('ぼうさい');
			expect(splitPhrases('こうれいしゃすまほ', groups, readings)).toBe('こうれいしゃ すまほ');
			// A particle typed as a word of its own is left out too.
			expect(splitPhrases('ぼうさい の とりくみ', groups, readings)).toBe('ぼうさい とりくみ');
			expect(splitPhrases('の', groups, readings)).toBeUndefined();
			// A glossary term's reading is a word too; other words of the query stay as typed.
			expect(splitPhrases('くらうどのかつよう 県', groups, readings)).toBe('くらうど かつよう 県');
		});
		it('splits the hiragana of a katakana query only where words read all of it: a loanword the pages do not use is not read in part', () => {
			const withWaku = { ...readings, ワク: ['枠'] };
			expect(splitPhrases('ぼうさいのとりくみ', groups, withWaku, { wholly: true })).toBe('ぼうさい とりくみ');
			// ワクチン: 枠 and a stretch no word reads (ちん), which would find マッチング.
			expect(splitPhrases('わくちん', groups, withWaku)).toBe('わく ちん');
			expect(splitPhrases('わくちん', groups, withWaku, { wholly: true })).toBeUndefined();
		});
		it('splits a phrase written in kanji or katakana at the particles after its words, never after hiragana (okurigana)', () => {
			expect(splitPhrases('高齢者のスマホ', groups, {})).toBe('高齢者 スマホ');
			expect(splitPhrases('子育て支援について', groups, {})).toBe('子育て支援');
			expect(splitPhrases('ＤＸの推進と人材育成', groups, {})).toBe('DX 推進 人材育成');
			expect(splitPhrases('子育ての支援', groups, {})).toBeUndefined();
			// Nor in a word whose own kana the particle's is.
			expect(splitPhrases('特に高齢者の支援', groups, {})).toBe('特に高齢者 支援');
			expect(splitPhrases('我が国のDX', groups, {})).toBe('我が国 DX');
			// A hiragana phrase after it is then split where its words are read.
			expect(splitPhrases('県のこうれいしゃのすまほ', groups, readings)).toBe('県 こうれいしゃ すまほ');
			expect(readingsToSplit('県のこうれいしゃ')[0]).toBe('コウレイシャ');
		});
		it('sets apart a stretch of hiragana that is a known word, or holds one, in a word written otherwise too', () => {
			expect(splitPhrases('ぎょうせいDX', groups, readings)).toBe('ぎょうせい DX');
			expect(splitPhrases('こうれいしゃ向け', groups, readings)).toBe('こうれいしゃ 向け');
			expect(splitPhrases('スマホのかつようほうほう', groups, readings)).toBe('スマホ かつよう ほうほう');
			// Not okurigana, nor a stretch no known word is in.
			expect(splitPhrases('取り組み', groups, readings)).toBeUndefined();
			expect(splitPhrases('行います', groups, readings)).toBeUndefined();
			expect(readingsToSplit('ぎょうせいDX')).toEqual(['ギョウセイ', 'ウセイ', 'セイ', 'イ']);
		});
		it('takes the particle to be a word of its own only where no known word starts with it', () => {
			expect(splitPhrases('すまほのかつよう', groups, readings)).toBe('すまほ かつよう');
			expect(splitPhrases('でじたるのうぎょう', groups, readings)).toBe('でじたる のうぎょう');
		});
		it('leaves a word that is read whole, or a phrase without any known word, as it is', () => {
			expect(splitPhrases('こうれいしゃ', groups, readings)).toBeUndefined();
			expect(splitPhrases('てれわーくのすすめ', groups, readings)).toBeUndefined();
						expect(splitPhrases('こうれいしゃのすまほ', groups, {})).toBeUndefined();
		});
		it('asks for the readings files of every kana a word of the query’s hiragana may start at', () => {
			expect(readingsToSplit('ぼうさいのとりくみ 県')).toEqual(['ボウサイノトリクミ', 'ウサイノトリクミ', 'サイノトリクミ', 'イノトリクミ', 'ノトリクミ', 'トリクミ', 'リクミ', 'クミ', 'ミ']);
			// No word starts at a small kana or ー: their files are not asked for.
			expect(readingsToSplit('しゃーぷ').map((r) => r[0])).toEqual(['シ', 'プ']);
			// Short words too, and the words a split makes: すまほ after 高齢者の, デジタルじんざい whole.
			expect(readingsToSplit('ぼうさい 高齢者')).toEqual(['ボウサイ', 'ウサイ', 'サイ', 'イ']);
			expect(readingsToSplit('高齢者のすまほ')).toEqual(['スマホ', 'マホ', 'ホ']);
			expect(readingsToSplit('デジタルじんざい')).toEqual(['デジタルジンザイ', 'ジンザイ', 'ザイ', 'イ']);
		});
	});
	it('finds the term a whole query names, by name or reading', () => {
		expect(termOfQuery('パブコメ', groups)?.names[0]).toBe('パブリックコメント');
		expect(termOfQuery('ぱぶりっく・こめんと', groups)?.names[0]).toBe('パブリックコメント');
		// An alias in katakana typed in hiragana, as a phone leaves it.
		expect(termOfQuery('ぱぶこめ', groups)?.names[0]).toBe('パブリックコメント');
		expect(termOfQuery('ＡＩ', groups)?.names[0]).toBe('ai');
		// Typed without the 「・」 the glossary writes: the reading, in katakana.
		expect(termOfQuery('デジタルトランスフォーメーション', groups)?.names[0]).toBe('デジタル・トランスフォーメーション');
		expect(expandQuery('デジタルトランスフォーメーション', groups)).toEqual({ variants: ['デジタルトランスフォーメーション', 'デジタル・トランスフォーメーション', 'デジタル変革(dx)', 'デジタル変革', 'dx'], sameWords: 2 });
		expect(termOfQuery('ai活用', groups)).toBeUndefined();
	});
	it('caps the number of searches', () => {
		expect(expandQuery('令和7年度の取組と手続きのdx', groups).variants.length).toBe(maxVariants);
		// The words typed, spelled otherwise, before other words for them.
		expect(expandQuery('令和7年度の取組と手続きのdx', groups).sameWords).toBe(maxVariants - 1);
	});
	it('returns nothing for an empty query', () => {
		expect(expandQuery('   ').variants).toEqual([]);
	});
});

describe('wordsAskedAbout', () => {
	it.each([
		['マイナンバーカードとは？', 'マイナンバーカード'],
		['DXって何', 'DX'],
		['ＤＸって？', 'ＤＸ'],
		['オープンデータとは何ですか', 'オープンデータ'],
		['オープンデータの意味', 'オープンデータ'],
		['子育て支援について教えてください', '子育て支援'],
		['「デジタル人材」', 'デジタル人材'],
		['"デジタル人材"', 'デジタル人材'],
		['「誰一人取り残さない」とは', '誰一人取り残さない'],
	])('reads %s as asking about %s', (typed, words) => {
		expect(wordsAskedAbout(typed)).toBe(words);
	});

	it('leaves words that are not a question as they are, and a question with nothing left to ask about', () => {
		expect([wordsAskedAbout('テレワーク'), wordsAskedAbout('高齢者がスマホを使えるようにする取り組み'), wordsAskedAbout('とは'), wordsAskedAbout('「」')]).toEqual([undefined, undefined, undefined, undefined]);
	});
});
