/**
 * axe-core (WCAG 2.0–2.2 A/AA rules and best practices) on every page of the
 * built site, and on one of each kind in the dark colour scheme; reflow at 320px.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { storageKey } from '../../src/lib/opinion-drafts.ts';
import { routeOfPath } from '../../src/lib/routes.ts';
import { accessibleNames } from '../support/accessibility-tree.ts';
import { axeViolations } from '../support/axe.ts';
import { consultationBuildTime } from '../support/consultation-fixture.ts';
import { liveHtmlProblems } from '../support/html-conformance.ts';
import { useBrowser } from '../support/use-browser.ts';

const origin = inject('siteOrigin');
const consultationOrigin = inject('consultationOrigin');
const siteDir = inject('siteDir');
const pages = readdirSync(siteDir, { recursive: true })
	.map(String)
	.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
	.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
	// Results, and results with 「もしかして」 (no page holds the words as written).
	.concat('/search/?q=オープンデータ', '/search/?q=デジタルデバイト')
	.sort();
/** One page of each kind the site makes, by the route that makes it (the search page with and without results). */
const onePerKind = [...new Map(pages.map((pathname) => [routeOfPath(pathname)?.name ?? pathname, pathname])).values()];

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

// The built pages are checked in the integration tests; these are what the pages' scripts add to them.
describe('the HTML the pages’ scripts write (WCAG 4.1.1 構文解析)', () => {
	it('is valid in search results, in 「もしかして」, and with a term’s tip and a paragraph’s citation menu open', async () => {
		const { page } = session;
		// Results written by the script; and a slip, which finds nothing and offers the glossary word (もしかして).
		for (const [query, written] of [['オープンデータ', '#search-results > li'], ['デジタルデバイト', '#search-status a']] as const) {
			await page.goto(new URL(`/search/?q=${query}`, origin).href);
			await page.getByRole('status').filter({ hasText: `「${query}」` }).filter({ hasText: /件|見つかりませんでした/ }).waitFor();
			await expect(page.locator(written).count()).resolves.toBeGreaterThan(0);
			expect({ query, problems: await liveHtmlProblems(page) }).toEqual({ query, problems: [] });
		}
		await page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		await page.locator('.term-tip-button').first().click();
		await page.locator('.chapter p[id] a.para-link').first().click();
		await expect(page.locator('#citation-menu').isVisible()).resolves.toBe(true);
		expect(await liveHtmlProblems(page)).toEqual([]);
	});

	it('is valid in the drafts panel: a draft written, and the fields and link of each way to submit', async () => {
		const context = await session.browser.newContext();
		const page = await context.newPage();
		await page.clock.install({ time: consultationBuildTime });
		await page.goto(new URL('/plans/other-plan/ch2/', consultationOrigin).href);
		await page.locator('#admin-p1 a.para-link').click();
		await page.locator('#citation-menu [data-action="write-opinion"]').click();
		await page.keyboard.type('意見です。');
		expect({ at: 'drawer', problems: await liveHtmlProblems(page) }).toEqual({ at: 'drawer', problems: [] });
		await page.goto(new URL('/consultations/other-open/', consultationOrigin).href);
		await page.locator('[data-submission] summary').click();
		const channels = page.locator('input[name="opinion-channel"]');
		expect(await channels.count()).toBeGreaterThan(1);
		for (let i = 0; i < (await channels.count()); i++) {
			await channels.nth(i).check();
			const channel = await channels.nth(i).evaluate((input) => input.closest('label')!.textContent!.trim());
			expect({ channel, problems: await liveHtmlProblems(page) }).toEqual({ channel, problems: [] });
		}
		await context.close();
	});
});

describe('reflow at 320px, as at 400 % zoom (WCAG 1.4.4, 1.4.10)', () => {
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

describe('the accessibility statement’s 達成基準チェックリスト', () => {
	it('stacks each criterion on a 320 px phone, each value under or beside its column’s name, still tables of 38 and 18 rows to screen readers', async () => {
		const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		await page.goto(new URL('/accessibility/', origin).href);
		const tables = page.locator('table.stacked-table');
		await expect(tables.evaluateAll((all) => all.map((t) => t.closest('.table-scroll')!.scrollWidth - t.closest('.table-scroll')!.clientWidth))).resolves.toEqual([0, 0]);
		const firstRow = tables.first().locator('tbody tr').first();
		// The column's name drawn before each value: beside a short one, over the text of a long one.
		const labels = firstRow.locator('td').evaluateAll((cells) =>
			cells.map((cell) => {
				const label = getComputedStyle(cell, '::before');
				return `${label.content.replace(/ \/ ""$/, '')} ${label.display} ${cell.textContent!.slice(0, 8)}`;
			}),
		);
		await expect(labels).resolves.toEqual(['"レベル" inline A', '"適用" inline 適用', '"適合" inline 適合', '"確認の方法" block axe-core', '"注記" block 画像は指標の棒グ']);
		await expect(accessibleNames(page, 'table')).resolves.toEqual(['達成基準チェックリスト（JIS X 8341-3:2016 適合レベルA・AA）', 'WCAG 2.1・2.2 で追加された達成基準（レベルA・AA）']);
		await expect(accessibleNames(page, 'columnheader')).resolves.toEqual(['達成基準', 'レベル', '適用', '適合', '確認の方法', '注記', '達成基準', 'WCAG', 'レベル', '適用', '適合', '確認の方法', '注記']);
		await expect(accessibleNames(page, 'rowheader')).resolves.toHaveLength(38 + 18);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

const textSpacing = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** What a phone's or browser's text-size setting does: the text grows, the page's width in pixels stays. */
const textOnly200 = 'html { font-size: 200% !important; }';

describe.each([
	{ setting: 'text spacing widened as WCAG 1.4.12 sets it', width: 1280, style: textSpacing },
	{ setting: 'text spacing widened on a phone', width: 320, style: textSpacing },
	{ setting: 'text alone enlarged to 200% on a phone', width: 320, style: textOnly200 },
])('text spaced out or enlarged (WCAG 1.4.4, 1.4.10, 1.4.12): $setting', ({ width, style }) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		// The reader's own style sheet (a browser extension's), which the site's CSP does not stop.
		context = await session.browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});

	it.each(onePerKind)('%s cuts no text off and does not scroll sideways', async (pathname) => {
		await page.goto(new URL(pathname, origin).href);
		await page.addStyleTag({ content: style });
		const problems = await page.evaluate(() => {
			const found: string[] = [];
			if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px)`);
			for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
				const style = getComputedStyle(element);
				const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
				// Visually hidden text (screen reader labels) is clipped on purpose, to one pixel.
				if (!element.textContent!.trim() || element.clientWidth <= 1 || !element.checkVisibility()) continue;
				if ((clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1)) {
					found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent!.trim().slice(0, 20)}`);
				}
			}
			return found;
		});
		expect(problems).toEqual([]);
	});
});

describe('moving through a page with Tab (WCAG 2.1.2, 2.4.3, 2.4.7)', () => {
	/** Where Tab stopped, as the page recorded it. */
	interface FocusStop {
		what: string;
		/** After the stop before it in document order. */
		followsPrevious: boolean;
		/** Outlined at least 2px, and has a box to see. */
		visible: boolean;
	}

	it.each(onePerKind)('%s: from the skip link on, in document order, each control outlined, and out at the end', async (pathname) => {
		const { page } = session;
		await page.goto(new URL(pathname, origin).href);
		await page.evaluate(() => {
			const reached: FocusStop[] = [];
			let previous: Element | undefined;
			document.addEventListener('focusin', ({ target }) => {
				const element = target as HTMLElement;
				const style = getComputedStyle(element);
				const box = element.getBoundingClientRect();
				reached.push({
					what: `${element.tagName.toLowerCase()} 「${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 20)}」`,
					followsPrevious: !previous || (previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
					visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && box.width > 0 && box.height > 0,
				});
				previous = element;
			});
			Object.assign(window, { reached });
		});
		// The first Tab reaches the skip link; go on until focus leaves the page after its last control
		// (to the window, or round to the skip link again).
		await page.keyboard.press('Tab');
		let left = false;
		for (let presses = 0; presses < 1500 && !left; presses++) {
			await page.keyboard.press('Tab');
			left = await page.evaluate(() => document.activeElement === document.body || document.activeElement!.classList.contains('skip-link'));
		}
		expect(left, 'focus never left the page').toBe(true);
		const all = await page.evaluate(() => (window as unknown as { reached: FocusStop[] }).reached);
		// Without the skip link it wrapped round to.
		const reached = all.length > 1 && all.at(-1)!.what === all[0]!.what ? all.slice(0, -1) : all;
		expect(reached[0]!.what).toBe('a 「本文へ移動」');
		expect(reached.length).toBeGreaterThan(3);
		expect(reached.filter((r) => !r.followsPrevious).map((r) => r.what)).toEqual([]);
		expect(reached.filter((r) => !r.visible).map((r) => r.what)).toEqual([]);
	});

	/** TOC links whose focus ring (6px round the link) the contents' scroll box cuts off, or the drafts button covers, each focused in turn. */
	const tocLinksHidden = (page: Page) =>
		page.locator('nav.toc-wide a').evaluateAll((links) => {
			const toc = links[0]!.closest('nav')!;
			const toggle = document.querySelector('.opinion-toggle:not([hidden])')?.getBoundingClientRect();
			return links.flatMap((link) => {
				(link as HTMLElement).focus();
				const box = toc.getBoundingClientRect();
				const [right, bottom] = [box.left + toc.clientLeft + toc.clientWidth, box.top + toc.clientTop + toc.clientHeight];
				const ring = link.getBoundingClientRect();
				const cut = ring.right + 6 > right + 0.5 || ring.bottom + 6 > bottom + 0.5;
				const covered = toggle && ring.bottom > toggle.top && ring.right > toggle.left;
				return cut || covered ? [`${link.textContent!.trim().slice(0, 12)}${cut ? ' cut' : ''}${covered ? ' covered' : ''}`] : [];
			});
		});

	it('shows a focused link of a chapter’s contents beside the text with its whole ring (WCAG 2.4.7)', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		await expect(page.locator('nav.toc-wide a').count()).resolves.toBeGreaterThan(20);
		await expect(tocLinksHidden(page)).resolves.toEqual([]);
		await page.close();
	});

	it('keeps a long chapter’s contents clear of the floating drafts button during a consultation (WCAG 2.4.11)', async () => {
		const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
		const page = await context.newPage();
		await page.clock.install({ time: consultationBuildTime });
		await page.goto(new URL('/plans/other-plan/ch2/', consultationOrigin).href);
		await expect(page.locator('.opinion-toggle').isVisible()).resolves.toBe(true);
		// A chapter with some thirty headings (the fixture's has two): its contents longer than the window.
		await page.locator('nav.toc-wide ol').first().evaluate((list) => {
			for (let i = 0; i < 15; i++) for (const item of [...list.children].slice(0, 2)) list.append(item.cloneNode(true));
		});
		await expect(tocLinksHidden(page)).resolves.toEqual([]);
		await context.close();
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
	it('reads no mark drawn by CSS: breadcrumb arrows, the contents button’s ＋ (WCAG 1.1.1)', async () => {
		const page = await session.browser.newPage({ viewport: { width: 375, height: 800 } });
		await page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		const names = await accessibleNames(page, 'StaticText', 'DisclosureTriangle');
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

	it('draws the comparison’s fixed first column an edge, as the box-shadow that draws it is dropped', async () => {
		const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		await page.emulateMedia({ forcedColors: 'active' });
		await page.goto(new URL('/themes/compare/', origin).href);
		const edges = await page.locator('.compare-matrix th[scope="row"]').evaluateAll((cells) =>
			cells.map((cell) => {
				const edge = getComputedStyle(cell, '::after');
				return `${edge.content} ${edge.width} ${edge.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'none' : 'drawn'}`;
			}),
		);
		expect(edges.length).toBeGreaterThan(0);
		expect(new Set(edges)).toEqual(new Set(['"" 2px drawn']));
		await page.close();
	});

	it('rules the end of a table’s box while more of the table lies beyond it, as the edge shadows are dropped (and beside them in normal colours); none once scrolled to its end, nor where the table fits', async () => {
		for (const forcedColors of ['active', 'none'] as const) {
			const phone = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
			await phone.emulateMedia({ forcedColors });
			await phone.goto(new URL('/plans/fukushima-dx-2022/ch3/', origin).href);
			const box = phone.locator('.chapter .table-scroll').first();
			const rule = () => box.evaluate((b) => `${getComputedStyle(b).borderInlineEndStyle} ${getComputedStyle(b).borderInlineEndWidth}`);
			await expect(box.evaluate((b) => b.scrollWidth > b.clientWidth)).resolves.toBe(true);
			await expect(rule(), forcedColors).resolves.toBe('double 4px');
			await box.evaluate((b) => b.scrollTo(b.scrollWidth, 0));
			await expect.poll(rule).toBe('none 0px');
			await phone.close();
		}
		const wide = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await wide.emulateMedia({ forcedColors: 'active' });
		await wide.goto(new URL('/plans/fukushima-dx-2022/ch3/', origin).href);
		const fits = wide.locator('.chapter .table-scroll').first();
		await expect(fits.evaluate((b) => b.scrollWidth > b.clientWidth)).resolves.toBe(false);
		await expect(fits.evaluate((b) => getComputedStyle(b).borderInlineEndStyle)).resolves.toBe('none');
		await wide.close();
	});

	it('shows an open consultation’s status (募集中) in its tag, which a backplate had hidden, light or dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await session.browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.emulateMedia({ forcedColors: 'active' });
			await page.clock.install({ time: consultationBuildTime });
			await page.goto(new URL('/consultations/other-open/', consultationOrigin).href);
			const tag = page.locator('.consultation-status[data-phase="open"] .status-tag').first();
			await expect(tag.textContent()).resolves.toMatch(/^募集中/);
			// The text's box as drawn: glyphs on a fill are several colours; a backplate under text of its own colour is one.
			const box = await tag.evaluate((element) => {
				const range = document.createRange();
				range.selectNodeContents(element);
				const { x, y, width, height } = range.getBoundingClientRect();
				return { x, y, width, height };
			});
			const png = (await page.screenshot({ clip: box })).toString('base64');
			const colours = await page.evaluate(async (data) => {
				// Decoded from bytes: the site's CSP allows no data: image.
				const image = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(image.width, image.height);
				const context2d = canvas.getContext('2d')!;
				context2d.drawImage(image, 0, 0);
				const pixels = new Uint32Array(context2d.getImageData(0, 0, image.width, image.height).data.buffer);
				return new Set(pixels).size;
			}, png);
			expect(colours, colorScheme).toBeGreaterThan(2);
			await context.close();
		}
	});
});

describe('dark colour scheme (the reader’s device set to dark)', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await session.browser.newContext({ colorScheme: 'dark' });
		page = await context.newPage();
		// The consultation fixture's status as built: one consultation open, its drafts panel offered.
		await page.clock.install({ time: consultationBuildTime });
	});
	afterAll(async () => {
		await context?.close();
	});
	const colours = (on: Page) =>
		on.evaluate(() => {
			const style = getComputedStyle(document.documentElement);
			return { background: style.backgroundColor, text: style.color, controls: style.colorScheme };
		});

	it('follows the setting: light text on a dark background, form controls and scrollbars dark too', async () => {
		await page.goto(new URL('/', origin).href);
		await expect(colours(page)).resolves.toEqual({ background: 'rgb(26, 26, 26)', text: 'rgb(230, 230, 230)', controls: 'dark' });
	});

	it('prints black on white all the same', async () => {
		const paper = await context.newPage();
		await paper.goto(new URL('/plans/fukushima-dx-2022/print/', origin).href);
		await paper.emulateMedia({ media: 'print' });
		await expect(colours(paper)).resolves.toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(26, 26, 26)', controls: 'normal' });
		await paper.close();
	});

	it.each(onePerKind)('%s passes axe', async (pathname) => {
		await page.goto(new URL(pathname, origin).href, { waitUntil: 'networkidle' });
		expect(await axeViolations(page)).toEqual([]);
	});

	it('passes axe on a chapter with a paragraph linked to and a glossary tip in it open', async () => {
		const chapter = new URL('/plans/fukushima-dx-2022/ch2/', origin).href;
		await page.goto(chapter);
		const paragraph = await page.evaluate(() => [...document.querySelectorAll('.chapter p[id]')].find((p) => p.querySelector('.term-tip-button'))!.id);
		await page.goto(`${chapter}#${paragraph}`);
		await page.locator(`[id="${paragraph}"] .term-tip-button`).first().click();
		await expect(page.locator('.term-tip:popover-open').count()).resolves.toBe(1);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('passes axe on an indicator page with its charts', async () => {
		await page.goto(new URL('/plans/fukushima-dx-2022/indicators/', origin).href);
		await expect(page.locator('.indicator-chart svg').count()).resolves.toBeGreaterThan(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('passes axe on the consultation pages: the drafts drawer, a case page’s drafts, results with kept drafts, changes struck through and underlined, a changed table and the indicators’ changes', async () => {
		const url = (pathname: string) => new URL(pathname, consultationOrigin).href;
		await page.goto(url('/plans/other-plan/ch2/'));
		await page.locator('#admin-p1 a.para-link').click();
		await page.locator('#citation-menu [data-action="write-opinion"]').click();
		await page.keyboard.type('意見です。');
		expect({ at: 'drawer', violations: await axeViolations(page) }).toEqual({ at: 'drawer', violations: [] });

		// Its submission text, still without the name and address it needs, says so in the error colour.
		await page.goto(url('/consultations/other-open/'));
		await page.locator('[data-submission] summary').click();
		await expect(page.locator('[data-missing-fields]').isVisible()).resolves.toBe(true);
		expect({ at: 'case page', violations: await axeViolations(page) }).toEqual({ at: 'case page', violations: [] });

		const kept = { version: 1, drafts: [{ anchor: 's1-p1', path: '/plans/sample-plan-interim/ch1/', citation: '第１章第１節 第１段落', order: [1, 0], text: '意見', updatedAt: '2022-01-20T00:00:00.000Z' }], fields: {}, channel: 0 };
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey('sample-interim'), JSON.stringify(kept)]);
		await page.goto(url('/consultations/sample-interim/results/'));
		await expect(page.locator('#drafts').isVisible()).resolves.toBe(true);
		expect({ at: 'results', violations: await axeViolations(page) }).toEqual({ at: 'results', violations: [] });

		// A chapter's changes (ch2: a changed table), and the plan's with its indicators'.
		for (const at of ['/plans/sample-plan/changes/ch1/', '/plans/sample-plan/changes/ch2/', '/plans/sample-plan/changes/']) {
			await page.goto(url(at));
			await expect(page.locator('main del, main ins, main #indicator-changes').count()).resolves.toBeGreaterThan(0);
			expect({ at, violations: await axeViolations(page) }).toEqual({ at, violations: [] });
		}
	});

	it('keeps a figure on the white it was drawn on, within the column of a 320 px phone', async () => {
		const narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
		await narrow.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		// A figure as a chapter shows one: an image in a paragraph, wider than the phone.
		const figure = await narrow.evaluate(() => {
			document.querySelector('.chapter p[id]')!.insertAdjacentHTML('afterend', '<p><img src="/favicon.svg" width="800" height="400" alt="図"></p>');
			const image = document.querySelector('.chapter img')!;
			return { background: getComputedStyle(image).backgroundColor, right: image.getBoundingClientRect().right, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
		});
		expect(figure.background).toBe('rgb(255, 255, 255)');
		expect(figure.right).toBeLessThanOrEqual(320);
		expect(figure.pageOverflow).toBeLessThanOrEqual(0);
		await narrow.close();
	});
});

describe('a site with many prefectures: its lists of prefectures by region', () => {
	const nationalOrigin = inject('nationalOrigin');
	/** Each page grouped by region, and what shows it is (the grouping itself is checked in scale.test.ts): this is axe on that markup. */
	const byRegion = [
		['/', '.region-index'],
		['/plans/', 'th[scope="rowgroup"]'],
		['/prefectures/', '.region-index'],
		['/themes/administrative-dx/', '.region-index'],
		['/glossary/ai/', '.region-index'],
		['/themes/compare/', 'main a[href="/themes/compare/tohoku/"]'],
		['/themes/compare/tohoku/', 'nav.jump-bar a[aria-current="page"]'],
		['/indicators/', 'th[scope="rowgroup"]'],
		['/indicators/compare/online-procedure-rate/', 'th[scope="rowgroup"]'],
		['/consultations/', '.region-index'],
		['/search/', '#search-region, #search-prefecture optgroup'],
	];
	let narrow: Page;
	let dark: Page;
	beforeAll(async () => {
		narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		dark = await session.browser.newPage({ colorScheme: 'dark' });
	});
	afterAll(async () => {
		await narrow.close();
		await dark.close();
	});

	it.each(byRegion)('%s is grouped by region, passes axe in light and dark colours and does not scroll sideways at 320px', async (pathname, grouping) => {
		const url = new URL(pathname, nationalOrigin).href;
		for (const page of [session.page, dark]) {
			await page.goto(url, { waitUntil: 'networkidle' });
			await expect(page.locator(grouping).count()).resolves.toBeGreaterThan(0);
			expect(await axeViolations(page)).toEqual([]);
		}
		await narrow.goto(url);
		await expect(narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
	});

	it('narrows a search to a region: every result is of that region’s prefectures, and the choice stays in the form', async () => {
		await session.page.goto(new URL(`/search/?${new URLSearchParams({ q: 'オンライン', region: '東北' })}`, nationalOrigin).href);
		await session.page.getByRole('status').filter({ hasText: /件/ }).waitFor();
		const labels = await session.page.locator('#search-results > li p.result-meta').allTextContents();
		expect(labels.length).toBeGreaterThan(0);
		expect(labels.filter((label) => !/青森県|岩手県|宮城県|秋田県|山形県|福島県/.test(label))).toEqual([]);
		await expect(session.page.locator('#search-region').inputValue()).resolves.toBe('東北');
	});

	it('searches a prefecture chosen after another region by the prefecture alone, and shows its region', async () => {
		await session.page.goto(new URL(`/search/?${new URLSearchParams({ q: 'オンライン', region: '東北', prefecture: '千葉県' })}`, nationalOrigin).href);
		await session.page.getByRole('status').filter({ hasText: /件/ }).waitFor();
		const labels = await session.page.locator('#search-results > li p.result-meta').allTextContents();
		expect(labels.length).toBeGreaterThan(0);
		expect(labels.filter((label) => !label.includes('千葉県'))).toEqual([]);
		await expect(session.page.locator('#search-region').inputValue()).resolves.toBe('関東');
	});

	it('leaves the links to regions and prefectures off paper, where they lead nowhere', async () => {
		const paper = await session.browser.newPage();
		await paper.emulateMedia({ media: 'print' });
		for (const [pathname, links] of [['/plans/', 'nav.jump-bar'], ['/themes/administrative-dx/', 'nav[aria-label="都道府県へ移動"]']] as const) {
			await paper.goto(new URL(pathname, nationalOrigin).href);
			await expect(paper.locator(links).isVisible(), pathname).resolves.toBe(false);
		}
		await paper.close();
	});

	it.each([
		['/plans/', 'nav.jump-bar a', '関東', '#region-kanto'],
		['/themes/administrative-dx/', '.region-index a', '千葉県', '#pref-12'],
	])('takes a phone reader from the links above %s to the part they name', async (pathname, links, name, target) => {
		await narrow.goto(new URL(pathname, nationalOrigin).href);
		await narrow.locator(links, { hasText: name }).click();
		await expect(narrow.evaluate(() => location.hash)).resolves.toBe(target);
		const part = narrow.locator(target);
		await expect(part.evaluate((element) => element.getBoundingClientRect().top)).resolves.toBeLessThan(50);
		await expect(part.textContent()).resolves.toBe(name);
	});
});
