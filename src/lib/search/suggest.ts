/**
 * 「もしかして」: when no page holds the query as written, the glossary name it
 * is a slip away from (デジタルデバイト → デジタルデバイド), to search instead.
 * Only glossary names are known words here; the plans' other words are not.
 */
import { nearestName } from '../nearest-name.ts';
import { normalizeSearchText, type TermNames } from './normalize.ts';

/** Queries shorter than this get no suggestion: one character more or less makes another word of 防災 (防犯). */
const shortestQuery = 4;

/**
 * A glossary name near the query (as the index folds it: ＡＩ is ai), if one is unambiguously nearest:
 * one character off, two in a query of eight or more (a long katakana word).
 */
export function suggestedQuery(query: string, terms: ReadonlyArray<TermNames>): string | undefined {
	const typed = normalizeSearchText(query).trim();
	const length = [...typed].length;
	if (length < shortestQuery) return undefined;
	return nearestName(typed, new Set(terms.flatMap((term) => term.names)), length >= 8 ? 2 : 1);
}
