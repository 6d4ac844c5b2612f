/** What the benchmark scripts share: the kinds of page on this site, by URL, the median, nDCG. */

/** First match wins; a URL matching none is `other` (consultations, open-data files' page …). */
const pageKinds: Array<[kind: string, pattern: RegExp]> = [
	['home', /^\/$/],
	['prefecture', /^\/prefectures\//],
	['print', /^\/plans\/[^/]+\/print\/$/],
	// A plan's indicators, the list of all, the comparison pages and the open-data page.
	['indicators', /^\/(plans\/[^/]+\/indicators|indicators(\/compare\/[^/]+)?|data)\/$/],
	['changes', /^\/plans\/[^/]+\/changes\//],
	['plan', /^\/plans\/[^/]+\/$/],
	['chapter', /^\/plans\/[^/]+\/[^/]+\/$/],
	['glossary', /^\/glossary\/$/],
	['term', /^\/glossary\/[^/]+\/$/],
	['compare', /^\/themes\/compare\/$/],
	['theme, prefecture', /^\/themes\/[^/]+\/[^/]+\//],
	['themes', /^\/themes\//],
	['search', /^\/search\/$/],
];

/** The kind of a page from its site path (`/plans/a/ch1/`). */
export const pageKind = (pathname: string) => pageKinds.find(([, pattern]) => pattern.test(pathname))?.[0] ?? 'other';

/** The middle value (the lower of the two middle ones for an even count); 0 for none. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * Normalised discounted cumulative gain of the first k results: `grades` are the
 * results' in the order shown, `ideal` every relevant page's; 1 when the first k
 * are the best pages in grade order (and when no page is relevant).
 */
export function ndcg(grades: number[], ideal: number[], k: number): number {
	const dcg = (gains: number[]) => gains.slice(0, k).reduce((sum, gain, i) => sum + (2 ** gain - 1) / Math.log2(i + 2), 0);
	const best = dcg([...ideal].sort((a, b) => b - a));
	return best === 0 ? 1 : dcg(grades) / best;
}
