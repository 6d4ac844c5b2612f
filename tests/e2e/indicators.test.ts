/** Indicator pages in headless Chromium: axe, charts as images with a text alternative, no scripts, the CSV download. */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/use-browser.ts';

const origin = inject('siteOrigin');
const session = useBrowser();
const indicatorPages = ['/indicators/', '/plans/toyama-dx-evaluation-2023/indicators/', '/plans/aomori-dx-plan-2023/indicators/', '/plans/fukushima-dx-2022/indicators/', '/indicators/compare/mynumber-card-rate/', '/data/', '/themes/administrative-dx/'];

describe('indicator pages', () => {
	it.each(indicatorPages)('%s passes axe and runs no script', async (pathname) => {
		await session.page.goto(new URL(pathname, origin).href, { waitUntil: 'networkidle' });
		// Counted before axe adds its own script.
		expect(await session.page.evaluate(() => document.scripts.length)).toBe(0);
		expect(await axeViolations(session.page)).toEqual([]);
	});

	it('draws each chart as an image named after the table that holds its figures', async () => {
		await session.page.goto(new URL('/plans/toyama-dx-evaluation-2023/indicators/', origin).href);
		const charts = session.page.getByRole('img', { name: /^棒グラフ「マイナンバーカードの保有率」。数値は表「マイナンバーカードの保有率（単位: %）」と同じです。$/ });
		await expect(charts.count()).resolves.toBe(1);
		await expect(session.page.getByRole('table', { name: 'マイナンバーカードの保有率（単位: %）' }).count()).resolves.toBe(1);
		await expect(charts.first().isVisible()).resolves.toBe(true);
	});

	it('right-aligns numbers in tabular figures', async () => {
		await session.page.goto(new URL('/plans/fukushima-dx-2022/indicators/', origin).href);
		const style = await session.page.locator('.indicator-table td.num').first().evaluate((cell) => {
			const computed = getComputedStyle(cell);
			return [computed.textAlign, computed.fontVariantNumeric];
		});
		expect(style).toEqual(['right', 'tabular-nums']);
	});

	it('links to the indicator from its chapter section', async () => {
		await session.page.goto(new URL('/plans/fukushima-dx-2022/ch3/', origin).href);
		await session.page.locator('.section-indicators').filter({ hasText: 'この箇所の指標' }).first().getByRole('link', { name: '県及び市町村の行政手続のオンライン利用率' }).click();
		expect(new URL(session.page.url()).pathname).toBe('/plans/fukushima-dx-2022/indicators/');
		expect(new URL(session.page.url()).hash).toBe('#kpi-online');
	});

	it('serves the CSV with a byte-order mark, as linked from the open-data page', async () => {
		await session.page.goto(new URL('/data/', origin).href);
		const href = await session.page.getByRole('link', { name: '全計画の指標データ（CSV形式、19指標）' }).getAttribute('href');
		const bytes = await session.page.evaluate(async (url) => [...new Uint8Array(await (await fetch(url)).arrayBuffer()).slice(0, 3)], href!);
		expect(bytes).toEqual([0xef, 0xbb, 0xbf]);
	});
});
