/**
 * The search files of a build: the Pagefind index of every page, its text
 * width-folded for the index only (htmlForIndex), Japanese segmentation; and
 * the readings of the pages' kanji words (readings.ts). Pages are added while
 * Astro renders them (src/middleware.ts hands each one over, index-of-build.ts), so Pagefind's
 * own process indexes on the second core instead of after the whole site is
 * written; the files are written when the build ends.
 */
import { fork } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlForIndex, isIndexedPage, pagefindText } from './index-html.ts';
import { type SearchIndex, searchIndexOfBuild, setSearchIndexOfBuild } from './index-of-build.ts';
import { countWordStretches, type ReadingDictionary, readingShards, readingsFolder, spellingShards } from './readings.ts';

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

/** The readings of the counted stretches, looked up in their own process (reading-process.ts). */
function lookUpReadings(stretches: ReadonlyMap<string, number>): Promise<ReadingDictionary> {
	return new Promise((resolve, reject) => {
		const child = fork(fileURLToPath(new URL('./reading-process.ts', import.meta.url)), { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		child.once('message', (dictionary) => resolve(dictionary as ReadingDictionary));
		child.once('error', reject);
		// After the answer this does nothing; before it, the process failed (its error is printed above).
		child.once('exit', (code, signal) => reject(new Error(`読みの辞書を作るプロセスが止まりました（${signal ?? `終了コード ${code}`}）。`)));
		child.send([...stretches]);
	});
}

/** Starts the build's index; pages are added in the order Astro renders them, the same every build. */
export async function startSearchIndex(): Promise<SearchIndex> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
	if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
	const added: Array<Promise<void>> = [];
	// Collected, not thrown where they happen: a page's failure surfaces when the index is written, not as an unhandled rejection mid-build.
	const failures: string[] = [];
	const wordStretches = new Map<string, number>();
	const searchIndex: SearchIndex = {
		add(url, html) {
			if (!isIndexedPage(html)) return;
			const text = pagefindText(html);
			countWordStretches(text, wordStretches);
			added.push(index.addHTMLFile({ url, content: htmlForIndex(html, text) }).then(
				(result) => void failures.push(...result.errors.map((error) => `${url}: ${error}`)),
				(error: unknown) => void failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`),
			));
		},
		async write(siteDir) {
			await Promise.all(added);
			if (failures.length > 0) throw new Error(`Pagefind: ${failures.join(', ')}`);
			const outputPath = path.join(siteDir, 'pagefind');
			const [written, readings] = await Promise.all([
				index.writeFiles({ outputPath }),
				// Looked up while Pagefind's process writes its files.
				lookUpReadings(wordStretches).then(async (dictionary) => {
					await mkdir(path.join(siteDir, readingsFolder), { recursive: true });
					const shards = [...readingShards(dictionary), ...spellingShards(dictionary)];
					await Promise.all(shards.map(([shard, part]) => writeFile(path.join(siteDir, readingsFolder, `${shard}.json`), JSON.stringify(part))));
					return dictionary;
				}),
			]);
			if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
			await Promise.all(unusedPagefindBundles.map((file) => rm(path.join(outputPath, file), { force: true })));
			const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
			return { pages: Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0), readings: Object.keys(readings).length };
		},
		async close() {
			if (searchIndexOfBuild() !== searchIndex) return;
			setSearchIndexOfBuild(undefined);
			await pagefind.close();
		},
	};
	setSearchIndexOfBuild(searchIndex);
	return searchIndex;
}
