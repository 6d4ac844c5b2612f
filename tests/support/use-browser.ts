/** A browser and a page for the tests of one file: launched before them, closed after. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/support/browser.ts';

export function useBrowser(): { browser: Browser; page: Page } {
	const session = {} as { browser: Browser; page: Page };
	beforeAll(async () => {
		session.browser = await launchBrowser();
		session.page = await session.browser.newPage();
	});
	afterAll(async () => {
		await session.browser?.close();
	});
	return session;
}
