/**
 * Reproducible builds: the fixture site built twice — once from its own folder,
 * once from a copy elsewhere (another path, a cold content cache) — gives the
 * same files, byte for byte, Pagefind's index included. Nothing in the output
 * depends on the time, the machine's paths or chance.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { contentWithOverlay, validContent } from '../support/content-fixture.ts';

const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

describe('reproducible builds', () => {
	it('builds the same content into identical files', async () => {
		const [first, second] = await Promise.all([1, 2].map(async () => path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-repro-')), 'dist')));
		const copy = await contentWithOverlay();
		for (const [content, out] of [[validContent, first!], [path.join(copy, 'content'), second!]] as const) {
			const result = buildSite(content, out);
			expect(result.status, result.output).toBe(0);
		}
		const listed = files(first!);
		expect(files(second!)).toEqual(listed);
		expect(listed.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(5);
		const differing = listed.filter((f) => !readFileSync(path.join(first!, f)).equals(readFileSync(path.join(second!, f))));
		expect(differing).toEqual([]);
	}, 480_000);
});
