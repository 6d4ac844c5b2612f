import { describe, expect, it } from 'vitest';
import { planFilterFromEnv } from '../../src/lib/plan-filter.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const plan = (id: string, code: string) => ({ id, data: { prefecture: { name: 'X県', code } } as Plan });
const plans = [plan('fukushima-dx', '07'), plan('chiba-dx', '12'), plan('chiba-data', '12'), plan('mie-dx', '24')];
const kept = (env: Record<string, string>) => plans.filter(planFilterFromEnv(env)).map((p) => p.id);

describe('planFilterFromEnv', () => {
	it('keeps every plan when no filter is set', () => {
		expect(kept({})).toEqual(plans.map((p) => p.id));
		expect(kept({ ONLY_PREFECTURES: '' })).toEqual(plans.map((p) => p.id));
	});
	it('keeps the plans of the listed prefecture codes', () => {
		expect(kept({ ONLY_PREFECTURES: '07, 12' })).toEqual(['fukushima-dx', 'chiba-dx', 'chiba-data']);
	});
	it('keeps listed plans, alone or with prefectures', () => {
		expect(kept({ ONLY_PLANS: 'chiba-data' })).toEqual(['chiba-data']);
		expect(kept({ ONLY_PREFECTURES: '24', ONLY_PLANS: 'fukushima-dx' })).toEqual(['fukushima-dx', 'mie-dx']);
	});
});
