/**
 * The Pagefind index of a build: every page, its text width-folded for the
 * index only (htmlForIndex), Japanese segmentation. Pages are added while
 * Astro renders them (src/middleware.ts hands each one over), so Pagefind's
 * own process indexes on the second core instead of after the whole site is
 * written; the index files are written when the build ends.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { htmlForIndex, isIndexedPage } from './index-html.ts';

/**
 * Pagefind's ready-made search interfaces, written with every index. This
 * site's search page calls Pagefind's JavaScript API (src/scripts/search.ts)
 * and never loads them: 0.4 MB nobody would request, left out of the site.
 */
const unusedPagefindBundles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

export interface SearchIndex {
	/** Adds a rendered page at its site URL (with the base path); pages Pagefind would leave out are skipped. */
	add(url: string, html: string): void;
	/** Writes the index into `outputPath` (`<site>/pagefind`) once every page is added; returns the number of pages indexed. */
	write(outputPath: string): Promise<number>;
	/** Stops Pagefind's process (after write, or when the build fails). */
	close(): Promise<void>;
}

// Astro renders the pages with its own bundled copy of this module: the build's index is found on globalThis.
const shared = globalThis as { prefplanSearchIndex?: SearchIndex };

/** The index of the build under way, if any (none in `astro dev`). */
export const searchIndexOfBuild = (): SearchIndex | undefined => shared.prefplanSearchIndex;

/** Starts the build's index; pages are added in the order Astro renders them, the same every build. */
export async function startSearchIndex(): Promise<SearchIndex> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
	if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
	const added: Array<Promise<void>> = [];
	// Collected, not thrown where they happen: a page's failure surfaces when the index is written, not as an unhandled rejection mid-build.
	const failures: string[] = [];
	const searchIndex: SearchIndex = {
		add(url, html) {
			if (!isIndexedPage(html)) return;
			added.push(index.addHTMLFile({ url, content: htmlForIndex(html) }).then(
				(result) => void failures.push(...result.errors.map((error) => `${url}: ${error}`)),
				(error: unknown) => void failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`),
			));
		},
		async write(outputPath) {
			await Promise.all(added);
			if (failures.length > 0) throw new Error(`Pagefind: ${failures.join(', ')}`);
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
			await Promise.all(unusedPagefindBundles.map((file) => rm(path.join(outputPath, file), { force: true })));
			const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
			return Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
		},
		async close() {
			if (shared.prefplanSearchIndex !== searchIndex) return;
			delete shared.prefplanSearchIndex;
			await pagefind.close();
		},
	};
	shared.prefplanSearchIndex = searchIndex;
	return searchIndex;
}
