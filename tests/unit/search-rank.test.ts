import { describe, expect, it } from 'vitest';
import { absentPrefectureNote, compact, compactWithOrigin, filtersLeftOutNote, type IndexedPage, narrowedListSummary, phraseTier, placeOfQuery, rankResults, readingNote, resultSummary, verifyPhrases, withoutKanaFragments } from '../../src/lib/search/rank.ts';

const r = (id: string, score: number) => ({ id, score });
/** A query searched as typed, then in the other words given. */
const typed = (query: string, ...otherWords: string[]) => ({ variants: [query, ...otherWords], sameWords: 1 });

describe('rankResults', () => {
	it('puts phrase hits of the query first, then of other words for it, then word hits, each by score', () => {
		const ranked = rankResults([[r('a', 1)], [r('b', 5)]], [[r('c', 9), r('a', 3)], [r('d', 8), r('b', 1)]], 1);
		expect(ranked.map((x) => [x.result.id, x.tier, x.phrase])).toEqual([
			['a', 0, true],
			['b', 1, true],
			['c', 2, false],
			['d', 3, false],
		]);
	});
	it('orders phrase hits by the relevance their word search gives, not by where they sit in the index', () => {
		// Pagefind scores every phrase hit 1; the word search says which page is most about the query.
		const ranked = rankResults([[r('chapter', 1), r('indicators', 1)]], [[r('chapter', 14.4), r('indicators', 18.7), r('other', 20)]], 1);
		expect(ranked.map((x) => [x.result.id, x.tier])).toEqual([
			['indicators', 0],
			['chapter', 0],
			['other', 2],
		]);
		const swapped = rankResults([[r('indicators', 1), r('chapter', 1)]], [[r('other', 20), r('indicators', 18.7), r('chapter', 14.4)]], 1);
		expect(swapped.map((x) => x.result.id)).toEqual(ranked.map((x) => x.result.id));
	});
	it('ranks a page with the query spelled otherwise (取組 for 取り組み) as one with it typed, by score, before other words for it', () => {
		// Variants: 取り組み as typed, 取組 (its spelling), 施策 (another word).
		const ranked = rankResults([[r('typed', 1)], [r('spelled', 1)], [r('other-word', 1)]], [[r('typed', 3)], [r('spelled', 9)], [r('other-word', 20)]], 2);
		expect(ranked.map((x) => [x.result.id, x.tier])).toEqual([
			['spelled', 0],
			['typed', 0],
			['other-word', 1],
		]);
	});
});

describe('phraseTier', () => {
	it('finds the query as a contiguous phrase, ignoring spaces', () => {
		expect(phraseTier('県及び市町村の行政手続の オンライン利用率 48.2%', typed('オンライン利用率'))).toBe(0);
		expect(phraseTier('オンラインでの利用の率', typed('オンライン利用率'))).toBe(2);
	});
	it('counts the query spelled otherwise as the query, other words for it a tier lower', () => {
		expect(phraseTier('行政手続の推進', { variants: ['行政手続き', '行政手続'], sameWords: 2 })).toBe(0);
		expect(phraseTier('dxの推進', { variants: ['デジタルトランスフォーメーション', 'デジタル・トランスフォーメーション', 'dx'], sameWords: 2 })).toBe(1);
	});
	it('reads 「・」 between words as nothing, whichever side has it', () => {
		expect(phraseTier('デジタルデバイド対策', typed('デジタル・デバイド'))).toBe(0);
		expect(phraseTier('デジタル・トランスフォーメーション：デジタル変革', typed('デジタルトランスフォーメーション'))).toBe(0);
	});
});

describe('phraseTier for Latin letters and numbers', () => {
	it('finds a query that begins or ends with a letter or digit only where no letter or digit runs on: AR is not in Artificial, 令和1 not in 令和10', () => {
		expect(phraseTier('「artificial intelligence」の略', typed('ar'))).toBe(2);
		expect(phraseTier('ar/vrの活用', typed('ar'))).toBe(0);
		expect(phraseTier('ictを活用した教育', typed('ic'))).toBe(2);
		expect(phraseTier('icカードの普及', typed('ic'))).toBe(0);
		expect(phraseTier('計画期間 令和6(2024)年度~令和10(2028)年度', typed('令和1'))).toBe(2);
		expect(phraseTier('令和1年度の実績', typed('令和1'))).toBe(0);
		expect(phraseTier('平成28(2016)年12月に公布', typed('平成2'))).toBe(2);
		// Beside kana and kanji, a Latin word stands as it is.
		expect(phraseTier('dx推進計画', typed('dx'))).toBe(0);
	});

	it('keeps the words of English text apart, though spaces and 「・」 are left out elsewhere: process in Robotic Process Automation, ai in ai・iot', () => {
		expect(phraseTier('rpaあーるぴーえー「robotic process automation」の略で', typed('robotic process automation'))).toBe(0);
		expect(phraseTier('「robotic process automation」の略', typed('process'))).toBe(0);
		expect(phraseTier('ai・iotを活用した', typed('ai'))).toBe(0);
		expect(phraseTier('ai・iotを活用した', typed('aiiot'))).toBe(2);
		expect(phraseTier('デジタル・デバイドの解消', typed('デジタルデバイド'))).toBe(0);
	});
});

describe('compact and compactWithOrigin', () => {
	it('leave out spaces and 「・」, but one space between Latin letters or digits, and agree on every text', () => {
		for (const text of ['Robotic  Process・Automation', 'デジタル・デバイド', 'DX 推進', ' AI・IoT ', '令和6 年度', 'Society 5.0・超スマート社会', '']) {
			const { folded, origin } = compactWithOrigin(text);
			expect(folded).toBe(compact(text));
			expect(origin).toHaveLength(folded.length);
			// Each character kept is the text's own at its origin, lower-cased (a space for a run of separators).
			[...folded].forEach((char, i) => expect(char === ' ' ? /[\s・]/.test(text[origin[i]!]!) : text[origin[i]!]!.toLowerCase()).toBe(char === ' ' ? true : char));
		}
		expect(compact('Robotic  Process・Automation')).toBe('robotic process automation');
		expect(compact('DX 推進・デジタル・デバイド')).toBe('dx推進デジタルデバイド');
	});
});

describe('phraseTier for a query typed as words apart', () => {
	it('counts a page as holding 「高齢者 スマホ」 when it has each word anywhere, in any order', () => {
		expect(phraseTier('スマホ教室を開き、高齢者を支援する', typed('高齢者 スマホ'))).toBe(0);
		expect(phraseTier('高齢者を支援する', typed('高齢者 スマホ'))).toBe(2);
		expect(phraseTier('スマートフォン教室を開き、高齢者を支援する', typed('高齢者 スマホ', '高齢者 スマートフォン'))).toBe(1);
	});
});

describe('placeOfQuery', () => {
	const chapter = { aboutItsHeading: false };
	const term = { aboutItsHeading: true, sectionHeadings: [] };
	it('is 2 for a page whose heading holds the query or a variant, 1 for one of its section headings, 0 otherwise', () => {
		expect(placeOfQuery({ ...term, heading: 'デジタル・デバイドとは' }, ['デジタルデバイド'])).toBe(2);
		expect(placeOfQuery({ ...chapter, heading: '第２章', sectionHeadings: ['（１）行政手続の推進'] }, ['行政手続き', '行政手続'])).toBe(1);
		expect(placeOfQuery({ ...chapter, heading: '第２章', sectionHeadings: ['（１）行政の推進'] }, ['行政手続'])).toBe(0);
		expect(placeOfQuery({ ...chapter, heading: '高齢者のスマホ教室', sectionHeadings: [] }, ['高齢者 スマホ'])).toBe(2);
	});

	it('is 3 for a page whose whole heading is the query or a variant, however it is written', () => {
		expect(placeOfQuery({ ...term, heading: 'マイナンバー' }, ['マイナンバー'])).toBe(3);
		expect(placeOfQuery({ ...term, heading: 'マイナンバーカード' }, ['マイナンバー'])).toBe(2);
		expect(placeOfQuery({ ...term, heading: 'デジタル・デバイド' }, ['デジタルデバイド'])).toBe(3);
		// A glossary entry's name in its brackets or beside its colon is a whole name too.
		for (const variant of ['dx', 'デジタル変革', 'デジタル・トランスフォーメーション']) expect(placeOfQuery({ ...term, heading: 'デジタル・トランスフォーメーション：デジタル変革（ＤＸ）' }, [variant]), variant).toBe(3);
	});

	it('is -1 for a page about its heading alone (a glossary entry) whose heading does not hold it: a passing mention', () => {
		expect(placeOfQuery({ ...term, heading: 'マイナポータル' }, ['子育て'])).toBe(-1);
		expect(placeOfQuery({ ...term, heading: 'マイナポータル利用者' }, ['マイナポータル'])).toBe(2);
	});

	it('is 0 for a glossary entry whose name holds the query as its lesser part: a narrower term, after the plans’ sections on it', () => {
		for (const heading of ['官民データ', 'ビッグデータ', 'オープンデータ', '推奨データセット']) expect(placeOfQuery({ ...term, heading }, ['データ']), heading).toBe(0);
		// Measured against the name holding it, its other name in brackets aside.
		expect(placeOfQuery({ ...term, heading: 'マイナンバーカード（個人番号カード）' }, ['マイナンバー'])).toBe(2);
		expect(placeOfQuery({ ...term, heading: '福島県ネットワーク・セキュリティ連絡協議会' }, ['セキュリティ'])).toBe(0);
		// A chapter's heading holding it is still about it.
		expect(placeOfQuery({ ...chapter, heading: '第４章 データの利活用', sectionHeadings: [] }, ['データ'])).toBe(2);
	});
});

describe('withoutKanaFragments', () => {
	const pagesOf = (entries: Array<[string, string]>) => new Map(entries.map(([id, content]) => [id, { content, heading: '', sectionHeadings: [], aboutItsHeading: false }]));
	const ids = (ranked: Array<{ result: { id: string } }>) => ranked.map((x) => x.result.id);

	it('leaves out the pages a query typed in hiragana that no page holds found on its kana alone (はんこ: は, こと)', () => {
		const pages = pagesOf([['particles', 'これまでは、こうした手続きでは…'], ['other', 'はこだて']]);
		const guessed = verifyPhrases(rankResults([[]], [[r('particles', 5), r('other', 3), r('unloaded', 1)]], 1), pages, typed('はんこ'));
		expect(ids(withoutKanaFragments(guessed, pages, 'はんこ', ['はんこ']))).toEqual([]);
	});

	it('keeps those holding one of its words whole, as typed or as a variant (まちづくり of まちづくり ふくし; ギガスクール)', () => {
		const pages = pagesOf([['town', '地域のまちづくりを進める'], ['giga', 'ギガスクールの端末'], ['risk', 'セキュリティリスク']]);
		const guessed = verifyPhrases(rankResults([[]], [[r('town', 5), r('giga', 4), r('risk', 3)]], 1), pages, typed('まちづくり ふくし'));
		expect(ids(withoutKanaFragments(guessed, pages, 'まちづくり ふくし', ['まちづくり ふくし']))).toEqual(['town']);
		expect(ids(withoutKanaFragments(guessed, pages, 'ぎがすくーる', ['ぎがすくーる', 'ギガスクール']))).toEqual(['giga']);
	});

	it('leaves out the pages one loanword or name no page holds was found on by its pieces (EBPM on e-Japan, インタフェース)', () => {
		const pages = pagesOf([['japan', 'e-Japan戦略とe-Tax'], ['interface', 'ユーザーインターフェースの改善']]);
		for (const query of ['ebpm', 'インタフェース', 'chatgpt', 'ＥＢＰＭ', 'ｲﾝﾀﾌｪｰｽ']) {
			const guessed = verifyPhrases(rankResults([[]], [[r('japan', 5), r('interface', 3)]], 1), pages, typed(query));
			expect(ids(withoutKanaFragments(guessed, pages, query, [query])), query).toEqual([]);
		}
	});

	it('leaves alone a query with a word not in hiragana, and one that some page holds as a phrase', () => {
		const pages = pagesOf([['a', 'デジタル人材'], ['b', 'はんこ']]);
		const partial = verifyPhrases(rankResults([[]], [[r('a', 5)]], 1), pages, typed('デジタル人財'));
		expect(ids(withoutKanaFragments(partial, pages, 'デジタル人財', ['デジタル人財']))).toEqual(['a']);
		const held = verifyPhrases(rankResults([[r('b', 5)]], [[r('a', 3)]], 1), pages, typed('はんこ'));
		expect(ids(withoutKanaFragments(held, pages, 'はんこ', ['はんこ']))).toEqual(['b', 'a']);
	});
});

describe('verifyPhrases', () => {
	it('promotes a page whose text has the phrase even when Pagefind missed it, and demotes a wrong guess', () => {
		const guessed = rankResults([[r('wrong', 5)]], [[r('right', 1), r('other', 2)]], 1);
		const pages = new Map(
			[
				['wrong', '令和 と 年度'],
				['right', '令和7年度までに'],
				['other', '7件'],
			].map(([id, content]) => [id!, { content: content!, heading: '', sectionHeadings: [], aboutItsHeading: false }]),
		);
		expect(verifyPhrases(guessed, pages, typed('令和7年度')).map((x) => [x.result.id, x.phrase])).toEqual([
			['right', true],
			['wrong', false],
			['other', false],
		]);
	});
	it('puts first, among pages that hold the phrase, those whose own heading holds it, then those with a heading on it, whatever Pagefind’s score', () => {
		// Pagefind scores a short glossary entry that mentions the phrase once above a long chapter with a section on it.
		const guessed = rankResults([[r('entry', 10), r('chapter', 8), r('term', 2)]], [[r('entry', 10), r('chapter', 8), r('term', 2)]], 1);
		const pages = new Map([
			['entry', { content: 'パブリックコメント。行政手続法に基づく意見公募手続', heading: 'パブリックコメント', sectionHeadings: [], aboutItsHeading: true }],
			['chapter', { content: '行政手続のオンライン化。県の行政手続を…', heading: '第３章 施策', sectionHeadings: ['１ 行政手続のオンライン化'], aboutItsHeading: false }],
			['term', { content: '行政手続。…', heading: '行政手続', sectionHeadings: [], aboutItsHeading: true }],
		]);
		expect(verifyPhrases(guessed, pages, typed('行政手続')).map((x) => [x.result.id, x.place])).toEqual([
			['term', 3],
			['chapter', 1],
			['entry', -1],
		]);
	});

	it('puts a plan’s text that mentions the phrase before a glossary entry that mentions it in passing, whatever Pagefind’s score', () => {
		const guessed = rankResults([[r('portal', 9), r('chapter', 3)]], [[r('portal', 9), r('chapter', 3)]], 1);
		const pages = new Map([
			['portal', { content: 'マイナポータル。子育てや介護の手続をオンラインで…', heading: 'マイナポータル', sectionHeadings: [], aboutItsHeading: true }],
			['chapter', { content: '子育て世帯への支援を…', heading: '第４章 取組', sectionHeadings: ['（３）暮らしのＤＸ'], aboutItsHeading: false }],
		]);
		expect(verifyPhrases(guessed, pages, typed('子育て')).map((x) => [x.result.id, x.place])).toEqual([
			['chapter', 0],
			['portal', -1],
		]);
	});

	it('puts a glossary entry naming the query in passing after the pages with other words for it, and before pages with its words only', () => {
		// オンライン申請 as typed is only in two definitions; the plans write 電子申請.
		const query = typed('オンライン申請', '電子申請');
		const guessed = rankResults([[r('portal', 9), r('card', 5)], [r('indicators', 2)]], [[r('portal', 9), r('card', 5), r('words', 7)], [r('indicators', 2)]], query.sameWords);
		const pages = new Map([
			['portal', { content: 'マイナポータル。子育てや介護のオンライン申請…', heading: 'マイナポータル', sectionHeadings: [], aboutItsHeading: true }],
			['card', { content: 'マイナンバーカード。オンライン申請の本人確認に…', heading: 'マイナンバーカード', sectionHeadings: [], aboutItsHeading: true }],
			['indicators', { content: '電子申請対応手続き数…', heading: '指標', sectionHeadings: ['電子申請対応手続き数（累計）'], aboutItsHeading: false }],
			['words', { content: 'オンラインで申請を…', heading: '第２章', sectionHeadings: [], aboutItsHeading: false }],
		]);
		expect(verifyPhrases(guessed, pages, query).map((x) => [x.result.id, x.tier, x.place])).toEqual([
			['indicators', 1, 1],
			['portal', 0, -1],
			['card', 0, -1],
			['words', 2, 0],
		]);
	});

	it('puts a replaced version’s page after the version in force’s that holds the phrase alike, whatever Pagefind’s score', () => {
		const guessed = rankResults([[r('interim', 9), r('adopted', 3), r('other', 2)]], [[r('interim', 9), r('adopted', 3), r('other', 2)]], 1);
		const chapter = (replaced: boolean) => ({ content: '行政手続のオンライン化を…', heading: '第１章 計画の策定', sectionHeadings: ['１ 行政手続'], aboutItsHeading: false, replaced });
		const pages = new Map<string, IndexedPage>([
			['interim', chapter(true)],
			['adopted', chapter(false)],
			['other', { content: '行政手続の…', heading: '第２章', sectionHeadings: [], aboutItsHeading: false }],
		]);
		expect(verifyPhrases(guessed, pages, typed('行政手続')).map((x) => x.result.id)).toEqual(['adopted', 'other', 'interim']);
		// Not before a page that holds more of the query: a phrase hit of the old version before a word hit of the new.
		const words = verifyPhrases(guessed, new Map([...pages, ['adopted', { ...chapter(false), content: '行政の手続' }]]), typed('行政手続'));
		expect(words.map((x) => x.result.id)).toEqual(['other', 'interim', 'adopted']);
	});

	it('keeps the guess for results whose text is not loaded', () => {
		const guessed = rankResults([[r('a', 1)]], [[r('b', 1)]], 1);
		expect(verifyPhrases(guessed, new Map(), typed('x')).map((x) => x.result.id)).toEqual(['a', 'b']);
	});
});

describe('readingNote', () => {
	it('says as which kanji words each hiragana word was searched, every spelling of a reading', () => {
		expect(readingNote([['ぼうさい', ['防災']]])).toBe('「ぼうさい」は「防災」としても検索しました。');
		expect(readingNote([['こうせい', ['構成', '厚生']], ['こそだて', ['子育て']]])).toBe('「こうせい」は「構成」「厚生」としても検索しました。「こそだて」は「子育て」としても検索しました。');
		expect(readingNote([])).toBe('');
	});
});

describe('resultSummary', () => {
	const results = (...phrases: boolean[]) => phrases.map((phrase) => ({ phrase }));
	it('gives the count alone when every page holds the phrase, and says which come first when only some do', () => {
		expect(resultSummary('DX', results(true, true))).toBe('「DX」の検索結果: 2件');
		expect(resultSummary('DX', results(true, false, false))).toBe('「DX」の検索結果: 3件（語句をそのまま含むページ 1件を先に表示）');
	});
	it('says when no page holds the phrase, and when nothing is found', () => {
		expect(resultSummary('ぴよ', results(false))).toBe('「ぴよ」をそのまま含むページは見つかりませんでした。語句の一部を含むページ 1件を表示しています。');
		expect(resultSummary('ぴよ', [])).toMatch(/^「ぴよ」に一致するページは見つかりませんでした。/);
	});
	it('names the filters with the count, and when nothing is found within them, which other words would not help', () => {
		expect(resultSummary('テレワーク', [], '三重県')).toBe('「テレワーク」に一致するページは、絞り込み（三重県）の中には見つかりませんでした。絞り込みを外すと、ほかのページが見つかるかもしれません。');
		expect(resultSummary('テレワーク', results(true), '三重県')).toBe('「テレワーク」の検索結果（三重県）: 1件');
	});
	it('speaks of all the words, not the phrase, for a query typed as words apart', () => {
		expect(resultSummary('高齢者 スマホ', results(true, false))).toBe('「高齢者 スマホ」の検索結果: 2件（すべての語を含むページ 1件を先に表示）');
		expect(resultSummary('高齢者 スマホ', results(false))).toBe('「高齢者 スマホ」の語をすべて含むページは見つかりませんでした。一部の語を含むページ 1件を表示しています。');
	});
});

describe('narrowedListSummary', () => {
	it('says what the filters chosen without words list, and that words search within them', () => {
		expect(narrowedListSummary('千葉県', 25)).toBe('絞り込み（千葉県）のページ: 25件。キーワードを入れると、この中から探せます。');
		expect(narrowedListSummary('千葉県・指標', 0)).toBe('絞り込み（千葉県・指標）に当てはまるページはありません。絞り込みを変えてください。');
	});
});

describe('the notes on what the site does not have', () => {
	it('names a prefecture without plans here, and each filter value left out', () => {
		expect(absentPrefectureNote('東京都')).toBe('このサイトには東京都の計画は掲載していません。');
		expect(filtersLeftOutNote(['大阪府', '防災'])).toBe('絞り込みの「大阪府」「防災」は、このサイトにないため外しました。');
	});
});
