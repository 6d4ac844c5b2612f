/** The prefecture a name that is not one means: without its suffix, in romaji, or a slip; never a guess between several. */
import { describe, expect, it } from 'vitest';
import { meantPrefecture } from '../../src/lib/prefectures.ts';

describe('meantPrefecture', () => {
	it('reads a name without 都・道・府・県, in romaji, or one character off', () => {
		expect(meantPrefecture('東京')?.name).toBe('東京都');
		expect(meantPrefecture('北海')?.name).toBe('北海道');
		expect(meantPrefecture('大阪')?.name).toBe('大阪府');
		expect(meantPrefecture('Fukushima')?.code).toBe('07');
		expect(meantPrefecture('福島件')?.name).toBe('福島県');
	});

	it('guesses nothing where several are as near, or none is', () => {
		// 福井県, 福岡県 and 福島県 are each one character from 福県.
		expect(meantPrefecture('福県')).toBeUndefined();
		expect(meantPrefecture('ふくしま')).toBeUndefined();
		expect(meantPrefecture('')).toBeUndefined();
	});
});
