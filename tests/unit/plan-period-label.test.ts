import { describe, expect, it } from 'vitest';
import { planPeriodLabel, planStatusLabel } from '../../src/lib/plan-labels.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const plan = (fields: Partial<Plan>) => fields as Plan;
const japan = (iso: string) => Date.parse(`${iso}+09:00`);

describe('a plan’s period as residents read it', () => {
	const fukushima = plan({ period: { start: 2022, end: 2025 } });
	it('says 期間終了 from the day after its last fiscal year, 31 March in Japan, and not before', () => {
		expect(planPeriodLabel(fukushima, japan('2026-03-31T23:59:59'))).toBe('令和4（2022）年度〜令和7（2025）年度');
		expect(planPeriodLabel(fukushima, japan('2026-04-01T00:00:00'))).toBe('令和4（2022）年度〜令和7（2025）年度（期間終了）');
		expect(planPeriodLabel(fukushima, japan('2026-12-07T09:00:00'))).toBe('令和4（2022）年度〜令和7（2025）年度（期間終了）');
	});
	it('never ends a plan without a last year, nor one whose period is in words or not given', () => {
		const late = japan('2040-01-01T00:00:00');
		expect(planPeriodLabel(plan({ period: { start: 2022 } }), late)).toBe('令和4（2022）年度〜');
		expect(planPeriodLabel(plan({ periodInWords: '終期の設定は行わず、随時更新' }), late)).toBe('「終期の設定は行わず、随時更新」');
		expect(planPeriodLabel(plan({}), late)).toBe('資料に記載なし');
	});
});

describe('a plan’s status as residents read it', () => {
	it('says 検討中, true of a moment only, as of the document’s latest month, or that the document gives no date; a draft’s stage or a lasting status as it is', () => {
		const dates = [
			{ label: '青森県DX推進方向', date: '2023-03-07' },
			{ label: '第1回策定委員会', date: '2023-05-10' },
			{ label: '設置要綱 施行', date: '2023-04-13' },
		];
		expect(planStatusLabel(plan({ status: '検討中', dates }))).toBe('検討中（令和5（2023）年5月の資料の時点）');
		expect(planStatusLabel(plan({ status: '検討中', dates: [{ label: '公表', date: '2026-11' }] }))).toBe('検討中（令和8（2026）年11月の資料の時点）');
		expect(planStatusLabel(plan({ status: '中間案', dates }))).toBe('中間案');
		expect(planStatusLabel(plan({ status: '検討中', dates: [] }))).toBe('検討中（資料の時点。資料に日付の記載なし）');
		expect(planStatusLabel(plan({ status: '策定済', dates }))).toBe('策定済');
		expect(planStatusLabel(plan({ dates }))).toBe('資料に記載なし');
	});
});
