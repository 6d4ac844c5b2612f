import { describe, expect, it } from 'vitest';
import { prefectureInQuery, prefectureLast, prefectureNotOffered } from '../../src/lib/search/prefecture-in-query.ts';

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

describe('prefectureLast', () => {
	it('puts the words naming a prefecture after the others, each group in its order', () => {
		expect(prefectureLast(['三重県', 'テレワーク', '推進'])).toEqual(['テレワーク', '推進', '三重県']);
		expect(prefectureLast(['東京', 'DX'])).toEqual(['DX', '東京']);
		expect(prefectureLast(['スマホ', '使い方'])).toEqual(['スマホ', '使い方']);
	});
});

describe('prefectureNotOffered', () => {
	it('names a prefecture the query names that the site does not offer, and none otherwise', () => {
		expect(prefectureNotOffered('東京都 テレワーク', offered)).toBe('東京都');
		expect(prefectureNotOffered('大阪 DX', offered)).toBe('大阪府');
		expect(prefectureNotOffered('三重県 テレワーク', offered)).toBeUndefined();
		expect(prefectureNotOffered('テレワーク', offered)).toBeUndefined();
	});
});
