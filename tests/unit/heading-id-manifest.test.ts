import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-check/check-content.ts';
import { headingIdManifest, headingIdManifestFile, readHeadingIdManifest, vanishedHeadingIds } from '../../src/lib/content-check/heading-id-manifest.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { validContent } from '../support/content-fixture.ts';

const root = path.resolve('tests/fixtures/site');
const { content } = await readContent(validContent, root);

describe('heading id manifest', () => {
	it('lists each chapter’s heading ids, sorted, keyed by plan/chapter', () => {
		const manifest = headingIdManifest(content);
		expect(Object.keys(manifest)).toEqual(['other-plan/ch1', 'sample-plan/ch1', 'sample-plan/ch2']);
		expect(manifest['sample-plan/ch1']).toEqual(['concept', 's1', 's1-1', 's1-2']);
	});

	it('finds nothing vanished when the content is what was published', () => {
		expect(vanishedHeadingIds(content, headingIdManifest(content), validContent, root)).toEqual([]);
	});

	it('warns about every published heading id and chapter the content no longer has', () => {
		const published = { ...headingIdManifest(content), 'sample-plan/ch1': ['concept', 's1', 's1-1', 's1-2', 's1-3'], 'sample-plan/ch9': ['s1'] };
		expect(vanishedHeadingIds(content, published, validContent, root).map(formatProblem)).toEqual([
			'content/plans/sample-plan/ch1.md: （警告）公開中の見出しの id「s1-3」がなくなります（外部からのリンク …#s1-3 が切れます）— 見出しを残すか、新しい見出しの行末に {#s1-3} を付けて id を引き継いでください。意図した削除なら、このまま公開できます',
			'content/plans/sample-plan/ch9.md: （警告）公開中の章「sample-plan/ch9」のファイルがなくなります（/plans/sample-plan/ch9/ へのリンクが切れます）— ファイル名を変えた場合は元の名前に戻してください。意図した削除なら、このまま公開できます',
		]);
	});

	it('does not call a chapter gone whose file is still there (its errors are reported on their own)', () => {
		const withoutCh2 = { ...content, chapters: content.chapters.filter((c) => !(c.planId === 'sample-plan' && c.id === 'ch2')) };
		expect(vanishedHeadingIds(withoutCh2, headingIdManifest(content), validContent, root)).toEqual([]);
	});

	it('leaves out the chapters of a plan marked publish: false: nothing of it is published, nothing of it can vanish', () => {
		const unpublish = (planId: string) => ({ ...content, plans: content.plans.map((p) => (p.id === planId ? { ...p, data: { ...p.data, publish: false } } : p)) });
		const manifest = headingIdManifest(unpublish('other-plan'));
		expect(Object.keys(manifest)).toEqual(['sample-plan/ch1', 'sample-plan/ch2']);
		expect(vanishedHeadingIds(unpublish('other-plan'), manifest, validContent, root)).toEqual([]);
	});

	it('warns once when a published plan is marked publish: false', () => {
		const unpublished = { ...content, plans: content.plans.map((p) => (p.id === 'sample-plan' ? { ...p, data: { ...p.data, publish: false } } : p)) };
		expect(vanishedHeadingIds(unpublished, headingIdManifest(content), validContent, root).map(formatProblem)).toEqual([
			'content/plans/sample-plan/plan.yaml: （警告）公開中の計画「sample-plan」が publish: false になっていて、次のビルドでサイトからなくなります（/plans/sample-plan/ へのリンクが切れます）— 意図して公開をやめるなら、このまま公開できます',
		]);
	});

	it('leaves out a chapter marked publish: false, and warns when a published one is marked so', () => {
		const draft = { ...content, chapters: content.chapters.map((c) => (c.planId === 'sample-plan' && c.id === 'ch2' ? { ...c, data: { ...c.data, publish: false } } : c)) };
		expect(Object.keys(headingIdManifest(draft))).toEqual(['other-plan/ch1', 'sample-plan/ch1']);
		// npm run dev's publication keeps it.
		expect(Object.keys(headingIdManifest(draft, { plan: () => true, chapter: () => true, entry: () => true, results: () => true }))).toContain('sample-plan/ch2');
		expect(vanishedHeadingIds(draft, headingIdManifest(draft), validContent, root)).toEqual([]);
		expect(vanishedHeadingIds(draft, headingIdManifest(content), validContent, root).map(formatProblem)).toEqual([
			'content/plans/sample-plan/ch2.md: （警告）公開中の章「sample-plan/ch2」が publish: false になっていて、次のビルドでサイトからなくなります（/plans/sample-plan/ch2/ へのリンクが切れ、この章に置いた指標・評価の表も公開されなくなります）— 意図して公開をやめるなら、このまま公開できます',
		]);
	});

	it('reads a manifest cut short as none (the next build writes it again), not as a crash', async () => {
		const site = await mkdtemp(path.join(tmpdir(), 'manifest-'));
		await writeFile(path.join(site, headingIdManifestFile), '{"sample-plan/ch1": ["s1", "s');
		expect(await readHeadingIdManifest(site)).toBeUndefined();
		await writeFile(path.join(site, headingIdManifestFile), JSON.stringify(headingIdManifest(content)));
		expect(await readHeadingIdManifest(site)).toEqual(headingIdManifest(content));
	});
});
