/**
 * Rebuilds: a chapter whose Markdown and inputs are unchanged is read back
 * from the previous build's render cache (src/lib/render-cache.ts), and the
 * site written is byte for byte the one a clean build of the same content
 * writes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { appendFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
const outDir = async () => path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-rebuild-')), 'dist');

/** Chapters in the build and those reused, from the build report. */
function chapterRenders(output: string) {
	const match = /章の本文 (\d+)（変更がなく前回のビルドから再利用 (\d+)）/.exec(output);
	expect(match, output).not.toBeNull();
	return { chapters: Number(match![1]), reused: Number(match![2]) };
}

const paragraph = '\n再ビルドの確認のために追加した段落です。\n';
const glossaryNote = '\n定義に追記した一文です。\n';

describe('rebuilds', () => {
	it('render again only what an edit changed, and write what a clean build writes', async () => {
		const root = await contentWithOverlay();
		const content = path.join(root, 'content');
		const dist = await outDir();

		const first = buildSite(content, dist);
		expect(first.status, first.output).toBe(0);
		const { chapters, reused } = chapterRenders(first.output);
		expect(chapters).toBeGreaterThan(1);
		expect(reused).toBe(0);

		// One chapter's own text: only that chapter is rendered again.
		await appendFile(path.join(content, 'plans/sample-plan/ch2.md'), paragraph);
		const second = buildSite(content, dist);
		expect(second.status, second.output).toBe(0);
		expect(chapterRenders(second.output)).toEqual({ chapters, reused: chapters - 1 });
		expect(readFileSync(path.join(dist, 'plans/sample-plan/ch2/index.html'), 'utf8')).toContain('再ビルドの確認のために追加した段落です。');
		expect(readFileSync(path.join(dist, 'plans/sample-plan/print/index.html'), 'utf8')).toContain('再ビルドの確認のために追加した段落です。');

		// A glossary definition shows in every chapter's term toggletips: all are rendered again.
		await appendFile(path.join(content, 'glossary/ai.md'), glossaryNote);
		const third = buildSite(content, dist);
		expect(third.status, third.output).toBe(0);
		expect(chapterRenders(third.output)).toEqual({ chapters, reused: 0 });

		// The same edited content built clean elsewhere (no cache): the same files.
		const fresh = await contentWithOverlay();
		await appendFile(path.join(fresh, 'content/plans/sample-plan/ch2.md'), paragraph);
		await appendFile(path.join(fresh, 'content/glossary/ai.md'), glossaryNote);
		const cleanDist = await outDir();
		const clean = buildSite(path.join(fresh, 'content'), cleanDist);
		expect(clean.status, clean.output).toBe(0);
		expect(chapterRenders(clean.output).reused).toBe(0);
		expect(files(dist)).toEqual(files(cleanDist));
		expect(files(dist).filter((f) => !readFileSync(path.join(dist, f)).equals(readFileSync(path.join(cleanDist, f))))).toEqual([]);
	}, 480_000);
});
