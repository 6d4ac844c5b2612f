/** The links of a Markdown text, as the content check reads them. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { elementIds, linksOfMarkdown } from '../../src/markdown/markdown-links.ts';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids.ts';

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

describe('elementIds', () => {
	it('gives every heading’s id, one in a quote too, and those in raw HTML read as a browser does', async () => {
		const processor = unified().use(remarkParse).use(remarkGfm).use(remarkHeadingIds);
		const markdown = '## 第１節 概要\n\n> ### 参考 {#note}\n\n<div id="zu-1">\n\n図\n\n</div>\n\n本文<span id=\'a&amp;b\'>注</span>と<a name="x">。\n';
		const tree = (await processor.run(processor.parse(markdown))) as Root;
		expect(elementIds(tree)).toEqual(['s1', 'note', 'zu-1', 'a&b']);
	});
});
