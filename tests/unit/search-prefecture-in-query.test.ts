import { describe, expect, it } from 'vitest';
import { prefectureInQuery } from '../../src/lib/search/prefecture-in-query.ts';

const offered = ['千葉県', '三重県', '北海道'];

describe('prefectureInQuery', () => {
	it('finds a prefecture named as a word of the query, by its name or without 県, and the other words', () => {
		expect(prefectureInQuery('三重県　テレワーク', offered)).toEqual({ prefecture: '三重県', rest: 'テレワーク' });
		expect(prefectureInQuery('DX 千葉 人材', offered)).toEqual({ prefecture: '千葉県', rest: 'DX 人材' });
		expect(prefectureInQuery('北海道 スマート農業', offered)).toEqual({ prefecture: '北海道', rest: 'スマート農業' });
	});

	it('offers nothing for a prefecture the search cannot narrow to, a name inside a word, or a name alone', () => {
		expect(prefectureInQuery('東京都 テレワーク', offered)).toBeUndefined();
		expect(prefectureInQuery('三重県のテレワーク', offered)).toBeUndefined();
		expect(prefectureInQuery('三重県', offered)).toBeUndefined();
	});
});
