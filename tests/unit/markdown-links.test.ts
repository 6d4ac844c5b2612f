/** The links of a Markdown text, as the content check reads them. */
import { describe, expect, it } from 'vitest';
import { linksOfMarkdown } from '../../src/markdown/markdown-links.ts';

describe('linksOfMarkdown', () => {
	it('finds inline links and the definitions reference links use, in document order, with their lines', () => {
		const markdown = ['[第２章](../ch2/)と[第３章][c3]。', '', '[c3]: ../ch3/#s1', '[unused]: ../ch9/', '[C3]: ../ch4/', '', '<https://example.jp/>'].join('\n');
		expect(linksOfMarkdown(markdown)).toEqual([
			{ url: '../ch2/', line: 1 },
			{ url: '../ch3/#s1', line: 3 },
			{ url: 'https://example.jp/', line: 7 },
		]);
	});

	it('finds raw HTML’s <a href> among them, read as a browser reads it, and no other tag’s address', () => {
		const markdown = ['前文<A HREF="../ch2/?a=1&amp;b=2">第２章</A>。', '', '[第３章](../ch3/)', '', '<div>', '<a name="x">印</a><img src="/zu.png" alt="図"><a href=\'#s1\'>戻る</a>', '</div>'].join('\n');
		expect(linksOfMarkdown(markdown)).toEqual([
			{ url: '../ch2/?a=1&b=2', line: 1 },
			{ url: '../ch3/', line: 3 },
			{ url: '#s1', line: 6 },
		]);
	});

	it('finds none in text without link syntax', () => {
		expect(linksOfMarkdown('[注記] と [1] は本文です。')).toEqual([]);
	});
});
