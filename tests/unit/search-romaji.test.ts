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

	it('reads capitals as the same letters', () => {
		expect(hiraganaOfRomaji('KOUREISHA')).toBe('こうれいしゃ');
		expect(hiraganaOfRomaji('Bousai')).toBe('ぼうさい');
	});

	it('leaves as typed the words that are not romaji through and through (English words, acronyms, other characters), and two-letter words other than particles', () => {
		expect(hiraganaOfRomaji('gyousei DX')).toBe('ぎょうせい DX');
		expect(hiraganaOfRomaji('koureisha dx')).toBe('こうれいしゃ dx');
		expect(hiraganaOfRomaji('ai katsuyou')).toBe('ai かつよう');
		expect(hiraganaOfRomaji('kosodate no shien')).toBe('こそだて の しえん');
		// Nothing to convert: no hiragana. An l or x types only small kana in romaji: English (LINE is not ぃね).
		for (const query of ['smart', 'smart city', 'dx', 'ai', 'it', '5g', '防災', 'LINE', 'line', 'online', 'taxi']) expect(hiraganaOfRomaji(query), query).toBeUndefined();
	});
});
