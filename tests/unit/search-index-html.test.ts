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
	it('leaves attributes, and so the result title, as published', () => {
		expect(indexed).toContain('data-pagefind-meta="title:第３章 ＤＸの推進"');
	});
});
