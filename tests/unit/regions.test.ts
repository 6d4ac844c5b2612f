/** Prefectures grouped by region (地方区分), as Japanese sites list them. */
import { describe, expect, it } from 'vitest';
import { prefectures } from '../../src/lib/prefectures.ts';
import { groupByRegion, groupByRegionIfMany, groupedByRegionFrom, listsByRegion, regionOf, regions } from '../../src/lib/regions.ts';

const namesIn = (regionName: string) =>
	regions
		.find((r) => r.name === regionName)!
		.codes.map((code) => prefectures.find((p) => p.code === code)!.name);

describe('regions', () => {
	it('put each of the 47 prefectures in exactly one region, in code order', () => {
		expect(regions.flatMap((r) => r.codes)).toEqual(prefectures.map((p) => p.code));
	});

	it('follow the usual eight-region division', () => {
		expect(regions.map((r) => r.name)).toEqual(['北海道', '東北', '関東', '中部', '近畿', '中国', '四国', '九州・沖縄']);
		expect(namesIn('東北')).toEqual(['青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県']);
		expect(namesIn('中部')[0]).toBe('新潟県');
		expect(namesIn('中部').at(-1)).toBe('愛知県');
		expect(namesIn('近畿')[0]).toBe('三重県');
		expect(namesIn('四国')).toEqual(['徳島県', '香川県', '愛媛県', '高知県']);
		expect(namesIn('九州・沖縄').at(-1)).toBe('沖縄県');
	});

	it('tell the region of a prefecture’s code, and of no other code', () => {
		expect(regionOf('24')?.name).toBe('近畿');
		expect(regionOf('47')?.name).toBe('九州・沖縄');
		expect(regionOf('48')).toBeUndefined();
	});

	it('have distinct ids that can be page ids', () => {
		const ids = regions.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*$/);
	});
});

describe('groupByRegion', () => {
	it('groups items by their prefecture’s region, keeping their order and leaving out regions without any', () => {
		const items = [
			{ code: '12', plan: 'chiba-a' },
			{ code: '02', plan: 'aomori' },
			{ code: '12', plan: 'chiba-b' },
			{ code: '47', plan: 'okinawa' },
		];
		expect(groupByRegion(items).map((g) => [g.region.name, g.items.map((i) => i.plan)])).toEqual([
			['東北', ['aomori']],
			['関東', ['chiba-a', 'chiba-b']],
			['九州・沖縄', ['okinawa']],
		]);
	});

	it('gives no group for no items', () => {
		expect(groupByRegion([])).toEqual([]);
	});
});

describe('listsByRegion', () => {
	it('groups from the threshold on, not below it', () => {
		expect(listsByRegion(groupedByRegionFrom - 1)).toBe(false);
		expect(listsByRegion(groupedByRegionFrom)).toBe(true);
		expect(listsByRegion(47)).toBe(true);
	});
});

describe('groupByRegionIfMany', () => {
	const codes = (n: number) => prefectures.slice(0, n).map(({ code }) => ({ code }));

	it('groups by region once the items are of enough prefectures, however many items each has', () => {
		const many = codes(groupedByRegionFrom);
		expect(groupByRegionIfMany(many).map((g) => g.region?.name)).toEqual(['北海道', '東北', '関東']);
		// Twice as many items, of one prefecture fewer: one group.
		const few = [...codes(groupedByRegionFrom - 1), ...codes(groupedByRegionFrom - 1)];
		expect(groupByRegionIfMany(few)).toEqual([{ region: undefined, items: few }]);
	});
});
