/** What the benchmark scripts share: the kinds of page on this site, by URL, and the median. */

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
