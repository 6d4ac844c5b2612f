import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/lib/search/normalize.ts';
import { encodeWidths, restorePieceWidths, restoreWidths, widthsOf } from '../../src/lib/search/widths.ts';

describe('foldWidth', () => {
	it('folds widths only: full-width letters, digits and signs, half-width katakana, the ideographic space', () => {
		expect(foldWidth('ＤＸ　（１）５Ｇ ﾏｲﾅﾝﾊﾞｰ')).toBe('DX (1)5G マイナンバー');
	});
	it('keeps circled numbers, roman numerals and 「．」, which the search page could not put back', () => {
		expect(foldWidth('①第Ⅱ章 １．概要')).toBe('①第Ⅱ章 1．概要');
	});
});

/** The record of a published text, and the text the index holds of it. */
const indexed = (published: string) => ({ content: foldWidth(published), widths: encodeWidths(widthsOf(published)) });

describe('restoreWidths', () => {
	const published = '第１章 デジタル変革（ＤＸ）の推進。DX推進本部（2023年）を置く。Ａ＜Ｂ';
	const { content, widths } = indexed(published);

	it('puts back the published width of each character of an excerpt, across highlights', () => {
		expect(content).toBe('第1章 デジタル変革(DX)の推進。DX推進本部(2023年)を置く。A<B');
		expect(restoreWidths('デジタル変革(<mark>DX</mark>)の推進。<mark>DX</mark>推進本部(2023年)', content, widths)).toBe(
			'デジタル変革（<mark>ＤＸ</mark>）の推進。<mark>DX</mark>推進本部（2023年）',
		);
	});
	it('counts escaped brackets as the characters they stand for', () => {
		expect(restoreWidths('置く。A&lt;B', content, widths)).toBe('置く。Ａ＜Ｂ');
	});
	it('leaves an excerpt as it is when the page has no record, the record does not fit the text, or the excerpt is not in it', () => {
		expect(restoreWidths('(DX)の推進', content, undefined)).toBe('(DX)の推進');
		expect(restoreWidths('(DX)の推進', `${content}X`, widths)).toBe('(DX)の推進');
		expect(restoreWidths('(DX)の推進', content, 'not a record!')).toBe('(DX)の推進');
		expect(restoreWidths('(AI)の推進', content, widths)).toBe('(AI)の推進');
	});
	it('does not count the full stops Pagefind adds after headings', () => {
		const page = indexed('第１章（ＤＸ）');
		expect(restoreWidths('第1章(DX). 次', `${page.content}. 次`, page.widths)).toBe('第１章（ＤＸ）. 次');
	});
	it('records runs compactly, in base 36', () => {
		expect(encodeWidths(widthsOf('ＤＸとAI'))).toBe('0.2.2');
		expect(encodeWidths(widthsOf('x'.repeat(40)))).toBe('14');
	});
});

describe('restorePieceWidths', () => {
	const published = '第１章 デジタル変革（ＤＸ）の推進。DX推進本部（2023年）を置く。';
	const { content, widths } = indexed(published);

	it('restores pieces that follow one another as one text, each keeping its length', () => {
		expect(restorePieceWidths(['変革(', 'DX', ')の推進'], content, widths)).toEqual(['変革（', 'ＤＸ', '）の推進']);
	});
	it('finds a short piece where the pieces around it are, not at its first use in the page', () => {
		expect(restoreWidths('DX', content, widths)).toBe('ＤＸ');
		expect(restorePieceWidths(['推進。', 'DX', '推進本部'], content, widths)).toEqual(['推進。', 'DX', '推進本部']);
	});
});
