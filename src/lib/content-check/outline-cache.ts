/**
 * Chapter and entry outlines (chapter-outline.ts) kept between reads of the
 * content: parsing the Markdown is most of the content check's time, and
 * between two builds, two checks or two saves under `npm run dev` most files
 * have not changed. An outline is found by its file's path and text, so an
 * edited file is parsed again. All outlines are one file beside Astro's
 * content cache (a clean build has neither), read whole and written whole:
 * a file per outline costs more in file access than the parsing it saves.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chapterOutline, entryOutline } from '../../markdown/chapter-outline.ts';
import { codeVersion, entryKey } from '../cache-keys.ts';
import { contentCacheDir } from '../content-cache.ts';

interface StoredOutlines {
	/** codeVersion() of the code that made the outlines. */
	version: string;
	outlines: Record<string, unknown>;
}

/** Where the outlines of `contentDir` are kept. */
export const outlineCacheFile = async (contentDir: string) => path.join(await contentCacheDir(contentDir), 'outlines.json');

/** Where the outlines are kept and by which code: none outside a project folder (scripts/check.ts run elsewhere keeps none). */
async function outlineStore(contentDir: string): Promise<{ file: string; version: string } | undefined> {
	const [file, version] = await Promise.all([outlineCacheFile(contentDir), codeVersion()]).catch(() => []);
	return file && version ? { file, version } : undefined;
}

/** The outlines the store holds for this version of the code; none yet (a clean build) or cut short: every file is parsed. */
async function storedOutlines(store: { file: string; version: string } | undefined): Promise<StoredOutlines['outlines']> {
	if (!store) return {};
	try {
		const stored = JSON.parse(await readFile(store.file, 'utf8')) as StoredOutlines;
		return stored.version === store.version ? stored.outlines : {};
	} catch {
		return {};
	}
}

export async function openOutlineCache(contentDir: string) {
	const store = await outlineStore(contentDir);
	const stored = await storedOutlines(store);
	/** The outlines of this read's files: the next read finds these, and only these. */
	const kept = new Map<string, unknown>();
	let parsedAny = false;
	const outline = <T>(kind: string, parse: (markdown: string, file: string) => Promise<T>) => async (markdown: string, file: string): Promise<T> => {
		const key = entryKey(kind, file, markdown);
		if (!kept.has(key)) {
			if (Object.hasOwn(stored, key)) kept.set(key, stored[key]);
			else {
				kept.set(key, await parse(markdown, file));
				parsedAny = true;
			}
		}
		return kept.get(key) as T;
	};
	return {
		chapter: outline('chapter', chapterOutline),
		entry: outline('entry', entryOutline),
		/** Writes this read's outlines for the next, unless they are the ones it found. */
		async save() {
			if (!store || (!parsedAny && kept.size === Object.keys(stored).length)) return;
			const partial = `${store.file}.${process.pid}.partial`;
			try {
				await mkdir(path.dirname(store.file), { recursive: true });
				await writeFile(partial, JSON.stringify({ version: store.version, outlines: Object.fromEntries(kept) } satisfies StoredOutlines));
				await rename(partial, store.file);
			} catch {
				// Not kept (a full disk, a read-only folder): the next read parses again.
			}
		},
	};
}
