/**
 * Writes the Pagefind index of a built site: every page, its text
 * width-folded for the index only (htmlForIndex), Japanese segmentation.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pageUrlOfFile } from '../sitemap.ts';
import { htmlForIndex, isIndexedPage } from './index-html.ts';

const filesInFlight = 8;

/** Indexes `siteDir` (deployed under `base`) into `siteDir/pagefind`; returns the number of pages indexed. */
export async function writeSearchIndex(siteDir: string, base: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
	if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
	try {
		const files = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).sort();
		const add = async (file: string, html: string) => {
			const added = await index.addHTMLFile({ url: pageUrlOfFile(file, base), content: htmlForIndex(html) });
			if (added.errors.length > 0) throw new Error(`Pagefind: ${file}: ${added.errors.join(', ')}`);
		};
		// A few pages in flight keep Pagefind's indexer busy; they are sent in file order, so the index is the same every time.
		for (let i = 0; i < files.length; i += filesInFlight) {
			const batch = files.slice(i, i + filesInFlight);
			const pages = await Promise.all(batch.map((file) => readFile(path.join(siteDir, file), 'utf8')));
			await Promise.all(batch.map((file, j) => (isIndexedPage(pages[j]!) ? add(file, pages[j]!) : undefined)));
		}
		const outputPath = path.join(siteDir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
		const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		return Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
	} finally {
		await pagefind.close();
	}
}
