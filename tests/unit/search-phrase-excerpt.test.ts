import { describe, expect, it } from 'vitest';
import { phraseExcerpt as excerptFor } from '../../src/lib/search/phrase-excerpt.ts';

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
const phraseExcerpt = (text: string, variants: string[], sections: typeof headings, length: number) => excerptFor({ content: text, excerpt: '<mark>ほか</mark>の箇所' }, variants, sections, length);

describe('phraseExcerpt', () => {
	it('shows the phrase’s first use from the start of its block, marked, and names the section it is in', () => {
		const excerpt = phraseExcerpt(content, ['デジタルインフラ'], headings, 40)!;
		expect(excerpt.html).toBe('1 デジタル基盤の整備 <mark>デジタルインフラ</mark>の整備、マイナンバーカードの普及促進.');
		expect(excerpt.section?.id).toBe('digiden-foundations');
	});

	it('starts at most 30 characters before the phrase, at its sentence’s start when that is nearer', () => {
		const long = `前の文。${'あ'.repeat(50)}電子申請の受付。`;
		expect(phraseExcerpt(long, ['電子申請'], [], 40)!.html).toBe(`${'あ'.repeat(30)}<mark>電子申請</mark>の受付。`);
		expect(phraseExcerpt('前の文。この計画は電子申請を進める。', ['電子申請'], [], 40)!.html).toBe('この計画は<mark>電子申請</mark>を進める。');
	});

	it('matches as the ranking does: a variant when the query is not there, case, spaces and 「・」 ignored', () => {
		const text = '方針. 県は デジタル・トランスフォーメーション を進め、Online申請を広げる。';
		expect(phraseExcerpt(text, ['デジタルトランスフォーメーション'], [], 30)!.html).toBe('県は <mark>デジタル・トランスフォーメーション</mark> を進め、Onlin');
		expect(phraseExcerpt(text, ['オンライン申請', 'online申請'], [], 40)!.html).toBe('県は デジタル・トランスフォーメーション を進め、<mark>Online申請</mark>を広げる。');
	});

	it('has no section before the first heading, and nothing when the text lacks the phrase', () => {
		expect(phraseExcerpt(content, ['人口減少'], headings, 20)!.section).toBeUndefined();
		expect(phraseExcerpt(content, ['人口減少と少子化'], headings, 20)!.section?.id).toBe('n2-2');
		expect(phraseExcerpt(content, ['ガバメントクラウド'], headings, 20)).toBeUndefined();
	});

	it('names no section when a heading before the phrase is not found in the indexed text (it might be the phrase’s own)', () => {
		const unfound = [headings[0]!, { id: 'n1-9', text: '見出しの用語解説ボタン' }, headings[2]!];
		expect(phraseExcerpt(content, ['デジタルインフラ'], unfound, 20)!.section).toBeUndefined();
		expect(phraseExcerpt(content, ['人口減少と少子化'], unfound, 20)!.section?.id).toBe('n2-2');
	});

	it('escapes the page text’s angle brackets as Pagefind does', () => {
		expect(phraseExcerpt('式は a<b とする。', ['a<b'], [], 10)!.html).toBe('式は <mark>a&lt;b</mark> とする');
	});
});

describe('phraseExcerpt beside Pagefind’s excerpt', () => {
	it('keeps Pagefind’s excerpt when it shows the phrase, even split into two marked words', () => {
		const page = (excerpt: string) => ({ content, excerpt });
		expect(excerptFor(page('<mark>デジタル</mark><mark>インフラ</mark>の整備'), ['デジタルインフラ'], headings, 40)).toBeUndefined();
		expect(excerptFor(page('<mark>デジタル</mark>化の加速'), ['デジタルインフラ'], headings, 40)?.section?.id).toBe('digiden-foundations');
	});

	it('shows the query as typed where the page holds it, though Pagefind’s excerpt shows a synonym', () => {
		const page = { content: '概要. DXを進める。 本戦略はデジタル・トランスフォーメーションの推進を掲げる。', excerpt: '<mark>DX</mark>を進める' };
		expect(excerptFor(page, ['デジタルトランスフォーメーション', 'dx'], [], 40)!.html).toBe('本戦略は<mark>デジタル・トランスフォーメーション</mark>の推進を掲げる。');
		expect(excerptFor({ ...page, content: '概要. DXを進める。' }, ['デジタルトランスフォーメーション', 'dx'], [], 20)).toBeUndefined();
	});
});
