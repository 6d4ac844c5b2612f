import { describe, expect, it } from 'vitest';
import { htmlForIndex } from '../../src/lib/search/index-html.ts';

describe('htmlForIndex', () => {
	const html = '<html lang="ja"><body><main data-pagefind-body data-pagefind-meta="title:第３章 ＤＸの推進"><h1>第３章 ＤＸの推進</h1><p>ＩｏＴと５Ｇ、ﾏｲﾅﾝﾊﾞｰ。令和７（2025）年度</p></main></body></html>';
	const indexed = htmlForIndex(html);

	it('folds the width of the text Pagefind indexes, keeping capitals', () => {
		expect(indexed).toContain('<h1>第3章 DXの推進</h1>');
		expect(indexed).toContain('IoTと5G、マイナンバー。令和7(2025)年度');
	});
	it('keeps markup that folding produces out of the tags', () => {
		expect(htmlForIndex('<p>Ａ＜Ｂ＆Ｃ &amp; ＞</p>')).toBe('<p>A&lt;B&amp;C &amp; &gt;</p>');
	});
	it('ends table cells, captions and definition terms with a space, so the index and its excerpts do not run them together', () => {
		expect(htmlForIndex('<table><caption>指標（単位: ％）</caption><tr><th>年度</th><td>区分</td></tr></table><dl><dt>出典</dt><dd>総務省</dd></dl>')).toBe(
			'<table><caption>指標(単位: %) </caption><tr><th>年度 </th><td>区分 </td></tr></table><dl><dt>出典 </dt><dd>総務省 </dd></dl>',
		);
	});
	it('leaves attributes, and so the result title, as published', () => {
		expect(indexed).toContain('data-pagefind-meta="title:第３章 ＤＸの推進"');
	});
});
