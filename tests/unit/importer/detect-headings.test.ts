import { describe, expect, it } from 'vitest';
import { type HeadingCandidate, numberedHeading, numberingOf, Outline, unnumberedHeading } from '../../../src/lib/importer/detect-headings.ts';

describe('numberingOf', () => {
	it.each([
		['第１節 計画の策定趣旨', 'section', 1],
		['第十二節 その他', 'section', 12],
		['１ デジタル・トランスフォーメーション', 'num-space', 1],
		['10 情報セキュリティ対策・個人情報保護', 'num-space', 10],
		['１．概 要', 'num-dot', 1],
		['（２）公務能率の向上', 'paren', 2],
		['(4) 市町村支援', 'paren', 4],
		['⑤ 社会資本・まちづくり', 'circled', 5],
		['①DX人材の育成', 'circled', 1],
		['イ 利用者視点のデザイン思考', 'kana', 2],
	])('%s → %s %i', (text, style, n) => {
		expect(numberingOf(text)).toMatchObject({ style, n });
	});

	it.each(['第２章 現状及び課題', '2025年度の目標', '４８.２％ ８０.０％', '（１）', 'Society5.0 の推進', 'ア', '【概念図】', '132.pdf', '2.0の時代'])('%s is not numbered', (text) => {
		expect(numberingOf(text)).toBeUndefined();
	});
});

describe('numberedHeading / unnumberedHeading', () => {
	it('turns down numbered sentences', () => {
		expect(numberedHeading('２ 機械判読に適したもの。')).toEqual({ reason: expect.stringContaining('「。」で終わる') });
	});
	it('takes 【…】 and ■ titles, but not a lost figure or a sentence', () => {
		expect(unnumberedHeading('【暮らし】あらゆる人が暮らしやすい社会')).toMatchObject({ style: 'bracket' });
		expect(unnumberedHeading('■ 推進体制')).toMatchObject({ style: 'square' });
		expect(unnumberedHeading('【概念図】')).toEqual({ reason: expect.stringContaining('図') });
		expect(unnumberedHeading('■ デジタルは、日常生活に大きく浸透。')).toEqual({ reason: expect.stringContaining('「。」') });
		expect(unnumberedHeading('普通の文')).toBeUndefined();
	});
});

describe('Outline', () => {
	const heading = (text: string): HeadingCandidate => {
		const found = numberedHeading(text) ?? unnumberedHeading(text);
		if (!found || 'reason' in found) throw new Error(text);
		return found;
	};
	const levels = (texts: string[]) => {
		const outline = new Outline();
		return texts.map((text) => {
			const placement = outline.place(heading(text));
			outline.commit(heading(text));
			return placement.level;
		});
	};

	it('nests 第N節 → １ → （１） → ① starting at ##', () => {
		expect(levels(['第１節 現状', '１ 行政', '（１）サービス', '① 書面', '② 対面', '（２）能率', '２ データ', '第２節 課題', '１ 推進'])).toEqual([2, 3, 4, 5, 5, 4, 3, 2, 3]);
	});

	it('never skips a level when the document skips a numbering step', () => {
		expect(levels(['第１節 現状', '（１）サービス', '① 書面'])).toEqual([2, 3, 4]);
	});

	it('puts a deeper-ranked style back under its numbered parent, closing unnumbered headings in between', () => {
		expect(levels(['１ 行政', '（１）サービス', '■ 書面', '（２）能率'])).toEqual([2, 3, 4, 3]);
		expect(levels(['１ 行政', '【概要】', '２ データ'])).toEqual([2, 3, 2]);
	});

	it('checks the number sequence', () => {
		const outline = new Outline();
		outline.commit(heading('（１）サービス'));
		expect(outline.place(heading('（２）能率'))).toMatchObject({ fits: true, expected: undefined });
		expect(outline.place(heading('（３）連携'))).toMatchObject({ fits: true, expected: 2 });
		expect(outline.place(heading('（９）その他'))).toMatchObject({ fits: false, expected: 2 });
		expect(outline.place(heading('（１）再開'))).toMatchObject({ fits: true });
	});

	it('points at the open heading a repeated one copies (a header at the top of the next page)', () => {
		const outline = new Outline();
		outline.commit(heading('１ なぜ今DXが必要か'), 10);
		outline.commit(heading('（１）社会経済環境の変化'), 12);
		expect(outline.place(heading('１ なぜ今DXが必要か')).repeats).toBe(10);
		expect(outline.place(heading('２ なぜ今DXが必要か')).repeats).toBeUndefined();
		// Short unnumbered labels recur legitimately.
		outline.commit(heading('【参照】'), 14);
		expect(outline.place(heading('【参照】')).repeats).toBeUndefined();
	});
});
