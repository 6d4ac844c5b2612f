import { describe, expect, it } from 'vitest';
import { excerptText, tidyExcerptHtml } from '../../src/lib/search/excerpt.ts';

describe('tidyExcerptHtml', () => {
	it('shows the stop Pagefind puts after a Japanese heading as a space, after a closing bracket or a highlighted word too', () => {
		expect(tidyExcerptHtml('計画の概要. 都道府県 福島県')).toBe('計画の概要 都道府県 福島県');
		expect(tidyExcerptHtml('推進計画(<mark>令和4〜7年度</mark>). 元の文書')).toBe('推進計画(<mark>令和4〜7年度</mark>) 元の文書');
		expect(tidyExcerptHtml('4 <mark>推進体制</mark>. 行財政改革')).toBe('4 <mark>推進体制</mark> 行財政改革');
		expect(tidyExcerptHtml('ありたい姿. 1スマートフォン')).toBe('ありたい姿 1スマートフォン');
		expect(tidyExcerptHtml('必要). <mark>令和5年度</mark>')).toBe('必要) <mark>令和5年度</mark>');
		expect(tidyExcerptHtml('デジタル変革（ＤＸ）.')).toBe('デジタル変革（ＤＸ）');
		expect(tidyExcerptHtml('<mark>推進体制</mark>.')).toBe('<mark>推進体制</mark>');
	});

	it('keeps a full stop after Latin text', () => {
		expect(tidyExcerptHtml('Society 5.0. 新たな社会')).toBe('Society 5.0. 新たな社会');
		expect(tidyExcerptHtml('see (p. 5). Next')).toBe('see (p. 5). Next');
		expect(tidyExcerptHtml('<mark>DX</mark>. 推進')).toBe('<mark>DX</mark>. 推進');
		expect(tidyExcerptHtml('Society 5.0.')).toBe('Society 5.0.');
	});
});

describe('excerptText', () => {
	it('leaves out the marks and reads back the angle brackets Pagefind escapes', () => {
		expect(excerptText('<mark>高齢者</mark>の&lt;スマホ&gt;教室')).toBe('高齢者の<スマホ>教室');
	});
});
