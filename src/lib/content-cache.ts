/**
 * Astro's content cache, one per content folder (a fixture build never mixes
 * with the real site's entries), per build of it (the part of the content and
 * where it is published: each prefecture's site built from one folder keeps
 * its rendered chapters, which a build of another would otherwise clear) and
 * per version of the schemas: the cache keeps parsed entries, so entries
 * cached under an older schema would lack fields the new one adds. The build
 * keeps it between runs, and removes the same build's caches of other schema
 * versions; the build benchmark removes it for a clean build.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Where the caches live: node_modules/.astro, or CACHE_DIR (the tests keep theirs in their run's scratch folder). */
const cachesDir = (projectRoot: string) => path.resolve(projectRoot, process.env.CACHE_DIR ?? 'node_modules/.astro');

/** The settings that make one build of a content folder another (publication.ts, routes.ts): its chapters render otherwise. */
const buildVariantSettings = ['ONLY_PREFECTURES', 'ONLY_PLANS', 'BASE_PATH', 'SITE_URL'] as const;

export async function contentCacheDir(contentDir: string, projectRoot = process.cwd(), env: Record<string, string | undefined> = process.env): Promise<string> {
	const hash = createHash('sha256');
	const schemas = (await readdir(path.join(projectRoot, 'src/schemas'))).sort().map((f) => `src/schemas/${f}`);
	for (const file of ['src/content.config.ts', ...schemas]) hash.update(await readFile(path.join(projectRoot, file)));
	const settings = buildVariantSettings.flatMap((name) => (env[name] ? [`${name}=${env[name]}`] : [])).join('\n');
	// The whole site at the root keeps the name it always had.
	const variant = settings ? `-${createHash('sha256').update(settings).digest('hex').slice(0, 8)}` : '';
	const folder = path.resolve(contentDir).replace(/[^A-Za-z0-9]+/g, '-');
	return path.join(cachesDir(projectRoot), `${folder}${variant}-${hash.digest('hex').slice(0, 12)}`);
}

/** The end of a cache's name (contentCacheDir): the schemas' hash, after the content folder's path. */
const versionSuffix = /-[0-9a-f]{12}$/;

/**
 * Removes the caches of the same content folder made under other versions of
 * the schemas (`cacheDir` is this build's, from contentCacheDir): no build
 * reads them again. Returns their names.
 */
export async function removeOutdatedContentCaches(cacheDir: string): Promise<string[]> {
	const folderPart = path.basename(cacheDir).replace(versionSuffix, '');
	const outdated = (await readdir(path.dirname(cacheDir))).filter(
		(name) => name !== path.basename(cacheDir) && versionSuffix.test(name) && name.replace(versionSuffix, '') === folderPart,
	);
	await Promise.all(outdated.map((name) => rm(path.join(path.dirname(cacheDir), name), { recursive: true, force: true })));
	return outdated;
}
