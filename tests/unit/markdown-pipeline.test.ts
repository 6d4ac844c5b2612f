/**
 * Fixture tests for the Markdown pipeline shared by Astro and the content
 * check: tests/fixtures/markdown/<case>/input.md → output.html.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/markdown/pipeline.ts';

const fixtures = path.resolve('tests/fixtures/markdown');
const processor = await createMarkdownProcessor(markdownOptions());
/** Rendered as a plan chapter, like content/plans/<plan>/<chapter>.md (paragraph permalinks are for chapters only). */
const chapterFile = new URL('file:///content/plans/fixture-plan/ch1.md');
const render = (markdown: string) => processor.render(markdown, { fileURL: chapterFile });

describe('markdown fixtures', () => {
	for (const name of readdirSync(fixtures)) {
		it(name, async () => {
			const input = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8');
			const expected = readFileSync(path.join(fixtures, name, 'output.html'), 'utf8');
			expect((await render(input)).code.trim()).toBe(expected.trim());
		});
	}
});

describe('paragraph permalinks', () => {
	it('number the paragraphs of plan chapters only, not the site’s own texts (glossary, consultations)', async () => {
		expect((await render('本文です。')).code).toContain('<p id="p1">本文です。<a class="para-link" href="#p1"');
		for (const file of ['file:///content/glossary/ai.md', 'file:///content/consultations/case.md']) {
			expect((await processor.render('本文です。', { fileURL: new URL(file) })).code).toBe('<p>本文です。</p>');
		}
	});
});

describe('heading ids', () => {
	it('builds ids from the numbering and reports them as headings', async () => {
		const { metadata } = await render(readFileSync(path.join(fixtures, 'numbered-headings/input.md'), 'utf8'));
		expect(metadata.headings.map((h) => h.slug)).toEqual(['s1', 's1-1', 's1-1-1', 's1-1-1-1', 's1-1-2', 's1-2', 's2', 's2-1']);
	});

	it('keeps ids when text around a heading changes', async () => {
		const before = await render('## 第２節 国の動向\n\n### ３ 官民データ\n');
		const after = await render('## 第２節 国の動向（改訂）\n\n前置きを追加。\n\n### ３ 官民データの活用推進\n');
		expect(after.metadata.headings.map((h) => h.slug)).toEqual(before.metadata.headings.map((h) => h.slug));
	});

	it('never percent-encodes Japanese into an id', async () => {
		const { metadata } = await render('## 【概念図】\n\n## ■ 推進体制\n');
		for (const heading of metadata.headings) expect(heading.slug).toMatch(/^[a-z][a-z0-9-]*$/);
	});

	it('fails on two headings with the same id, naming the line and the first one', async () => {
		await expect(render('## 第１節 目的\n\n本文\n\n## 第１節 目的（再掲）\n')).rejects.toMatchObject({
			line: 5,
			reason: expect.stringContaining('見出しの id「s1」が同じ章の1行目と重複しています'),
		});
	});

	it('rejects an explicit id that is not lower-case ASCII', async () => {
		await expect(render('## 概要 {#概要}\n')).rejects.toMatchObject({ line: 1, reason: expect.stringContaining('「概要」は使えません') });
	});
});
