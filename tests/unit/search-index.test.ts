import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchIndexOfBuild } from '../../src/lib/search/index-of-build.ts';
import { startSearchIndex } from '../../src/lib/search/write-index.ts';
import { spellingShard } from '../../src/lib/search/readings.ts';

const page = (body: string) => `<!doctype html><html lang="ja"><head><title>t</title></head><body>${body}</body></html>`;

describe('the build’s search index', () => {
	it('takes pages while they are rendered, skips pages without a body to index, writes the readings of their kanji words, and is handed over until closed', async () => {
		const index = await startSearchIndex();
		try {
			expect(searchIndexOfBuild()).toBe(index);
			searchIndexOfBuild()!.add('/plans/a/ch1/', page('<main data-pagefind-body><h1>第１章</h1><p>行政手続のオンライン化</p></main>'));
			searchIndexOfBuild()!.add('/plans/a/ch2/', page('<main data-pagefind-body><h1>第２章</h1><p>デジタル人材の育成</p></main>'));
			searchIndexOfBuild()!.add('/404/', page('<main><h1>迷子の案内</h1></main>'));
			const site = await mkdtemp(path.join(tmpdir(), 'prefplan-index-'));
			const written = await index.write(site);
			expect(written.pages).toBe(2);
			expect(existsSync(path.join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
			// The readings of the indexed pages' kanji words, and only theirs.
			const files = await readdir(path.join(site, 'search-readings'));
			const read = (file: string) => readFile(path.join(site, 'search-readings', file), 'utf8').then((text) => JSON.parse(text) as object);
			// The files by first kana, and (named s…) by a spelling's first character.
			const readings = Object.assign({}, ...(await Promise.all(files.filter((file) => !file.startsWith('s')).map(read)))) as Record<string, string[]>;
			const spellings = Object.assign({}, ...(await Promise.all(files.filter((file) => file.startsWith('s')).map(read)))) as Record<string, string>;
			expect(readings['ギョウセイテツヅキ']).toEqual(['行政手続']);
			expect(readings['ジンザイ']).toEqual(['人材']);
			expect(readings['マイゴ']).toBeUndefined();
			expect(written.readings).toBe(Object.keys(readings).length);
			// Each in the file of its first kana: ギ is U+30AE.
			expect(Object.keys(JSON.parse(await readFile(path.join(site, 'search-readings', '30ae.json'), 'utf8')))).toContain('ギョウセイテツヅキ');
			expect(spellings['行政手続']).toBe('ギョウセイテツヅキ');
			expect(Object.keys(await read(`${spellingShard('行政手続')}.json`))).toContain('行政手続');
		} finally {
			await index.close();
		}
		expect(searchIndexOfBuild()).toBeUndefined();
	});
});
