/**
 * Writes the Pagefind index of a built site: every page, its text
 * width-folded for the index only (htmlForIndex), Japanese segmentation.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { htmlForIndex } from './index-html.ts';

/** Indexes `siteDir` (deployed under `base`) into `siteDir/pagefind`; returns the number of pages indexed. */
export async function writeSearchIndex(siteDir: string, base: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
	if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
	try {
		const files = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
		for (const file of files.sort()) {
			const url = `${base}${file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
			const added = await index.addHTMLFile({ url, content: htmlForIndex(await readFile(path.join(siteDir, file), 'utf8')) });
			if (added.errors.length > 0) throw new Error(`Pagefind: ${file}: ${added.errors.join(', ')}`);
		}
		const outputPath = path.join(siteDir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
		// Pages without data-pagefind-body are left out once any page has it: count what was kept.
		const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		return Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
	} finally {
		await pagefind.close();
	}
}
