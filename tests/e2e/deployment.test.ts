/**
 * Deployed builds, served like a static host serves them: the fixture site
 * under a sub-path (BASE_PATH), and two prefectures built separately
 * (ONLY_PREFECTURES) whose search pages search both (SEARCH_MERGE_SITES,
 * Pagefind's mergeIndex).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check.ts';
import type { PreviewServer } from '../../scripts/support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { validContent } from '../support/content-fixture.ts';
import { serveStatic } from '../../scripts/support/static-server.ts';
import { useBrowser } from '../support/use-browser.ts';

const session = useBrowser();
let root: string;
let server: PreviewServer;

function build(base: string, env: Record<string, string> = {}) {
	const result = buildSite(validContent, path.join(root, base), { BASE_PATH: base, SITE_URL: 'https://plans.example.jp', ...env });
	expect(result.status, result.output).toBe(0);
}

beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'prefplan-hosted-'));
	build('/sub/path/');
	// /not-deployed/ has no index: search must go on with the sites that answer.
	build('/pref07/', { ONLY_PREFECTURES: '07', SEARCH_MERGE_SITES: '/pref12/,/not-deployed/' });
	build('/pref12/', { ONLY_PREFECTURES: '12', SEARCH_MERGE_SITES: '/pref07/' });
	server = await serveStatic(root);
}, 300_000);
afterAll(() => server?.stop());

/** Every response the page gets while `action` runs. */
async function responsesDuring(action: () => Promise<void>): Promise<Response[]> {
	const responses: Response[] = [];
	const record = (response: Response) => responses.push(response);
	session.page.on('response', record);
	try {
		await action();
	} finally {
		session.page.off('response', record);
	}
	return responses;
}

async function search(url: string, query: string): Promise<string[]> {
	await session.page.goto(server.url(url));
	await session.page.getByRole('status').filter({ hasText: `「${query}」の検索結果` }).waitFor();
	return session.page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

describe('a site deployed under a sub-path', () => {
	it('reads home → plan → chapter with every page, style and script loaded from under the base', async () => {
		const responses = await responsesDuring(async () => {
			await session.page.goto(server.url('/sub/path/'));
			// From the plans table (the updates below it link to the plan too, named with the date's label).
			await session.page.getByRole('table', { name: /掲載している計画/ }).getByRole('link', { name: 'テスト用デジタル推進計画' }).click();
			await session.page.waitForURL('**/sub/path/plans/sample-plan/');
			await session.page.locator('.chapter-list').getByRole('link', { name: /^第１章/ }).click();
			await session.page.waitForURL('**/sub/path/plans/sample-plan/ch1/');
		});
		expect(responses.filter((r) => r.status() >= 400).map((r) => r.url())).toEqual([]);
		const paths = responses.map((r) => new URL(r.url()).pathname);
		expect(paths.some((p) => /^\/sub\/path\/_astro\/.+\.css$/.test(p))).toBe(true);
		expect(paths.filter((p) => !p.startsWith('/sub/path/'))).toEqual([]);
		// The stylesheet applies: the skip link is moved off screen until focused.
		await expect(session.page.locator('.skip-link').evaluate((a) => a.getBoundingClientRect().bottom <= 0 || getComputedStyle(a).position !== 'static')).resolves.toBe(true);
	});

	it('searches, with results linking to pages under the base', async () => {
		const paths = await search('/sub/path/search/?q=オンライン', 'オンライン');
		expect(paths.length).toBeGreaterThan(0);
		for (const p of paths) expect(p.startsWith('/sub/path/plans/'), p).toBe(true);
		const response = await responsesDuring(() => session.page.locator('#search-results > li h2 a').first().click().then(() => session.page.waitForLoadState()));
		expect(response.filter((r) => r.request().isNavigationRequest()).map((r) => r.status())).toEqual([200]);
	});

	it('answers a missing page with the not-found page, whose search box and links work', async () => {
		const missing = server.url('/sub/path/plans/no-such-plan/');
		const response = await session.page.goto(missing);
		expect(response?.status()).toBe(404);
		await expect(session.page.locator('h1').textContent()).resolves.toBe('ページが見つかりません');
		await session.page.getByRole('searchbox', { name: 'サイト内検索' }).fill('オンライン');
		await session.page.getByRole('searchbox', { name: 'サイト内検索' }).press('Enter');
		await session.page.waitForURL(/\/search\//);
		const searched = new URL(session.page.url());
		expect([searched.pathname, searched.searchParams.get('q')]).toEqual(['/sub/path/search/', 'オンライン']);
		await session.page.goto(missing);
		await session.page.getByRole('link', { name: '計画一覧へ' }).click();
		expect(new URL(session.page.url()).pathname).toBe('/sub/path/plans/');
	});

	it('has no broken links under the base, and serves the sitemap, robots.txt and feed', async () => {
		expect((await checkLinks(path.join(root, 'sub/path'), '/sub/path/')).broken).toEqual([]);
		for (const file of ['sitemap.xml', 'robots.txt', 'feed.xml']) {
			expect((await session.page.request.get(server.url(`/sub/path/${file}`))).status(), file).toBe(200);
		}
	});
});

describe('two prefectures built separately', () => {
	it('each publish only their own plan', async () => {
		for (const [base, plan, other] of [['/pref07/', 'sample-plan', 'other-plan'], ['/pref12/', 'other-plan', 'sample-plan']] as const) {
			expect((await session.page.request.get(server.url(`${base}plans/${plan}/`))).status()).toBe(200);
			expect((await session.page.request.get(server.url(`${base}plans/${other}/`))).status()).toBe(404);
		}
	});

	it('search both from either site (Pagefind mergeIndex), each result on its own site, a shared glossary term once, a word in hiragana read with both sites\' words, skipping a listed site that is not there', async () => {
		for (const base of ['/pref07/', '/pref12/']) {
			const paths = await search(`${base}search/?q=オンライン`, 'オンライン');
			expect(paths.some((p) => p.startsWith('/pref07/plans/sample-plan/')), `${base}: ${paths}`).toBe(true);
			expect(paths.some((p) => p.startsWith('/pref12/plans/other-plan/')), `${base}: ${paths}`).toBe(true);
		}
		for (const base of ['/pref07/', '/pref12/']) {
			// Both builds carry the whole glossary: a term is listed once, from the site being searched.
			const paths = await search(`${base}search/?q=オープンデータ`, 'オープンデータ');
			expect(paths.filter((p) => p.endsWith('/glossary/open-data/')), `${base}: ${paths}`).toEqual([`${base}glossary/open-data/`]);
			const kindTerms = await search(`${base}search/?q=オープンデータ&kind=用語`, 'オープンデータ');
			expect(kindTerms.length, `${base}: ${kindTerms}`).toBeGreaterThan(0);
			expect(kindTerms.every((p) => p.startsWith(`${base}glossary/`)), `${base}: ${kindTerms}`).toBe(true);
		}
		// A word typed in hiragana is read with the other site's words too: 随時更新 is only in pref12's plan.
		for (const base of ['/pref07/', '/pref12/']) {
			const paths = await search(`${base}search/?q=ずいじこうしん`, 'ずいじこうしん');
			expect(paths, base).toContain('/pref12/plans/other-plan/ch1/');
			await expect(session.page.getByRole('status').textContent()).resolves.toContain('「ずいじこうしん」は「随時更新」としても検索しました。');
		}
		await session.page.goto(server.url('/pref07/search/?q=オンライン'));
		await session.page.getByRole('status').filter({ hasText: '「オンライン」の検索結果' }).waitFor();
		await session.page.locator('#search-results > li h2 a[href^="/pref12/plans/other-plan/"]').first().click();
		await session.page.waitForURL('**/pref12/plans/other-plan/**');
		await expect(session.page.title()).resolves.toContain('千葉県テスト用DX推進戦略');
	});
});
