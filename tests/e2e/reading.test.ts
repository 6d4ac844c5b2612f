/** A resident's path through the real site, in headless Chromium. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/use-browser.ts';

const origin = inject('siteOrigin');
const session = useBrowser();

/** The text a resident copies who selects from the start of one element to the end of another, as the browser gives it. */
const copiedBetween = (page: Page, fromId: string, toId: string) =>
	page.evaluate(([from, to]) => {
		const range = document.createRange();
		range.setStartBefore(document.getElementById(from!)!);
		range.setEndAfter(document.getElementById(to!)!);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
		return getSelection()!.toString();
	}, [fromId, toId]);

describe('reading a plan', () => {
	it('goes from a term’s page to its use in a section, marked, with the lines before it in view', async () => {
		await session.page.goto(new URL('/glossary/digital-divide/', origin).href);
		await session.page.getByRole('link', { name: /デジタル実装の基礎条件整備/ }).click();
		await session.page.waitForURL((url) => url.pathname === '/plans/aomori-dx-plan-2023/ch5/');
		const use = session.page.locator(':target');
		await expect(use.evaluate((el) => el.classList.contains('term') && el.querySelector('a.term-link')?.getAttribute('href'))).resolves.toBe('/glossary/digital-divide/');
		const top = await use.evaluate((el) => el.getBoundingClientRect().top / window.innerHeight);
		expect(top).toBeGreaterThan(0.15);
		expect(top).toBeLessThan(0.5);
		await expect(use.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
	});

	it('copies a heading and a paragraph as the plan wrote them: the 「#」 link and the glossary terms’ 「？」 buttons add nothing to the text', async () => {
		await session.page.goto(new URL('/plans/fukushima-dx-2022/ch3/', origin).href);
		const copy = (selector: string) =>
			session.page.locator(selector).evaluate((element) => {
				getSelection()!.selectAllChildren(element);
				return getSelection()!.toString();
			});
		const paragraph = session.page.locator('[id="s1-p1"]');
		await expect(paragraph.locator('.term-tip-button').count()).resolves.toBeGreaterThan(0);
		const copied = await copy('[id="s1-p1"]');
		expect(copied).toContain('）によって、日々の暮らしや仕事など');
		expect(copied).not.toMatch(/？|解説/);
		// The 「#」 is still shown, and the link still named, though neither is in the text.
		const anchor = session.page.locator('.heading-wrapper:has(> [id="s1"]) .heading-anchor');
		await expect(anchor.evaluate((a) => getComputedStyle(a, '::before').content)).resolves.toBe('"#"');
		await expect(anchor.getAttribute('aria-label')).resolves.toBe('「第１節 計画の目指すべき姿」へのリンク');
		await expect(copy('.heading-wrapper:has(> [id="s1"])').then((text) => text.trim())).resolves.toBe('第１節 計画の目指すべき姿');
	});

	it('says under a chapter’s title what its 「¶」 and 「#」 are, and what choosing one does only where a script is there to do it', async () => {
		const hint = (page: Page) => page.locator('.chapter-header p').filter({ hasText: '「¶」' });
		await session.page.goto(new URL('/plans/chiba-dx-2026/ch4/', origin).href);
		await expect(hint(session.page).innerText()).resolves.toBe('段落の末尾の「¶」と見出しの「#」は、その箇所へのリンクです。選ぶと、その箇所の出典やリンクをコピーできます。');
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const withoutScript = await context.newPage();
		await withoutScript.goto(new URL('/plans/chiba-dx-2026/ch4/', origin).href);
		await expect(hint(withoutScript).innerText()).resolves.toBe('段落の末尾の「¶」と見出しの「#」は、その箇所へのリンクです。');
		await context.close();
	});

	it('copies a heading with its paragraph without the 「テーマ」 and 「他県の計画では」 links the site puts between them', async () => {
		await session.page.goto(new URL('/plans/fukushima-dx-2022/ch3/', origin).href);
		await expect(session.page.locator('.heading-wrapper:has(> [id="s1"]) + .related-sections').isVisible()).resolves.toBe(true);
		const copied = await copiedBetween(session.page, 's1', 's1-p1');
		expect(copied.split(/\n+/).filter(Boolean).slice(0, 2)).toEqual([
			'第１節 計画の目指すべき姿',
			expect.stringMatching(/^デジタル変革（ＤＸ）によって、日々の暮らしや仕事など/),
		]);
		expect(copied).not.toMatch(/テーマ|他県の計画では/);
	});

	it('keeps the words of a plan’s table headers whole on a phone (11月, 幹事会), the table scrolling instead', async () => {
		const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		await page.goto(new URL('/plans/aomori-dx-plan-2023/ch4/', origin).href);
		const linesOf = await page.locator('.chapter .table-scroll > table th').evaluateAll((cells) =>
			cells.flatMap((cell) => {
				const text = cell.textContent!.trim();
				if (!/^(?:\d+月|幹事会)$/.test(text)) return [];
				const range = document.createRange();
				range.selectNodeContents(cell);
				return [`${text}: ${new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size}`];
			}),
		);
		expect(linesOf).toContain('幹事会: 1');
		expect(linesOf.filter((line) => !line.endsWith(': 1'))).toEqual([]);
		await page.close();
	});

	it('breaks a plan table’s row name too long for a phone, rather than run it over the next column, the names taking under half the box', async () => {
		for (const width of [320, 360]) {
			const page = await session.browser.newPage({ viewport: { width, height: 640 } });
			await page.goto(new URL('/plans/toyama-dx-evaluation-2023/ch1/', origin).href);
			const box = await page.locator('.chapter .table-scroll').first().evaluate((b) => b.clientWidth);
			const cells = await page.locator('.chapter .table-scroll > table th').evaluateAll((all) =>
				all.map((cell) => ({ text: cell.textContent!.trim(), runsOver: cell.scrollWidth > cell.clientWidth + 1, width: cell.getBoundingClientRect().width, names: /^row/.test(cell.getAttribute('scope') ?? '') })),
			);
			expect(cells.filter((cell) => cell.text.includes('県民本位の行政サービスの実現'))).toHaveLength(1);
			expect({ width, runOver: cells.filter((cell) => cell.runsOver).map((cell) => cell.text) }).toEqual({ width, runOver: [] });
			expect({ width, wide: cells.filter((cell) => cell.names && cell.width >= box / 2).map((cell) => cell.text) }).toEqual({ width, wide: [] });
			await page.close();
		}
	});

	it('names headings by their words alone: the phrases kept on a line add no space to what a screen reader hears', async () => {
		await session.page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		await expect(session.page.getByRole('heading', { level: 2, name: '第１節 デジタル化の進展', exact: true }).count()).resolves.toBe(1);
		await expect(session.page.locator('h2 .phrase').count()).resolves.toBeGreaterThan(0);
	});

	it('keeps a chapter\'s text under its title on a wide screen (the default 1280 px) when it has no contents beside it (a chapter without headings)', async () => {
		await session.page.goto(new URL('/plans/chiba-dx-2026/ch1/', origin).href);
		await session.page.locator('nav.toc-wide').evaluate((toc) => toc.remove());
		const left = (selector: string) => session.page.locator(selector).first().evaluate((element) => Math.round(element.getBoundingClientRect().left));
		await expect(left('article.chapter')).resolves.toBe(await left('header.chapter-header'));
	});

	it('goes home → plan → chapter → section → glossary term', async () => {
		await session.page.goto(origin);
		await expect(session.page.locator('h1').textContent()).resolves.toBe('都道府県計画ライブラリ');
		// From the plans table (the updates below it link to the plan too, named with the date's label).
		await session.page.getByRole('table', { name: /掲載している計画/ }).getByRole('link', { name: '千葉県デジタル・トランスフォーメーション推進戦略（1.1版）' }).click();
		await expect(session.page.locator('h1').textContent()).resolves.toContain('千葉県デジタル・トランスフォーメーション推進戦略');

		await session.page.getByRole('link', { name: /^第1章/ }).first().click();
		expect(new URL(session.page.url()).pathname).toBe('/plans/chiba-dx-2026/ch1/');
		await session.page.locator('nav.toc-wide a').first().click();
		const hash = new URL(session.page.url()).hash;
		expect(hash).not.toBe('');
		await expect(session.page.locator(`[id="${hash.slice(1)}"]`).isVisible()).resolves.toBe(true);

		await session.page.getByRole('link', { name: '次の章' , exact: false }).first().click();
		expect(new URL(session.page.url()).pathname).toBe('/plans/chiba-dx-2026/ch2/');

		await session.page.goto(new URL('/glossary/', origin).href);
		await session.page.getByRole('navigation', { name: '五十音' }).getByRole('link', { name: 'あ' }).click();
		expect(new URL(session.page.url()).hash).toBe('#row-a');
		await session.page.getByRole('link', { name: 'オープンデータ' }).click();
		await expect(session.page.locator('h1').textContent()).resolves.toBe('オープンデータ');
		await expect(session.page.locator('main').textContent()).resolves.toContain('国、地方公共団体及び事業者が保有する官民データ');
	});

	it('folds the breadcrumbs on a phone to the one link up, which leads there; a wide screen shows the whole trail', async () => {
		const plan = '千葉県デジタル・トランスフォーメーション推進戦略（1.1版）';
		/** The trail's items a reader sees, and its links a screen reader finds (hidden ones are neither). */
		const seen = async (page: Page) => {
			const trail = page.getByRole('navigation', { name: '現在位置' });
			return {
				items: await trail.locator('ol > li').evaluateAll((items) => items.filter((li) => li.checkVisibility()).map((li) => li.textContent!.trim())),
				links: await trail.getByRole('link').allTextContents(),
			};
		};
		const narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		await narrow.goto(new URL('/plans/chiba-dx-2026/ch1/', origin).href);
		await expect(seen(narrow)).resolves.toEqual({ items: [plan], links: [plan] });
		await narrow.getByRole('navigation', { name: '現在位置' }).getByRole('link', { name: plan }).click();
		expect(new URL(narrow.url()).pathname).toBe('/plans/chiba-dx-2026/');
		await expect(seen(narrow)).resolves.toEqual({ items: ['千葉県'], links: ['千葉県'] });
		await narrow.close();

		const wide = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await wide.goto(new URL('/plans/chiba-dx-2026/ch1/', origin).href);
		const { items, links } = await seen(wide);
		expect(links).toEqual(['ホーム', '都道府県の一覧', '千葉県', plan]);
		expect(items).toEqual([...links, expect.stringMatching(/^第1章/)]);
		await wide.close();
	});

	it('leads from a chapter’s end back up to its contents on a phone, opened; a wide screen, whose contents stay in view, has no such link', async () => {
		const narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		await narrow.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		const contents = narrow.getByRole('navigation', { name: 'この章の目次' }).locator('details');
		await expect(contents.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
		await narrow.getByRole('link', { name: 'この章の目次へ戻る' }).click();
		await expect.poll(() => contents.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		// The list's summary line and first entry in view, not scrolled past.
		await expect.poll(() => contents.locator('summary').evaluate((s) => s.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
		const first = contents.getByRole('link').first();
		await expect(first.evaluate((a) => a.getBoundingClientRect().bottom <= innerHeight)).resolves.toBe(true);
		await first.click();
		expect(new URL(narrow.url()).hash).toBe('#s1');
		await narrow.close();

		const wide = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await wide.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		await expect(wide.getByRole('link', { name: 'この章の目次へ戻る' }).isVisible()).resolves.toBe(false);
		await wide.close();
	});

	it('keeps the line giving the tip of a term only a heading names out of a copy of the text, and off paper', async () => {
		const page = await session.browser.newPage();
		await page.goto(new URL('/plans/fukushima-dx-2022/ch3/', origin).href);
		const line = page.locator('.heading-wrapper:has(> [id="s2-9"]) ~ .section-terms').first();
		await expect(line.innerText()).resolves.toMatch(/^見出しの用語: デジタルデバイド/);
		const copied = await copiedBetween(page, 's2-9', 's2-9-p1');
		expect(copied).toContain('デジタルデバイド対策');
		expect(copied).not.toContain('見出しの用語');
		await page.emulateMedia({ media: 'print' });
		await expect(line.isVisible()).resolves.toBe(false);
		await page.close();
	});

	it('prints a plan’s text without the screen’s reading aids: no # links, term buttons or navigation on paper (¶ becomes the citation), and its 用語解説 at the end', async () => {
		const page = await session.browser.newPage();
		// The terms the plan page lists as its 用語解説's: the print page ends with the same, in the same order.
		await page.goto(new URL('/plans/fukushima-dx-2022/', origin).href);
		const planTerms = await page.locator('#terms + p + ul li').allInnerTexts();
		await page.goto(new URL('/plans/fukushima-dx-2022/print/', origin).href);
		const shown = (selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.filter((n) => getComputedStyle(n).display !== 'none').length);
		await expect(shown('.para-link')).resolves.toBeGreaterThan(100);
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['.heading-anchor', '.term-tip-button', '.site-header', '.site-footer', '.breadcrumbs']) {
			await expect(shown(selector), selector).resolves.toBe(0);
		}
		await expect(page.locator('main').evaluate((main) => (main as HTMLElement).innerText)).resolves.toContain('第３章');
		// The plan's 用語解説 at the end; its 【参照】 addresses printed once, as the links' own text.
		const glossary = page.locator('.print-glossary');
		expect(planTerms.length).toBeGreaterThan(30);
		await expect(glossary.locator('h3').allInnerTexts()).resolves.toEqual(planTerms);
		const printedAfter = (link: ReturnType<typeof page.locator>) => link.evaluate((a) => getComputedStyle(a, '::after').content);
		await expect(glossary.locator('a[href^="http"]').evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content))).resolves.toSatisfy((after: string[]) => after.length > 10 && after.every((content) => content === 'none'));
		// An outward link whose text is not its address prints the address after it; the site's own links do not (the page's address is at its top).
		await page.goto(new URL('/plans/chiba-dx-2026/', origin).href);
		await expect(printedAfter(page.locator('main a[href^="https://www.pref.chiba.lg.jp/"]').first())).resolves.toMatch(/^" <https:\/\/www\.pref\.chiba\.lg\.jp\/.+>"$/);
		await page.goto(new URL('/glossary/open-data/', origin).href);
		await expect(printedAfter(page.locator('main a[href^="/plans/"]').first())).resolves.toBe('none');
		await expect(printedAfter(page.locator('main a.shows-address').first())).resolves.toBe('none');
		await page.close();
	});

	it('shows each list item’s mark once: the document’s own (・, (1), 第１章) without the browser’s, the browser’s where the text has none, on screen and paper', async () => {
		const page = await session.browser.newPage();
		/** The browser's marker before the list item whose text starts with `start`. */
		const markerOf = (start: string) => page.locator('main li').filter({ hasText: new RegExp(`^${start}`) }).first().evaluate((li) => getComputedStyle(li).listStyleType);
		const chapter1 = async () => {
			await expect(markerOf('・ 出席者名簿')).resolves.toBe('none');
			await expect(markerOf('\\(2\\) 意見交換')).resolves.toBe('none');
			await expect(markerOf('開会')).resolves.toBe('decimal');
		};
		await page.goto(new URL('/plans/aomori-dx-plan-2023/ch1/', origin).href);
		await chapter1();
		await page.goto(new URL('/plans/chiba-dx-2026/ch1/', origin).href);
		await expect(markerOf('▶ 安全・安心')).resolves.toBe('none');
		await expect(markerOf('近年の社会情勢')).resolves.toBe('disc');

		// The plan's contents: chapter and section labels carry their own numbers (第１章, 1 …) or none; 概要 is not 「1.」.
		const contentsMarkers = () => page.locator('.chapter-list li').evaluateAll((items) => [...new Set(items.map((li) => getComputedStyle(li).listStyleType))]);
		await page.goto(new URL('/plans/chiba-dx-2026/', origin).href);
		await expect(contentsMarkers()).resolves.toEqual(['none']);

		await page.goto(new URL('/plans/aomori-dx-plan-2023/print/', origin).href);
		await page.emulateMedia({ media: 'print' });
		await expect(contentsMarkers()).resolves.toEqual(['none']);
		await chapter1();
		await page.close();
	});

	/** The pages whose tables residents read on phones: the plan list (home, a prefecture), the indicator list, a plan's indicators and a comparison. */
	async function eachTablePageAt320(check: (page: Page, pathname: string) => Promise<void>, morePages: string[] = []) {
		const narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		for (const pathname of ['/', '/prefectures/07/', '/indicators/', '/plans/fukushima-dx-2022/indicators/', '/indicators/compare/online-procedure-rate/', ...morePages]) {
			await narrow.goto(new URL(pathname, origin).href);
			await check(narrow, pathname);
		}
		await narrow.close();
	}

	it('keeps short table labels whole on a phone: column headings, a plan’s kind and status, each half of its period', async () => {
		await eachTablePageAt320(async (narrow, pathname) => {
			// Lines a cell's text is laid out on: distinct tops of its text's boxes.
			const lines = await narrow.locator('.site-table thead th, .keep-words, .keep-line').evaluateAll((cells) =>
				cells.map((cell) => {
					const range = document.createRange();
					range.selectNodeContents(cell);
					return { text: cell.textContent!.trim(), lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
				}),
			);
			expect(lines.length, pathname).toBeGreaterThan(3);
			// Text without a break opportunity (no ・ or space) is on one line, but for a bracket after a word, which may
			// start the next (値（自治体） as 値 over （自治体）: an indicator's figures shrink to the phone's width).
			for (const cell of lines.filter((c) => !/[・\s]/.test(c.text))) {
				expect(cell.lines, `${pathname} ${cell.text}`).toBeLessThanOrEqual(1 + (cell.text.match(/.（/g) ?? []).length);
			}
		});
	});

	it('shows on a phone a table’s row label and the next column (a name, or an indicator’s value, a KPI table’s in a plan too) in full, before scrolling sideways', async () => {
		await eachTablePageAt320(async (narrow, pathname) => {
			const overflows = await narrow.locator('.table-scroll').evaluateAll((boxes) =>
				boxes.flatMap((box) => {
					const right = box.getBoundingClientRect().left + box.clientWidth;
					// An indicator's values too: a number cut off at the box's edge reads as another number (48. for 48.2).
					return [...box.querySelectorAll('tbody tr > :is(th, td):nth-child(-n + 2), :is(.indicator-table, table:has(> #metric-values)) td.num')]
						.filter((cell) => cell.getBoundingClientRect().right > right + 1)
						.map((cell) => cell.textContent!.trim().slice(0, 20));
				}),
			);
			expect(overflows, pathname).toEqual([]);
		}, ['/plans/fukushima-dx-2022/ch3/']);
	});

	it('stacks a prefecture’s plans on a 320 px phone: each plan’s period and status in view under its name, not scrolled off beside it', async () => {
		const narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		await narrow.goto(new URL('/prefectures/24/', origin).href);
		const row = narrow.locator('#plan-list-caption').locator('xpath=..').locator('tbody tr').first();
		const cells = await row.locator('th, td').evaluateAll((all) =>
			all.map((cell) => {
				const box = cell.getBoundingClientRect();
				return `${getComputedStyle(cell, '::before').content.replace(/ \/ ""$/, '')} ${cell.textContent!.trim()} ${box.left >= 0 && box.right <= innerWidth ? 'in view' : 'off screen'}`;
			}),
		);
		expect(cells).toEqual(['none みえデジタル戦略推進計画の全面改定について in view', '"種別" 改定方針 in view', '"計画期間" 資料に記載なし in view', '"状況" 検討中（資料の時点。資料に日付の記載なし） in view']);
		await narrow.close();
	});

	it('keeps a plan table’s row names beside its cells as it scrolls sideways on a phone, and lets them scroll away while a control in the cells has focus, which they would hide (WCAG 2.4.11)', async () => {
		const phone = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
		await phone.goto(new URL('/plans/aomori-dx-plan-2023/ch4/', origin).href);
		const box = phone.getByRole('region', { name: /2023年度スケジュール/ });
		/** Where each row name stands from the box's left edge, and the box's scroll. */
		const rowNamesFromTheEdge = () => box.evaluate((b) => [...b.querySelectorAll('th[scope=row]')].map((th) => Math.round(th.getBoundingClientRect().left - b.getBoundingClientRect().left)));
		await box.evaluate((b) => (b.scrollLeft = 400));
		await expect(box.evaluate((b) => b.scrollLeft)).resolves.toBe(400);
		await expect(rowNamesFromTheEdge()).resolves.toEqual([-1, -1, -1]);
		// The 「？」 of パブコメ, in a cell the names stood over.
		const tip = box.locator('td button').first();
		await tip.focus();
		const names = await rowNamesFromTheEdge();
		const button = await tip.boundingBox();
		const edge = await box.boundingBox();
		expect(names.every((left) => left < -300)).toBe(true);
		expect(button!.x).toBeGreaterThanOrEqual(edge!.x);
		await phone.close();
	});

	it('shows atop each cell of the plan-part comparison on a phone which prefecture it is, the header row being far above; not said again to a screen reader, nor on a wide screen', async () => {
		const shownPrefectures = (page: Page) =>
			page.locator('.compare-matrix').evaluate((table) => {
				const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
				return [...table.querySelectorAll('tbody tr')].flatMap((row) =>
					[...row.querySelectorAll('td')].map((cell, i) => {
						const content = getComputedStyle(cell, '::before').content;
						return { column: headers[i + 1], shown: content === 'none' ? null : content.replace(/ \/ ""$/, '').replace(/^"|"$/g, '') };
					}),
				);
			});
		const phone = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
		await phone.goto(new URL('/themes/compare/', origin).href);
		const cells = await shownPrefectures(phone);
		expect(cells.length).toBeGreaterThan(20);
		expect(cells.filter((cell) => cell.shown !== cell.column)).toEqual([]);
		// Not heard in the cell: its column header says it.
		const firstCell = await phone.locator('.compare-matrix tbody td').first().ariaSnapshot();
		expect(firstCell).toMatch(/^- cell "1 策定の趣旨/);
		expect(firstCell).not.toMatch(/^\s*- text: 青森県$/m);
		await phone.close();
		const wide = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await wide.goto(new URL('/themes/compare/', origin).href);
		expect((await shownPrefectures(wide)).filter((cell) => cell.shown !== null)).toEqual([]);
		await wide.close();
	});

	it('keeps each prefecture’s column of the plan-part comparison wide enough to read on a phone (it scrolls sideways instead), each part’s name in view beside it', async () => {
		const narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		await narrow.goto(new URL('/themes/compare/', origin).href);
		// Width of each prefecture's cell in characters of its own text: squeezed to the box, a cell held 3–4 characters a line.
		const widths = await narrow.locator('.compare-matrix tbody td').evaluateAll((cells) =>
			cells.map((cell) => Math.floor(cell.getBoundingClientRect().width / parseFloat(getComputedStyle(cell).fontSize))),
		);
		expect(widths.length).toBeGreaterThan(20);
		expect(Math.min(...widths)).toBeGreaterThanOrEqual(10);
		// Scrolled sideways to the last prefecture, each row still shows which part it is, beside the cells and not over them.
		const box = narrow.locator('.table-scroll:has(.compare-matrix)');
		await box.evaluate((scroller) => scroller.scrollTo(scroller.scrollWidth, 0));
		const rows = await box.evaluate((scroller) => {
			const left = scroller.getBoundingClientRect().left;
			return [...scroller.querySelectorAll('tbody tr')].map((row) => {
				const [name, last] = [row.querySelector('th')!, row.querySelector('td:last-child')!].map((cell) => cell.getBoundingClientRect());
				return { part: row.querySelector('th')!.textContent, atLeftEdge: Math.abs(name!.left - left) <= 1, besideLastCell: name!.right <= last!.left + 1 };
			});
		});
		expect(rows.length).toBeGreaterThan(5);
		expect(rows.filter((row) => !row.atLeftEdge || !row.besideLastCell)).toEqual([]);
		await narrow.close();
	});

	it.each([360, 768])('scrolls a link focused in the plan-part comparison to beside the parts’ names at %i px, not under them (WCAG 2.4.11), Tab and Shift+Tab', async (width) => {
		const page = await session.browser.newPage({ viewport: { width, height: 740 } });
		await page.goto(new URL('/themes/compare/', origin).href);
		const links = page.locator('.compare-matrix tbody td a');
		const count = await links.count();
		expect(count).toBeGreaterThan(20);
		/** The focused link's ring (6px round it) under the sticky name of its row, in px; 0 when clear. */
		const underNames = () =>
			page.evaluate(() => {
				const link = document.activeElement!;
				// A part's own name (the row's th) is the sticky column itself.
				if (!link.closest('.compare-matrix tbody td')) return { link: '', px: 0 };
				const name = link.closest('tr')!.querySelector('th')!.getBoundingClientRect();
				return { link: link.textContent!.trim().slice(0, 12), px: Math.max(0, Math.round(name.right - (link.getBoundingClientRect().left - 6))) };
			});
		const hidden: Array<{ link: string; px: number }> = [];
		await links.first().focus();
		for (let i = 1; i < count; i++) {
			await page.keyboard.press('Tab');
			hidden.push(await underNames());
		}
		for (let i = 1; i < count; i++) {
			await page.keyboard.press('Shift+Tab');
			hidden.push(await underNames());
		}
		expect(hidden.filter((stop) => stop.px > 0)).toEqual([]);
		await page.close();
	});

	it('never leaves a paragraph’s ¶ alone at the start of a line on a phone, and keeps it a 24px target (WCAG 2.5.8)', async () => {
		const narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		for (const pathname of ['/plans/toyama-dx-evaluation-2023/ch3/', '/plans/fukushima-dx-2022/ch2/', '/plans/aomori-dx-plan-2023/ch5/']) {
			await narrow.goto(new URL(pathname, origin).href);
			const links = await narrow.locator('.chapter a.para-link').evaluateAll((nodes) =>
				nodes.map((link) => {
					const box = link.getClientRects()[0]!;
					const cited = link.parentElement!;
					const lineStart = cited.getBoundingClientRect().left + parseFloat(getComputedStyle(cited).paddingLeft);
					return { paragraph: cited.id, fromLineStart: box.left - lineStart, width: box.width, height: box.height };
				}),
			);
			expect(links.length, pathname).toBeGreaterThan(50);
			expect(links.filter((l) => l.fromLineStart < 4), pathname).toEqual([]);
			expect(links.filter((l) => l.width < 24 || l.height < 24), pathname).toEqual([]);
		}
		await narrow.close();
	});

	it('keeps the skip link first and moves focus to the main content (WCAG 2.4.1)', async () => {
		await session.page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		await session.page.keyboard.press('Tab');
		await expect(session.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('本文へ移動');
		await session.page.keyboard.press('Enter');
		await expect(session.page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
		// No focus ring round the whole content; the next Tab goes on inside it, with its ring.
		await expect(session.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).resolves.toBe('none');
		await session.page.keyboard.press('Tab');
		await expect(session.page.evaluate(() => [document.activeElement!.closest('main')?.id, getComputedStyle(document.activeElement!).outlineStyle])).resolves.toEqual(['main', 'solid']);
	});

	it('keeps the header to the site’s name and sections on a phone, its search box on wider screens, and 検索 reachable on both', async () => {
		const header = async (width: number) => {
			const page = await session.browser.newPage({ viewport: { width, height: 640 } });
			await page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
			const result = {
				searchBox: await page.locator('.site-header input[type="search"]').isVisible(),
				searchLink: await page.locator('.site-nav').getByRole('link', { name: '検索' }).isVisible(),
				height: await page.locator('.site-header').evaluate((node) => node.getBoundingClientRect().height),
			};
			await page.close();
			return result;
		};
		const phone = await header(320);
		expect(phone).toMatchObject({ searchBox: false, searchLink: true });
		expect(phone.height).toBeLessThan(160);
		await expect(header(1280)).resolves.toMatchObject({ searchBox: true, searchLink: true });
	});

	it('puts the footer at the foot of the window on a short page, and after the text on a long one', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		const footer = () => page.locator('.site-footer').evaluate((node) => ({ bottom: node.getBoundingClientRect().bottom + window.scrollY, page: document.documentElement.scrollHeight }));
		await page.goto(new URL('/404.html', origin).href);
		await expect(footer()).resolves.toEqual({ bottom: 900, page: 900 });
		await page.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		const long = await footer();
		expect(long.page).toBeGreaterThan(900);
		expect(long.bottom).toBeCloseTo(long.page, 0);
		await page.close();
	});

	it('prints within an A4 page: tables as tables in its width, each paragraph with its citation, folded explanations open', async () => {
		// A4's width less Chrome's default margins, in CSS pixels.
		const paper = await session.browser.newPage({ viewport: { width: 718, height: 1000 } });
		await paper.emulateMedia({ media: 'print' });
		for (const pathname of ['/indicators/', '/plans/toyama-dx-evaluation-2023/indicators/', '/themes/compare/', '/plans/aomori-dx-plan-2023/print/']) {
			await paper.goto(new URL(pathname, origin).href);
			const overflowing = await paper.locator('table').evaluateAll((tables) => tables.filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth).map((t) => t.querySelector('caption')?.textContent ?? t.className));
			expect(overflowing, pathname).toEqual([]);
		}
		await paper.goto(new URL('/indicators/', origin).href);
		// Not stacked as on a phone: a table of rows, a council's handout.
		await expect(paper.locator('table.stacked-table').first().evaluate((table) => getComputedStyle(table).display)).resolves.toBe('table');
		await expect(paper.locator('main details').first().evaluate((details) => (details.querySelector(':scope > :not(summary)') as HTMLElement).getBoundingClientRect().height)).resolves.toBeGreaterThan(0);
		await paper.goto(new URL('/plans/fukushima-dx-2022/ch2/', origin).href);
		const citation = paper.locator('.para-link').first();
		await expect(citation.isVisible()).resolves.toBe(true);
		await expect(citation.evaluate((link) => getComputedStyle(link, '::after').content)).resolves.toBe(`"［${await citation.getAttribute('data-cite')}］"`);
		await expect(paper.locator('.print-source').textContent()).resolves.toMatch(/^都道府県計画ライブラリ https?:\/\/[^/]+\/plans\/fukushima-dx-2022\/ch2\/$/);
		await paper.close();
	});
});

describe('search', () => {
	/** Runs a search from the search page's own form and returns every result path and the status text. */
	async function search(query: string) {
		await session.page.getByLabel('キーワード').fill(query);
		await session.page.getByLabel('キーワード').press('Enter');
		await session.page.getByRole('status').filter({ hasText: `「${query}」` }).filter({ hasText: /件|見つかりませんでした/ }).waitFor();
		// Until all is said: the offer to narrow to a prefecture comes after a search of its own.
		await session.page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
		while (await session.page.locator('#search-more').isVisible()) {
			const shown = await session.page.locator('#search-results > li').count();
			await session.page.locator('#search-more').click();
			await session.page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
		}
		const paths = await session.page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		return { paths, status: (await session.page.getByRole('status').textContent()) ?? '' };
	}

	it('shows excerpts without the Latin full stop Pagefind puts after Japanese headings (「計画の概要. 都道府県」)', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		await search('令和7年度');
		const excerpts = await session.page.locator('p.excerpt').allTextContents();
		expect(excerpts.length).toBeGreaterThan(5);
		expect(excerpts.filter((text) => /[^\x00-\x7f][)\]]?\. /.test(text))).toEqual([]);
	});

	it('shows excerpts and section titles as published, full-width where the plan writes ＤＸ or 第１節, though the index folds widths', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		await search('DX');
		const fukushima = session.page.locator('#search-results > li').filter({ has: session.page.locator('h2 a[href^="/plans/fukushima-dx-2022/ch"]') });
		expect(await fukushima.count()).toBeGreaterThan(1);
		const excerpts = (await fukushima.locator('.excerpt mark').allTextContents()).join(' ');
		const sectionTitles = (await fukushima.locator('.sub-results a').allTextContents()).join(' ');
		expect(excerpts).toContain('ＤＸ');
		expect(sectionTitles).toMatch(/第[１-９]節/);
		// Other plans write it half-width, and so do their excerpts.
		const chiba = await session.page.locator('#search-results > li').filter({ has: session.page.locator('h2 a[href^="/plans/chiba-dx-2026/ch"]') }).locator('.excerpt mark').allTextContents();
		expect(chiba).toContain('DX');
	});

	it('searches within a plan from its page, the plan chosen in the form, and lets the plan decide over a prefecture left from before', async () => {
		await session.page.goto(new URL('/plans/fukushima-dx-2022/', origin).href);
		const box = session.page.getByRole('search', { name: 'この計画の中を検索' }).getByRole('searchbox');
		await box.fill('DX');
		await box.press('Enter');
		await session.page.getByRole('status').filter({ hasText: '「DX」' }).filter({ hasText: '件' }).waitFor();
		const within = await session.page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		expect(within.length).toBeGreaterThan(2);
		expect(within.every((p) => p.startsWith('/plans/fukushima-dx-2022/'))).toBe(true);
		await expect(session.page.getByLabel('計画', { exact: true }).inputValue()).resolves.toBe('fukushima-dx-2022');
		// 千葉県 left in the form from an earlier search: the plan's prefecture takes its place, and the plan's pages are found.
		await session.page.getByLabel('都道府県').selectOption('千葉県');
		await session.page.getByRole('button', { name: '検索', exact: true }).click();
		await session.page.getByRole('status').filter({ hasText: '「DX」' }).filter({ hasText: '件' }).waitFor();
		await expect(session.page.getByLabel('都道府県').inputValue()).resolves.toBe('福島県');
		const paths = await session.page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		expect(paths).toEqual(within);
	});

	it('lists under a page only sections whose text holds the phrase, not those with one of its words (データ)', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		await search('オープンデータ');
		const listed = await session.page.locator('#search-results > li .sub-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(listed.length).toBeGreaterThan(2);
		// Each section's own text, from its heading to the next, on the page it links to.
		const sectionTexts = await session.page.evaluate(async (urls) => {
			const texts: string[] = [];
			for (const url of urls) {
				const { pathname, hash } = new URL(url);
				const doc = new DOMParser().parseFromString(await (await fetch(pathname)).text(), 'text/html');
				const heading = doc.getElementById(decodeURIComponent(hash.slice(1).split(':~:')[0]!))!;
				const range = doc.createRange();
				range.setStartBefore(heading);
				const headings = [...doc.querySelectorAll('main :is(h2, h3, h4, h5, h6)')];
				const next = headings[headings.indexOf(heading) + 1];
				if (next) range.setEndBefore(next);
				else range.setEndAfter(doc.querySelector('main')!.lastChild!);
				texts.push(range.toString().replace(/\s+/g, ''));
			}
			return texts;
		}, listed);
		for (const [i, text] of sectionTexts.entries()) expect(text, listed[i]).toMatch(/オープン・?データ/);
	});

	it('shows a section’s excerpt only where it differs from its page’s', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		await search('令和7年度');
		const results = await session.page.locator('#search-results > li').evaluateAll((items) =>
			items.map((item) => ({
				page: item.querySelector(':scope > .excerpt')?.textContent,
				sections: [...item.querySelectorAll('.sub-results .excerpt')].map((p) => p.textContent),
				sectionLinks: item.querySelectorAll('.sub-results a').length,
			})),
		);
		expect(results.some((r) => r.sectionLinks > 0)).toBe(true);
		for (const result of results) expect(result.sections).not.toContain(result.page);
	});

	it('finds the chapter that contains a Japanese phrase, from the header search box, phrase first', async () => {
		await session.page.goto(origin);
		await session.page.getByRole('searchbox', { name: 'サイト内検索' }).fill('オンライン利用率');
		await session.page.getByRole('searchbox', { name: 'サイト内検索' }).press('Enter');
		await session.page.waitForURL(/\/search\/\?q=/);
		await session.page.getByRole('status').filter({ hasText: '件' }).waitFor();
		const results = session.page.locator('#search-results > li');
		const listed = await results.evaluateAll((items) => items.map((li) => ({ path: li.querySelector('h2 a')!.getAttribute('href'), phrase: !li.textContent!.includes('（語句の一部を含む）') })));
		expect(listed.filter((r) => r.phrase).map((r) => r.path)).toContain('/plans/fukushima-dx-2022/ch3/');
		// Pages with the phrase first, then pages with its words only.
		expect(listed.map((r) => r.phrase)).toEqual([...listed.map((r) => r.phrase)].sort((a, b) => Number(b) - Number(a)));
		expect(listed.some((r) => !r.phrase)).toBe(true);
		await expect(results.first().locator('mark').first().textContent()).resolves.toBeTruthy();
	});

	it('lists pages whose heading holds the phrase before pages that only mention it, though Pagefind scores a short glossary entry higher', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const { paths } = await search('行政手続');
		// 第３章 has 「１ 「誰もが行政手続をオンラインで行える社会」」; the パブリックコメント entry says 行政手続法 once.
		expect(paths.indexOf('/plans/fukushima-dx-2022/ch3/')).toBeGreaterThanOrEqual(0);
		expect(paths.indexOf('/plans/fukushima-dx-2022/ch3/')).toBeLessThan(paths.indexOf('/glossary/public-comment/'));
		// A term's own page comes first for its name.
		await expect(search('テレワーク').then((r) => r.paths[0])).resolves.toBe('/glossary/telework/');
	});

	it('takes the query spelled as a plan writes it (取組 for 取り組み) as the query typed, and other words for it (DX) as less', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		// 千葉県's 第4章 「目指す姿の実現に向けた取組」 is headed with the word; it came after pages that only mention 取り組み.
		expect((await search('取り組み')).paths[0]).toBe('/plans/chiba-dx-2026/ch4/');
		// Pages that write it (with or without its 「・」) come before pages with DX, its synonym, in a heading.
		await search('デジタルトランスフォーメーション');
		const excerpts = await session.page.locator('#search-results > li').evaluateAll((items) => items.slice(0, 5).map((li) => li.querySelector('.excerpt')?.textContent));
		expect(excerpts).toHaveLength(5);
		for (const excerpt of excerpts) expect(excerpt).toMatch(/デジタル・?トランスフォーメーション/);
	});

	it('lists a term named exactly as the query before terms that contain it, and the plans’ text before a term that mentions it in passing', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const numberTerms = (await search('マイナンバー')).paths.filter((p) => p.startsWith('/glossary/'));
		expect(numberTerms.slice(0, 2)).toEqual(['/glossary/my-number/', '/glossary/my-number-card/']);
		// The マイナポータル entry names 子育て once in its definition; Pagefind scores the short entry first.
		const { paths } = await search('子育て');
		const portal = paths.indexOf('/glossary/mynaportal/');
		expect(portal).toBeGreaterThan(0);
		expect(paths.slice(0, portal).every((p) => p.startsWith('/plans/'))).toBe(true);
	});

	it('shows the phrase in the excerpt of a page that holds it, and its section first, where Pagefind’s excerpt is about one of its words', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		// Pagefind splits デジタルインフラ and centres its excerpt on デジタル, which is everywhere in this chapter.
		await search('デジタルインフラ');
		const result = session.page.locator('#search-results > li').filter({ has: session.page.locator('h2 a[href="/plans/aomori-dx-plan-2023/ch5/"]') });
		await expect(result.locator(':scope > .excerpt mark').allTextContents()).resolves.toEqual(['デジタルインフラ']);
		await expect(result.locator('.sub-results a').first().getAttribute('href')).resolves.toMatch(/^\/plans\/aomori-dx-plan-2023\/ch5\/#digiden-foundations:~:text=/);
		await expect(result.locator('.sub-results a').first().textContent()).resolves.toBe('デジタル実装の基礎条件整備');
	});

	it('folds its help under 「検索のしかた」, so a phone shows the number of results on its first screen', async () => {
		const page = await session.browser.newPage({ viewport: { width: 375, height: 667 } });
		await page.goto(new URL(`/search/?q=${encodeURIComponent('オープンデータ')}`, origin).href);
		const status = page.getByRole('status').filter({ hasText: '件' });
		await status.waitFor();
		await expect(status.evaluate((s) => s.getBoundingClientRect().bottom)).resolves.toBeLessThan(667);
		const help = page.getByText('区別せずに探します');
		await expect(help.isVisible()).resolves.toBe(false);
		await page.getByText('検索のしかた').click();
		await expect(help.isVisible()).resolves.toBe(true);
		await page.close();
	});

	it('takes a result’s section link to the phrase itself: the browser scrolls to it and marks it in its paragraph', async () => {
		// A paragraph of this chapter's own, after the section's heading and its 「他県の計画では」 box.
		for (const [query, chapter, paragraph] of [
			['デジタルインフラ', '/plans/aomori-dx-plan-2023/ch5/', 'digiden-foundations-p2'],
			// The phrase inside a glossary term's link, its 「？」 button just after it.
			['DX', '/plans/fukushima-dx-2022/ch3/', 's1-p1'],
		] as const) {
			await session.page.goto(new URL('/search/', origin).href);
			await search(query);
			const result = session.page.locator('#search-results > li').filter({ has: session.page.locator(`h2 a[href="${chapter}"]`) });
			await result.locator('.sub-results a').first().click();
			await session.page.waitForURL((url) => url.pathname === chapter);
			// The text found is the page's target (:target): it lies in the paragraph, not at the section's heading.
			await session.page.waitForFunction((id) => document.querySelector(':target')?.closest(`[id="${id}"]`) != null, paragraph);
			const inView = await session.page.locator(`[id="${paragraph}"]`).evaluate((p) => {
				const { top, bottom } = p.getBoundingClientRect();
				return top >= 0 && bottom <= window.innerHeight;
			});
			expect(inView, query).toBe(true);
		}
	});

	it('offers the glossary word a query no page holds may be a slip for (もしかして), keeping the filters', async () => {
		await session.page.goto(new URL('/search/?q=デジタルデバイト&kind=本文', origin).href);
		const status = session.page.getByRole('status');
		await status.filter({ hasText: 'もしかして' }).waitFor();
		// Found on no page, not even on its pieces: the filters may be why, and the name it may be a slip for.
		await expect(status.textContent()).resolves.toMatch(/^「デジタルデバイト」に一致するページは、絞り込み（本文）の中には見つかりませんでした。.*もしかして: デジタルデバイド$/);
		await status.getByRole('link', { name: 'デジタルデバイド' }).click();
		await session.page.waitForURL((url) => url.searchParams.get('q') === 'デジタルデバイド' && url.searchParams.get('kind') === '本文');
		await status.filter({ hasText: '「デジタルデバイド」の検索結果' }).waitFor();
		await expect(status.textContent()).resolves.not.toContain('もしかして');
		// A query pages do hold is never second-guessed.
		await search('オープンデータ');
		await expect(status.textContent()).resolves.not.toContain('もしかして');
	});

	it('counts a page as holding a query typed as words apart when it has each word, in any order', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const { status } = await search('高齢者 スマホ');
		expect(status).toMatch(/^「高齢者 スマホ」の検索結果: \d+件/);
		const held = await session.page.locator('#search-results > li').evaluateAll((items) =>
			items.filter((li) => !li.textContent!.includes('（語句の一部を含む）')).map((li) => li.querySelector('h2 a')!.getAttribute('href')!),
		);
		expect(held.length).toBeGreaterThan(1);
		for (const href of held) {
			const text = await session.page.evaluate(async (url) => new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html').querySelector('main')!.textContent!, href);
			expect(text, href).toContain('高齢者');
			expect(text, href).toMatch(/スマホ|スマートフォン/);
		}
	});

	it('treats full- and half-width, okurigana, kana or kanji, 和暦/西暦 forms, numbers with or without separators or 万, 第三章 and 第3章, a loanword’s closing long vowel, 「・」 between words and text pasted from a PDF alike', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		// The plans write both サーバ and サーバー, 子ども and こども (never 子供): each spelling finds the pages of all.
		// 「⾏政⼿続」 is 行政手続 as copied from a PDF whose font gives Kangxi radicals for 行 and 手.
		const pairs = [['DX', 'ＤＸ'], ['5G', '５Ｇ'], ['行政手続き', '行政手続'], ['令和7年度', '2025年度'], ['ﾏｲﾅﾝﾊﾞｰ', 'マイナンバー'], ['サーバー', 'サーバ'], ['子供', '子ども'], ['デジタルトランスフォーメーション', 'デジタル・トランスフォーメーション'], ['⾏政⼿続', '行政手続'], ['1000人', '1,000人'], ['12000時間', '1万2,000時間'], ['第三章', '第3章']] as const;
		for (const [a, b] of pairs) {
			const first = await search(a);
			const second = await search(b);
			expect(first.paths.length, a).toBeGreaterThan(0);
			expect(first.status, a).not.toContain('そのまま含むページは見つかりませんでした');
			expect([...first.paths].sort(), `${a} / ${b}`).toEqual([...second.paths].sort());
		}
	});

	it('finds a term by its abbreviation and shows its definition on top', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const { paths } = await search('パブコメ');
		expect(paths).toContain('/plans/mie-dx-revision-2022/ch4/');
		await expect(session.page.locator('#search-term-card h2').textContent()).resolves.toBe('用語: パブリックコメント');
	});

	it('shows more results from the keyboard, going on at the first one added', async () => {
		await session.page.goto(new URL('/search/?q=DX', origin).href);
		await session.page.getByRole('status').filter({ hasText: '件' }).waitFor();
		const total = await session.page.locator('#search-results > li').count();
		// Read out when the results load with the page, before any live region is heard.
		await expect(session.page.title()).resolves.toMatch(/^「DX」の検索結果（\d+件） \| 検索/);
		await expect(session.page.locator('#search-more').textContent()).resolves.toMatch(/^さらに表示（残り\d+件）$/);
		await session.page.locator('#search-more').focus();
		await session.page.keyboard.press('Enter');
		await session.page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, total);
		await expect(session.page.evaluate((n) => document.activeElement === document.querySelectorAll('#search-results > li h2 a')[n], total)).resolves.toBe(true);
	});

	it('searches a kanji word’s reading converted to katakana (ボウサイ, コソダテ, half-width ｺｿﾀﾞﾃ), which no page holds, as the same reading in hiragana', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		for (const [katakana, hiragana] of [['ボウサイ', 'ぼうさい'], ['コソダテ', 'こそだて'], ['ｺｿﾀﾞﾃ', 'こそだて']]) {
			const typed = await search(katakana!);
			expect(typed.status).toContain(`「${katakana}」をそのまま含むページはないため、「${hiragana}」で検索しました。`);
			expect(typed.paths.length).toBeGreaterThan(0);
			expect(typed.paths).toEqual((await search(hiragana!)).paths);
		}
	});

	it('offers the page comparing the prefectures that a query names (a theme, an indicator), which the index leaves out', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const topics = session.page.getByRole('list', { name: '関連する比較のページ' });
		await search('デジタルデバイド対策について');
		await expect(topics.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent, (a as HTMLAnchorElement).pathname]))).resolves.toEqual([['テーマ「デジタルデバイド対策」', '/themes/digital-divide/']]);
		await search('マイナンバーカードの保有率');
		await expect(topics.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).resolves.toContain('/indicators/compare/mynumber-card-rate/');
		// Hidden again for a query that names none.
		await search('ぴよぴよ');
		await expect(session.page.locator('#search-topics').isHidden()).resolves.toBe(true);
	});

	it('says with JavaScript off that the words were not searched, and links the ways to browse instead', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL(`/search/?q=${encodeURIComponent('テレワーク')}`, origin).href);
		const note = page.locator('main .note').filter({ hasText: 'JavaScript' });
		await expect(note.textContent()).resolves.toBe('検索には JavaScript が必要なため、入力した言葉は検索していません。計画一覧・用語集（五十音順）・テーマからたどれます。');
		await expect(note.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))).resolves.toEqual(['/plans/', '/glossary/', '/themes/']);
		await context.close();
	});

	it('searches a question or quoted words as the words asked about, says so, and keeps what was typed in the box', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const asked = await search('マイナンバーカードとは？');
		await expect(session.page.locator('#search-term-card h2').textContent()).resolves.toBe('用語: マイナンバーカード');
		await expect(session.page.getByLabel('キーワード').inputValue()).resolves.toBe('マイナンバーカードとは？');
		expect(asked.status).toMatch(/^「マイナンバーカード」の検索結果: \d+件.*「マイナンバーカードとは？」は「マイナンバーカード」として検索しました。$/);
		const quoted = await search('「デジタル人材」');
		expect(quoted.status).toMatch(/^「デジタル人材」の検索結果: \d+件/);
		expect(quoted.paths).toEqual((await search('デジタル人材')).paths);
		// Only its closing mark dropped: nothing to say of it (after デジタル人材's status, so its own is waited for).
		await session.page.getByLabel('キーワード').fill('マイナンバーカード？');
		await session.page.getByLabel('キーワード').press('Enter');
		await session.page.getByRole('status').filter({ hasText: '「マイナンバーカード」の検索結果' }).waitFor();
		await expect(session.page.getByRole('status').textContent()).resolves.toMatch(/^「マイナンバーカード」の検索結果: \d+件$/);
		expect(asked.paths).toEqual((await search('マイナンバーカード')).paths);
		// A loanword typed with ヴ is found as the plans write it, with バ.
		expect((await search('ヴァーチャル')).paths).toEqual((await search('バーチャル')).paths);
	});

	it('finds what a word typed in hiragana means: a term by its reading, a loanword in katakana', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const typed = await search('ぱぶりっくこめんと');
		await expect(session.page.locator('#search-term-card h2').textContent()).resolves.toBe('用語: パブリックコメント');
		expect([...typed.paths].sort()).toEqual([...(await search('パブリックコメント')).paths].sort());
		const loanword = await search('りーでぃんぐぷろじぇくと');
		expect(loanword.paths).toContain('/plans/toyama-dx-evaluation-2023/ch3/');
		// Every page found holds the katakana phrase: the count alone, no 「…を先に表示」.
		expect(loanword.status).toBe(`「りーでぃんぐぷろじぇくと」の検索結果: ${loanword.paths.length}件`);
	});

	it('finds the plans’ kanji words typed in hiragana (ぼうさい → 防災), not pages with its syllables, says what it searched, and loads their readings only for such a query', async () => {
		const requested: string[] = [];
		const record = (request: { url(): string }) => void requested.push(new URL(request.url()).pathname);
		session.page.on('request', record);
		try {
			await session.page.goto(new URL('/search/', origin).href);
			const kanji = await search('防災');
			expect(kanji.paths.length).toBeGreaterThan(1);
			expect(requested.filter((path) => path.startsWith('/search-readings/'))).toEqual([]);
			const typed = await search('ぼうさい');
			// Only the file of readings starting with ボ (U+30DC).
			expect(requested.filter((path) => path.startsWith('/search-readings/'))).toEqual(['/search-readings/30dc.json']);
			expect(typed.status).toBe(`「ぼうさい」の検索結果: ${kanji.paths.length}件 「ぼうさい」は「防災」としても検索しました。`);
			// The pages that hold 防災, as for the word in kanji; none found by the syllables alone (さい in さいばーはんざい).
			expect([...typed.paths].sort()).toEqual([...kanji.paths].sort());
			// Two words typed in hiragana are read together: as 高齢者 スマホ.
			const together = await search('こうれいしゃ すまほ');
			expect(together.paths).toEqual((await search('高齢者 スマホ')).paths);
		} finally {
			session.page.off('request', record);
		}
	});

	it('finds a word a phone left converted only in part (子そだて, 高れい者, こ育て) as the plans write it, and says so', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		for (const [typed, written] of [['子そだて', '子育て'], ['高れい者', '高齢者'], ['こ育て', '子育て']] as const) {
			const { paths, status } = await search(typed);
			const asWritten = await search(written);
			expect(status, typed).toContain(`「${typed}」は「${written}」としても検索しました。`);
			expect(status, typed).not.toContain('見つかりませんでした');
			expect(paths.slice(0, 3), typed).toEqual(asWritten.paths.slice(0, 3));
		}
	});

	it('finds a word written part in hiragana, part in kanji (ひとり親) typed all in hiragana', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const written = await search('ひとり親');
		const typed = await search('ひとりおや');
		expect(typed.status).toContain('「ひとりおや」は「ひとり親」としても検索しました。');
		expect(written.paths).toContain('/plans/toyama-dx-evaluation-2023/ch3/');
		expect(typed.paths).toEqual(written.paths);
	});

	it('searches a question asked as a sentence by as many of its key words as pages hold together, and says so', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		for (const [asked, searched] of [
			['高齢者がスマホを使えるようにする取り組み', '高齢者 スマホ 取り組み'],
			['子育て世帯への支援はありますか', '子育て世帯 支援'],
			['県はテレワークをどのように進めていますか', 'テレワーク'],
		] as const) {
			const { paths, status } = await search(asked);
			expect(status, asked).toContain(`「${asked}」をそのまま含むページはないため、「${searched}」で検索しました。`);
			expect(paths.slice(0, 3), asked).toEqual((await search(searched)).paths.slice(0, 3));
			expect(paths.length, asked).toBeGreaterThan(0);
		}
	});

	it('marks the word searched in the excerpts of pages that hold it, not other words Pagefind matched a part of (ネットワーク for テレワーク)', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		await search('テレワーク');
		const marks = await session.page.locator('#search-results mark').allTextContents();
		expect(marks.length).toBeGreaterThan(3);
		expect([...new Set(marks)]).toEqual(['テレワーク']);
	});

	it('finds a range typed with the other wave dash than the plan prints (～ on Windows, 〜 on a Mac) as a phrase, and a dash typed for ー as ー', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		// 福島県 prints 〜 (令和４〜７年度), 青森県 ～ (2024年度(令和6年度)～2028年度(令和10年度)).
		for (const [query, path] of [
			['令和４～７年度', '/plans/fukushima-dx-2022/'],
			['2024年度(令和6年度)〜2028年度(令和10年度)', '/plans/aomori-dx-plan-2023/ch4/'],
		]) {
			const { paths, status } = await search(query!);
			expect(status, query).toMatch(/^「.+」の検索結果: \d+件（語句をそのまま含むページ \d+件を先に表示）/);
			expect(paths[0], query).toBe(path);
		}
		const typed = await search('テレワ－ク');
		await expect(session.page.locator('#search-term-card h2').textContent()).resolves.toBe('用語: テレワーク');
		expect(typed.paths).toEqual((await search('テレワーク')).paths);
	});

	it('searches a phrase (高齢者のスマホ, or left in hiragana: こうれいしゃのすまほ) as its words when no page holds it as typed, says so, and shows each word in the excerpts', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const phrase = await search('こうれいしゃのすまほ');
		const words = await search('高齢者 スマホ');
		expect(words.paths.length).toBeGreaterThan(0);
		// Each page holding both words shows both, marked whole (not 者 of 事業者 as Pagefind marks them).
		const holding = session.page.locator('#search-results > li').filter({ hasNot: session.page.locator('.result-meta', { hasText: '語句の一部' }) });
		const marks = await holding.evaluateAll((items) => items.map((li) => [...li.querySelector('.excerpt')!.querySelectorAll('mark')].map((mark) => mark.textContent)));
		expect(marks.length).toBeGreaterThan(1);
		for (const marked of marks) expect(marked).toEqual([expect.stringMatching(/^(高齢者|スマホ|スマートフォン)$/), expect.stringMatching(/^(高齢者|スマホ|スマートフォン)$/)]);
		for (const marked of marks) expect(marked).toContain('高齢者');
		expect(phrase.paths).toEqual(words.paths);
		expect(phrase.status).toContain('「こうれいしゃのすまほ」をそのまま含むページはないため、「こうれいしゃ すまほ」で検索しました。');
		expect(phrase.status).toMatch(/^「こうれいしゃ すまほ」の検索結果: \d+件/);
		// Katakana joined to kanji is a word too (デジタル化), and so is a phrase typed without particles.
		expect((await search('でじたるかのすいしん')).paths).toEqual((await search('デジタル化 推進')).paths);
		expect((await search('こうれいしゃすまほ')).paths).toEqual(words.paths);
		// A phrase written in kanji and katakana is split at its particles.
		const written = await search('高齢者のスマホ');
		expect(written.paths).toEqual(words.paths);
		expect(written.status).toContain('「高齢者のスマホ」をそのまま含むページはないため、「高齢者 スマホ」で検索しました。');
		// A word converted only in part is read whole; a known hiragana stretch of a word written otherwise stands apart.
		expect((await search('デジタルじんざい')).paths.sort()).toEqual((await search('デジタル人材')).paths.sort());
		const partly = await search('ぎょうせいDX');
		expect(partly.status).toContain('「ぎょうせいDX」をそのまま含むページはないため、「ぎょうせい DX」で検索しました。');
		expect(partly.paths.sort()).toEqual((await search('行政 DX')).paths.sort());
		// The term the words name has its card, as when typed alone.
		await search('ぱぶりっくこめんとについて');
		await expect(session.page.locator('#search-term-card h2').textContent()).resolves.toBe('用語: パブリックコメント');
		// A hiragana word that pages hold as typed is searched as typed.
		await expect(search('まちづくり').then((r) => r.status)).resolves.toMatch(/^「まちづくり」の検索結果: \d+件(?:（[^）]*）)?$/);
	});

	it('searches a query typed in romaji with the IME off (koureisha) as the hiragana it spells, and says so', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const romaji = await search('koureisha');
		expect(romaji.paths.length).toBeGreaterThan(0);
		expect(romaji.paths).toEqual((await search('こうれいしゃ')).paths);
		expect(romaji.status).toContain('「koureisha」をそのまま含むページはないため、「こうれいしゃ」で検索しました。');
		expect(romaji.status).toContain('「こうれいしゃ」は「高齢者」としても検索しました。');
		// Its particles typed as words are left out; an acronym or English word the pages hold stays as typed.
		expect((await search('bousai no torikumi')).paths.sort()).toEqual((await search('防災 取組')).paths.sort());
		const acronym = await search('DX');
		expect(acronym.status).toMatch(/^「DX」の検索結果: \d+件/);
		expect(acronym.status).not.toContain('で検索しました');
		// Mixed with romaji, the acronym stays as typed and the romaji is read.
		const mixed = await search('gyousei DX');
		expect(mixed.status).toContain('「gyousei DX」の語をすべて含むページはないため、「ぎょうせい DX」で検索しました。');
		expect(mixed.paths.sort()).toEqual((await search('行政 DX')).paths.sort());
	});

	it('reads romaji, and the kana an IME makes of it, with a long vowel left out or づ as zu (koreisha, これいしゃ, jumin, tetsuzuki, opundeta) as the word', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		// Each search's status names its query and no other (the status of one before must not be taken for it).
		const full = (await search('こうれいしゃ')).paths;
		expect(full.length).toBeGreaterThan(0);
		const kana = await search('これいしゃ');
		expect(kana.paths).toEqual(full);
		expect(kana.status).toMatch(/^「これいしゃ」の検索結果: \d+件.*「これいしゃ」は「高齢者」としても検索しました。$/);
		const romaji = await search('koreisha');
		expect(romaji.paths).toEqual(full);
		expect(romaji.status).toContain('「koreisha」をそのまま含むページはないため、「これいしゃ」で検索しました。');
		expect(romaji.status).toContain('「これいしゃ」は「高齢者」としても検索しました。');
		const resident = (await search('じゅうみん')).paths;
		expect(resident.length).toBeGreaterThan(0);
		expect((await search('jumin')).paths).toEqual(resident);
		// づ typed as zu, in either romanisation.
		const procedure = (await search('てつづき')).paths;
		expect(procedure.length).toBeGreaterThan(0);
		expect((await search('tetsuzuki')).paths).toEqual(procedure);
		expect((await search('tetuzuki')).paths).toEqual(procedure);
		// A loanword's ー left out, in romaji and in the kana it makes.
		const loanword = (await search('オープンデータ')).paths;
		expect(loanword.length).toBeGreaterThan(0);
		const opundeta = await search('opundeta');
		expect(opundeta.paths).toEqual(loanword);
		expect(opundeta.status).toContain('「おぷんでた」は「オープンデータ」としても検索しました。');
		expect((await search('おぷんでた')).paths).toEqual(loanword);
	});

	it('offers a prefecture named in the query as its filter, with the other words: its plans write 本県, not its name', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const chiba = await search('千葉県 テレワーク');
		const offer = session.page.getByRole('status').getByRole('link', { name: '千葉県の計画に絞り込んで「テレワーク」を検索する' });
		await offer.click();
		await session.page.getByRole('status').filter({ hasText: '「テレワーク」の検索結果' }).waitFor();
		expect(Object.fromEntries(new URL(session.page.url()).searchParams)).toEqual({ q: 'テレワーク', prefecture: '千葉県' });
		await expect(session.page.getByLabel('都道府県').inputValue()).resolves.toBe('千葉県');
		const narrowed = await session.page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		expect(narrowed.length).toBeGreaterThan(0);
		expect(narrowed.every((path) => path.startsWith('/plans/chiba-dx-2026/'))).toBe(true);
		// Found as holding the word, which the two words together were not: its chapters write テレワーク, not 千葉県.
		expect(chiba.status).toContain('「千葉県 テレワーク」の語をすべて含むページはないため、「テレワーク」で検索しました。');
		// The status says the filter with the count: a screen reader hears it without going back to the form.
		await expect(session.page.getByRole('status').textContent()).resolves.toMatch(/^「テレワーク」の検索結果（千葉県）: \d+件$/);
		// Narrowed already, nothing is offered.
		await search('千葉県 テレワーク');
		await expect(session.page.getByRole('status').getByRole('link').count()).resolves.toBe(0);
	});

	it('keeps the words typed apart that pages hold, in their order, where no page holds them all: a question word or a prefecture without them is dropped and said', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const applications = (await search('電子申請')).paths;
		expect(applications.length).toBeGreaterThan(0);
		const howMany = await search('電子申請 何件');
		expect(howMany.paths).toEqual(applications);
		expect(howMany.status).toContain('「電子申請 何件」の語をすべて含むページはないため、「電子申請」で検索しました。');
		// The topic before the prefecture, whichever is typed first: 三重県's plans hold no テレワーク, the others do.
		const telework = (await search('テレワーク')).paths;
		const mie = await search('三重県 テレワーク');
		expect(mie.paths).toEqual(telework);
		expect(mie.status).toContain('「三重県 テレワーク」の語をすべて含むページはないため、「テレワーク」で検索しました。');
		// Its filter would find nothing: not offered.
		await expect(session.page.getByRole('status').getByRole('link').count()).resolves.toBe(0);
		// A prefecture the site has no plan of is said so, and the topic found elsewhere.
		const tokyo = await search('東京都 テレワーク');
		expect(tokyo.paths).toEqual(telework);
		expect(tokyo.status).toMatch(/このサイトには東京都の計画は掲載していません。$/);
		// Likewise a filter in an address the form does not offer, left out rather than silently.
		await session.page.goto(new URL(`/search/?q=テレワーク&prefecture=${encodeURIComponent('大阪府')}`, origin).href);
		await session.page.getByRole('status').filter({ hasText: '外しました' }).waitFor();
		await expect(session.page.getByRole('status').textContent()).resolves.toMatch(/^「テレワーク」の検索結果: \d+件 絞り込みの「大阪府」は、このサイトにないため外しました。$/);
	});

	it('shows as many results as before, where the reader was, on coming back from one opened after さらに表示', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		await session.page.getByLabel('キーワード').fill('DX');
		await session.page.getByLabel('キーワード').press('Enter');
		await session.page.getByRole('status').filter({ hasText: /件/ }).waitFor();
		const results = session.page.locator('#search-results > li');
		for (const shown of [10, 20]) {
			await session.page.locator('#search-more').click();
			await session.page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
		}
		const opened = results.nth(24).locator('h2 a');
		const href = await opened.getAttribute('href');
		await opened.click();
		await session.page.waitForURL((url) => url.pathname === href!.split('#')[0]);
		await session.page.goBack();
		await session.page.waitForFunction(() => document.querySelectorAll('#search-results > li').length >= 30);
		await expect(results.count()).resolves.toBe(30);
		await expect(results.nth(24).locator('h2 a').isVisible()).resolves.toBe(true);
		const box = await results.nth(24).boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(session.page.viewportSize()!.height);
	});

	it('closes a phone’s keyboard once the search is sent, so its results are in view; leaves focus in the box for a keyboard’s user', async () => {
		const phone = await session.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const focusAfterSearch = async (page: typeof phone) => {
			await page.goto(new URL('/search/', origin).href);
			await page.getByLabel('キーワード').fill('防災');
			await page.getByLabel('キーワード').press('Enter');
			await page.getByRole('status').filter({ hasText: /件/ }).waitFor();
			return page.evaluate(() => document.activeElement?.id);
		};
		await expect(focusAfterSearch(phone)).resolves.not.toBe('search-q');
		await phone.close();
		await expect(focusAfterSearch(session.page)).resolves.toBe('search-q');
	});

	it('finds nothing, rather than pages holding its syllables or pieces, for a loanword or name the plans do not use (ワクチン is not 枠 + ちん, LINE is not ぃね, EBPM not e-Japan)', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		for (const query of ['ワクチン', 'LINE', 'EBPM', 'インタフェース']) {
			const { paths, status } = await search(query);
			expect({ query, paths, status }).toEqual({ query, paths: [], status: `「${query}」に一致するページは見つかりませんでした。言葉を短くするか、別の言い方で検索してください。` });
		}
		// A kanji word's reading typed in katakana is still read as it.
		expect((await search('ボウサイ')).status).toContain('「ぼうさい」は「防災」としても検索しました。');
		// A slip of a glossary name: the name to search, under no pages found on its pieces.
		const slip = await search('ガバメントクラド');
		expect(slip.paths).toEqual([]);
		await expect(session.page.getByRole('status').getByRole('link', { name: 'ガバメントクラウド' }).isVisible()).resolves.toBe(true);
	});

	it('offers, when nothing is found, to search again without the filters and to browse the plans, glossary and themes instead', async () => {
		await session.page.goto(new URL(`/search/?q=${encodeURIComponent('ぴよぴよ')}&prefecture=${encodeURIComponent('千葉県')}`, origin).href);
		await session.page.getByRole('status').filter({ hasText: '見つかりませんでした' }).waitFor();
		// The filter may be why: the status says so, not to change the words.
		await expect(session.page.getByRole('status').textContent()).resolves.toBe('「ぴよぴよ」に一致するページは、絞り込み（千葉県）の中には見つかりませんでした。絞り込みを外すと、ほかのページが見つかるかもしれません。');
		const advice = session.page.locator('#search-no-results');
		await expect(advice.isVisible()).resolves.toBe(true);
		await expect(advice.getByRole('link').allTextContents()).resolves.toEqual(['絞り込みを外して検索する', '計画一覧', '用語集', 'テーマ']);
		await expect(axeViolations(session.page)).resolves.toEqual([]);
		await advice.getByRole('link', { name: '絞り込みを外して検索する' }).click();
		await session.page.getByRole('status').filter({ hasText: '見つかりませんでした' }).waitFor();
		expect(Object.fromEntries(new URL(session.page.url()).searchParams)).toEqual({ q: 'ぴよぴよ' });
		await expect(session.page.getByRole('status').textContent()).resolves.not.toContain('絞り込み');
		await expect(session.page.getByLabel('都道府県').inputValue()).resolves.toBe('');
		// Nothing to drop now; and a search that finds pages shows no advice.
		await expect(advice.getByRole('link', { name: '絞り込みを外して検索する' }).isVisible()).resolves.toBe(false);
		await search('DX');
		await expect(advice.isVisible()).resolves.toBe(false);
	});

	it('keeps query and filters in the URL, and the back button returns to the previous search', async () => {
		await session.page.goto(new URL('/search/?q=DX&prefecture=千葉県', origin).href);
		await session.page.getByRole('status').filter({ hasText: '件' }).waitFor();
		await expect(session.page.getByLabel('都道府県').inputValue()).resolves.toBe('千葉県');
		for (const facet of await session.page.locator('#search-results > li > p.muted').allTextContents()) expect(facet).toContain('千葉県');

		await session.page.getByLabel('種類').selectOption('用語');
		await session.page.getByLabel('都道府県').selectOption('');
		await search('オープンデータ');
		expect(new URL(session.page.url()).searchParams.get('kind')).toBe('用語');
		expect(new URL(session.page.url()).searchParams.get('q')).toBe('オープンデータ');
		for (const facet of await session.page.locator('#search-results > li > p.muted').allTextContents()) expect(facet).toContain('用語');

		await session.page.goBack();
		await session.page.getByRole('status').filter({ hasText: '「DX」の検索結果' }).waitFor();
		await expect(session.page.getByLabel('キーワード').inputValue()).resolves.toBe('DX');
		await expect(session.page.getByLabel('都道府県').inputValue()).resolves.toBe('千葉県');
	});

	it('leaves out a filter the form does not offer, from an address written by hand or by someone else, and does not show it back', async () => {
		await session.page.goto(new URL(`/search/?q=DX&kind=${encodeURIComponent('<b>偽の種類</b>')}&prefecture=${encodeURIComponent('福島県')}`, origin).href);
		const status = session.page.getByRole('status').filter({ hasText: '「DX」' }).filter({ hasText: '件' });
		await status.waitFor();
		await expect(status.textContent()).resolves.toMatch(/^「DX」の検索結果（福島県）: \d+件/);
		await expect(session.page.locator('#search-filters-chosen').textContent()).resolves.toBe('（福島県）');
		await expect(session.page.getByLabel('種類').inputValue()).resolves.toBe('');
	});

	it('lists every page a filter keeps when no words are given (福島県 chosen, to browse): the plan’s overview, its chapters in its contents’ order, its indicators, then terms', async () => {
		const { page } = session;
		await page.goto(new URL('/search/', origin).href);
		await page.getByLabel('都道府県').selectOption('福島県');
		await page.getByRole('button', { name: '検索', exact: true }).click();
		const status = page.getByRole('status').filter({ hasText: '絞り込み（福島県）のページ' });
		await status.waitFor();
		expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ prefecture: '福島県' });
		while (await page.locator('#search-more').isVisible()) {
			const shown = await page.locator('#search-results > li').count();
			await page.locator('#search-more').click();
			await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
		}
		const listed = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		await expect(status.textContent()).resolves.toBe(`絞り込み（福島県）のページ: ${listed.length}件。キーワードを入れると、この中から探せます。`);
		for (const meta of await page.locator('#search-results > li > .result-meta').allTextContents()) expect(meta).toContain('福島県');
		const contents = await session.browser.newPage();
		await contents.goto(new URL('/plans/fukushima-dx-2022/', origin).href);
		const chapters = [...new Set(await contents.locator('ol.chapter-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))];
		await contents.close();
		expect(chapters.length).toBeGreaterThan(1);
		expect(listed.slice(0, chapters.length + 2)).toEqual(['/plans/fukushima-dx-2022/', ...chapters, '/plans/fukushima-dx-2022/indicators/']);
		expect(listed.slice(chapters.length + 2).every((path) => path.startsWith('/glossary/'))).toBe(true);
		// Words then search within the filter.
		await search('DX');
		await expect(page.getByRole('status').textContent()).resolves.toMatch(/^「DX」の検索結果（福島県）: \d+件/);
	});

	it('narrows by theme to the chapters tagged with it', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const all = await search('データ');
		await session.page.getByLabel('テーマ').selectOption('データ利活用');
		const narrowed = await search('データ');
		expect(new URL(session.page.url()).searchParams.get('theme')).toBe('データ利活用');
		expect(narrowed.paths.length).toBeGreaterThan(0);
		expect(narrowed.paths.length).toBeLessThan(all.paths.length);
		for (const result of narrowed.paths) expect(result).toMatch(/^\/plans\/[^/]+\/[^/]+\/$/);
		await session.page.goto(new URL(narrowed.paths[0]!, origin).href);
		await expect(session.page.locator('.chapter-themes').textContent()).resolves.toContain('データ利活用');
		// Its links, in small text, on lines at least 24 px apart (WCAG 2.5.8).
		await expect(session.page.locator('.chapter-themes').evaluate((list) => Number.parseFloat(getComputedStyle(list).lineHeight))).resolves.toBeGreaterThanOrEqual(24);
	});

	it('says so when nothing matches', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const { paths, status } = await search('存在しない語句ぴよぴよ');
		expect(paths).toEqual([]);
		expect(status).toContain('見つかりませんでした');
	});

	it('says so when no page has the words as written, before the pages that have some of them', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		const { paths, status } = await search('デジタルぴよ');
		expect(paths.length).toBeGreaterThan(0);
		expect(status).toBe(`「デジタルぴよ」をそのまま含むページは見つかりませんでした。語句の一部を含むページ ${paths.length}件を表示しています。`);
	});

	it('finds a phrase whose words the index cut otherwise than the browser cuts the query (分かりやすい), and a sentence pasted from the plan that holds it', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		for (const query of ['分かりやすい', '行政手続のオンライン化を積極的に推進し、統一した分かりやすいユーザーインターフェースの導入']) {
			const { paths, status } = await search(query);
			expect(paths[0], query).toBe('/plans/fukushima-dx-2022/ch3/');
			expect(status, query).toMatch(/の検索結果: \d+件/);
			expect(status, query).not.toContain('見つかりませんでした');
		}
	});

	it('lists no page matched only on kana of a word typed in hiragana that no page holds (はんこ: は, こと), and gives the advice for finding nothing', async () => {
		await session.page.goto(new URL('/search/', origin).href);
		for (const query of ['はんこ', 'いつまで']) {
			const { paths, status } = await search(query);
			expect({ query, paths }).toEqual({ query, paths: [] });
			expect(status).toMatch(new RegExp(`^「${query}」.*見つかりませんでした`));
			await expect(session.page.locator('#search-no-results').isVisible()).resolves.toBe(true);
		}
	});

	it('folds the filters on a phone, so the results start under the keyword, and opens them where there is room or a filter is chosen, named by its title', async () => {
		const phone = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		await phone.goto(new URL(`/search/?q=${encodeURIComponent('テレワーク')}`, origin).href);
		await phone.getByRole('status').filter({ hasText: '件' }).waitFor();
		await expect(phone.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
		await expect(phone.getByLabel('都道府県').isVisible()).resolves.toBe(false);
		// The count on the first screen (below it, a term's card, then the results).
		const count = await phone.locator('#search-status').boundingBox();
		expect(count!.y + count!.height).toBeLessThan(640);
		// Chosen by the URL: open, its summary naming the plan by its title, not its id.
		await phone.goto(new URL(`/search/?q=${encodeURIComponent('テレワーク')}&plan=chiba-dx-2026`, origin).href);
		await phone.getByRole('status').filter({ hasText: /件|見つかりませんでした/ }).waitFor();
		await expect(phone.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
		await expect(phone.locator('#search-filters summary').textContent()).resolves.toMatch(/^絞り込み（千葉県.+）$/);
		await phone.close();
		await session.page.goto(new URL(`/search/?q=${encodeURIComponent('テレワーク')}`, origin).href);
		await expect(session.page.getByLabel('都道府県').isVisible()).resolves.toBe(true);
	});

	it('starts the search engine (its script preloaded with the page) when the box is focused, and loads the index for the words typed once typing pauses, before Enter', async () => {
		const page = await session.browser.newPage();
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(new URL('/search/', origin).href);
		await page.waitForLoadState('networkidle');
		// Only the engine's script, preloaded with the page (most visits come with a query): not its WebAssembly nor an index.
		expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual(['/pagefind/pagefind.js']);
		await page.getByLabel('キーワード').focus();
		await expect.poll(() => requested.some((path) => /^\/pagefind\/wasm\.[^/]+\.pagefind$/.test(path)), { timeout: 5000 }).toBe(true);
		const beforeTyping = requested.filter((path) => path.startsWith('/pagefind/index/')).length;
		await page.getByLabel('キーワード').pressSequentially('子育て');
		await expect.poll(() => requested.filter((path) => path.startsWith('/pagefind/index/')).length, { timeout: 5000 }).toBeGreaterThan(beforeTyping);
		// Nothing was searched: the status still asks for a keyword.
		await expect(page.getByRole('status').textContent()).resolves.toBe('キーワードを入力して検索してください。');
		await page.close();
	});

	it('asks again for a keyword when 検索 is pressed with the box empty, emptying the status first so a screen reader says it (WCAG 4.1.3)', async () => {
		const page = await session.browser.newPage();
		await page.goto(new URL('/search/', origin).href);
		const status = page.getByRole('status');
		await expect(status.textContent()).resolves.toBe('キーワードを入力して検索してください。');
		await status.evaluate((region) => {
			const seen: string[] = [];
			new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
			(window as unknown as { statusSeen: string[] }).statusSeen = seen;
		});
		await page.getByRole('button', { name: '検索', exact: true }).click();
		await expect.poll(() => page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen)).toEqual(['', 'キーワードを入力して検索してください。']);
		await page.close();
	});

	it('shows results on a phone without moving what is already in sight (Core Web Vitals: layout shift under 0.1)', async () => {
		const phone = await session.browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true });
		await phone.addInitScript(() => {
			const shifts: number[] = [];
			Object.assign(window, { shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const query of ['子育て', 'はんこ']) {
			await phone.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, origin).href);
			await phone.getByRole('status').filter({ hasText: /件|見つかりませんでした/ }).waitFor();
			await phone.waitForTimeout(500);
			const shifted = await phone.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
			expect(shifted, query).toBeLessThan(0.05);
		}
		await phone.close();
	});

	it('is usable at 320px, with its filters folded or open (as a plan’s 「この計画の中を検索」 opens them): each field no wider than the screen', async () => {
		const narrow = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
		for (const search of ['?q=オープンデータ', '?q=テレワーク&plan=chiba-dx-2026']) {
			await narrow.goto(new URL(`/search/${search}`, origin).href);
			await narrow.getByRole('status').filter({ hasText: '件' }).waitFor();
			expect(await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), search).toBeLessThanOrEqual(0);
		}
		// Open: every field is in sight, the plan's long names cut inside their select.
		await expect(narrow.locator('#search-filters').getAttribute('open')).resolves.toBe('');
		const fieldsPastTheScreen = await narrow.locator('#search-filters select').evaluateAll((selects) => selects.filter((s) => s.getBoundingClientRect().right > document.documentElement.clientWidth).map((s) => s.id));
		expect(fieldsPastTheScreen).toEqual([]);
		await narrow.close();
	});
});
