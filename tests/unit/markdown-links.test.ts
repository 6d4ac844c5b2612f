/** The links of a Markdown text, as the content check reads them. */
import { describe, expect, it } from 'vitest';
import { linksOfMarkdown } from '../../src/markdown/markdown-links.ts';

describe('linksOfMarkdown', () => {
	it('finds inline links and the definitions reference links use, in document order, with their lines', () => {
		const markdown = ['[第２章](../ch2/)と[第３章][c3]。', '', '[c3]: ../ch3/#s1', '[unused]: ../ch9/', '[C3]: ../ch4/', '', '<https://example.jp/>'].join('\n');
		expect(linksOfMarkdown(markdown)).toEqual([
			{ url: '../ch2/', kind: 'link', line: 1 },
			{ url: '../ch3/#s1', kind: 'link', line: 3 },
			{ url: 'https://example.jp/', kind: 'link', line: 7 },
		]);
	});

	it('finds images, inline and by reference, as images', () => {
		const markdown = ['![図１](/images/zu1.png)と[図２の説明][z2]', '', '![図２][z2]', '', '[z2]: /images/zu2.png'].join('\n');
		expect(linksOfMarkdown(markdown)).toEqual([
			{ url: '/images/zu1.png', kind: 'image', line: 1 },
			{ url: '/images/zu2.png', kind: 'image', line: 5 },
		]);
	});

	it('finds raw HTML’s <a href> and <img src> among them, read as a browser reads them, and no other tag’s address', () => {
		const markdown = ['前文<A HREF="../ch2/?a=1&amp;b=2">第２章</A>。', '', '[第３章](../ch3/)', '', '<div>', '<a name="x">印</a><img src="/zu.png" alt="図"><a href=\'#s1\'>戻る</a>', '</div>'].join('\n');
		expect(linksOfMarkdown(markdown)).toEqual([
			{ url: '../ch2/?a=1&b=2', kind: 'link', line: 1 },
			{ url: '../ch3/', kind: 'link', line: 3 },
			{ url: '/zu.png', kind: 'image', line: 6 },
			{ url: '#s1', kind: 'link', line: 6 },
		]);
	});

	it('finds none in text without link syntax', () => {
		expect(linksOfMarkdown('[注記] と [1] は本文です。')).toEqual([]);
	});
});
