/**
 * Searching several builds at once (a portal): SEARCH_MERGE_SITES lists the
 * base paths of other builds deployed on the same origin (`/pref12/,/pref13/`),
 * and the search page adds their Pagefind indexes to its own with Pagefind's
 * mergeIndex. Same origin only: the pages' Content-Security-Policy
 * (connect-src 'self') lets the search fetch nothing from elsewhere.
 */

import { glossaryKind } from '../search-kinds.ts';

/** The sites listed in SEARCH_MERGE_SITES, each a path ending in `/`; throws for another origin. */
export function mergedSitesFromEnv(env: Record<string, string | undefined> = globalThis.process?.env ?? {}): string[] {
	const sites = (env.SEARCH_MERGE_SITES ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	const elsewhere = sites.find((s) => !s.startsWith('/') || s.startsWith('//'));
	if (elsewhere) throw new Error(`SEARCH_MERGE_SITES は同じオリジンのパス（例: /pref12/）で指定してください: ${elsewhere}`);
	return sites.map((s) => s.replace(/\/?$/, '/'));
}

/** The filter Pagefind gives every page of a merged site's index (mergeIndex's mergeFilter), so a search can tell them from the page's own site. */
export const mergedSiteFilter = { site: 'merged' } as const;

/** Pagefind filters: a facet's value, or a compound of filters. */
export interface PagefindFilters {
	[key: string]: string | PagefindFilters | PagefindFilters[];
}

/**
 * A search's filters, leaving out the term pages of merged sites: every build
 * carries the whole glossary, so each merged site would list the same term
 * again; the page's own site has them all.
 */
export function withoutMergedCopies(filters: Record<string, string>): PagefindFilters {
	return { ...filters, not: { all: [mergedSiteFilter, { kind: glossaryKind }] } };
}

/** Where a merged site's Pagefind index is. Indexed URLs already carry their site's base path (write-index.ts). */
export const mergedIndexPath = (site: string) => `${site}pagefind/`;
