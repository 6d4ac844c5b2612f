/** Glossary toggletips in chapter text: keyboard, touch, screen-reader semantics, axe (WCAG 1.4.13). */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

const origin = inject('siteOrigin');
const chapter = new URL('/plans/fukushima-dx-2022/ch2/', origin).href;
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const openTips = (page: Page) => page.locator('.term-tip:popover-open');

describe('glossary toggletip', () => {
	it('opens with the keyboard, stays open, closes with Escape and returns focus', async () => {
		const page = await browser.newPage();
		await page.goto(chapter);
		const button = page.locator('button.term-tip-button').first();
		const tipId = await button.getAttribute('popovertarget');
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(openTips(page).count()).resolves.toBe(1);
		await expect(page.locator(`#${tipId}`).isVisible()).resolves.toBe(true);
		await expect(page.locator(`#${tipId} a`).getAttribute('href')).resolves.toMatch(/^\/glossary\/[^/]+\/$/);
		await page.keyboard.press('Escape');
		await expect(openTips(page).count()).resolves.toBe(0);
		await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('term-tip-button');
		await page.close();
	});

	it('keeps what has focus clear of an open tip while the reader tabs on through the text (WCAG 2.4.11)', async () => {
		const page = await browser.newPage({ viewport: { width: 375, height: 700 }, reducedMotion: 'reduce' });
		await page.goto(new URL('/plans/toyama-dx-evaluation-2023/ch3/', origin).href);
		await page.locator('button.term-tip-button').nth(3).focus();
		await page.keyboard.press('Enter');
		const covered: string[] = [];
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const place = await page.evaluate(() => {
				const focused = document.activeElement!;
				const tip = document.querySelector('.term-tip:popover-open');
				if (!tip || tip.contains(focused)) return undefined;
				const [f, t] = [focused.getBoundingClientRect(), tip.getBoundingClientRect()];
				return f.bottom > t.top && f.top < t.bottom ? `${focused.className || focused.tagName} at ${Math.round(f.top)}–${Math.round(f.bottom)}, tip ${Math.round(t.top)}–${Math.round(t.bottom)}` : undefined;
			});
			if (place) covered.push(place);
		}
		await expect(openTips(page).count()).resolves.toBe(1);
		expect(covered).toEqual([]);
		await page.close();
	});

	it('opens with a tap and closes with a tap outside', async () => {
		const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(chapter);
		const button = page.locator('button.term-tip-button').first();
		await button.scrollIntoViewIfNeeded();
		await button.tap();
		await expect(openTips(page).count()).resolves.toBe(1);
		const box = (await openTips(page).boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
		await page.locator('h1').tap();
		await expect(openTips(page).count()).resolves.toBe(0);
		await context.close();
	});

	it('stays on the screen at 400 % zoom (320 × 225), its longest definition scrolling inside it (WCAG 1.4.10)', async () => {
		const page = await browser.newPage({ viewport: { width: 320, height: 225 } });
		await page.goto(chapter);
		const longest = await page.evaluate(() => [...document.querySelectorAll('.term-tip')].sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!.id);
		const button = page.locator(`button[popovertarget="${longest}"]`).first();
		await button.scrollIntoViewIfNeeded();
		await button.click();
		const tip = page.locator(`#${longest}`);
		const box = (await tip.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(225);
		await expect(tip.evaluate((t) => t.scrollHeight > t.clientHeight)).resolves.toBe(true);
		await page.close();
	});

	it('is announced as a button tied to its definition', async () => {
		const page = await browser.newPage();
		await page.goto(chapter);
		const button = page.locator('button.term-tip-button').first();
		const name = await button.evaluate((b) => b.textContent);
		expect(name).toMatch(/^？「.+」の解説$/);
		const snapshot = await page.locator('.term').first().ariaSnapshot();
		expect(snapshot).toContain('button');
		expect(snapshot).toContain('link');
		await page.close();
	});

	it('passes axe with a toggletip open', async () => {
		const page = await browser.newPage();
		await page.goto(chapter);
		await page.locator('button.term-tip-button').first().click();
		await expect(openTips(page).count()).resolves.toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('keeps the term page one link away without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(chapter);
		const link = page.locator('a.term-link').first();
		const href = await link.getAttribute('href');
		await link.click();
		expect(new URL(page.url()).pathname).toBe(href);
		await context.close();
	});
});

describe('他県の計画では', () => {
	it('opens the list of other prefectures’ sections and leads to one', async () => {
		const page = await browser.newPage();
		await page.goto(new URL('/plans/fukushima-dx-2022/ch3/', origin).href);
		const aside = page.locator('aside.related-sections').first();
		await aside.locator('summary').click();
		const first = aside.locator('details a').first();
		const href = (await first.getAttribute('href'))!;
		expect(href).not.toContain('fukushima');
		await first.click();
		await page.waitForURL((url) => href.endsWith(`${url.pathname}${url.hash}`));
		const url = new URL(page.url());
		await expect(page.locator(`[id="${url.hash.slice(1)}"]`).count()).resolves.toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
