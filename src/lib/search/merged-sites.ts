/**
 * Searching several builds at once (a portal): SEARCH_MERGE_SITES lists the
 * base paths of other builds deployed on the same origin (`/pref12/,/pref13/`),
 * and the search page adds their Pagefind indexes to its own with Pagefind's
 * mergeIndex. Same origin only: the pages' Content-Security-Policy
 * (connect-src 'self') lets the search fetch nothing from elsewhere.
 */

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

/** Where a merged site's Pagefind index is. Indexed URLs already carry their site's base path (write-index.ts). */
export const mergedIndexPath = (site: string) => `${site}pagefind/`;
