/**
 * A query typed in romaji with the IME left off (koureisha, bousai no torikumi): the hiragana it
 * spells, which the search then reads as any word left in hiragana (normalize.ts). Its own module,
 * so that the search page loads the romaji table (wanakana) only for a query that may need it.
 */
import { isHiragana, toHiragana } from 'wanakana';

/** Latin letters, with the hyphens and apostrophes romaji uses for ー and ん (shi-mu, kan'i), in words apart. */
const romajiWords = /^[a-z'-]+(?: [a-z'-]+)*$/;

/**
 * The hiragana a (normalised) query spells in romaji, word by word (koureisha sumaho → こうれいしゃ
 * すまほ); undefined when it is not all romaji or a word does not spell kana through and through:
 * English words and acronyms (smart, dx) are left alone.
 */
export function hiraganaOfRomaji(query: string): string | undefined {
	if (!romajiWords.test(query)) return undefined;
	const words = query.split(' ').map((word) => toHiragana(word));
	return words.every((word) => isHiragana(word)) ? words.join(' ') : undefined;
}
