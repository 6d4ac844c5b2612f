/** What of public/ the site publishes: not the files an operating system leaves in a folder, nor a file hidden by its name. */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHiddenFile, isSystemFile, removeSystemFiles } from '../../src/lib/public-files.ts';

describe('public files', () => {
	it('tells the files Finder and Windows Explorer leave in a folder', () => {
		expect(['.DS_Store', '._zu1.png', 'Thumbs.db', 'thumbs.db', 'desktop.ini'].filter(isSystemFile)).toHaveLength(5);
		expect(['zu1.png', '.env', 'ds_store.png', 'desktop.ini.png'].filter(isSystemFile)).toEqual([]);
	});

	it('tells a file hidden by its name or folder, but not under .well-known/', () => {
		expect(['/.env', '/images/.drafts/zu9.png', '/.htpasswd'].every(isHiddenFile)).toBe(true);
		expect(['/images/zu1.png', '/.well-known/security.txt', '/files/plan.v2.pdf'].some(isHiddenFile)).toBe(false);
	});

	it('removes the operating system’s files from a build’s output, in every folder, and nothing else', async () => {
		const out = await mkdtemp(path.join(tmpdir(), 'prefplan-public-'));
		await mkdir(path.join(out, 'images/zu'), { recursive: true });
		for (const file of ['.DS_Store', 'images/.DS_Store', 'images/zu/Thumbs.db', 'images/._zu1.png', 'images/zu1.png', 'index.html']) await writeFile(path.join(out, file), 'x');
		await removeSystemFiles(out);
		expect((await readdir(out, { recursive: true })).map(String).sort()).toEqual(['images', 'images/zu', 'images/zu1.png', 'index.html']);
	});
});
