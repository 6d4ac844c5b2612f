/**
 * A prefecture named as a word of a query (三重県 テレワーク, 千葉 DX): residents mean "in that prefecture's
 * plans", but a search for every word finds only pages that also print the name, and plans write 本県. The
 * search page offers the prefecture's filter with the other words instead.
 */
import { prefectureNamed } from '../prefectures.ts';

/** A query's words, however spaced (the ideographic space too). */
const wordsOf = (query: string) => query.split(/[\s\u3000]+/).filter(Boolean);

/** The prefecture a query names (one of `offered`, the filter's choices) and its other words; undefined when it names none or nothing else. */
export function prefectureInQuery(query: string, offered: readonly string[]): { prefecture: string; rest: string } | undefined {
	const words = wordsOf(query);
	for (const [i, word] of words.entries()) {
		const prefecture = prefectureNamed(word)?.name;
		const rest = words.filter((_, j) => j !== i).join(' ');
		if (prefecture && offered.includes(prefecture) && rest) return { prefecture, rest };
	}
	return undefined;
}

/** Words with any prefecture's name after the others (テレワーク 三重県): tried last when the words are kept one by one. */
export const prefectureLast = (words: readonly string[]) => [...words.filter((word) => !prefectureNamed(word)), ...words.filter((word) => prefectureNamed(word))];

/** A prefecture a query names that is none of `offered` (東京都 テレワーク on a site without 東京都), to say the site has none of its plans. */
export function prefectureNotOffered(query: string, offered: readonly string[]): string | undefined {
	return wordsOf(query)
		.map((word) => prefectureNamed(word)?.name)
		.find((name) => name !== undefined && !offered.includes(name));
}
