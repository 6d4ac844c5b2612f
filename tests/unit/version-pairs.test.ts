import { describe, expect, it } from 'vitest';
import { replacedPlanIds } from '../../src/lib/version-pairs.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const version = (id: string, status: Plan['status'], previousVersion?: string) => ({ id, data: { status, ...(previousVersion ? { previousVersion } : {}) } as Plan });

describe('replacedPlanIds', () => {
	it('is every plan a version adopted in its place replaced: the plan before a draft too, once the draft is adopted', () => {
		expect(replacedPlanIds([version('r4', '策定済'), version('interim', '中間案', 'r4'), version('r6', '策定済', 'interim')])).toEqual(new Set(['r4', 'interim']));
	});

	it('leaves the plan in force compared while a draft of its revision is only proposed', () => {
		expect(replacedPlanIds([version('r4', '策定済'), version('interim', '中間案', 'r4')])).toEqual(new Set());
		expect(replacedPlanIds([version('r4', '策定済'), version('r6', '改訂', 'r4')])).toEqual(new Set(['r4']));
	});

	it('ends on versions that name each other', () => {
		expect(replacedPlanIds([version('a', '中間案', 'b'), version('b', '中間案', 'a')])).toEqual(new Set());
	});
});
