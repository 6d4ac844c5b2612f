import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeOwnListMarkers } from '../../src/markdown/rehype-own-list-markers.ts';

const marked = (html: string) => {
	const tree = fromHtml(html, { fragment: true });
	rehypeOwnListMarkers()(tree);
	return toHtml(tree);
};
/** Whether a list of two items, each starting with `text`, is taken to carry its own marks. */
const carriesOwnMarks = (text: string) => marked(`<ul><li>${text}</li><li>${text}</li></ul>`).startsWith('<ul class="own-markers">');

describe('rehypeOwnListMarkers', () => {
	it('recognises the bullets plans print, with or without a space after them', () => {
		for (const bullet of ['・', '●', '○', '◯', '■', '□', '◆', '◇', '▶', '▷', '►', '※', '-', '–', '—']) {
			expect(carriesOwnMarks(`${bullet}次第`), bullet).toBe(true);
			expect(carriesOwnMarks(`${bullet} 次第`), bullet).toBe(true);
		}
	});

	it('recognises numbering: circled, bracketed, with a full stop or a closing bracket, ア イ ウ before a separator', () => {
		for (const text of ['①安全', '⑳ 安全', '(1) 安心', '（１）安心', '⑴ 安心', '［2］安心', '〔3〕安心', '(a) 安心', '（ア）安心', '1. 安心', '１．安心', '1 安心', '１ 安心', '1) 安心', '１）安心', 'ア 危機管理', 'イ　医療', '第１章 総論']) {
			expect(carriesOwnMarks(text), text).toBe(true);
		}
	});

	it('does not take words or figures at the start of an item for a mark', () => {
		for (const text of ['アプリの活用', '2025年度まで', '10の原則', '5Gの整備', '1.5倍', '(行政)', '基本方針１', '「資料」', 'DX推進']) {
			expect(carriesOwnMarks(text), text).toBe(false);
		}
	});

	it('reads the item’s text through its markup and leading space', () => {
		expect(marked('<ul><li> <strong>1 地方に</strong>仕事</li><li><p><a href="/g/">①</a> 人の流れ</p></li></ul>')).toContain('<ul class="own-markers">');
	});

	it('decides for each list on its own items: a nested list’s marks are not its parent’s', () => {
		expect(marked('<ul><li>次第<ul><li>・席図</li></ul></li></ul>')).toBe('<ul><li>次第<ul class="own-markers"><li>・席図</li></ul></li></ul>');
	});

	it('needs every item to start with a mark', () => {
		expect(marked('<ol><li>(1) 安心</li><li>稼ぐ地域</li></ol>')).toBe('<ol><li>(1) 安心</li><li>稼ぐ地域</li></ol>');
	});

	it('keeps the classes a list has, and leaves the footnotes’ numbers alone', () => {
		expect(marked('<ul class="contains-task-list"><li>・a</li></ul>')).toBe('<ul class="contains-task-list own-markers"><li>・a</li></ul>');
		// The footnote's number, 3, is not in its text.
		expect(marked('<section data-footnotes class="footnotes"><ol><li id="user-content-fn-3" value="3"><p>①…⑩ の原則</p></li></ol></section>')).not.toContain('own-markers');
	});
});
