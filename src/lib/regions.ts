/**
 * The eight regions (地方区分) Japanese sites group prefectures by. With many
 * prefectures on the site, its lists of prefectures (the home page,
 * /prefectures/, the tables of plans and indicators, the comparison of plan
 * parts, the search's filters …) go by region: residents find their own among
 * a handful of regions, not among 47 names.
 */
import { prefectures } from './prefectures.ts';

export interface Region {
	/** Used in page ids: /plans/#region-tohoku. */
	id: string;
	name: string;
	/** The JIS X 0401 codes of its prefectures: each region is a run of codes. */
	codes: readonly string[];
}

const codeRange = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => String(first + i).padStart(2, '0'));

export const regions: readonly Region[] = [
	{ id: 'hokkaido', name: '北海道', codes: codeRange(1, 1) },
	{ id: 'tohoku', name: '東北', codes: codeRange(2, 7) },
	{ id: 'kanto', name: '関東', codes: codeRange(8, 14) },
	{ id: 'chubu', name: '中部', codes: codeRange(15, 23) },
	{ id: 'kinki', name: '近畿', codes: codeRange(24, 30) },
	{ id: 'chugoku', name: '中国', codes: codeRange(31, 35) },
	{ id: 'shikoku', name: '四国', codes: codeRange(36, 39) },
	{ id: 'kyushu-okinawa', name: '九州・沖縄', codes: codeRange(40, prefectures.length) },
];

/** The region a prefecture (by its code) is in. */
export const regionOf = (code: string): Region | undefined => regions.find((region) => region.codes.includes(code));

/**
 * From this many prefectures on, lists of prefectures are grouped by region.
 * Below it, a flat list is quicker to read than regions with one or two names
 * each.
 */
export const groupedByRegionFrom = 10;

export const listsByRegion = (prefectureCount: number) => prefectureCount >= groupedByRegionFrom;

export interface RegionGroup<T> {
	region: Region;
	items: T[];
}

/** The items grouped by their prefecture's region, regions in code order, items in the order given; regions without items are left out. */
export function groupByRegion<T extends { code: string }>(items: readonly T[]): Array<RegionGroup<T>> {
	return regions.map((region) => ({ region, items: items.filter((item) => region.codes.includes(item.code)) })).filter((group) => group.items.length > 0);
}

/** Items of many prefectures grouped by region; of few, one group of them all, without a region. */
export function groupByRegionIfMany<T extends { code: string }>(items: readonly T[]): Array<RegionGroup<T> | { region: undefined; items: T[] }> {
	return listsByRegion(new Set(items.map((item) => item.code)).size) ? groupByRegion(items) : [{ region: undefined, items: [...items] }];
}
