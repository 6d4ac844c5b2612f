import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchIndexOfBuild, startSearchIndex } from '../../src/lib/search/write-index.ts';

const page = (body: string) => `<!doctype html><html lang="ja"><head><title>t</title></head><body>${body}</body></html>`;

describe('the build’s search index', () => {
	it('takes pages while they are rendered, skips pages without a body to index, and is handed over until closed', async () => {
		const index = await startSearchIndex();
		try {
			expect(searchIndexOfBuild()).toBe(index);
			searchIndexOfBuild()!.add('/plans/a/ch1/', page('<main data-pagefind-body><h1>第１章</h1><p>行政手続のオンライン化</p></main>'));
			searchIndexOfBuild()!.add('/plans/a/ch2/', page('<main data-pagefind-body><h1>第２章</h1><p>デジタル人材の育成</p></main>'));
			searchIndexOfBuild()!.add('/404/', page('<main><h1>ページが見つかりません</h1></main>'));
			const out = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-index-')), 'pagefind');
			expect(await index.write(out)).toBe(2);
			expect(existsSync(path.join(out, 'pagefind-entry.json'))).toBe(true);
		} finally {
			await index.close();
		}
		expect(searchIndexOfBuild()).toBeUndefined();
	});
});
