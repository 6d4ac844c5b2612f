/** Glossary toggletips in chapter text: keyboard, touch, screen-reader semantics, axe (WCAG 1.4.13). */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../../scripts/support/browser.ts';

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
type Box = { x: number; y: number; width: number; height: number };
/** Whether a tip's box lies inside a window this wide and spans part of its button's width. */
const overButton = (button: Box, tip: Box, windowWidth: number) =>
	tip.x >= 0 && tip.x + tip.width <= windowWidth && tip.x < button.x + button.width && tip.x + tip.width > button.x;

describe('glossary toggletip', () => {
	it('opens with the keyboard, stays open, closes with Escape and returns focus (WCAG 2.1.1, 2.1.2)', async () => {
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

	it('sets its definition at its own weight when the term stands in bold text', async () => {
		const page = await browser.newPage();
		await page.goto(chapter);
		// A term in a bold run, as 千葉県's 「**様々な主体がともにDXの推進に取り組んでいく**」.
		await page.locator('.term').first().evaluate((term) => term.replaceWith(Object.assign(document.createElement('strong'), { innerHTML: term.outerHTML })));
		await page.locator('strong button.term-tip-button').first().click();
		await expect(openTips(page).evaluate((tip) => getComputedStyle(tip).fontWeight)).resolves.toBe('400');
		await page.close();
	});

	/** Opens the fourth tip of a long chapter with the keyboard, tabs 12 times on through the text, and says where focus was. */
	const tabPastTip = async (page: Page) => {
		await page.goto(new URL('/plans/toyama-dx-evaluation-2023/ch3/', origin).href);
		await page.locator('button.term-tip-button').nth(3).focus();
		await page.keyboard.press('Enter');
		const covered: string[] = [];
		let focusedInTip = false;
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const place = await page.evaluate(() => {
				const focused = document.activeElement!;
				const tip = document.querySelector('.term-tip:popover-open');
				if (!tip) return undefined;
				if (tip.contains(focused)) return 'in tip';
				// A tip out of sight covers nothing.
				if (!tip.checkVisibility({ visibilityProperty: true })) return undefined;
				const [f, t] = [focused.getBoundingClientRect(), tip.getBoundingClientRect()];
				return f.bottom > t.top && f.top < t.bottom ? `${focused.className || focused.tagName} at ${Math.round(f.top)}–${Math.round(f.bottom)}, tip ${Math.round(t.top)}–${Math.round(t.bottom)}` : undefined;
			});
			if (place === 'in tip') focusedInTip = true;
			else if (place) covered.push(place);
		}
		return { covered, focusedInTip };
	};

	it('closes an open tip when the reader tabs on past its term, so one click on its 「？」 opens it again (WCAG 2.4.11)', async () => {
		const page = await browser.newPage({ viewport: { width: 375, height: 700 }, reducedMotion: 'reduce' });
		const { covered, focusedInTip } = await tabPastTip(page);
		// Its link to the term page was on the way, in sight (nothing hidden takes focus).
		expect(focusedInTip).toBe(true);
		expect(covered).toEqual([]);
		await expect(openTips(page).count()).resolves.toBe(0);
		await page.locator('button.term-tip-button').nth(3).click();
		await expect(openTips(page).count()).resolves.toBe(1);
		await expect(openTips(page).first().isVisible()).resolves.toBe(true);
		await page.close();
	});

	it('without JavaScript, keeps what has focus clear of a tip left open while the reader tabs on', async () => {
		const context = await browser.newContext({ viewport: { width: 375, height: 700 }, reducedMotion: 'reduce', javaScriptEnabled: false });
		const page = await context.newPage();
		const { covered, focusedInTip } = await tabPastTip(page);
		expect(focusedInTip).toBe(true);
		expect(covered).toEqual([]);
		await expect(openTips(page).count()).resolves.toBe(1);
		await context.close();
	});

	it('sits by its 「？」 on a wide screen: under it, or above it near the window\'s foot', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(chapter);
		const button = page.locator('button.term-tip-button').nth(7);
		const tip = page.locator(`#${await button.getAttribute('popovertarget')}`);
		const openWithButtonAt = async (top: number) => {
			await button.evaluate((b, top) => window.scrollBy({ top: b.getBoundingClientRect().top - top, behavior: 'instant' }), top);
			await button.click();
			const [b, t] = [(await button.boundingBox())!, (await tip.boundingBox())!];
			await page.keyboard.press('Escape');
			expect(b.y, 'the button where it was scrolled to').toBeCloseTo(top, -1);
			expect(overButton(b, t, 1280), `tip ${JSON.stringify(t)} over button ${JSON.stringify(b)}, in the window`).toBe(true);
			return { gapBelow: t.y - (b.y + b.height), gapAbove: b.y - (t.y + t.height), top: t.y };
		};

		const high = await openWithButtonAt(200);
		expect(high.gapBelow).toBeGreaterThanOrEqual(0);
		expect(high.gapBelow).toBeLessThanOrEqual(12);

		const low = await openWithButtonAt(800 - 60);
		expect(low.gapAbove).toBeGreaterThanOrEqual(0);
		expect(low.gapAbove).toBeLessThanOrEqual(12);
		expect(low.top).toBeGreaterThanOrEqual(0);
		await page.close();
	});

	it('stays in the window by a 「？」 near its right side, still over the button', async () => {
		const page = await browser.newPage({ viewport: { width: 768, height: 900 } });
		await page.goto(chapter);
		const rightmost = await page.evaluate(() => {
			const rights = [...document.querySelectorAll('button.term-tip-button')].map((b) => b.getBoundingClientRect().right);
			return rights.indexOf(Math.max(...rights));
		});
		const button = page.locator('button.term-tip-button').nth(rightmost);
		await button.scrollIntoViewIfNeeded();
		await button.click();
		const [b, t] = [(await button.boundingBox())!, (await page.locator(`#${await button.getAttribute('popovertarget')}`).boundingBox())!];
		expect(b.x + b.width).toBeGreaterThan(768 - 120);
		expect(overButton(b, t, 768), `tip ${JSON.stringify(t)} over button ${JSON.stringify(b)}, in the window`).toBe(true);
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

	it('leaves a tip left open off the paper', async () => {
		const page = await browser.newPage();
		await page.goto(chapter);
		await page.locator('button.term-tip-button').first().click();
		await page.emulateMedia({ media: 'print' });
		await expect(openTips(page).evaluate((tip) => tip.checkVisibility())).resolves.toBe(false);
		await page.close();
	});

	it('is announced as a button tied to its definition (WCAG 4.1.2)', async () => {
		const page = await browser.newPage();
		await page.goto(chapter);
		const button = page.locator('button.term-tip-button').first();
		// Its name starts with the 「？」 it shows (WCAG 2.5.3), drawn by CSS so that copied text leaves it out.
		await expect(button.evaluate((b) => getComputedStyle(b, '::before').content)).resolves.toBe('"？"');
		const snapshot = await page.locator('.term').first().ariaSnapshot();
		expect(snapshot).toMatch(/button "？「.+」の解説"/);
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
