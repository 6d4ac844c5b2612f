/**
 * Linear cost: pages shared by the whole site (home, the plan and prefecture
 * lists, themes, comparison, glossary terms, indicators, open data) show a
 * bounded number of items per prefecture and link to the rest, so their size
 * does not grow with the number of plans. Builds a corpus made from the
 * fixture site at two sizes and compares; and one of twelve prefectures, whose
 * lists of prefectures are grouped by region.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemsPerPage, itemsPerPrefecture } from '../../src/lib/bounded-list.ts';
import { buildSite } from '../support/build-site.ts';
import { sharedDescriptions } from '../support/descriptions.ts';
import { htmlProblems } from '../support/html-conformance.ts';
import { fixtureCorpus } from '../support/corpus.ts';

/** Builds `prefectures` prefectures × `scale` copies of the fixture plans; returns the output folder. */
async function buildCorpus(scale: number, prefectures = 2): Promise<string> {
	const root = await fixtureCorpus(prefectures, scale);
	const result = buildSite(path.join(root, 'content'), path.join(root, 'dist'));
	expect(result.status, result.output).toBe(0);
	return path.join(root, 'dist');
}

let small: string;
let large: string;
/** As many prefectures as lists of them are grouped by region from, and more: 01–12, in 北海道, 東北 and 関東. */
let national: string;
const file = (dist: string, pathname: string) => path.join(dist, pathname, 'index.html');
const page = (dist: string, pathname: string) => fromHtml(readFileSync(file(dist, pathname), 'utf8'));
const hrefs = (tree: Parameters<typeof selectAll>[1], selector: string) => selectAll(selector, tree).map((a) => a.properties.href);

/** Large enough that every per-prefecture list on a shared page is already cut at both sizes; the larger pages a theme's list. */
const [smallScale, largeScale] = [8, 24];
const nationalPrefectures = 12;

beforeAll(async () => {
	[small, large, national] = [await buildCorpus(smallScale), await buildCorpus(largeScale), await buildCorpus(1, nationalPrefectures)];
}, 600_000);

describe('pages shared by the whole site', () => {
	it('list a few plans per prefecture on the home page and all of them on the prefecture’s page', () => {
		const home = page(large, '');
		const hokkaido = selectAll('tbody tr', home).filter((tr) => toString(tr).includes('北海道'));
		expect(hokkaido).toHaveLength(itemsPerPrefecture + 1);
		expect(hrefs(hokkaido.at(-1)!, 'a')).toEqual(['/prefectures/01/']);
		expect(selectAll('tbody tr', page(large, 'prefectures/01'))).toHaveLength(largeScale);
	});

	it('show a few sections per prefecture on a theme page and link to the prefecture’s full list', () => {
		const column = selectAll('.prefecture-column', page(large, 'themes/administrative-dx')).find((c) => toString(c).includes('北海道'))!;
		expect(selectAll('.section-list > li', column)).toHaveLength(itemsPerPrefecture);
		expect(hrefs(column, 'p > a')).toEqual(['/themes/administrative-dx/01/']);
	});

	it('list a prefecture’s sections on a theme a page at a time', () => {
		// Half the copies are of sample-plan (two sections on the theme), half of other-plan (one).
		const total = (largeScale / 2) * 3;
		expect(total).toBeGreaterThan(itemsPerPage);
		const first = page(large, 'themes/administrative-dx/01');
		expect(selectAll('.section-list > li', first)).toHaveLength(itemsPerPage);
		expect(hrefs(first, 'a[rel="next"]')).toEqual(['/themes/administrative-dx/01/2/']);
		expect(selectAll('.section-list > li', page(large, 'themes/administrative-dx/01/2'))).toHaveLength(total - itemsPerPage);
	});

	it('show a few uses per prefecture on a term page and search for the rest', () => {
		const section = selectAll('#usage ~ section', page(large, 'glossary/ai')).find((s) => toString(s).includes('北海道'))!;
		expect(selectAll('li', section)).toHaveLength(itemsPerPrefecture);
		// By the form most of the rest write: each other-plan writes only 人工知能, each sample-plan ＡＩ and 人工知能 (the search adds the term's other names).
		expect(hrefs(section, 'p > a')).toEqual([`/search/?${new URLSearchParams({ q: '人工知能', prefecture: '北海道' })}`]);
	});

	it.each(['indicators', 'indicators/compare/online-procedure-rate', 'data'])('/%s lists the indicators of a few plans per prefecture and links to each prefecture’s plans', (pathname) => {
		// The first such list on the page is the indicators' (/indicators/ has one for evaluation tables too).
		const more = selectAll('a', selectAll('.more-plans', page(large, pathname))[0]!);
		expect(more.map((a) => a.properties.href)).toEqual(['/prefectures/01/', '/prefectures/02/']);
		expect(toString(more[0]!)).toContain(`ほか${largeScale - itemsPerPrefecture}計画`);
	});

	it.each(['', 'plans', 'prefectures', 'themes/administrative-dx', 'themes/compare', 'glossary/ai', 'plans/pref01-1-other-plan/ch1', 'indicators', 'indicators/compare', 'indicators/compare/online-procedure-rate', 'data'])('/%s stays the same size when the site grows threefold', (pathname) => {
		const [before, after] = [statSync(file(small, pathname)).size, statSync(file(large, pathname)).size];
		expect(Math.abs(after - before) / before).toBeLessThan(0.01);
	});
});

describe('with many prefectures, lists of prefectures grouped by region', () => {
	/** Each region of the page's region index: its name, and its prefectures' links as [text, href] and the words after each. */
	const regionIndex = (tree: ReturnType<typeof page>) =>
		selectAll('main dl.region-index > div', tree).map((region) => ({
			region: toString(selectAll('dt', region)[0]!),
			links: selectAll('dd li', region).map((li) => [toString(selectAll('a', li)[0]!), selectAll('a', li)[0]!.properties.href, toString(li).slice(toString(selectAll('a', li)[0]!).length)]),
		}));
	const regionNames = ['北海道', '東北', '関東'];
	const regionIds = ['region-hokkaido', 'region-tohoku', 'region-kanto'];
	const tohoku = ['青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県'];

	it('write every page as the HTML standard has it (4.1.1 構文解析), row groups and region indexes too', async () => {
		expect(await htmlProblems(national)).toEqual([]);
	});

	it('describe each page in its own words, a region’s comparison too', () => {
		// The corpus copies each plan word for word to every prefecture: descriptions taken from a plan's text are alike by construction.
		const shared = sharedDescriptions(national).filter((pages) => !pages.every((page) => page.startsWith('plans/')));
		expect(shared).toEqual([['404.html', 'index.html']]);
	});

	it('lead from the home page to each prefecture’s page under its region, and to the table of plans on /plans/', () => {
		const home = page(national, '');
		expect(selectAll('main table', home)).toHaveLength(0);
		const regions = regionIndex(home);
		expect(regions.map((r) => r.region)).toEqual(regionNames);
		expect(regions[1]!.links.map(([name]) => name)).toEqual(tohoku);
		expect(regions[1]!.links.map(([, href]) => href)).toEqual(['02', '03', '04', '05', '06', '07'].map((code) => `/prefectures/${code}/`));
		expect(regions[2]!.links[0]).toEqual(['茨城県', '/prefectures/08/', '（計画1件）']);
		const toPlans = selectAll('main a', home).find((a) => a.properties.href === '/plans/')!;
		// The corpus has the fixture's own plans besides a copy for each prefecture.
		const total = /（(\d+)件）/.exec(toString(selectAll('caption', page(national, 'plans'))[0]!))![1];
		expect(Number(total)).toBeGreaterThanOrEqual(nationalPrefectures);
		expect(toString(toPlans)).toBe(`計画の一覧（${total}件）`);
	});

	it('list the prefectures at /prefectures/ under their regions', () => {
		const regions = regionIndex(page(national, 'prefectures'));
		expect(regions.map((r) => r.region)).toEqual(regionNames);
		expect(regions[0]!.links).toEqual([['北海道', '/prefectures/01/', '（計画1件）']]);
		expect(regions.flatMap((r) => r.links)).toHaveLength(nationalPrefectures);
	});

	it.each([
		['themes/administrative-dx', 'h2'],
		['glossary/ai', 'h3'],
	])('lead from the top of /%s to each prefecture’s part, under its region', (pathname, partHeading) => {
		const tree = page(national, pathname);
		const nav = selectAll('nav[aria-label="都道府県へ移動"]', tree);
		expect(nav).toHaveLength(1);
		const regions = regionIndex(tree);
		expect(regions.map((r) => r.region)).toEqual(regionNames);
		expect(regions[1]!.links.map(([name]) => name)).toEqual(tohoku);
		for (const [name, href] of regions.flatMap((r) => r.links)) expect(toString(selectAll(`${partHeading}${href}`, tree)[0]!)).toBe(name);
	});

	it.each([
		['plans', 'th[scope="row"]'],
		['indicators', 'td:first-child'],
		['indicators/compare/online-procedure-rate', 'th[scope="row"]'],
	])('set each region’s rows at /%s in a row group under its name, with a link to each region above the table', (pathname, prefectureCell) => {
		const tree = page(national, pathname);
		expect(selectAll('nav.jump-bar a', tree).map((a) => [a.properties.href, toString(a)])).toEqual(regionIds.map((id, i) => [`#${id}`, regionNames[i]]));
		const table = selectAll('main table', tree)[0]!;
		const groups = selectAll('tbody', table);
		expect(groups.map((tbody) => selectAll('th[scope="rowgroup"]', tbody).map((th) => [th.properties.id, toString(th)]))).toEqual(regionIds.map((id, i) => [[id, regionNames[i]]]));
		// Each row group holds the rows of its region's prefectures only, and its name spans the table.
		// (A 全国 figure a plan states for comparison is in its prefecture's group.)
		const prefecturesIn = (tbody: (typeof groups)[number]) => [...new Set(selectAll(prefectureCell, tbody).map((cell) => toString(cell)))].filter((area) => area !== '全国');
		expect(groups.map(prefecturesIn)).toEqual([['北海道'], tohoku, ['茨城県', '栃木県', '群馬県', '埼玉県', '千葉県']]);
		const columns = selectAll('thead th', table).length;
		expect(selectAll('th[scope="rowgroup"]', table).map((th) => th.properties.colSpan)).toEqual(regionIds.map(() => columns));
	});

	it('link the regions to one table of a page: the metric’s values, not its progress below, whose rows go by region all the same', () => {
		const metric = page(national, 'indicators/compare/online-procedure-rate');
		expect(selectAll('nav.jump-bar', metric)).toHaveLength(1);
		const progress = selectAll('main table', metric)[1]!;
		expect(selectAll('th[scope="rowgroup"]', progress).map((th) => [toString(th), th.properties.id ?? null])).toEqual(regionNames.map((name) => [name, null]));
	});

	it('compare the plans’ parts region by region: /themes/compare/ leads to each region’s table and to each part across all prefectures', () => {
		const index = page(national, 'themes/compare');
		expect(selectAll('main table', index)).toHaveLength(0);
		const regionLinks = selectAll('main ul.theme-list li', index).map((li) => [selectAll('a', li)[0]!.properties.href, toString(li)]);
		expect(regionLinks).toEqual([
			['/themes/compare/hokkaido/', '北海道 （北海道）'],
			['/themes/compare/tohoku/', `東北 （${tohoku.join('、')}）`],
			['/themes/compare/kanto/', '関東 （茨城県、栃木県、群馬県、埼玉県、千葉県）'],
		]);
		expect(selectAll('main ul.inline-list a', index).map((a) => a.properties.href)).toContain('/themes/role-period/');

		const tohokuTable = page(national, 'themes/compare/tohoku');
		expect(toString(selectAll('h1', tohokuTable)[0]!)).toBe('計画の構成要素を比べる（東北）');
		expect(selectAll('main thead th', tohokuTable).map((th) => toString(th))).toEqual(['構成要素', ...tohoku]);
		// Every row has a cell for each of the region's prefectures.
		for (const row of selectAll('main tbody tr', tohokuTable)) expect(selectAll('td', row)).toHaveLength(tohoku.length);
		const otherRegions = selectAll('nav.jump-bar a', tohokuTable);
		expect(otherRegions.map((a) => [a.properties.href, a.properties.ariaCurrent ?? null])).toEqual([
			['/themes/compare/hokkaido/', null],
			['/themes/compare/tohoku/', 'page'],
			['/themes/compare/kanto/', null],
		]);
		expect(selectAll('nav.breadcrumbs a', tohokuTable).map((a) => a.properties.href)).toContain('/themes/compare/');
	});

	it('lead from a prefecture’s page to the others of its region and to the region’s comparison', () => {
		const iwate = page(national, 'prefectures/03');
		expect(toString(selectAll('h2#region', iwate)[0]!)).toBe('東北の都道府県');
		expect(selectAll('#region + ul a', iwate).map((a) => [toString(a), a.properties.href])).toEqual(
			tohoku.filter((name) => name !== '岩手県').map((name) => [name, `/prefectures/0${tohoku.indexOf(name) + 2}/`]),
		);
		expect(selectAll('main a[href="/themes/compare/tohoku/"]', iwate)).toHaveLength(1);
	});

	it('lead from the top of the consultations to each prefecture’s own list, under its region', () => {
		const regions = regionIndex(page(national, 'consultations'));
		expect(regions.map((r) => r.region)).toEqual(regionNames);
		expect(regions[1]!.links[0]).toEqual(['青森県', '/prefectures/02/#consultations', expect.stringMatching(/^（\d+件）$/)]);
		for (const [, href] of regions.flatMap((r) => r.links)) {
			const [pathname, id] = String(href).split('#');
			expect(selectAll(`h2#${id}`, page(national, pathname!.slice(1)))).toHaveLength(1);
		}
	});

	it('group the search page’s choice of prefecture by region', () => {
		const select = selectAll('#search-prefecture', page(national, 'search'))[0]!;
		const groups = selectAll('optgroup', select).map((group) => [group.properties.label, selectAll('option', group).map((o) => o.properties.value)]);
		expect(groups.map(([label]) => label)).toEqual(['北海道', '東北', '関東']);
		expect(groups[2]![1]).toEqual(['茨城県', '栃木県', '群馬県', '埼玉県', '千葉県']);
		// 「すべて」 stays first, outside the groups.
		expect(selectAll('option', select)[0]!.properties.value).toBe('');
		// And a region can be chosen as a whole: each page of a prefecture's plans is filed under its region.
		expect(selectAll('#search-region option', page(national, 'search')).map((o) => o.properties.value)).toEqual(['', ...regionNames]);
		const iwateChapter = page(national, 'plans/pref03-1-other-plan/ch1');
		expect(selectAll('main > span[data-pagefind-filter^="region:"]', iwateChapter).map((s) => s.properties.dataPagefindFilter)).toEqual(['region:東北']);
	});
});
