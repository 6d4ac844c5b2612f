import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCacheDir } from '../../src/lib/content-cache.ts';
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
});
