import { describe, expect, it } from 'vitest';
import { planPeriodLabel } from '../../src/lib/plan-labels.ts';
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
