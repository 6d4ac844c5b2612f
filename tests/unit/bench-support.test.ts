import { describe, expect, it } from 'vitest';
import { ndcg } from '../../scripts/bench-support.ts';

describe('ndcg', () => {
	it('is 1 for the relevant pages in grade order, whatever pages follow the first k', () => {
		expect(ndcg([3, 2, 1, 0, 0, 1], [1, 3, 1, 2], 3)).toBe(1);
	});

	it('falls as a better page comes later: (2³−1)/log₂3 + (2¹−1)/log₂2 over 7 + 1/log₂3', () => {
		expect(ndcg([1, 3], [3, 1], 5)).toBeCloseTo((1 + 7 / Math.log2(3)) / (7 + 1 / Math.log2(3)), 10);
		expect(ndcg([0, 3], [3], 5)).toBeLessThan(ndcg([3, 0], [3], 5));
	});

	it('counts only the first k results', () => {
		expect(ndcg([0, 0, 3], [3], 2)).toBe(0);
	});

	it('is 1 when no page is relevant (nothing could be ordered better)', () => {
		expect(ndcg([0, 0], [], 5)).toBe(1);
	});
});
