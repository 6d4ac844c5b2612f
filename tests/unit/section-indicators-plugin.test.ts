/**
 * Fixture tests for where 「この箇所の指標」 lands in a chapter:
 * tests/fixtures/section-indicators/<case>/input.md, rendered as chapter ch1
 * of a plan whose indicators belong to its sections → output.html.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../../src/lib/indicator-catalog.ts';
import { markdownOptions, markdownProcessor, renderFile } from '../../src/markdown/pipeline.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const fixtures = path.resolve('tests/fixtures/section-indicators');
const indicator = (section: string, name: string, values: Indicator['values'], comparisons: Indicator['comparisons'] = [], nameIsDescriptive = false): Indicator => ({
	plan: 'sample-plan',
	chapter: 'ch1',
	section,
	name,
	nameIsDescriptive,
	unit: '%',
	direction: '増加',
	values,
	comparisons,
	themes: [],
});
const section = (id: string, depth: number) => ({ depth, id, text: id, line: 1, parents: [], body: '', termText: '' });
const indicators = indicatorCatalog({
	plans: [{ id: 'sample-plan', data: { prefecture: { name: '福島県', code: '07' }, title: 'テスト計画' } as Plan }],
	chapters: [{ planId: 'sample-plan', id: 'ch1', data: { plan: 'sample-plan', order: 1, title: '一', titleIsDescriptive: false, publish: true, themes: {} }, sections: [section('s1', 2), section('s1-1', 3), section('s1-2', 3), section('s2', 2)] }],
	indicators: [
		{ planId: 'sample-plan', id: 'online', data: indicator('s1', 'オンライン利用率', [{ year: 2025, role: '目標値', value: 80 }, { year: 2021, role: '現況値', value: 48.2 }], [{ area: '全国', value: 60 }]) },
		{ planId: 'sample-plan', id: 'forms', data: indicator('s1-1', '電子申請の割合', [{ year: 2020, role: '基準値', value: 10 }, { year: 2023, role: '実績値', value: 30 }, { year: 2025, role: '目標値', value: 50 }]) },
		{ planId: 'sample-plan', id: 'staff', data: indicator('s2', '研修の受講率', [{ role: '現況値', value: null }], [], true) },
	],
});
const processor = markdownProcessor(markdownOptions({ indicators }));
const renderChapter = (markdown: string) => renderFile(processor, markdown, '/site/content/plans/sample-plan/ch1.md');

describe('section indicator fixtures', () => {
	for (const name of readdirSync(fixtures)) {
		it(name, async () => {
			const input = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8');
			const expected = readFileSync(path.join(fixtures, name, 'output.html'), 'utf8');
			expect((await renderChapter(input)).trim()).toBe(expected.trim());
		});
	}
});
