/**
 * A query typed in romaji with the IME left off (koureisha, bousai no torikumi): the hiragana it
 * spells, which the search then reads as any word left in hiragana (normalize.ts). Its own module,
 * so that the search page loads the romaji table (wanakana) only for a query of Latin letters.
 */
import { isHiragana, toHiragana } from 'wanakana';
import { joiningParticles } from './normalize.ts';

/**
 * The hiragana a query typed in romaji spells, word by word (koureisha sumaho → こうれいしゃ すまほ), or
 * undefined when no word of it does. A word is converted when it spells kana through and through and is
 * three letters or more, or a particle (no, wo …); others stay as typed: English words and acronyms
 * (smart, DX, 5g: gyousei DX → ぎょうせい DX), and two-letter words that would spell kana but are more
 * likely an acronym (ai, it). So do words with an l or x, which romaji uses only to type small kana: they are
 * English (LINE would spell ぃね).
 */
export function hiraganaOfRomaji(query: string): string | undefined {
	const words = query.trim().split(/\s+/);
	const converted = words.map((word) => {
		const hiragana = toHiragana(word.toLowerCase());
		return !/[lx]/i.test(word) && isHiragana(hiragana) && (word.length >= 3 || joiningParticles.includes(hiragana)) ? hiragana : word;
	});
	return converted.some((word, i) => word !== words[i]) ? converted.join(' ') : undefined;
}
