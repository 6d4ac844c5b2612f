/**
 * A query typed in romaji with the IME left off (koureisha, bousai no torikumi): the hiragana it
 * spells, which the search then reads as any word left in hiragana (normalize.ts). Its own module,
 * so that the search page loads the romaji table (wanakana) only for a query of Latin letters.
 */
import { isHiragana, toHiragana } from 'wanakana';

/**
 * The hiragana a (normalised) query spells in romaji, word by word (koureisha sumaho → こうれいしゃ
 * すまほ); undefined unless every word spells kana through and through: English words, acronyms and
 * other characters (smart, dx, 5g, 防災) are left alone.
 */
export function hiraganaOfRomaji(query: string): string | undefined {
	const words = query.trim().split(/\s+/).map((word) => toHiragana(word));
	return words.every((word) => isHiragana(word)) ? words.join(' ') : undefined;
}
