/** Indicator pages in headless Chromium: axe, charts as images with a text alternative, no scripts, the CSV download. */
import { describe, expect, inject, it } from 'vitest';
import { accessibleNames } from '../support/accessibility-tree.ts';
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

	it('stacks each indicator of the list on a 320 px phone, its figures beside their column’s name and in view, still a table of 19 rows to screen readers', async () => {
		const phone = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		await phone.goto(new URL('/indicators/', origin).href);
		const table = phone.locator('table.indicator-summary');
		// Scrolled sideways, the figures were off the screen, away from the indicator's name.
		await expect(table.evaluate((t) => t.closest('.table-scroll')!.scrollWidth - t.closest('.table-scroll')!.clientWidth)).resolves.toBe(0);
		const fukushima = table.locator('tbody tr').filter({ hasText: '県及び市町村の行政手続のオンライン利用率' });
		const cells = await fukushima.locator('td').evaluateAll((all) =>
			all.map((cell) => {
				const box = cell.getBoundingClientRect();
				const label = getComputedStyle(cell, '::before');
				return { text: `${label.content.replace(/ \/ ""$/, '')} ${label.display} ${cell.textContent!.replace(/\s+/g, ' ').trim()}`, inView: box.left >= 0 && box.right <= innerWidth };
			}),
		);
		expect(cells).toEqual([
			{ text: '"都道府県" inline 福島県', inView: true },
			// Each figure names its role where the column does not: another plan's lone 現況値 is its 最新の値.
			{ text: '"最初の値" inline 48.2現況値・令和3（2021）年度', inView: true },
			{ text: '"最新の値" inline —値なし', inView: true },
			{ text: '"目標値" inline 80.0令和7（2025）年度', inView: true },
			{ text: '"単位" inline %', inView: true },
		]);
		const aomori = table.locator('tbody tr').filter({ hasText: '青森県' }).first();
		await expect(aomori.locator('td[data-label="最新の値"]').textContent()).resolves.toMatch(/^[\d,.]+現況値・/);
		await expect(accessibleNames(phone, 'columnheader')).resolves.toEqual(expect.arrayContaining(['都道府県', '指標', '最初の値', '最新の値', '目標値', '単位']));
		await expect(accessibleNames(phone, 'rowheader')).resolves.toHaveLength(19);
		await phone.close();
	});

	it('shows each figure’s year, value and 区分 (現況値 or 目標値) on a 320 px phone without scrolling its table', async () => {
		const phone = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		const cut: string[] = [];
		let rows = 0;
		for (const plan of ['aomori-dx-plan-2023', 'fukushima-dx-2022', 'toyama-dx-evaluation-2023']) {
			await phone.goto(new URL(`/plans/${plan}/indicators/`, origin).href);
			const seen = await phone.locator('table.indicator-table tbody tr').evaluateAll((all) =>
				all.map((row) => {
					const box = row.closest('.table-scroll')!.getBoundingClientRect();
					// The words' own box, not the cell's: a cell's padding may be past the edge.
					const words = document.createRange();
					words.selectNodeContents(row.children[2]!);
					const { right } = words.getBoundingClientRect();
					return { row: row.textContent!, inView: right <= box.right && right <= innerWidth };
				}),
			);
			rows += seen.length;
			cut.push(...seen.filter(({ inView }) => !inView).map(({ row }) => `${plan}: ${row}`));
		}
		expect(rows).toBeGreaterThan(20);
		expect(cut).toEqual([]);
		await phone.close();
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
