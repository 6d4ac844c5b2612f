import { describe, expect, it } from 'vitest';
import { chapterHtmlForPrint } from '../../src/lib/print-html.ts';

describe('chapterHtmlForPrint', () => {
	const html = chapterHtmlForPrint(
		'<div class="heading-wrapper"><h2 id="s1">第１節</h2><a href="#s1">#</a></div><p>本文<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup></p><h2 id="footnote-label">脚注</h2><a href="/glossary/ai/">ＡＩ</a><a href="#">上へ</a>',
		'ch2',
	);

	it('prefixes ids and in-page links with the chapter, so chapters do not clash', () => {
		expect(html).toContain('<h3 id="ch2-s1">第１節</h3><a href="#ch2-s1">#</a>');
		expect(html).toContain('href="#ch2-user-content-fn-1" id="ch2-user-content-fnref-1" aria-describedby="ch2-footnote-label"');
	});
	it('moves headings one level down under the chapter heading', () => {
		expect(html).toContain('<h3 id="ch2-footnote-label">脚注</h3>');
	});
	it('leaves links to other pages and to the top of the page alone', () => {
		expect(html).toContain('<a href="/glossary/ai/">ＡＩ</a>');
		expect(html).toContain('<a href="#">上へ</a>');
	});
});
