import { describe, expect, it } from 'vitest';
import { hiraganaOfRomaji } from '../../src/lib/search/romaji.ts';

describe('hiraganaOfRomaji', () => {
	it('gives the hiragana of a query typed in romaji with the IME off, word by word, in either romanisation', () => {
		expect(hiraganaOfRomaji('koureisha')).toBe('こうれいしゃ');
		expect(hiraganaOfRomaji('bousai no torikumi')).toBe('ぼうさい の とりくみ');
		expect(hiraganaOfRomaji('gyouseitetuduki')).toBe('ぎょうせいてつづき');
		expect(hiraganaOfRomaji('gyouseitetsuzuki')).toBe('ぎょうせいてつずき');
		expect(hiraganaOfRomaji('kan\'i')).toBe('かんい');
		expect(hiraganaOfRomaji('shi-mu')).toBe('しーむ');
	});

	it('leaves alone what is not romaji through and through: English words, acronyms, other characters', () => {
		expect(hiraganaOfRomaji('smart')).toBeUndefined();
		expect(hiraganaOfRomaji('dx')).toBeUndefined();
		expect(hiraganaOfRomaji('koureisha dx')).toBeUndefined();
		expect(hiraganaOfRomaji('5g')).toBeUndefined();
		expect(hiraganaOfRomaji('防災')).toBeUndefined();
	});
});
