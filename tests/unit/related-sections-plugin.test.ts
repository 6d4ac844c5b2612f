/**
 * 「他県の計画では」 after tagged headings, rendered through the chapter pipeline:
 * a subsection's box names only the themes its enclosing sections do not.
 */
import { selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildCrossLinks } from '../../src/lib/cross-links.ts';
import type { OutlineSection } from '../../src/markdown/chapter-outline.ts';
import { markdownOptions, markdownProcessor, renderFile } from '../../src/markdown/pipeline.ts';

const section = (id: string, text: string, parents: string[] = []): OutlineSection => ({ id, text, body: '', parents, depth: parents.length + 2, line: 1, termText: '' });
const theme = (title: string, order: number) => ({ title, kind: 'topic' as const, aliases: [], order });
const crossLinks = buildCrossLinks({
	plans: [
		{ id: 'toyama', prefecture: { name: '富山県', code: '16' }, name: '富山県 評価' },
		{ id: 'chiba', prefecture: { name: '千葉県', code: '12' }, name: '千葉県 戦略' },
	],
	chapters: [
		{ planId: 'toyama', id: 'ch3', label: 'ch3', themes: { n1: ['admin'], 'n1-1': ['admin', 'data'], 'n1-1-r5': ['admin'] }, sections: [section('n1', '1 行政'), section('n1-1', '(1) 県庁', ['n1']), section('n1-1-r5', '令和5年度末', ['n1', 'n1-1'])] },
		{ planId: 'chiba', id: 'ch1', label: '第1章', themes: { gyosei: ['admin', 'data'] }, sections: [section('gyosei', '行政')] },
	],
	themes: [
		{ id: 'admin', data: theme('行政のDX', 10) },
		{ id: 'data', data: theme('データ利活用', 50) },
	],
});
const processor = markdownProcessor(markdownOptions({ crossLinks }));

describe('rehypeRelatedSections', () => {
	it('names under each heading only the themes the sections it sits in do not, and none under a heading that adds none', async () => {
		const html = await renderFile(processor, '## 1 行政 {#n1}\n\n### (1) 県庁 {#n1-1}\n\n#### 令和5年度末 {#n1-1-r5}\n\n本文。\n', '/site/content/plans/toyama/ch3.md');
		const boxes = selectAll('aside.related-sections', fromHtml(html, { fragment: true }));
		expect(boxes.map((box) => toString(selectAll('.related-themes', box)[0]!))).toEqual(['テーマ: 行政のDX', 'テーマ: データ利活用']);
		// Places counted as か所, as the theme pages count them; the theme page lists this plan's places too.
		expect(boxes.map((box) => toString(selectAll('summary', box)[0]!))).toEqual(['他県の計画では（行政のDX 1か所）', '他県の計画では（データ利活用 1か所）']);
		expect(toString(selectAll('.related-group > p:last-child', boxes[0]!)[0]!)).toBe('「行政のDX」を全都道府県で比べる（他県の1か所を含む）');
	});
});
