import { describe, expect, it } from 'vitest';
import { normalizeForCoverage, textCoverage } from '../../src/lib/text-coverage.ts';

describe('normalizeForCoverage', () => {
	it('drops whitespace, HTML, Markdown heading and list marks, bold', () => {
		expect(normalizeForCoverage('## 次第\n- ・ 資料1 <b>設置要綱</b>\n1. **開会**')).toBe('次第・資料1設置要綱開会');
	});
	it('keeps full-width characters and punctuation as they are', () => {
		expect(normalizeForCoverage('ＤＸ　推進（令和４年度）。')).toBe('ＤＸ推進（令和４年度）。');
	});
	it('reads radicals a PDF gave for ideographs as the ideographs the importer wrote', () => {
		expect(textCoverage('県⺠の⾏政⼿続', '<p>県民の行政手続</p>').ratio).toBe(1);
	});
});

describe('textCoverage', () => {
	it('counts a hard-wrapped line as covered when the site joined it', () => {
		const result = textCoverage('本県では、平成 13（2001）年度からの第１期情報化\n\n推進に取り組んできました。', '<p>本県では、平成13（2001）年度からの第１期情報化推進に取り組んできました。</p>');
		expect(result.ratio).toBe(1);
	});
	it('lists the lines the site lacks, with their line numbers', () => {
		const result = textCoverage('第１節 目的\n欠けた一文です。\n本文', '第１節 目的 本文');
		expect(result.missing).toEqual([{ line: 2, text: '欠けた一文です。' }]);
		expect(result.covered).toBe('第１節目的本文'.length);
		expect(result.total).toBe('第１節目的欠けた一文です。本文'.length);
	});
	it('counts a line the site split up piece by piece', () => {
		const source = 'お オープンデータ  国、地方公共団体が保有するデータのこと。\n6 「オンライン利用状況調査」を基に算出';
		const site = '<h1>オープンデータ</h1><p>よみ おーぷんでーた</p><p>国、地方公共団体が保有するデータのこと。</p><sup>6</sup><li>「オンライン利用状況調査」を基に算出</li>';
		expect(textCoverage(source, site).ratio).toBe(1);
	});
	it('still reports a piece of a split line that is missing', () => {
		expect(textCoverage('お オープンデータ  失われた定義', 'オープンデータ お').missing).toEqual([{ line: 1, text: '失われた定義' }]);
	});
	it('ignores the dot leaders and page numbers of a table of contents', () => {
		expect(textCoverage('- 策定趣旨・ねらい . . . P3', '策定趣旨・ねらい').ratio).toBe(1);
	});
});
