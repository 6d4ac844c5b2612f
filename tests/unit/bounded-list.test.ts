import { describe, expect, it } from 'vitest';
import { bounded, itemsPerPrefecture } from '../../src/lib/bounded-list.ts';

describe('bounded', () => {
	it('keeps short lists whole', () => {
		expect(bounded(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 });
	});
	it('shows the first items of a long list and counts the rest', () => {
		const items = Array.from({ length: itemsPerPrefecture + 4 }, (_, i) => i);
		expect(bounded(items)).toEqual({ shown: items.slice(0, itemsPerPrefecture), more: 4 });
	});
});
