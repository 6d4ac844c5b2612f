import { describe, expect, it } from 'vitest';
import { replacements } from '../../src/lib/version-pairs.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const version = (id: string, status: Plan['status'], previousVersion?: string) => ({ id, data: { status, ...(previousVersion ? { previousVersion } : {}) } as Plan });

describe('replacements', () => {
	it('gives every plan a version adopted in its place replaced that version: the plan before a draft too, once the draft is adopted', () => {
		expect(replacements([version('r4', '策定済'), version('interim', '中間案', 'r4'), version('r6', '策定済', 'interim')])).toEqual(new Map([['r4', 'r6'], ['interim', 'r6']]));
	});

	it('leaves the plan in force compared while a draft of its revision is only proposed', () => {
		expect(replacements([version('r4', '策定済'), version('interim', '中間案', 'r4')])).toEqual(new Map());
		expect(replacements([version('r4', '策定済'), version('r6', '改訂', 'r4')])).toEqual(new Map([['r4', 'r6']]));
	});

	it('ends on versions that name each other', () => {
		expect(replacements([version('a', '中間案', 'b'), version('b', '中間案', 'a')])).toEqual(new Map());
	});
});
