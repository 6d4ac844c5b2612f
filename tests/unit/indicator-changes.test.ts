import { describe, expect, it } from 'vitest';
import { indicatorCatalog } from '../../src/lib/indicator-catalog.ts';
import { indicatorChanges } from '../../src/lib/indicator-changes.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const plan = { prefecture: { name: '福島県', code: '07' }, title: '福島県DX推進計画', titleIsDescriptive: false, kind: '計画', dates: [], summary: 's', source: { title: 't' } } as unknown as Plan;
const indicator = (name: string, values: Indicator['values'], more: Partial<Indicator> = {}): Indicator => ({
	plan: '',
	chapter: 'ch1',
	section: 's1',
	name,
	nameIsDescriptive: false,
	unit: '%',
	values,
	comparisons: [],
	themes: [],
	...more,
});

/** The indicators of a 中間案 and its 最終案, as the catalog lists them. */
function versions(before: Record<string, Indicator>, after: Record<string, Indicator>) {
	const chapter = (planId: string) => ({ planId, id: 'ch1', data: { plan: planId, order: 1, title: '一', titleIsDescriptive: false, publish: true, themes: {} }, sections: [{ depth: 2, id: 's1', text: '第１節', line: 1, parents: [], body: '', termText: '' }] });
	const catalog = indicatorCatalog({
		plans: [
			{ id: 'interim', data: { ...plan, status: '中間案' } },
			{ id: 'final', data: { ...plan, previousVersion: 'interim' } },
		],
		chapters: [chapter('interim'), chapter('final')],
		indicators: [
			...Object.entries(before).map(([id, data]) => ({ planId: 'interim', id, data: { ...data, plan: 'interim' } })),
			...Object.entries(after).map(([id, data]) => ({ planId: 'final', id, data: { ...data, plan: 'final' } })),
		],
	});
	const { changes, unchanged } = indicatorChanges(catalog.byPlan('interim'), catalog.byPlan('final'));
	return {
		unchanged,
		changes: changes.map((change) =>
			change.kind === 'changed'
				? [change.kind, change.after.anchor, ...change.fields.map((f) => `${f.label}: ${f.before ?? '（なし）'} → ${f.after ?? '（なし）'}`)]
				: [change.kind, change.kind === 'added' ? change.after.anchor : change.before.anchor],
		),
	};
}

const online = indicator('オンライン利用率', [
	{ year: 2021, role: '現況値', value: 48.2 },
	{ year: 2025, role: '目標値', value: 70, decimals: 1 },
]);

describe('indicatorChanges', () => {
	it('names each figure that changed, was added or dropped, by its role and time, as the plan writes it', () => {
		const final = indicator('オンライン利用率', [
			{ year: 2021, role: '現況値', value: 48.2 },
			{ year: 2023, role: '実績値', value: 64.1 },
			{ year: 2025, role: '目標値', value: 80, decimals: 1 },
		], { comparisons: [{ area: '全国', year: 2021, value: 50 }] });
		expect(versions({ online }, { online: final })).toEqual({
			unchanged: 0,
			changes: [['changed', 'online', '実績値（令和5（2023）年度）: （なし） → 64.1%', '目標値（令和7（2025）年度）: 70.0% → 80.0%', '全国の比較値（令和3（2021）年度）: （なし） → 50%']],
		});
	});

	it('lists indicators added and removed, and counts those unchanged apart', () => {
		const forms = indicator('紙の様式の数', [{ year: 2021, role: '現況値', value: 120 }], { unit: '件' });
		const cashless = indicator('キャッシュレス決済の導入率', [{ year: 2025, role: '目標値', value: 50 }]);
		expect(versions({ online, forms }, { online, cashless })).toEqual({ unchanged: 1, changes: [['added', 'cashless'], ['removed', 'forms']] });
	});

	it('finds an indicator renamed or moved to another file by its metric key, else by its name', () => {
		const renamed = { ...online, name: 'オンライン利用率（県・市町村）', metric: 'online-rate' };
		expect(versions({ online: { ...online, metric: 'online-rate' } }, { 'kpi-online': renamed }).changes).toEqual([['changed', 'kpi-online', '指標名: オンライン利用率 → オンライン利用率（県・市町村）']]);
		expect(versions({ online }, { 'kpi-online': { ...online, unit: 'ポイント' } }).changes).toEqual([
			['changed', 'kpi-online', '単位: % → ポイント', '現況値（令和3（2021）年度）: 48.2% → 48.2ポイント', '目標値（令和7（2025）年度）: 70.0% → 70.0ポイント'],
		]);
	});
});
