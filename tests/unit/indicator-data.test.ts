/** The indicator data path: CSV writing, the catalog (order, lookups), and the open-data records built from it. */
import { existsSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { hasIndicatorPage, indicatorCatalog } from '../../src/lib/indicator-catalog.ts';
import { dataCsv, dataJson, evaluationColumns, evaluationRecords, indicatorColumns, indicatorRecords } from '../../src/lib/open-data.ts';
import { routes } from '../../src/lib/routes.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { Plan } from '../../src/schemas/plan.ts';

describe('toCsv', () => {
	it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
		const csv = toCsv(['a', 'b'], [[1, 'x']]);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(csv.slice(1)).toBe('a,b\r\n1,x\r\n');
	});

	it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
		expect(toCsv(['h'], [['a,b'], ['say "hi"'], ['two\nlines'], ['plain']]).slice(1)).toBe('h\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\nplain\r\n');
	});

	it('round-trips through a CSV parser, keeping blank apart from zero', () => {
		const rows = [
			['「くらしたい国、富山」', 164959, null],
			['注記 "引用" あり\r\n2行目', 0, 48.2],
		];
		const parsed = parse(toCsv(['名前', '値', '値2'], rows), { bom: true, record_delimiter: ['\r\n'] }) as string[][];
		expect(parsed).toEqual([['名前', '値', '値2'], ['「くらしたい国、富山」', '164959', ''], ['注記 "引用" あり\r\n2行目', '0', '48.2']]);
	});
});

const plan = { prefecture: { name: '青森県', code: '02' }, title: '青森県DX推進方向', titleIsDescriptive: false, kind: '推進方向', dates: [], summary: 's', source: { title: 't', file: 'source.txt' } } as unknown as Plan;
const indicator: Indicator = {
	plan: 'aomori',
	chapter: 'ch1',
	section: 's1',
	name: 'デジタル化に取り組んでいる割合',
	nameIsDescriptive: true,
	unit: '%',
	direction: '増加',
	values: [
		{ year: 2022, role: '現況値', value: 76.9 },
		{ year: 2019, role: '基準値', value: null },
	],
	comparisons: [{ area: '全国', value: 91.80, decimals: 2 }],
	source: '調査, "報告書"',
	themes: [],
	metric: 'sme-digitalization-rate',
};
const catalog = indicatorCatalog({
	plans: [{ id: 'aomori', data: plan }],
	chapters: [{ planId: 'aomori', id: 'ch1', data: { plan: 'aomori', order: 1, title: '現状', titleIsDescriptive: false, publish: true, themes: {} }, sections: [{ depth: 2, id: 's1', text: '第１節 現状', line: 1, parents: [], body: '', termText: '' }] }],
	indicators: [{ planId: 'aomori', id: 'sme-digitalization', data: indicator }],
});
const records = indicatorRecords(catalog.all, (e) => `/plans/${e.planId}/${e.chapterId}/#${e.sectionId}`);

describe('indicator records (long format)', () => {
	it('has one record per figure: the values in time order, then comparisons', () => {
		expect(records.map((r) => [r.area, r.role, r.fiscalYear, r.fiscalYearJapanese, r.value, r.unit])).toEqual([
			['青森県', '基準値', 2019, '令和元（2019）年度', null, '%'],
			['青森県', '現況値', 2022, '令和4（2022）年度', 76.9, '%'],
			['全国', '比較値', null, null, 91.8, '%'],
		]);
		expect(records[0]).toMatchObject({ planId: 'aomori', prefectureCode: '02', indicatorId: 'sme-digitalization', metric: 'sme-digitalization-rate', section: '/plans/aomori/ch1/#s1' });
	});

	it('writes a CSV whose columns are the documented ones and whose value column holds numbers only', () => {
		const parsed = parse(dataCsv(indicatorColumns, records), { bom: true, columns: true }) as Array<Record<string, string>>;
		expect(Object.keys(parsed[0]!)).toEqual(indicatorColumns.map((c) => c.header));
		expect(parsed.map((r) => r['値'])).toEqual(['', '76.9', '91.8']);
		// The places the plan writes, which a number cannot keep (91.80 → 91.8).
		expect(parsed.map((r) => r['小数点以下の桁数'])).toEqual(['', '1', '2']);
		// A name the editors gave is said to be theirs on every row, the comparison's too.
		expect(parsed.map((r) => r['指標名は編集部による'])).toEqual(['はい', 'はい', 'はい']);
		expect(parsed[0]!['出典']).toBe('調査, "報告書"');
		for (const row of parsed) expect(row['値']).toMatch(/^(-?\d+(\.\d+)?)?$/);
	});

	it('writes the same records as JSON, with the licence and the columns', () => {
		const json = JSON.parse(dataJson(indicatorColumns, records, 'CC BY 4.0'));
		expect(json.licence).toBe('CC BY 4.0');
		expect(json.columns).toEqual(indicatorColumns.map(({ key, header, description }) => ({ key, header, description })));
		expect(json.records).toEqual(records);
	});
});

describe('indicatorCatalog', () => {
	const section = (id: string) => ({ depth: 2, id, text: id, line: 1, parents: [], body: '', termText: '' });
	const at = (chapter: string, sectionId: string, name: string): Indicator => ({ ...indicator, chapter, section: sectionId, name });
	const ordered = indicatorCatalog({
		plans: [{ id: 'aomori', data: plan }],
		chapters: [
			{ planId: 'aomori', id: 'ch2', data: { plan: 'aomori', order: 2, title: '二', titleIsDescriptive: false, publish: true, themes: {} }, sections: [section('a'), section('b')] },
			{ planId: 'aomori', id: 'ch1', data: { plan: 'aomori', order: 1, title: '一', titleIsDescriptive: false, publish: true, themes: {} }, sections: [section('x')] },
		],
		indicators: [
			{ planId: 'aomori', id: 'a-first', data: at('ch2', 'b', 'ch2 b') },
			{ planId: 'aomori', id: 'z-last', data: at('ch1', 'x', 'ch1 x') },
			{ planId: 'aomori', id: 'm-middle', data: at('ch2', 'a', 'ch2 a') },
		],
	});

	it('lists indicators in document order (chapter, then section), not by file name', () => {
		expect(ordered.all.map((e) => e.data.name)).toEqual(['ch1 x', 'ch2 a', 'ch2 b']);
	});

	it('finds indicators by section, theme and metric key', () => {
		expect(ordered.bySection('aomori', 'ch2', 'a').map((e) => e.anchor)).toEqual(['m-middle']);
		expect(ordered.metric('sme-digitalization-rate')?.entries).toHaveLength(3);
		expect(ordered.byTheme('industry')).toEqual([]);
		expect(ordered.byPlan('aomori').map((e) => e.anchor)).toEqual(['z-last', 'm-middle', 'a-first']);
		expect([ordered.byPlan('toyama'), ordered.bySection('aomori', 'ch1', 'b'), ordered.metric('none')]).toEqual([[], [], undefined]);
	});

	it('lists an indicator once under each of its themes, in document order', () => {
		const themed = indicatorCatalog({
			plans: [{ id: 'aomori', data: plan }],
			chapters: [{ planId: 'aomori', id: 'ch1', data: { plan: 'aomori', order: 1, title: '一', titleIsDescriptive: false, publish: true, themes: {} }, sections: [section('x'), section('y')] }],
			indicators: [
				{ planId: 'aomori', id: 'later', data: { ...at('ch1', 'y', 'y'), themes: ['industry', 'industry', 'dx'] } },
				{ planId: 'aomori', id: 'earlier', data: { ...at('ch1', 'x', 'x'), themes: ['industry'] } },
			],
		});
		expect(themed.byTheme('industry').map((e) => e.anchor)).toEqual(['earlier', 'later']);
		expect(themed.byTheme('dx').map((e) => e.anchor)).toEqual(['later']);
	});

	it('compares prefectures by the plans in force: a replaced plan keeps its indicators, out of the metrics and themes', () => {
		const chapterOf = (planId: string) => ({ planId, id: 'ch1', data: { plan: planId, order: 1, title: '一', titleIsDescriptive: false, publish: true, themes: {} }, sections: [section('x')] });
		const versions = indicatorCatalog({
			plans: [
				{ id: 'aomori-r4', data: plan },
				{ id: 'aomori-r6', data: { ...plan, status: '改訂', previousVersion: 'aomori-r4' } },
			],
			chapters: [chapterOf('aomori-r4'), chapterOf('aomori-r6')],
			indicators: ['aomori-r4', 'aomori-r6'].map((planId) => ({ planId, id: 'kpi', data: { ...at('ch1', 'x', planId), plan: planId, themes: ['industry'] } })),
		});
		expect(versions.byPlan('aomori-r4').map((e) => e.replacedBy)).toEqual(['aomori-r6']);
		// The list of all indicators shows a prefecture's first plans: the one in force comes first.
		expect(versions.all.map((e) => e.planId)).toEqual(['aomori-r6', 'aomori-r4']);
		expect(versions.metric('sme-digitalization-rate')?.entries.map((e) => e.planId)).toEqual(['aomori-r6']);
		expect(versions.byTheme('industry').map((e) => e.planId)).toEqual(['aomori-r6']);
		const rows = indicatorRecords(versions.all, () => '');
		expect(new Set(rows.map((r) => `${r.planId} → ${r.replacedBy}`))).toEqual(new Set(['aomori-r4 → aomori-r6', 'aomori-r6 → null']));
	});

	it('gives a plan an indicator page for indicators or evaluation tables, and data files for indicators only', () => {
		expect([ordered.hasIndicators('aomori'), ordered.hasIndicators('toyama')]).toEqual([true, false]);
		expect(hasIndicatorPage({ id: 'aomori', evaluations: [] }, ordered)).toBe(true);
		expect(hasIndicatorPage({ id: 'toyama', evaluations: [{}] }, ordered)).toBe(true);
		expect(hasIndicatorPage({ id: 'toyama', evaluations: [] }, ordered)).toBe(false);
	});
});

describe('open-data file addresses', () => {
	it('name the endpoints in src/pages/data/', () => {
		const addresses = [routes.allIndicatorData('csv'), routes.allIndicatorData('json'), routes.indicatorData('csv', 'aomori'), routes.evaluationData('json')];
		expect(addresses).toEqual(['/data/indicators.csv', '/data/indicators.json', '/data/plans/aomori/indicators.csv', '/data/evaluations.json']);
		for (const address of addresses) expect(existsSync(`src/pages${address.replace('/aomori/', '/[plan]/')}.ts`), address).toBe(true);
	});
});

describe('indicator JSON', () => {
	it('keeps each record’s keys in column order', () => {
		expect(Object.keys(records[0]!)).toEqual(indicatorColumns.map((c) => c.key));
	});
});

describe('evaluation records', () => {
	const evaluation = evaluationRecords(
		[
			{
				planId: 'toyama',
				planTitle: '富山県 評価',
				prefecture: { name: '富山県', code: '16' },
				tableId: 'projects',
				data: {
					plan: 'toyama',
					title: '評価・総括',
					chapter: 'ch1',
					itemChapter: 'ch3',
					itemLabel: 'プロジェクト',
					scales: [
						{ name: '分類', grades: [{ grade: 'A', definition: '順調', editorial: false }] },
						{ name: '達成状況', grades: [] },
					],
					items: [{ group: '1 行政', name: '(1)県庁', grades: ['A', '○概ね達成'], section: 'n1-1' }, { name: '(2)その他', grades: ['B', '△達成できず'] }],
					themes: [],
				},
			},
		],
		(plan, chapter, section) => `/plans/${plan}/${chapter}/${section ? `#${section}` : ''}`,
	);

	it('has one record per item × scale, with the stated definition or a blank', () => {
		expect(evaluation.map((r) => [r.item, r.scale, r.grade, r.definition, r.definitionByEditors, r.section])).toEqual([
			['(1)県庁', '分類', 'A', '順調', 'いいえ', '/plans/toyama/ch3/#n1-1'],
			['(1)県庁', '達成状況', '○概ね達成', null, null, '/plans/toyama/ch3/#n1-1'],
			['(2)その他', '分類', 'B', null, null, '/plans/toyama/ch1/'],
			['(2)その他', '達成状況', '△達成できず', null, null, '/plans/toyama/ch1/'],
		]);
		expect(Object.keys(evaluation[0]!)).toEqual(evaluationColumns.map((c) => c.key));
	});

	it('writes them as CSV with the documented headers', () => {
		const parsed = parse(dataCsv(evaluationColumns, evaluation), { bom: true, columns: true }) as Array<Record<string, string>>;
		expect(Object.keys(parsed[0]!)).toEqual(evaluationColumns.map((c) => c.header));
		expect(parsed[2]!['区分']).toBe('');
	});
});
