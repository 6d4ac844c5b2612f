import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCacheDir, removeOutdatedContentCaches } from '../../src/lib/content-cache.ts';
import setupScratchSpace from '../support/scratch-space.ts';

describe('the tests’ scratch space', () => {
	it('takes a run’s temporary folders and content caches, and leaves nothing of them when the run ends', async () => {
		const outer = { tmp: tmpdir(), caches: process.env.CACHE_DIR };
		const teardown = await setupScratchSpace();
		const scratch = path.join(tmpdir(), 'prefplan-build-x');
		await mkdir(scratch);
		await writeFile(path.join(scratch, 'index.html'), '<p>built</p>');
		const cache = await contentCacheDir(path.join(scratch, 'content'));
		await mkdir(cache, { recursive: true });
		expect(path.relative(outer.tmp, scratch)).toMatch(/^prefplan-test-run-[^/]+\/prefplan-build-x$/);
		expect(path.relative(path.dirname(scratch), cache)).toMatch(/^caches\//);
		expect(cache).not.toContain('node_modules');

		await teardown();
		expect([scratch, cache].filter((folder) => existsSync(folder))).toEqual([]);
		expect({ tmp: tmpdir(), caches: process.env.CACHE_DIR }).toEqual(outer);
	});
});

describe('content caches', () => {
	it('keeps each content folder’s cache apart, and the site’s own in node_modules/.astro outside tests', async () => {
		const caches = process.env.CACHE_DIR;
		delete process.env.CACHE_DIR;
		try {
			const site = await contentCacheDir('content');
			expect(path.relative(process.cwd(), site)).toMatch(/^node_modules\/\.astro\/[^/]+-content-[0-9a-f]{12}$/);
			expect(await contentCacheDir('tests/fixtures/site/content')).not.toBe(site);
		} finally {
			process.env.CACHE_DIR = caches;
		}
	});

	it('keeps each build of a folder apart (a prefecture’s site, another base path or origin), so that one does not clear another’s rendered chapters', async () => {
		const whole = await contentCacheDir('content', process.cwd(), {});
		const builds = await Promise.all(
			[{ ONLY_PREFECTURES: '07', BASE_PATH: '/pref07/' }, { ONLY_PREFECTURES: '12', BASE_PATH: '/pref12/' }, { BASE_PATH: '/pref07/' }, { SITE_URL: 'https://plans.example.jp' }, { ONLY_PLANS: 'chiba-dx-2026' }].map((env) => contentCacheDir('content', process.cwd(), env)),
		);
		expect(new Set([whole, ...builds]).size).toBe(6);
		// Settings that do not change a chapter share the whole site's.
		expect(await contentCacheDir('content', process.cwd(), { SEARCH_MERGE_SITES: '/pref12/' })).toBe(whole);
		expect(await contentCacheDir('content', process.cwd(), { ONLY_PREFECTURES: '07', BASE_PATH: '/pref07/' })).toBe(builds[0]);
	});

	it('after a build, keeps its content folder’s cache for the schemas in use and those of other folders, not the ones of older schemas', async () => {
		// A caches folder of this test's own: the run's is shared with the builds of other tests.
		const caches = await mkdtemp(path.join(tmpdir(), 'caches-'));
		const runCaches = process.env.CACHE_DIR;
		process.env.CACHE_DIR = caches;
		const current = await contentCacheDir(path.join(tmpdir(), 'content')).finally(() => (process.env.CACHE_DIR = runCaches));
		const folder = path.basename(current).slice(0, -'-0123456789ab'.length);
		const older = [`${folder}-0123456789ab`, `${folder}-ba9876543210`];
		const others = [`${folder}-old-0123456789ab`, `${folder}s-0123456789ab`, `${folder}-0123456789ab-0123456789ab`, 'data-store.json'];
		for (const name of [path.basename(current), ...older, ...others]) await mkdir(path.join(caches, name), { recursive: true });

		expect((await removeOutdatedContentCaches(current)).sort()).toEqual(older);
		expect((await readdir(caches)).sort()).toEqual([path.basename(current), ...others].sort());
	});
});
