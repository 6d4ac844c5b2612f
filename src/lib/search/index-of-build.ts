/**
 * Where Astro's pages find the search index of the build under way
 * (src/middleware.ts hands each rendered page to it; write-index.ts makes it).
 * Astro renders with its own bundled copy of this module, so the index is
 * kept on globalThis; the bundle takes only this small module, not Pagefind.
 */
export interface SearchIndex {
	/** Adds a rendered page at its site URL (with the base path); pages Pagefind would leave out are skipped. */
	add(url: string, html: string): void;
	/**
	 * Writes the index into `<siteDir>/pagefind` and the readings into `<siteDir>/search-readings/`
	 * once every page is added; returns the number of pages indexed and of readings.
	 */
	write(siteDir: string): Promise<{ pages: number; readings: number }>;
	/** Stops Pagefind's process (after write, or when the build fails). */
	close(): Promise<void>;
}

const shared = globalThis as { prefplanSearchIndex?: SearchIndex };

/** The index of the build under way, if any (none in `astro dev`). */
export const searchIndexOfBuild = (): SearchIndex | undefined => shared.prefplanSearchIndex;

/** Makes `index` the build's (undefined: none), for the pages rendered from now on. */
export function setSearchIndexOfBuild(index: SearchIndex | undefined): void {
	if (index) shared.prefplanSearchIndex = index;
	else delete shared.prefplanSearchIndex;
}
