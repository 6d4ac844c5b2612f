/**
 * The site's pages about a topic across prefectures (a theme, an indicator compared), which the search index
 * leaves out (their text repeats the plans'): the search page offers the one a query names above the results,
 * as it does a glossary term.
 */
import { compact, holds } from './rank.ts';
import { normalizeSearchText } from './normalize.ts';

/** A name shorter than this is a word of many topics' names (DX, AI), not one topic's. */
const shortestName = 3;

/** A topic's names as compared with a query: width-folded, lower case, without spaces or 「・」. */
export const topicNames = (names: readonly string[]) => [...new Set(names.map((name) => compact(normalizeSearchText(name))).filter((name) => name.length >= shortestName))];

/** Whether a query names the topic: it is one of its names, or holds one (デジタルデバイド対策について), as a page holds a query (holds). */
export function namesTopic(query: string, names: readonly string[]): boolean {
	const asked = compact(normalizeSearchText(query));
	return names.some((name) => holds(asked, name));
}
