/**
 * Links in content Markdown checked without building (the broken-content
 * corpus has the reports; this is what the check decides and what it leaves
 * to the build's link check, which sees the rendered pages).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-check/check-content.ts';
import { linkTargets, type MissingTarget, missingTarget } from '../../src/lib/content-check/content-links.ts';
import { contentWithOverlay, validContent } from '../support/content-fixture.ts';

const { content } = await readContent(validContent);
const targets = linkTargets(content);
/** What a link in the fixture site's sample-plan/ch2.md points at that the site will not have. */
const fromChapter2 = (url: string) => missingTarget(url, '/plans/sample-plan/ch2/', targets);
const verdicts = (urls: string[], of = fromChapter2) => Object.fromEntries(urls.map((url) => [url, of(url)]));
const all = (urls: string[], verdict: string | undefined) => Object.fromEntries(urls.map((url) => [url, verdict]));

describe('links the content decides', () => {
	it.each<[string, string[], MissingTarget | undefined]>([
		['finds pages made from content however the address is written', ['../ch1/', '../ch1', '../ch1/index.html', './', '', '?print', '../../other-plan/ch1/', '/plans/other-plan/', '/plans/sample-plan/print/', '/plans/other-plan/indicators/', '/glossary/ai/', '/themes/role-period/'], undefined],
		['finds headings, in the page and in other chapters', ['#', '#s1', '#s1-1', '../ch1/#concept', '/plans/other-plan/ch1/#period'], undefined],
		['finds an indicator’s or evaluation table’s section on its plan’s indicator page', ['../indicators/#kpi-online', '../indicators/#projects', '/plans/other-plan/indicators/#paper-forms'], undefined],
		['says a page is missing: a chapter, plan, term, theme, indicator page or consultation the content does not have', ['../ch9/', '../ch9', '../../no-plan/ch1/', '/plans/no-plan/', '/plans/no-plan/print/', '/plans/no-plan/indicators/', '/glossary/no-term/', '/themes/no-theme/', '/consultations/no-case/'], 'page'],
		['says a heading is missing, or the section a paragraph would be in', ['#s9', '#s1-9', '../ch1/#s9', '../ch1/#s9-p1', '#第１節'], 'fragment'],
		['says an indicator or evaluation table is missing from its plan’s indicator page', ['../indicators/#kpi-onlin', '../indicators/#paper-forms', '/plans/other-plan/indicators/#no-id'], 'fragment'],
		['finds files of public/ and files the build makes from content', ['/favicon.svg', '../../../favicon.svg', '/data/indicators.csv', '/data/plans/sample-plan/indicators.json', '/feed.xml'], undefined],
		['says a file is missing from public/: an image or a document, however its address is written', ['/files/plan.pdf', '../ch1/zu.png', 'zu.png', '/images/zu1.png?v=2'], 'file'],
		['knows the ids the layout gives every chapter page', ['#main', '#site-search', '#citation-menu', '#footnote-label', '#opinion-panel'], undefined],
	])('%s', (_, urls, verdict) => {
		expect(verdicts(urls)).toEqual(all(urls, verdict));
	});

	it('knows the ids raw HTML gives a chapter, as a browser reads them', async () => {
		const root = await contentWithOverlay();
		const chapter = path.join(root, 'content/plans/sample-plan/ch3.md');
		await writeFile(chapter, '---\nplan: sample-plan\norder: 3\ntitle: 資料\n---\n\n## 第１節 資料\n\n<div id="zu-1">図１</div>\n\n<p id="a&amp;b">表</p>\n');
		const { content } = await readContent(path.join(root, 'content'), root);
		const fromChapter3 = (url: string) => missingTarget(url, '/plans/sample-plan/ch3/', linkTargets(content));
		expect(verdicts(['#zu-1', '#a%26b', '#zu-2'], fromChapter3)).toEqual({ '#zu-1': undefined, '#a%26b': undefined, '#zu-2': 'fragment' });
	});
});

describe('links left to the build', () => {
	it.each<[string, string[]]>([
		['files the build writes besides its pages, and pages not made from content', ['/robots.txt', '/pagefind/pagefind.js', '/_astro/page.css', '/404.html', '/search/', '/search/?q=DX', '/indicators/compare/no-metric/', '/themes/role-period/07/2/', '/plans/sample-plan/ch1/extra/', '/plans/sample-plan/changes/', '/files/']],
		['paragraphs, footnotes and glossary toggletips, which only rendering numbers', ['#p3', '#s1-p99', '../ch1/#s1-1-p1', '../ch1/#user-content-fn-9', '#term-s1-ai']],
		['ids of pages other than chapters and indicator pages', ['/glossary/ai/#no-id', '/plans/sample-plan/print/#ch1-s9', '/plans/sample-plan/#no-id']],
		['parts of an indicator page’s sections, its notes’ ids, and the page’s own', ['../indicators/#kpi-online-caption', '../indicators/#kpi-online-hatched', '../indicators/#note-kpi-online-user-content-fn-1', '../indicators/#progress-formula', '../indicators/#main']],
		['other sites and schemes', ['https://example.jp/plans/x/', '//cdn.example.jp/ch9/', 'mailto:dx@example.jp', 'plan:no-plan', 'javascript:alert(1)']],
		['addresses the pipeline and a browser read differently, or not at all', ['..\\ch9\\', '../ch9/%zz', '#%zz', 'http://']],
	])('%s', (_, urls) => {
		expect(verdicts(urls)).toEqual(all(urls, undefined));
	});

	it('pages of files that have problems of their own (reported for those, not again for each link)', async () => {
		const root = await contentWithOverlay(path.resolve('tests/fixtures/broken/missing-title'));
		const { content } = await readContent(path.join(root, 'content'), root);
		expect(content.chapters.some((c) => c.planId === 'sample-plan' && c.id === 'ch1')).toBe(false);
		const undecided = ['../ch1/', '../ch1/#s9'];
		expect(verdicts(undecided, (url) => missingTarget(url, '/plans/sample-plan/ch2/', linkTargets(content)))).toEqual(all(undecided, undefined));
	});

	it('ids of an indicator page one of whose files has problems of its own', async () => {
		const root = await contentWithOverlay(path.resolve('tests/fixtures/broken/non-numeric-value'));
		const { content } = await readContent(path.join(root, 'content'), root);
		expect(content.indicators.some((i) => i.planId === 'sample-plan' && i.id === 'kpi-online')).toBe(false);
		const undecided = ['../indicators/#kpi-online', '../indicators/#projects', '../indicators/#no-id'];
		expect(verdicts(undecided, (url) => missingTarget(url, '/plans/sample-plan/ch2/', linkTargets(content)))).toEqual(all(undecided, undefined));
	});
});
