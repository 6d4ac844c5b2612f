import { describe, expect, it } from 'vitest';
import { htmlForIndex, pagefindText } from '../../src/lib/search/index-html.ts';

describe('htmlForIndex', () => {
	const html = '<html lang="ja"><body><main data-pagefind-body data-pagefind-meta="title:第３章 ＤＸの推進"><h1>第３章 ＤＸの推進</h1><p>ＩｏＴと５Ｇ、ﾏｲﾅﾝﾊﾞｰ。令和７（2025）年度</p></main></body></html>';
	const indexed = htmlForIndex(html);
	/** The page as indexed, without the width record added before </body>. */
	const folded = (page: string) => htmlForIndex(page).replace(/<span data-pagefind-meta="widths:[^"]*"><\/span>/, '');

	it('folds the width of the text Pagefind indexes, keeping capitals', () => {
		expect(indexed).toContain('>第3章 DXの推進</h1>');
		expect(indexed).toContain('IoTと5G、マイナンバー。令和7(2025)年度');
	});
	it('records the page’s h1 as its heading, for the ranking (the result title names the plan too)', () => {
		expect(indexed).toContain('<h1 data-pagefind-meta="heading">第3章 DXの推進</h1>');
		// The first h1 only: a page has one (a build test checks), and no other element starts so.
		expect(htmlForIndex('<main data-pagefind-body><h10>…</h10><h1 class="x">題</h1><h1>二つ目</h1></main>')).toMatch(/^<main data-pagefind-body><h10>…<\/h10><h1 data-pagefind-meta="heading" class="x">題<\/h1><h1>二つ目<\/h1><\/main>/);
	});

	it('keeps markup that folding produces out of the tags', () => {
		expect(folded('<p>Ａ＜Ｂ＆Ｃ &amp; ＞</p>')).toBe('<p>A&lt;B&amp;C &amp; &gt;</p>');
	});
	it('ends table cells, captions and definition terms with a space, so the index and its excerpts do not run them together', () => {
		expect(folded('<table><caption>指標（単位: ％）</caption><tr><th>年度</th><td>区分</td></tr></table><dl><dt>出典</dt><dd>総務省</dd></dl>')).toBe(
			'<table><caption>指標(単位: %) </caption><tr><th>年度 </th><td>区分 </td></tr></table><dl><dt>出典 </dt><dd>総務省 </dd></dl>',
		);
	});
	it('leaves attributes, and so the result title, as published', () => {
		expect(indexed).toContain('data-pagefind-meta="title:第３章 ＤＸの推進"');
	});
	it('records, before </body>, which of the indexed characters were full-width: 3 and DX, then IoT, 5G, 7 and the brackets', () => {
		// 第３章 ＤＸの推進 | ＩｏＴと５Ｇ … ７（2025）: full-width 3, D, X, I, o, T, 5, G, 7, ( ; half-width 2025 ; full-width )
		expect(indexed).toMatch(/<\/main><span data-pagefind-meta="widths:0\.a\.4\.1"><\/span><\/body>/);
	});
});

describe('pagefindText', () => {
	it('reads what Pagefind indexes: inside data-pagefind-body, without data-pagefind-ignore, navigation, forms or scripts', () => {
		const page =
			'<body><header>サイト名</header><main data-pagefind-body><h1>題名</h1><nav><a>目次</a></nav><p>本文<span data-pagefind-ignore>¶</span>です。</p>' +
			'<form><label>検索</label><input></form><script>var x = 1;</script><svg><text>図</text></svg><p>続き&amp;終わり<br>次の行</p></main><footer>フッター</footer></body>';
		expect(pagefindText(page)).toBe('題名本文です。続き&終わり次の行');
	});
});
