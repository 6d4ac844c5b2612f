import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { headingIds, htmlIds, structureProblems } from '../../src/markdown/chapter-structure.ts';
import { remarkHeadingIds } from '../../src/markdown/remark-heading-ids.ts';

const problems = (markdown: string, inChapter = true) => structureProblems(unified().use(remarkParse).parse(markdown), inChapter).map((p) => `${p.line}: ${p.message.split(/ ?— /)[0]}`);

describe('chapter structure', () => {
	it('accepts balanced HTML, void elements, self-closing tags and comments', () => {
		expect(problems('## 見出し\n\n本文<br>と<sub>下付き</sub>と<img src="a.png" alt="図1" />。<!-- <div> -->\n\n<div>\n<p>箱</p>\n</div>\n')).toEqual([]);
	});

	it('warns about raw HTML the sanitiser takes out: with its content, the tag alone, or an event handler', () => {
		expect(problems('## 見出し\n\n<iframe src="https://example.jp/map"></iframe>\n\n本文<u>下線</u>\n\n<p onclick="alert(1)">文</p>\n')).toEqual([
			'3: <iframe> は安全のため公開するページから取り除かれ、表示されません',
			'5: <u> はこのサイトでは使えないため、タグを除いた中の文字だけが表示されます',
			'7: <p> の on… で始まる属性（スクリプト）は安全のため取り除かれます',
		]);
	});

	it('warns about attributes the sanitiser drops from an element it keeps (style, target), not those it keeps', () => {
		expect(problems('## 見出し\n\n<span style="color:red" title="注">重要</span>と<a href="https://example.jp" target="_blank" data-x="1">リンク</a>\n\n<td colspan="2">表</td>\n')).toEqual([
			'3: <span> の属性 style は公開するページでは取り除かれ、効きません（文字の色や大きさなどの見た目、リンクの開き方はサイトが決めます）',
			'3: <a> の属性 target、data-x は公開するページでは取り除かれ、効きません（文字の色や大きさなどの見た目、リンクの開き方はサイトが決めます）',
		]);
	});

	it('reports a comment left open, which hides the text after it, and warns about one closed that holds text', () => {
		// No end at all: the rest of the file.
		expect(problems('## 見出し\n\n<!-- メモ\n\n## 第２節\n\n本文\n')).toEqual(['3: 「<!--」で始まるコメントが閉じられていないため、この行から後の本文（2行、見出し1つ）が次の「-->」までページに表示されません']);
		// Closed only by the next comment's end.
		expect(problems('<!-- 説明の1行目\n\n本文\n\n<!-- 要確認 -->\n\n本文\n')).toEqual(['1: 「<!--」で始まるコメントが閉じられていないため、この行から後の本文（2行）が次の「-->」までページに表示されません']);
		// Closed where it should be: a section hidden on purpose, perhaps.
		expect(problems('## 見出し\n\n<!--\n## 第２節\n\n本文\n-->\n')).toEqual(['3: このコメント（<!-- から -->）の中の本文（2行、見出し1つ）は、ページに表示されません']);
		// A note over two lines (the chapter template's) hides nothing.
		expect(problems('<!-- 本文は公表された文書のとおりに書きます。\n見出しは「## 」から始めます。 -->\n\n## 見出し\n')).toEqual([]);
	});

	it('reports headings indented out of being headings: after a full-width space (text), by four spaces (code); and warns about text indented into code', () => {
		expect(problems('## 見出し\n\n　## 第２節 進行管理\n\n    ## 第３節\n\n本文\n\n    字下げした文\n\n```\n## 囲んだ例\n```\n\n　字下げは全角スペースで。\n')).toEqual([
			'3: 「## 第２節 進行管理」は行頭に全角スペースがあるため見出しとして読まれず、文章として表示されます',
			'5: 「## 第３節」は行頭に半角スペース4つ以上かタブがあるため見出しとして読まれず、枠で囲んだそのままの文字として表示されます',
			'9: 「字下げした文」は行頭に半角スペース4つ以上かタブがあるため、枠で囲んだそのままの文字（用語のリンクも折り返しもない）として表示されます',
		]);
	});

	it('reports an unclosed tag at the line it opens and a stray closing tag where it stands', () => {
		expect(problems('## 見出し\n\n<div>\n\n本文\n\n文</span>\n')).toEqual([
			'3: HTML のタグ <div> が閉じられていません',
			'7: 閉じタグ </span> に対応する <span> がありません',
		]);
	});

	it('reports an h1 in the body and skipped heading levels', () => {
		expect(problems('### 始まり\n\n# 題\n\n## 節\n\n#### 項\n')).toEqual([
			'1: 見出しのレベルが飛んでいます（章の題名の次が「### 」）',
			'3: 本文に「# 」の見出しは使えません（章の題名が「# 」の見出しになります）',
			'7: 見出しのレベルが飛んでいます（「## 」の次が「#### 」）',
		]);
	});

	it('holds an entry’s text (a term’s definition, an indicator’s notes) to the same levels, in its own words: its page puts it under a heading', () => {
		expect(problems('### 算出の方法\n\n# 題\n', false)).toEqual([
			'1: 見出しのレベルが飛んでいます（本文の始まりの次が「### 」）',
			'3: 本文に「# 」の見出しは使えません（ページの題名が「# 」の見出しになります）',
		]);
		expect(problems('## 算出の方法\n\n### 内訳\n', false)).toEqual([]);
	});

	it('reads the ids raw HTML gives elements, with their lines', () => {
		const markdown = '## 見出し\n\n本文<span id="a">字</span>と<A ID=b name="x"></A>。\n\n<div\n  class="x" id=\'c\'>\n<p data-id="no">箱</p><br id=d>\n</div>\n';
		expect(htmlIds(unified().use(remarkParse).parse(markdown))).toEqual([
			{ id: 'a', line: 3 },
			{ id: 'b', line: 3 },
			{ id: 'c', line: 5 },
			{ id: 'd', line: 7 },
		]);
	});

	it('reads every heading’s id, one in a quote too, with its line', async () => {
		const processor = unified().use(remarkParse).use(remarkGfm).use(remarkHeadingIds);
		const tree = (await processor.run(processor.parse('## 第１節 概要\n\n> ### 参考 {#note}\n\n- ## 一覧 {#list}\n'))) as Root;
		expect(headingIds(tree)).toEqual([
			{ id: 's1', line: 1 },
			{ id: 'note', line: 3 },
			{ id: 'list', line: 5 },
		]);
	});

	it('leaves out ids in comments and on elements the sanitiser drops', () => {
		expect(htmlIds(unified().use(remarkParse).parse('<!-- <span id="a"> -->\n\n<svg id="b"></svg><custom-note id="c">注</custom-note>\n'))).toEqual([]);
	});
});
