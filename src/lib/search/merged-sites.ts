/**
 * Searching several builds at once (a portal): SEARCH_MERGE_SITES lists the
 * deployed base URLs of other builds of this site (`/pref12/`,
 * `https://plans.example.jp/pref13/`), and the search page adds their Pagefind
 * indexes to its own with Pagefind's mergeIndex. Another origin must allow
 * this one (CORS).
 */

/** The sites listed in SEARCH_MERGE_SITES, each ending in `/`. */
export function mergedSitesFromEnv(env: Record<string, string | undefined> = globalThis.process?.env ?? {}): string[] {
	return (env.SEARCH_MERGE_SITES ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map((s) => s.replace(/\/?$/, '/'));
}

/**
 * Where a site's index is and the base Pagefind puts before its result URLs.
 * Indexed URLs already carry their site's base path (write-index.ts), so the
 * base is the site's origin: nothing on the page's own origin.
 */
export function mergedIndex(site: string, pageUrl: string): { indexPath: string; baseUrl: string } {
	const url = new URL(site, pageUrl);
	const sameOrigin = url.origin === new URL(pageUrl).origin;
	return { indexPath: sameOrigin ? `${url.pathname}pagefind/` : `${url.href}pagefind/`, baseUrl: sameOrigin ? '/' : `${url.origin}/` };
}
