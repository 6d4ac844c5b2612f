/** A resident's path through the real site, in headless Chromium. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const origin = inject('siteOrigin');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
});

describe('reading a plan', () => {
	it('goes home → plan → chapter → section → glossary term', async () => {
		await page.goto(origin);
		await expect(page.locator('h1').textContent()).resolves.toBe('都道府県計画ライブラリ');
		await page.getByRole('link', { name: '千葉県デジタル・トランスフォーメーション推進戦略（1.1版）' }).click();
		await expect(page.locator('h1').textContent()).resolves.toContain('千葉県デジタル・トランスフォーメーション推進戦略');

		await page.getByRole('link', { name: /^第1章/ }).first().click();
		expect(new URL(page.url()).pathname).toBe('/plans/chiba-dx-2026/ch1/');
		await page.locator('nav.toc-wide a').first().click();
		const hash = new URL(page.url()).hash;
		expect(hash).not.toBe('');
		await expect(page.locator(`[id="${hash.slice(1)}"]`).isVisible()).resolves.toBe(true);

		await page.getByRole('link', { name: '次の章' , exact: false }).first().click();
		expect(new URL(page.url()).pathname).toBe('/plans/chiba-dx-2026/ch2/');

		await page.goto(new URL('/glossary/', origin).href);
		await page.getByRole('navigation', { name: '五十音' }).getByRole('link', { name: 'あ' }).click();
		expect(new URL(page.url()).hash).toBe('#row-a');
		await page.getByRole('link', { name: 'オープンデータ' }).click();
		await expect(page.locator('h1').textContent()).resolves.toBe('オープンデータ');
		await expect(page.locator('main').textContent()).resolves.toContain('国、地方公共団体及び事業者が保有する官民データ');
	});

	it('keeps the skip link first and moves focus to the main content', async () => {
		await page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('本文へ移動');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
	});
});

describe('search', () => {
	it('finds the chapter that contains a Japanese phrase, from the header search box', async () => {
		await page.goto(origin);
		await page.getByRole('searchbox', { name: 'サイト内検索' }).fill('オンライン利用率');
		await page.getByRole('searchbox', { name: 'サイト内検索' }).press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await page.getByRole('status').filter({ hasText: '件' }).waitFor();
		const links = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		expect(links).toContain('/plans/fukushima-dx-2022/ch3/');
	});

	it('narrows by prefecture and keeps the query and filter in the URL', async () => {
		await page.goto(new URL('/search/?q=DX&prefecture=千葉県', origin).href);
		await page.getByRole('status').filter({ hasText: '件' }).waitFor();
		await expect(page.getByLabel('都道府県').inputValue()).resolves.toBe('千葉県');
		const facets = await page.locator('#search-results > li > p.muted').allTextContents();
		expect(facets.length).toBeGreaterThan(0);
		for (const facet of facets) expect(facet).toContain('千葉県');
	});
});
