import { describe, expect, it } from 'vitest';
import { suggestedQuery } from '../../src/lib/search/suggest.ts';
import { termNames } from '../../src/lib/search/normalize.ts';

const terms = [
	termNames({ term: 'デジタルデバイド', aliases: ['情報格差'], reading: 'でじたるでばいど' }),
	termNames({ term: 'オープンデータ', aliases: [], reading: 'おーぷんでーた' }),
	termNames({ term: 'ＡＩ', aliases: ['人工知能'], reading: 'えーあい' }),
];

describe('suggestedQuery', () => {
	it('suggests the glossary name a mistyped query is a slip away from', () => {
		expect(suggestedQuery('デジタルデバイト', terms)).toBe('デジタルデバイド');
		expect(suggestedQuery('オプンデータ', terms)).toBe('オープンデータ');
		expect(suggestedQuery('人口知能', terms)).toBe('人工知能');
	});

	it('suggests nothing for a query far from every name, or already one', () => {
		expect(suggestedQuery('防災', terms)).toBeUndefined();
		expect(suggestedQuery('オープンデータ', terms)).toBeUndefined();
		expect(suggestedQuery('ＡＩ', terms)).toBeUndefined();
		// Short words, and kanji words two characters off, are other words.
		expect(suggestedQuery('情報価値', terms)).toBeUndefined();
		expect(suggestedQuery('情報格', terms)).toBeUndefined();
	});
});
