import { describe, expect, it } from 'vitest';
import { citationText, headingCitationLabel, joinLocation, paragraphLabel } from '../../src/lib/citation.ts';
import { headingNumberText } from '../../src/lib/heading-numbering.ts';

describe('citation labels', () => {
	it('takes a heading’s numbering exactly as written', () => {
		expect(headingNumberText('第２節 計画の位置付け')).toBe('第２節');
		expect(headingNumberText('１ デジタル・トランスフォーメーション')).toBe('１');
		expect(headingNumberText('（１）行政サービスの向上')).toBe('（１）');
		expect(headingNumberText('③ 人材の育成')).toBe('③');
		expect(headingNumberText('2. 現状と課題')).toBe('2');
		expect(headingNumberText('【概念図】')).toBeUndefined();
	});

	it('cites a heading without numbering by its text in 「」', () => {
		expect(headingCitationLabel('第１節 目的')).toBe('第１節');
		expect(headingCitationLabel(' 戦略期間 ')).toBe('「戦略期間」');
	});

	it('numbers paragraphs with full-width digits like the documents', () => {
		expect(paragraphLabel(2)).toBe('第２段落');
		expect(paragraphLabel(12)).toBe('第１２段落');
	});

	it('runs 章 and 節 together, then numbers, and sets paragraphs and quoted headings apart', () => {
		expect(joinLocation(['第３章', '第２節', '１', '（１）', '第２段落'])).toBe('第３章第２節 １（１） 第２段落');
		expect(joinLocation(['第１章', '第２段落'])).toBe('第１章 第２段落');
		expect(joinLocation(['第1章', '「戦略期間」', '第１段落'])).toBe('第1章 「戦略期間」 第１段落');
		expect(joinLocation(['４．', '「推進体制」'])).toBe('４． 「推進体制」');
		expect(joinLocation(['第２節', '１', '（１）', '①', '第１段落'])).toBe('第２節 １（１）① 第１段落');
	});

	it('keeps a number apart from a chapter label that is not 第N章, which it would otherwise read on from (資料21, ３．１)', () => {
		expect(joinLocation(['資料2', '1', '第１段落'])).toBe('資料2 1 第１段落');
		expect(joinLocation(['資料3', '3', '（2）', '①'])).toBe('資料3 3（2）①');
		expect(joinLocation(['３．', '１'])).toBe('３． １');
		expect(citationText({ planName: '青森県 資料', chapter: '資料2', location: ['1 第１段落'] })).toBe('青森県 資料 資料2 1 第1段落');
	});

	it('names the place with the plan and the chapter', () => {
		expect(citationText({ planName: '福島県デジタル変革（ＤＸ）推進計画', chapter: '第３章', location: ['第２節', '１', '（１）', '第２段落'] })).toBe(
			'福島県デジタル変革（ＤＸ）推進計画 第３章第２節 １（１） 第２段落',
		);
		expect(citationText({ planName: '計画', chapter: '「はじめに」', location: [] })).toBe('計画 「はじめに」');
	});

	it('numbers the paragraph with the digits the document numbers its chapters and sections with', () => {
		expect(citationText({ planName: '千葉県DX推進計画2026', chapter: '第2章', location: ['1 （2） 第１２段落'] })).toBe('千葉県DX推進計画2026 第2章 1 （2） 第12段落');
		expect(citationText({ planName: '千葉県DX推進計画2026', chapter: '「はじめに」', location: ['第３段落'] })).toBe('千葉県DX推進計画2026 「はじめに」 第３段落');
		expect(citationText({ planName: '計画', chapter: '第２章', location: ['1 第３段落'] })).toBe('計画 第２章 1 第３段落');
	});
});
