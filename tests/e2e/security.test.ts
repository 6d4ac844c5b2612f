/**
 * In headless Chromium: every page type requests nothing from another origin
 * and runs into no CSP violation (search included: Pagefind's WebAssembly
 * runs under the policy), and the XSS corpus, built with the real build,
 * opens no dialog and logs no error.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type PreviewServer, servePreview } from '../../scripts/support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';
import { useBrowser } from '../support/use-browser.ts';

const origin = inject('siteOrigin');
const session = useBrowser();

interface Observed {
	requests: string[];
	errors: string[];
	dialogs: string[];
}

/** Loads a page and records what it requested, logged as errors, and opened as dialogs. */
async function observe(page: Page, url: string, afterLoad: () => Promise<void> = async () => {}): Promise<Observed> {
	const observed: Observed = { requests: [], errors: [], dialogs: [] };
	const onRequest = (request: { url: () => string }) => observed.requests.push(request.url());
	const onConsole = (message: { type: () => string; text: () => string }) => {
		if (message.type() === 'error') observed.errors.push(message.text());
	};
	const onPageError = (error: Error) => observed.errors.push(error.message);
	const onDialog = (dialog: { message: () => string; dismiss: () => Promise<void> }) => {
		observed.dialogs.push(dialog.message());
		void dialog.dismiss();
	};
	page.on('request', onRequest);
	page.on('console', onConsole);
	page.on('pageerror', onPageError);
	page.on('dialog', onDialog);
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		await afterLoad();
		await page.waitForLoadState('networkidle');
	} finally {
		page.off('request', onRequest);
		page.off('console', onConsole);
		page.off('pageerror', onPageError);
		page.off('dialog', onDialog);
	}
	return observed;
}

const pageTypes = [
	'/',
	'/plans/fukushima-dx-2022/',
	'/plans/fukushima-dx-2022/ch1/',
	'/plans/fukushima-dx-2022/print/',
	'/plans/fukushima-dx-2022/indicators/',
	'/glossary/',
	'/glossary/open-data/',
	'/themes/',
	'/themes/compare/',
	'/themes/administrative-dx/',
	'/accessibility/',
	'/privacy/',
	'/404.html',
];

describe('every page type', () => {
	it.each(pageTypes)('%s requests nothing from other origins and violates no policy', async (pathname) => {
		const { requests, errors } = await observe(session.page, new URL(pathname, origin).href);
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((url) => new URL(url).origin !== new URL(origin).origin)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('enforces the policy: a script injected into a page does not run', async () => {
		await session.page.goto(new URL('/plans/fukushima-dx-2022/ch1/', origin).href);
		const ran = await session.page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.body.dataset.injected = "ran"';
			document.body.append(script);
			return document.body.dataset.injected ?? 'blocked';
		});
		expect(ran).toBe('blocked');
	});

	it('refuses WebAssembly on a reading page: only the search page runs the engine', async () => {
		const compiles = async (pathname: string) => {
			await session.page.goto(new URL(pathname, origin).href);
			// The smallest module: its magic number and version.
			return session.page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', (error: Error) => error.name));
		};
		expect(await compiles('/plans/fukushima-dx-2022/ch1/')).toBe('CompileError');
		expect(await compiles('/search/')).toBe('compiled');
	});

	it('search runs its WebAssembly engine under the policy and finds pages', async () => {
		const { requests, errors } = await observe(session.page, new URL('/search/?q=オープンデータ', origin).href, async () => {
			await session.page.locator('#search-results > li').first().waitFor();
		});
		expect(requests.some((url) => url.endsWith('.pagefind'))).toBe(true);
		expect(requests.filter((url) => new URL(url).origin !== new URL(origin).origin)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('search asks for no file the site does not have: a word in hiragana whose first kana no word of the pages reads with (ぬ)', async () => {
		const { requests, errors } = await observe(session.page, new URL('/search/?q=ぬいぐるみ', origin).href, async () => {
			await session.page.locator('#search-status', { hasText: '見つかりませんでした' }).waitFor();
		});
		// The words it is read as start with ぬ and others; each file asked for is there (a missing one is logged as an error).
		expect(requests).toContain(new URL('/search-readings/30cc.json', origin).href);
		expect(errors).toEqual([]);
	});
});

describe('the XSS corpus in a browser', () => {
	let server: PreviewServer;

	beforeAll(async () => {
		const root = await contentWithOverlay(path.resolve('tests/fixtures/xss'));
		const dist = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-xss-e2e-')), 'dist');
		const result = buildSite(path.join(root, 'content'), dist);
		if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
		server = await servePreview(dist);
	});
	afterAll(() => server?.stop());

	it.each(['/plans/sample-plan/ch3/', '/plans/sample-plan/print/', '/glossary/xss-term/', '/glossary/'])('%s opens no dialog and logs no error, even when touched', async (pathname) => {
		const { dialogs, errors, requests } = await observe(session.page, server.url(pathname), async () => {
			// Give any surviving handler its event: every element of the content is hovered, focused and clicked.
			await session.page.evaluate(() => {
				for (const element of document.querySelectorAll('main *')) {
					for (const type of ['mouseover', 'focus', 'click', 'toggle', 'error', 'load']) element.dispatchEvent(new Event(type, { bubbles: false, cancelable: true }));
				}
			});
		});
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		expect(requests.filter((url) => new URL(url).origin !== new URL(server.url('/')).origin)).toEqual([]);
	});

	it('would notice a dialog (the check can fail)', async () => {
		const { dialogs } = await observe(session.page, server.url('/'), () => session.page.evaluate(() => window.alert('probe')));
		expect(dialogs).toEqual(['probe']);
	});
});
