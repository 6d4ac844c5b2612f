import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypePrintScope } from '../../src/markdown/rehype-print-scope.ts';

/** sample-plan has chapters ch1–ch3. */
const planLinks = new Map([['sample-plan', new Map(['ch1', 'ch2', 'ch3'].map((id) => [id, new Set<string>()]))]]);
const scoped = (html: string, path: string) => {
	const tree = fromHtml(html, { fragment: true });
	rehypePrintScope({ planLinks, chapterName: '第２章' })(tree, new VFile({ path }));
	return toHtml(tree);
};

describe('rehypePrintScope', () => {
	const html = scoped(
		'<div class="heading-wrapper"><h2 id="s1">第１節</h2><a href="#s1">#</a></div><p>本文<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup></p><h2 id="footnote-label">脚注</h2><a href="/glossary/ai/">ＡＩ</a><a href="#">上へ</a>',
		'/site/content/plans/sample-plan/ch2.md',
	);

	it('prefixes ids and in-page links with the chapter, so chapters do not clash', () => {
		expect(html).toContain('<h3 id="ch2-s1">第１節</h3><a href="#ch2-s1">#</a>');
		expect(html).toContain('href="#ch2-user-content-fn-1" id="ch2-user-content-fnref-1" aria-describedby="ch2-footnote-label"');
	});
	it('moves headings one level down under the chapter heading', () => {
		expect(html).toContain('<h3 id="ch2-footnote-label">脚注</h3>');
	});
	it('writes relative addresses from the root, as the print page is not in the chapter’s folder', () => {
		const addresses = scoped('<img src="zu.png" alt=""><a href="../indicators/">指標</a><a href="./資料.pdf">資料</a><a href="?q=1">q</a><a href="https://example.jp/a">外</a><a href="../../other-plan/ch1/">他の計画</a>', '/site/content/plans/sample-plan/ch2.md');
		expect(addresses).toBe('<img src="/plans/sample-plan/ch2/zu.png" alt=""><a href="/plans/sample-plan/indicators/">指標</a><a href="/plans/sample-plan/ch2/%E8%B3%87%E6%96%99.pdf">資料</a><a href="/plans/sample-plan/ch2/?q=1">q</a><a href="https://example.jp/a">外</a><a href="/plans/other-plan/ch1/">他の計画</a>');
	});
	it('sends links to the plan’s chapters to them on the print page, where they are printed too', () => {
		const links = scoped('<a href="../ch1/#s2">第１章第２節</a><a href="../ch1/">第１章</a><a href="/plans/sample-plan/ch3/#s1-%E2%91%A0">第３章</a><a href="#s1">この章</a><a href="../ch9/">ない章</a>', '/site/content/plans/sample-plan/ch2.md');
		// A chapter the plan does not have stays its address, for the link check to report at the link.
		expect(links).toBe('<a href="#ch1-s2">第１章第２節</a><a href="#chapter-ch1">第１章</a><a href="#ch3-s1-①">第３章</a><a href="#ch2-s1">この章</a><a href="/plans/sample-plan/ch9/">ない章</a>');
	});
	it('names the chapter’s permalinks after it too, as every chapter on the print page has its 第１節 第１段落', () => {
		const named = scoped('<h2 id="s1">第１節</h2><a class="heading-anchor" href="#s1" aria-label="「第１節」へのリンク"></a><p id="s1-p1">本文<a class="para-link" href="#s1-p1" aria-label="第１節 第１段落へのリンク"></a></p><a href="#s1" aria-label="上へ">↑</a>', '/site/content/plans/sample-plan/ch2.md');
		expect([...named.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1])).toEqual(['第２章 「第１節」へのリンク', '第２章 第１節 第１段落へのリンク', '上へ']);
	});
	it('leaves links to other pages and to the top of the page alone', () => {
		expect(html).toContain('<a href="/glossary/ai/">ＡＩ</a>');
		expect(html).toContain('<a href="#">上へ</a>');
	});
	it("names each table's scroll box after its chapter heading, as every chapter has its own 表1", () => {
		const tables = scoped(
			'<div class="table-scroll" role="region" tabindex="0" aria-label="表1"><table></table></div><div class="table-scroll" role="region" tabindex="0" aria-label="表2"><table></table></div>',
			'/site/content/plans/sample-plan/ch2.md',
		);
		expect(tables).toContain('id="ch2-table-1" aria-labelledby="chapter-ch2 ch2-table-1"');
		expect(tables).toContain('id="ch2-table-2" aria-labelledby="chapter-ch2 ch2-table-2"');
		expect(tables).toContain('aria-label="表2"');
	});
	it('leaves Markdown that is not a chapter alone', () => {
		expect(scoped('<h2 id="s1">x</h2>', '/site/content/glossary/ai.md')).toBe('<h2 id="s1">x</h2>');
	});
});
