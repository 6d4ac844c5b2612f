import { describe, expect, it } from 'vitest';
import { headingWords, joinHeadingId, readHeadingNumber } from '../../src/lib/heading-numbering.ts';

describe('readHeadingNumber', () => {
	it.each([
		['第１章 計画の策定', 'c1', true],
		['第2章 現状', 'c2', true],
		['第十二節 その他', 's12', true],
		['第３節 計画の期間', 's3', true],
		['１ デジタル・トランスフォーメーション', '1', false],
		['10 情報セキュリティ対策', '10', false],
		['３．オープンデータ', '3', false],
		['（２）公務能率の向上', '2', false],
		['(4) 市町村支援', '4', false],
		['⑤ 社会資本・まちづくり', '5', false],
	])('%s → %s', (text, part, rootLevel) => {
		expect(readHeadingNumber(text)).toEqual({ part, rootLevel });
	});

	it.each(['【概念図】', '■ 推進体制', 'Society5.0 の推進', '5G の普及', '2025年度の目標', '１.５倍の成長'])('%s has no numbering', (text) => {
		expect(readHeadingNumber(text)).toBeUndefined();
	});
});

describe('joinHeadingId', () => {
	it('appends a number to its parent', () => {
		expect(joinHeadingId('s2', { part: '3', rootLevel: false })).toBe('s2-3');
	});
	it('prefixes n when a number has no parent', () => {
		expect(joinHeadingId(undefined, { part: '3', rootLevel: false })).toBe('n3');
	});
	it('starts a new chain at 第N節 and 第N章', () => {
		expect(joinHeadingId('s1-2', { part: 's2', rootLevel: true })).toBe('s2');
		expect(joinHeadingId(undefined, { part: 'c4', rootLevel: true })).toBe('c4');
	});
	it('keeps a 節 under a 章 heading of the same page', () => {
		expect(joinHeadingId('c2', { part: 's1', rootLevel: true })).toBe('c2-s1');
	});
});

describe('headingWords', () => {
	it('is a heading without its numbering, what stays when sections are renumbered', () => {
		expect(headingWords('９ デジタルデバイド対策')).toBe('デジタルデバイド対策');
		expect(headingWords('10 デジタルデバイド対策')).toBe('デジタルデバイド対策');
		expect(headingWords('第２節 計画の期間')).toBe('計画の期間');
		expect(headingWords('（１）スマート県庁推進')).toBe('スマート県庁推進');
		expect(headingWords('【概念図】')).toBe('【概念図】');
	});
});
