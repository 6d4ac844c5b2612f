/**
 * Chapters rendered by an earlier build, kept on disk so that a rebuild after
 * editing one chapter renders that chapter again and reads the others back.
 * An entry is found by everything its rendering depends on (the Markdown,
 * the chapter, chapterInputs), in a folder per version of the rendering code
 * (cache-keys.ts). The folder sits in
 * Astro's content cache folder: a clean build, without it, renders every
 * chapter. scripts/build.ts opens it (so do the tests that run it); `astro dev` has none.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeVersion } from './cache-keys.ts';

export interface RenderCache {
	/** The value stored under `key` (entryKey, cache-keys.ts) by this build or the previous one. */
	get<T>(key: string): Promise<T | undefined>;
	set(key: string, value: unknown): Promise<void>;
	/** Entries this build found, and those it had to render. */
	readonly stats: { reused: number; rendered: number };
	/** Removes the entries this build did not use (chapters deleted or changed). */
	prune(): Promise<void>;
}

// Astro renders the pages with its own bundled copy of this module: the build's cache is found on globalThis.
const shared = globalThis as { prefplanRenderCache?: RenderCache };

/** The cache of the build under way, if any. */
export const renderCacheOfBuild = (): RenderCache | undefined => shared.prefplanRenderCache;

const entryName = (key: string) => `${key}.json`;

/** Opens the build's cache in `cacheDir` (Astro's content cache folder), dropping caches of other code versions. */
export async function startRenderCache(cacheDir: string, projectRoot = process.cwd()): Promise<RenderCache> {
	const root = path.join(cacheDir, 'rendered-chapters');
	const version = await codeVersion(projectRoot);
	const dir = path.join(root, version);
	for (const old of await readdir(root).catch(() => [])) if (old !== version) await rm(path.join(root, old), { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	// Listed once: a chapter that has no entry (every chapter of a clean build) costs no file access.
	const stored = new Set(await readdir(dir));
	const used = new Set<string>();
	const stats = { reused: 0, rendered: 0 };
	const cache: RenderCache = {
		async get<T>(key: string) {
			const name = entryName(key);
			if (!stored.has(name)) return undefined;
			let value: T;
			try {
				value = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as T;
			} catch {
				return undefined; // not there, or cut short by a build that was stopped: rendered again
			}
			used.add(name);
			stats.reused++;
			return value;
		},
		async set(key, value) {
			const name = entryName(key);
			used.add(name);
			stats.rendered++;
			// Written whole or not at all: a stopped build must not leave half an entry.
			const partial = path.join(dir, `${name}.${process.pid}.partial`);
			await writeFile(partial, JSON.stringify(value));
			await rename(partial, path.join(dir, name));
		},
		stats,
		async prune() {
			for (const name of await readdir(dir)) if (!used.has(name)) await rm(path.join(dir, name), { force: true });
			if (shared.prefplanRenderCache === cache) delete shared.prefplanRenderCache;
		},
	};
	shared.prefplanRenderCache = cache;
	return cache;
}
