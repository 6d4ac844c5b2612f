import { describe, expect, it } from 'vitest';
import { markedAsPhrase, phraseInPage, sectionsHolding } from '../../src/lib/search/phrase-in-page.ts';

// Indexed text as Pagefind keeps it: headings and blocks end with 「. 」.
const content =
	'資料3 青森県DX推進方向. 人口減少が進み、デジタル化が求められている。 (1) デジタル化の加速. デジタル化の流れは加速度的に進んだ。 ' +
	'デジタル実装の基礎条件整備. デジタル実装の前提となる取組を国が強力に推進. 1 デジタル基盤の整備 デジタルインフラの整備、マイナンバーカードの普及促進. ' +
	'(2) 青森県の動向. 人口減少と少子化.';
// Section headings as Pagefind's anchors give them.
const headings = [
	{ id: 'n2-1', text: '(1) デジタル化の加速' },
	{ id: 'digiden-foundations', text: 'デジタル実装の基礎条件整備' },
	{ id: 'n2-2', text: '(2) 青森県の動向' },
];

/** Made for a page whose excerpt from Pagefind shows another part of the page. */
const inPage = (text: string, variants: string[], sections: typeof headings, length: number) => phraseInPage({ content: text, excerpt: '<mark>ほか</mark>の箇所' }, variants, sections, length);

describe('phraseInPage', () => {
	it('shows the phrase’s first use from the start of its block, marked, and names the section it is in', () => {
		const found = inPage(content, ['デジタルインフラ'], headings, 40)!;
		expect(found.excerpt).toBe('1 デジタル基盤の整備 <mark>デジタルインフラ</mark>の整備、マイナンバーカードの普及促進.');
		expect(found.section?.id).toBe('digiden-foundations');
	});

	it('starts at most 30 characters before the phrase, at its sentence’s start when that is nearer', () => {
		const long = `前の文。${'あ'.repeat(50)}電子申請の受付。`;
		expect(inPage(long, ['電子申請'], [], 40)!.excerpt).toBe(`${'あ'.repeat(30)}<mark>電子申請</mark>の受付。`);
		expect(inPage('前の文。この計画は電子申請を進める。', ['電子申請'], [], 40)!.excerpt).toBe('この計画は<mark>電子申請</mark>を進める。');
	});

	it('matches as the ranking does: a variant when the query is not there, case, spaces and 「・」 ignored', () => {
		const text = '方針. 県は デジタル・トランスフォーメーション を進め、Online申請を広げる。';
		expect(inPage(text, ['デジタルトランスフォーメーション'], [], 30)!.excerpt).toBe('県は <mark>デジタル・トランスフォーメーション</mark> を進め、Onlin');
		expect(inPage(text, ['オンライン申請', 'online申請'], [], 40)!.excerpt).toBe('県は デジタル・トランスフォーメーション を進め、<mark>Online申請</mark>を広げる。');
	});

	it('has no section before the first heading, and nothing when the text lacks the phrase', () => {
		expect(inPage(content, ['人口減少'], headings, 20)!.section).toBeUndefined();
		expect(inPage(content, ['人口減少と少子化'], headings, 20)!.section?.id).toBe('n2-2');
		expect(inPage(content, ['ガバメントクラウド'], headings, 20)).toBeUndefined();
	});

	it('names no section when a heading before the phrase is not found in the indexed text (it might be the phrase’s own)', () => {
		const unfound = [headings[0]!, { id: 'n1-9', text: '見出しの用語解説ボタン' }, headings[2]!];
		expect(inPage(content, ['デジタルインフラ'], unfound, 20)!.section).toBeUndefined();
		expect(inPage(content, ['人口減少と少子化'], unfound, 20)!.section?.id).toBe('n2-2');
	});

	it('finds a heading where it stands as a block, not where its words are used before it (資料 in 「資料に案件名がない」)', () => {
		const casePage = 'パブリックコメント. 案件の概要. 案件名 プランに係るパブリックコメント(資料に案件名がないため編集部が付けた名称) 意見募集開始日 記載なし 資料. 意見募集の対象となった案の本文は、このサイトには掲載していません。';
		const sections = [{ id: 'case', text: '案件の概要' }, { id: 'documents', text: '資料' }];
		expect(inPage(casePage, ['意見募集'], sections, 40)!.section?.id).toBe('case');
		expect(sectionsHolding(casePage, ['意見募集'], sections).map((s) => s.id)).toEqual(['case', 'documents']);
		expect(sectionsHolding(casePage, ['編集部'], sections).map((s) => s.id)).toEqual(['case']);
	});

	it('escapes the page text’s angle brackets as Pagefind does', () => {
		expect(inPage('式は a<b とする。', ['a<b'], [], 10)!.excerpt).toBe('式は <mark>a&lt;b</mark> とする');
	});
});

describe('phraseInPage for a query typed as words apart', () => {
	it('shows each word marked, from where they are closest together, in the section that stretch starts in', () => {
		const found = inPage(content, ['人口減少 デジタル化'], headings, 60)!;
		// 人口減少 first comes before the first heading, at the start of its block; its nearest デジタル化 follows in the same sentence.
		expect(found.excerpt).toBe('<mark>人口減少</mark>が進み、<mark>デジタル化</mark>が求められている。 (1) デジタル化の加速. デジタル化の流れは加速度的に進んだ。 デジタル');
		expect(found.section).toBeUndefined();
		// Not the first use of each word: the closest pair, here the later 人口減少 with the 少子化 after it.
		expect(inPage(content, ['少子化 人口減少'], headings, 30)).toMatchObject({ excerpt: '<mark>人口減少</mark>と<mark>少子化</mark>.', section: { id: 'n2-2' } });
	});

	it('shows a short stretch around each word, joined by 「…」, when they are further apart than the excerpt is long', () => {
		const text = `高齢者の相談。${'い'.repeat(80)}スマートフォン教室を開く。`;
		expect(inPage(text, ['高齢者 スマートフォン'], [], 40)!.excerpt).toBe(`<mark>高齢者</mark>の相談。${'い'.repeat(13)} … ${'い'.repeat(6)}<mark>スマートフォン</mark>教室を開く。`);
	});

	it('shows its own excerpt, though Pagefind’s has the words (it marks pieces of them, or some only), and quotes the first word for the link', () => {
		const page = { content: '概要. 高齢者がスマホを使う。', excerpt: '高齢者が<mark>スマホ</mark>を' };
		const found = phraseInPage(page, ['高齢者 スマホ'], [], 40)!;
		expect(found.excerpt).toBe('<mark>高齢者</mark>が<mark>スマホ</mark>を使う。');
		expect(found.quote.text).toBe('高齢者');
	});

	it('finds nothing when a word is missing, and lists only the sections holding every word', () => {
		expect(inPage(content, ['人口減少 クラウド'], headings, 40)).toBeUndefined();
		expect(sectionsHolding(content, ['人口減少 少子化'], headings).map((h) => h.id)).toEqual(['n2-2']);
	});
});

describe('phraseInPage beside Pagefind’s excerpt', () => {
	it('keeps Pagefind’s excerpt when it shows the phrase, even split into two marked words, and still names the section', () => {
		const page = (excerpt: string) => ({ content, excerpt });
		const shown = phraseInPage(page('<mark>デジタル</mark><mark>インフラ</mark>の整備'), ['デジタルインフラ'], headings, 40)!;
		expect(shown.excerpt).toBeUndefined();
		expect(shown.section?.id).toBe('digiden-foundations');
		expect(phraseInPage(page('<mark>デジタル</mark>化の加速'), ['デジタルインフラ'], headings, 40)?.section?.id).toBe('digiden-foundations');
	});

	it('shows the query as typed where the page holds it, though Pagefind’s excerpt shows a synonym', () => {
		const page = { content: '概要. DXを進める。 本戦略はデジタル・トランスフォーメーションの推進を掲げる。', excerpt: '<mark>DX</mark>を進める' };
		expect(phraseInPage(page, ['デジタルトランスフォーメーション', 'dx'], [], 40)!.excerpt).toBe('本戦略は<mark>デジタル・トランスフォーメーション</mark>の推進を掲げる。');
		expect(phraseInPage({ ...page, content: '概要. DXを進める。' }, ['デジタルトランスフォーメーション', 'dx'], [], 20)!.excerpt).toBeUndefined();
	});
});

describe('the quote of the phrase’s first use', () => {
	const quote = (text: string, variants: string[]) => inPage(text, variants, [], 40)!.quote;

	it('gives the phrase with up to 8 characters either side, in whole words', () => {
		// Intl.Segmenter's words, which a browser's are: デジタル|インフラ|の|整備|、|マイ|ナンバー …
		expect(quote(content, ['デジタルインフラ'])).toEqual({ prefix: '', text: 'デジタルインフラ', suffix: 'の整備、マイ' });
		expect(quote('前の文。県はマイナンバーカードの普及促進を図る。', ['普及促進'])).toEqual({ prefix: 'ナンバーカードの', text: '普及促進', suffix: 'を図る' });
	});

	it('stays within the run of text the phrase is in: no space, 「。」 or block end (「. 」) in its context', () => {
		expect(quote('前文. 電子申請. 後の見出し', ['電子申請'])).toEqual({ prefix: '', text: '電子申請', suffix: '' });
		expect(quote('年度 値(%) 区分', ['値(%)'])).toEqual({ prefix: '', text: '値(%)', suffix: '' });
		expect(quote('県は電子申請。次の文', ['電子申請'])).toEqual({ prefix: '県は', text: '電子申請', suffix: '' });
		// A full stop that is part of the text (1.1版) is not a block end.
		expect(quote('戦略(1.1版)を改定', ['改定'])).toEqual({ prefix: '(1.1版)を', text: '改定', suffix: '' });
	});

	it('quotes the variant the page holds, with the spaces and 「・」 the page has', () => {
		expect(quote('方針. 県は デジタル・トランスフォーメーション を進める', ['デジタルトランスフォーメーション']).text).toBe('デジタル・トランスフォーメーション');
	});
});

describe('sectionsHolding', () => {
	it('names the sections whose own text holds the phrase, not those with one of its words', () => {
		// Every section says デジタル; only 「デジタル実装の基礎条件整備」 says デジタルインフラ, and only (1) says デジタル化の流れ.
		expect(sectionsHolding(content, ['デジタルインフラ'], headings).map((h) => h.id)).toEqual(['digiden-foundations']);
		expect(sectionsHolding(content, ['デジタル化の流れ'], headings).map((h) => h.id)).toEqual(['n2-1']);
		expect(sectionsHolding(content, ['デジタル'], headings).map((h) => h.id)).toEqual(['n2-1', 'digiden-foundations']);
	});

	it('counts a section’s text up to the next heading, so the text before the first heading is no section’s', () => {
		expect(sectionsHolding(content, ['人口減少が進み'], headings)).toEqual([]);
		expect(sectionsHolding(content, ['人口減少と少子化'], headings).map((h) => h.id)).toEqual(['n2-2']);
	});

	it('leaves out a heading not found as indexed, and matches variants as the ranking does', () => {
		const lost = [headings[0]!, { id: 'gone', text: '索引にない見出し' }, headings[2]!];
		expect(sectionsHolding(content, ['人口減少と少子化'], lost).map((h) => h.id)).toEqual(['n2-2']);
		expect(sectionsHolding(content, ['でじたるいんふら', 'デジタル・インフラ'], headings).map((h) => h.id)).toEqual(['digiden-foundations']);
	});
});

describe('markedAsPhrase', () => {
	it('marks the phrase alone, not the other words Pagefind matched a part of (ネットワーク for テレワーク)', () => {
		const excerpt = '<mark>テレワーク</mark>や<mark>ネットワーク</mark>の整備、モバイル<mark>ワーク</mark>の推進とテレワーク';
		expect(markedAsPhrase(excerpt, ['テレワーク'])).toBe('<mark>テレワーク</mark>やネットワークの整備、モバイルワークの推進と<mark>テレワーク</mark>');
	});

	it('marks any variant, in any letter case, and leaves an excerpt that holds none, or words typed apart, as it was', () => {
		expect(markedAsPhrase('<mark>DX</mark>推進と<mark>デジタル</mark>化', ['dx推進'])).toBe('<mark>DX推進</mark>とデジタル化');
		expect(markedAsPhrase('<mark>ワーク</mark>ショップ', ['テレワーク'])).toBe('<mark>ワーク</mark>ショップ');
		expect(markedAsPhrase('<mark>高齢者</mark>の<mark>スマホ</mark>', ['高齢者 スマホ'])).toBe('<mark>高齢者</mark>の<mark>スマホ</mark>');
	});

	it('marks a Latin or number query only where it stands whole, and a page holds it only there: IC not in ICT, 令和1 not in 令和10', () => {
		expect(markedAsPhrase('<mark>IC</mark>Tの活用と<mark>IC</mark>カード', ['ic'])).toBe('ICTの活用と<mark>IC</mark>カード');
		expect(markedAsPhrase('<mark>令和1</mark>0年度', ['令和1'])).toBe('<mark>令和1</mark>0年度');
		expect(inPage('令和10(2028)年度まで。令和1年度に開始。', ['令和1'], [], 40)!.excerpt).toBe('<mark>令和1</mark>年度に開始。');
		expect(inPage('「Artificial Intelligence」の略', ['ar'], [], 40)).toBeUndefined();
	});
});
