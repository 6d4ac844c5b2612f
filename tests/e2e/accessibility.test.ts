/** axe-core (WCAG 2.0–2.2 A/AA rules and best practices) on every page of the built site, and reflow at 320px. */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/use-browser.ts';

const origin = inject('siteOrigin');
const siteDir = inject('siteDir');
const pages = readdirSync(siteDir, { recursive: true })
	.map(String)
	.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
	.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
	.concat('/search/?q=オープンデータ')
	.sort();

const session = useBrowser();

describe('axe on every page', () => {
	it('covers every page type', () => {
		for (const type of ['/', '/plans/', '/prefectures/', '/glossary/', '/search/', '/404.html']) expect(pages).toContain(type);
		expect(pages.some((p) => /^\/prefectures\/\d+\/$/.test(p))).toBe(true);
		expect(pages.some((p) => /^\/plans\/[^/]+\/ch\d+\/$/.test(p))).toBe(true);
		expect(pages.some((p) => /^\/plans\/[^/]+\/indicators\/$/.test(p))).toBe(true);
		for (const type of ['/indicators/', '/indicators/compare/', '/data/']) expect(pages).toContain(type);
		expect(pages.some((p) => /^\/indicators\/compare\/[^/]+\/$/.test(p))).toBe(true);
		expect(pages.some((p) => /^\/glossary\/[^/]+\/$/.test(p))).toBe(true);
	});

	it('reports a violation when there is one (the check can fail)', async () => {
		await session.page.setContent(
			'<html lang="ja"><head><title>t</title></head><body><main><h1>t</h1><img src="x.png"><a href="/"></a><article><aside aria-label="関連"></aside><aside aria-label="関連"></aside></article></main></body></html>',
		);
		expect((await axeViolations(session.page)).map((v) => v.id).sort()).toEqual(['image-alt', 'landmark-unique', 'link-name']);
	});

	it.each(pages)('%s has no WCAG A/AA violation and follows axe best practice', async (pathname) => {
		await session.page.goto(new URL(pathname, origin).href, { waitUntil: 'networkidle' });
		expect(await axeViolations(session.page)).toEqual([]);
	});
});

describe('reflow at 320px (WCAG 1.4.10)', () => {
	let narrow: Page;
	beforeAll(async () => {
		narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
	});

	it.each(pages)('%s does not scroll sideways; wide tables scroll inside their own box, their titles wrapped to it', async (pathname) => {
		await narrow.goto(new URL(pathname, origin).href);
		const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		// A title as wide as its table would be cut off where the box ends.
		const titlesPastTheirBox = await narrow.evaluate(() =>
			[...document.querySelectorAll('.table-scroll caption')].filter((c) => c.getBoundingClientRect().right > c.closest('.table-scroll')!.getBoundingClientRect().right + 1).map((c) => c.textContent),
		);
		expect(titlesPastTheirBox).toEqual([]);
	});
});

describe('text size (as the accessibility statement says: nothing but the charts under 14px)', () => {
	it.each(pages)('%s', async (pathname) => {
		await session.page.goto(new URL(pathname, origin).href);
		const small = await session.page.evaluate(() => {
			const small: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const element = node.parentElement!;
				if (!node.textContent!.trim() || element.closest('svg')) continue;
				const box = element.getBoundingClientRect();
				// Hidden text (closed popovers, visually-hidden labels) has no size to read.
				if (box.width <= 1 || box.height <= 1 || !element.checkVisibility()) continue;
				const size = parseFloat(getComputedStyle(element).fontSize);
				if (size < 14) small.push(`${size}px: ${node.textContent!.trim().slice(0, 20)}`);
			}
			// Marks drawn by CSS (the paragraphs' 「¶」) are text to read too.
			for (const element of document.body.querySelectorAll('*')) {
				if (!element.checkVisibility() || element.closest('svg')) continue;
				for (const pseudo of ['::before', '::after']) {
					const style = getComputedStyle(element, pseudo);
					if (!/[^\s'"\\]/.test(style.content.replace(/^none$|^normal$/, '')) || style.display === 'none') continue;
					if (parseFloat(style.fontSize) < 14) small.push(`${style.fontSize}: ${element.className}${pseudo} ${style.content}`);
				}
			}
			return small;
		});
		expect(small).toEqual([]);
	});
});

describe('what a screen reader reads', () => {
	it('reads no mark drawn by CSS: breadcrumb arrows, the contents button’s ＋', async () => {
		const page = await session.browser.newPage({ viewport: { width: 375, height: 800 } });
		await page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		const cdp = await page.context().newCDPSession(page);
		const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value: string }; name?: { value: string } }> };
		const names = nodes.filter((n) => n.role?.value === 'StaticText' || n.role?.value === 'DisclosureTriangle').map((n) => n.name?.value ?? '');
		expect(names).toContain('この章の目次');
		expect(names.filter((name) => /^[›‹＋－]/.test(name.trim()))).toEqual([]);
		await page.close();
	});
});

describe('forced colours (Windows high contrast)', () => {
	it('outlines the heading and the paragraph a link leads to, as the highlight colour is gone', async () => {
		const page = await session.browser.newPage();
		await page.emulateMedia({ forcedColors: 'active' });
		await page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		const [heading, paragraph] = await page.evaluate(() => [document.querySelector('.chapter h2[id]')!.id, document.querySelector('.chapter p[id]')!.id]);
		for (const id of [heading, paragraph]) {
			await page.goto(new URL(`/plans/fukushima-dx-2022/ch2/#${id}`, origin).href);
			await expect(page.evaluate((target) => getComputedStyle(document.getElementById(target)!).outlineStyle, id), id).resolves.toBe('solid');
		}
		await page.close();
	});
});
