/**
 * Linear cost: pages shared by the whole site (home, the plan and prefecture
 * lists, themes, comparison, glossary terms, indicators, open data) show a
 * bounded number of items per prefecture and link to the rest, so their size
 * does not grow with the number of plans. Builds a corpus made from the
 * fixture site at two sizes and compares.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemsPerPage, itemsPerPrefecture } from '../../src/lib/bounded-list.ts';
import { buildSite } from '../support/build-site.ts';
import { validContent } from '../support/content-fixture.ts';

/** Builds 2 prefectures × `scale` copies of the fixture plans; returns the output folder. */
async function buildCorpus(scale: number): Promise<string> {
	const root = await mkdtemp(path.join(tmpdir(), `prefplan-scale${scale}-`));
	const corpus = spawnSync(process.execPath, ['scripts/bench-corpus.ts', '--source', validContent, '--prefectures', '2', '--scale', String(scale), '--out', path.join(root, 'content')], { encoding: 'utf8' });
	expect(corpus.status, corpus.stderr).toBe(0);
	const result = buildSite(path.join(root, 'content'), path.join(root, 'dist'));
	expect(result.status, result.output).toBe(0);
	return path.join(root, 'dist');
}

let small: string;
let large: string;
const file = (dist: string, pathname: string) => path.join(dist, pathname, 'index.html');
const page = (dist: string, pathname: string) => fromHtml(readFileSync(file(dist, pathname), 'utf8'));
const hrefs = (tree: Parameters<typeof selectAll>[1], selector: string) => selectAll(selector, tree).map((a) => a.properties.href);

/** Large enough that every per-prefecture list on a shared page is already cut at both sizes; the larger pages a theme's list. */
const [smallScale, largeScale] = [8, 24];

beforeAll(async () => {
	[small, large] = [await buildCorpus(smallScale), await buildCorpus(largeScale)];
}, 480_000);

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
		expect(hrefs(section, 'p > a')).toEqual([`/search/?${new URLSearchParams({ q: 'ＡＩ', prefecture: '北海道' })}`]);
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
