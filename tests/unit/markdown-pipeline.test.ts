/**
 * Fixture tests for the Markdown pipeline shared by Astro and the content
 * check: tests/fixtures/markdown/<case>/input.md → output.html.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterOutline } from '../../src/markdown/chapter-outline.ts';
import { markdownOptions, markdownProcessor, renderFile } from '../../src/markdown/pipeline.ts';
import { markdownToPlainText } from '../../src/markdown/plain-text.ts';

const fixtures = path.resolve('tests/fixtures/markdown');
const processor = markdownProcessor(markdownOptions());
const renderAs = (markdown: string, file: string) => renderFile(processor, markdown, file);
/** Rendered as a plan chapter, like content/plans/<plan>/<chapter>.md (paragraph permalinks are for chapters only). */
const render = (markdown: string) => renderAs(markdown, '/content/plans/fixture-plan/ch1.md');
/** Heading ids as rendered, in document order. */
const headingIds = (html: string) => [...html.matchAll(/<h[2-6] id="([^"]+)"/g)].map((m) => m[1]);

describe('markdown fixtures', () => {
	for (const name of readdirSync(fixtures)) {
		it(name, async () => {
			const input = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8');
			const expected = readFileSync(path.join(fixtures, name, 'output.html'), 'utf8');
			expect((await render(input)).trim()).toBe(expected.trim());
		});
	}
});

describe('paragraph permalinks', () => {
	it('number the paragraphs of plan chapters only, not the site’s own texts (glossary, consultations)', async () => {
		expect(await render('本文です。')).toContain('<p id="p1">本文です。<a class="para-link" href="#p1"');
		for (const file of ['/content/glossary/ai.md', '/content/consultations/case.md']) {
			expect(await renderAs('本文です。', file)).toBe('<p>本文です。</p>');
		}
	});
});

describe('heading ids', () => {
	it('builds ids from the numbering; the outline (the table of contents) has the same ones', async () => {
		const markdown = readFileSync(path.join(fixtures, 'numbered-headings/input.md'), 'utf8');
		const ids = ['s1', 's1-1', 's1-1-1', 's1-1-1-1', 's1-1-2', 's1-2', 's2', 's2-1'];
		expect(headingIds(await render(markdown))).toEqual(ids);
		const outline = await chapterOutline(markdown);
		expect(outline.ok && outline.sections.map((s) => s.id)).toEqual(ids);
	});

	it('leaves editorial notes out of a section’s text in the outline (excerpts and term uses come from the plan’s words only)', async () => {
		const outline = await chapterOutline('## 第１節 現状\n\n> [!編集部注] 元の資料ではここに図があります。\n\n本県では、ＤＸを進めます。\n');
		expect(outline.ok && outline.sections.map((s) => s.body)).toEqual(['本県では、ＤＸを進めます。']);
	});

	it('keeps the text before the first heading as the chapter’s opening, in no section (an editorial note left out)', async () => {
		const outline = await chapterOutline('> [!編集部注] 元の資料では図です。\n\n| 区分 | 評価 |\n|---|---|\n| 行政 | A |\n\n## 第１節 現状\n\n本県では、ＤＸを進めます。\n');
		if (!outline.ok) throw new Error(outline.message);
		expect(outline.intro.body.split('\n')).toEqual(['区分', '評価', '行政', 'A']);
		expect(outline.sections.map((s) => s.body)).toEqual(['本県では、ＤＸを進めます。']);
		const headed = await chapterOutline('## 第１節 現状\n\n本文。\n');
		expect(headed.ok && headed.intro).toEqual({ body: '', termText: '' });
	});

	it('keeps list items, table cells and hard line breaks apart in a section’s text (excerpts, term uses), not one run of characters', async () => {
		const outline = await chapterOutline(
			'## デジタル実装の基礎条件整備\n\n国が推進\n\n- **1 デジタル基盤の整備**\\\n  デジタルインフラの整備 等\n- **2 人材**\n\n| 年度 | 値 |\n| --- | --- |\n| 令和５ | 80 |\n',
		);
		expect(outline.ok && outline.sections[0]!.body.split('\n')).toEqual(['国が推進', '1 デジタル基盤の整備', 'デジタルインフラの整備 等', '2 人材', '年度', '値', '令和５', '80']);
	});

	it('reads a glossary definition as one line of text, its list items separated by spaces', () => {
		expect(markdownToPlainText('次の二つ。\n\n- 行政**手続**の\n  オンライン化\n- 窓口の<abbr>DX</abbr>\n')).toBe('次の二つ。 行政手続の オンライン化 窓口のDX');
	});

	it('keeps ids when text around a heading changes', async () => {
		const before = await render('## 第２節 国の動向\n\n### ３ 官民データ\n');
		const after = await render('## 第２節 国の動向（改訂）\n\n前置きを追加。\n\n### ３ 官民データの活用推進\n');
		expect(headingIds(after)).toEqual(headingIds(before));
		expect(headingIds(before)).toHaveLength(2);
	});

	it('never percent-encodes Japanese into an id', async () => {
		const ids = headingIds(await render('## 【概念図】\n\n## ■ 推進体制\n'));
		expect(ids).toHaveLength(2);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
	});

	it('reports two headings with the same id at the second, naming the first, with the file\'s other problems', async () => {
		const outline = await chapterOutline('## 第１節 目的\n\n本文\n\n## 第１節 目的（再掲）\n\n## 【概念図】\n');
		expect(outline.ok && outline.problems).toEqual([
			{ line: 5, message: expect.stringContaining('見出しの id「s1」が同じファイルの見出し「第１節 目的」と重複しています') },
			{ line: 7, message: expect.stringContaining('「【概念図】」') },
		]);
	});

	it('reports an explicit id that is not lower-case ASCII', async () => {
		const outline = await chapterOutline('## 概要 {#概要}\n');
		expect(outline.ok && outline.problems).toEqual([{ line: 1, message: expect.stringContaining('「概要」は使えません') }]);
	});
});
