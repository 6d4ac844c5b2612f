import { describe, expect, it } from 'vitest';
import { bounded, firstPlansOfEachPrefecture, itemsPerPrefecture } from '../../src/lib/bounded-list.ts';

describe('bounded', () => {
	it('keeps short lists whole', () => {
		expect(bounded(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 });
	});
	it('shows the first items of a long list and counts the rest', () => {
		const items = Array.from({ length: itemsPerPrefecture + 4 }, (_, i) => i);
		expect(bounded(items)).toEqual({ shown: items.slice(0, itemsPerPrefecture), more: 4 });
	});
});

describe('firstPlansOfEachPrefecture', () => {
	const hokkaido = { code: '01', name: '北海道' };
	const aomori = { code: '02', name: '青森県' };
	const item = (planId: string, prefecture: typeof hokkaido, n: number) => ({ planId, prefecture, n });

	it('keeps every item of a prefecture’s first plans together and counts the plans left out', () => {
		const items = [item('a', hokkaido, 1), item('a', hokkaido, 2), item('b', hokkaido, 3), item('c', hokkaido, 4), item('d', aomori, 5)];
		expect(firstPlansOfEachPrefecture(items, 2)).toEqual([
			{ prefecture: hokkaido, shown: [items[0], items[1], items[2]], morePlans: 1 },
			{ prefecture: aomori, shown: [items[4]], morePlans: 0 },
		]);
	});
	it('shows as many items per prefecture however many plans the prefecture has', () => {
		const plans = (count: number) => Array.from({ length: count }, (_, i) => item(`p${i}`, hokkaido, i));
		const [few, many] = [firstPlansOfEachPrefecture(plans(itemsPerPrefecture)), firstPlansOfEachPrefecture(plans(itemsPerPrefecture * 9))];
		expect(many[0]!.shown).toEqual(few[0]!.shown);
		expect([few[0]!.morePlans, many[0]!.morePlans]).toEqual([0, itemsPerPrefecture * 8]);
	});
});
