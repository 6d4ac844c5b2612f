/**
 * Public comment in the browser, on the fixture site built as of a day in the
 * open period (tests/support/consultation-fixture.ts): citing paragraphs,
 * drafts that survive a reload, one submission text for several drafts, the
 * status re-checked against the reader's clock, keyboard use and axe.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { quoteOf, storageKey } from '../../src/lib/opinion-drafts.ts';
import { accessibleNames } from '../support/accessibility-tree.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../../scripts/support/browser.ts';
import { jst, openPeriod } from '../support/consultation-fixture.ts';

const origin = inject('consultationOrigin');
const url = (pathname: string) => new URL(pathname, origin).href;
const chapter2 = url('/plans/other-plan/ch2/');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** A fresh browser profile (empty localStorage) whose clock reads the given JST time. */
async function pageAt(time: number, options: { viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ ...options, acceptDownloads: true });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	const page = await context.newPage();
	await page.clock.install({ time });
	return { context, page };
}

async function writeOpinion(page: Page, paragraphId: string, opinion: string) {
	await page.locator(`#${paragraphId} > a.para-link, #${paragraphId} a.para-link`).first().click();
	await page.locator('#citation-menu [data-action="write-opinion"]').click();
	await page.keyboard.type(opinion);
}

const submissionText = (page: Page) => page.locator('[data-submission-text]').inputValue();

/** What each draft's 意見 box's label shows, the words only heard (.visually-hidden) left out; null where the label is not seen at all. */
const shownDraftLabels = (page: Page) =>
	page.locator('[data-draft-list] textarea').evaluateAll((areas) =>
		areas.map((area) => {
			const label = (area as HTMLTextAreaElement).labels![0]!;
			if (label.getBoundingClientRect().height < 10) return null;
			return [...label.childNodes].filter((node) => !(node instanceof Element && node.classList.contains('visually-hidden'))).map((node) => node.textContent).join('');
		}),
	);

/** Chapter 2 with three long drafts, its drawer open at the submission text: taller than a phone's screen. */
async function openDrawerWithLongDrafts(page: Page) {
	await page.goto(chapter2);
	for (const id of ['admin-p1', 'admin-p3', 'people-p1']) {
		await writeOpinion(page, id, '意見です。'.repeat(30));
		await page.locator('[data-action="close-panel"]').click();
	}
	await page.locator('.opinion-toggle').click();
	await page.locator('[data-submission] summary').click();
}

describe('opinion drafts', () => {
	it('keeps three cited opinions across a reload and copies one complete submission text, an address on two lines included, the name and address kept for next time (WCAG 3.3.7)', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '一つ目の意見です。');
		await writeOpinion(page, 'admin-p3', '二つ目の意見です。');
		await page.reload();
		await page.locator('.opinion-toggle').click();
		await expect(page.locator('[data-draft-list] textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value))).resolves.toEqual(['一つ目の意見です。', '二つ目の意見です。']);
		await page.locator('[data-action="close-panel"]').click();
		await writeOpinion(page, 'people-p1', '三つ目の意見です。');

		await page.locator('[data-submission] summary').click();
		await page.getByLabel('氏名（必須）').fill('県民 太郎');
		// An address may take two lines; the text has it on one, after 住所.
		await page.getByLabel('住所（必須）').fill('千葉市中央区\n市場町1-1');
		await page.locator('[data-action="copy-submission"]').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await submissionText(page));
		for (const expected of [
			'案件番号: DX-2026-01',
			'氏名: 県民 太郎',
			'住所: 千葉市中央区 市場町1-1\n',
			'【意見1】\n該当箇所: 千葉県テスト用DX推進戦略 第2章 1 第1段落',
			`${chapter2}#admin-p1\n意見の内容:\n一つ目の意見です。`,
			'【意見2】\n該当箇所: 千葉県テスト用DX推進戦略 第2章 1 第3段落',
			'二つ目の意見です。',
			'【意見3】\n該当箇所: 千葉県テスト用DX推進戦略 第2章 2 第1段落',
			'三つ目の意見です。',
		]) expect(copied).toContain(expected);
		await expect(page.locator('[data-missing-fields]').isHidden()).resolves.toBe(true);
		await expect(page.getByRole('button', { name: '文章をコピー' }).getAttribute('aria-describedby')).resolves.toBeNull();
		// Written once: after a reload, on another chapter, they are still there.
		await page.goto(url('/plans/other-plan/ch1/'));
		await page.locator('.opinion-toggle').click();
		await page.locator('[data-submission] summary').click();
		await expect(page.getByLabel('氏名（必須）').inputValue()).resolves.toBe('県民 太郎');
		await expect(page.getByLabel('住所（必須）').inputValue()).resolves.toBe('千葉市中央区\n市場町1-1');
		await context.close();
	});

	it('combines drafts from two chapters in document order, names each required field left blank (WCAG 3.3.1, 3.3.3), and offers mailto and a .txt file, saying when it was saved and whether the drafts changed since', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'people-p1', '第2章への意見');
		await page.goto(url('/plans/other-plan/ch1/'));
		await writeOpinion(page, 'gyosei-p1', '第1章への意見');
		// Marked as something that opens, as the table of contents is: ＋, then －.
		const marker = () => page.locator('[data-submission] summary').evaluate((summary) => getComputedStyle(summary, '::before').content);
		await expect(marker()).resolves.toMatch(/^"＋"/);
		await page.locator('[data-submission] summary').click();
		await expect(marker()).resolves.toMatch(/^"－"/);
		const text = await submissionText(page);
		expect(text.indexOf('第1章への意見')).toBeLessThan(text.indexOf('第2章への意見'));
		await expect(page.locator('[data-missing-fields]').textContent()).resolves.toBe('「氏名」が未記入です。 「住所」が未記入です。');
		// Said with the text and the copy button, where a screen reader user goes next.
		await expect(page.getByRole('button', { name: '文章をコピー' }).evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent)).resolves.toContain('「氏名」が未記入です。');

		// Two opinions with their citations and quotes are too long to pass in the link: address and subject only.
		const mailto = await page.locator('[data-mailto]').getAttribute('href');
		expect(mailto).toMatch(/^mailto:open-test@example\.jp\?subject=/);
		expect(mailto).not.toContain('body=');

		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-submission"]').click()]);
		// The prefecture's case number and the day saved (the page's clock: 2026-12-10 in Japan).
		expect(download.suggestedFilename()).toBe('意見_DX-2026-01_20261210.txt');
		const file = await readFile((await download.path())!, 'utf8');
		expect(file).toBe(`\ufeff${text.replace(/\n/g, '\r\n')}`);
		// When it was saved, said under the buttons, and whether the text is still the one saved.
		const saved = page.locator('[data-saved-file]');
		await expect(saved.textContent()).resolves.toBe('12月10日 12:00に、今と同じ内容をテキストファイルに保存しました。');
		await page.locator('[data-draft-list] textarea').first().fill('第1章への意見を書き直しました');
		await expect(saved.textContent()).resolves.toBe('12月10日 12:00にテキストファイルに保存した後で、下書きや記入内容が変わっています。今の内容を残すには、もう一度保存してください。');

		// The case page shows the same drafts, and deleting one there removes it everywhere.
		await page.goto(url('/consultations/other-open/'));
		// The record of the saved file is kept with them.
		await expect(page.locator('[data-saved-file]').textContent()).resolves.toMatch(/^12月10日 12:00にテキストファイルに保存した後で/);
		await expect(page.locator('[data-draft-list] li').count()).resolves.toBe(2);
		page.once('dialog', (dialog) => dialog.accept());
		await page.locator('[data-action="delete-draft"]').first().click();
		await page.goto(chapter2);
		await expect(page.locator('.opinion-toggle [data-draft-count]').textContent()).resolves.toBe('1');
		await context.close();
	});

	it('writes an opinion on the plan or the chapter as a whole: cited as 全体 or 第2章 with its page’s address, before the passages’, one kept for each', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '第2章 1 への意見');
		await page.getByRole('button', { name: 'この章全体への意見を書く' }).click();
		// The caret is in the new draft, and a status message says it was added.
		await page.keyboard.type('第2章全体への意見');
		await expect(page.locator('[data-live]').textContent()).resolves.toBe('千葉県テスト用DX推進戦略 第2章の下書きを追加しました');
		await page.getByRole('button', { name: '計画全体への意見を書く' }).click();
		await page.keyboard.type('計画全体への意見');
		await expect(page.locator('[data-draft-list] .draft-citation a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).resolves.toEqual([
			['千葉県テスト用DX推進戦略 全体', '/plans/other-plan/'],
			['千葉県テスト用DX推進戦略 第2章', '/plans/other-plan/ch2/'],
			['千葉県テスト用DX推進戦略 第2章 1 第1段落', '/plans/other-plan/ch2/#admin-p1'],
		]);
		await page.locator('[data-submission] summary').click();
		const text = await submissionText(page);
		expect(text).toContain(`【意見1】\n該当箇所: 千葉県テスト用DX推進戦略 全体\n${url('/plans/other-plan/')}\n意見の内容:\n計画全体への意見\n`);
		expect(text).toContain(`【意見2】\n該当箇所: 千葉県テスト用DX推進戦略 第2章\n${chapter2}\n意見の内容:\n第2章全体への意見\n`);
		expect(text).toContain('【意見3】\n該当箇所: 千葉県テスト用DX推進戦略 第2章 1 第1段落');
		// On the case page, away from any chapter, only the plan's: it opens the draft kept, not a second one.
		await page.goto(url('/consultations/other-open/'));
		await expect(page.getByRole('button', { name: 'この章全体への意見を書く' }).count()).resolves.toBe(0);
		await page.getByRole('button', { name: '計画全体への意見を書く' }).click();
		await expect(page.locator('[data-draft-list] li').count()).resolves.toBe(3);
		await expect(page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).resolves.toBe('計画全体への意見');
		await expect(page.locator('[data-live]').textContent()).resolves.toBe('千葉県テスト用DX推進戦略 全体の下書きを開きました');
		await context.close();
	});

	it('on a consultation whose draft is not on the site, writes opinions on the whole draft and on places the resident names, kept across a reload, without addresses, a place left blank named; axe passes at 320 px', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 320, height: 640 } });
		await page.goto(url('/consultations/papers-elsewhere/'));
		await page.getByRole('button', { name: '該当箇所を書いて意見を書く' }).click();
		// The caret is in the place to write first, then the opinion.
		await expect(page.evaluate(() => document.activeElement?.closest('.field')?.querySelector('label')?.textContent)).resolves.toMatch(/^該当箇所（/);
		await page.keyboard.type('概要版 3ページ');
		await page.keyboard.press('Tab');
		await page.keyboard.type('オンライン申請の対象を広げてください。');
		await page.getByRole('button', { name: '案全体への意見を書く' }).click();
		await page.keyboard.type('全体として分かりやすい。');
		await page.getByRole('button', { name: '該当箇所を書いて意見を書く' }).click();
		await expect(page.locator('[data-live]').textContent()).resolves.toBe('該当箇所を書く下書きを追加しました');
		await page.keyboard.press('Tab');
		await page.keyboard.type('場所を書き忘れた意見。');
		await page.reload();
		await expect(page.locator('[data-draft-list] [data-draft-place]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).resolves.toEqual(['概要版 3ページ', '']);
		// Each opinion's box is named by the place the resident wrote, and the whole draft's place is named, not linked;
		// its label shows 「意見」 under the place, the name beginning with the words shown (WCAG 2.5.3).
		await expect(shownDraftLabels(page)).resolves.toEqual(['意見', '意見', '意見']);
		await expect(page.getByLabel('意見（概要版 3ページ）').inputValue()).resolves.toBe('オンライン申請の対象を広げてください。');
		await expect(page.getByLabel('意見（全体）').inputValue()).resolves.toBe('全体として分かりやすい。');
		await expect(page.locator('[data-draft-list] .draft-citation a').count()).resolves.toBe(0);
		await page.locator('[data-submission] summary').click();
		await page.getByLabel('氏名（必須）').fill('県民 花子');
		expect(await submissionText(page)).toContain(
			['【意見1】', '該当箇所: 全体', '意見の内容:', '全体として分かりやすい。', '', '【意見2】', '該当箇所: 概要版 3ページ', '意見の内容:', 'オンライン申請の対象を広げてください。', '', '【意見3】', '該当箇所: （未記入）', '意見の内容:', '場所を書き忘れた意見。'].join('\n'),
		);
		await expect(page.locator('[data-missing-fields]').textContent()).resolves.toBe('【意見3】の該当箇所が未記入です。');
		expect(await axeViolations(page)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		// Writing the place renames the box as it is typed.
		await page.locator('[data-draft-list] [data-draft-place]').nth(1).fill('第２章 ２(1)');
		await expect(page.getByLabel('意見（第２章 ２(1)）').inputValue()).resolves.toBe('場所を書き忘れた意見。');
		await expect(page.locator('[data-missing-fields]').isHidden()).resolves.toBe(true);
		// Once closed: read-only, places too, and no new draft.
		await page.clock.setSystemTime(openPeriod.closesAt + 60_000);
		await page.reload();
		await expect(page.locator('[data-draft-list] :is(input, textarea)').evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).readOnly))).resolves.toEqual([true, true, true, true, true]);
		await expect(page.getByRole('button', { name: '該当箇所を書いて意見を書く' }).isHidden()).resolves.toBe(true);
		await context.close();
	});

	it('hands a mail program the whole text only while it fits, else the address and subject, the link saying it copies the text and the note before it why (the link’s limit, not the opinion’s length), and no mail link for other channels (a web form’s link, with its href and rel)', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '短い意見');
		await page.locator('[data-submission] summary').click();
		const mailto = page.locator('[data-mailto]');
		const note = page.locator('[data-mailto-too-long]');
		expect(new URL((await mailto.getAttribute('href'))!).searchParams.get('body')).toBe((await submissionText(page)).replace(/\n/g, '\r\n'));
		await expect(note.isHidden()).resolves.toBe(true);

		await page.locator('[data-draft-list] textarea').fill('長い意見。'.repeat(100));
		const short = await mailto.getAttribute('href');
		expect(new URL(short!).searchParams.get('subject')).toBe('意見の提出（千葉県テスト用DX推進戦略に対する意見募集）');
		expect(short).not.toContain('body=');
		await expect(mailto.isVisible()).resolves.toBe(true);
		await expect(mailto.textContent()).resolves.toBe('本文をコピーしてメールソフトを開く（宛先: open-test@example.jp）');
		await expect(note.isVisible()).resolves.toBe(true);
		await expect(note.textContent()).resolves.toBe('メールソフトへのリンクで渡せる本文は、日本語でおよそ200字までです。この文章はそれを超えるため、本文はコピーして渡します。開いたメールの本文に貼り付けてください。');
		await expect(note.evaluate((element) => element.nextElementSibling?.matches('[data-mailto]'))).resolves.toBe(true);

		await page.getByLabel('ファクシミリ（000-000-0001）').check();
		await expect(mailto.isHidden()).resolves.toBe(true);
		await expect(mailto.getAttribute('href')).resolves.toBeNull();
		await expect(note.isHidden()).resolves.toBe(true);
		await page.getByLabel('ウェブフォーム（https://example.jp/form）').check();
		await expect(mailto.isHidden()).resolves.toBe(true);
		await expect(page.locator('[data-webform]').isVisible()).resolves.toBe(true);
		const form = page.locator('[data-webform-link]');
		await expect(form.getAttribute('href')).resolves.toBe('https://example.jp/form');
		await expect(form.getAttribute('rel')).resolves.toBe('noopener noreferrer');
		await context.close();
	});

	it('for a web form, copies each opinion’s 該当箇所 and content on their own, numbered as in the text, and updates them as the drafts change', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '一つ目の意見です。');
		await writeOpinion(page, 'admin-p2', '二つ目の意見です。');
		await page.locator('[data-submission] summary').click();
		await expect(page.locator('[data-per-opinion]').isHidden()).resolves.toBe(true);
		await page.getByLabel('ウェブフォーム（https://example.jp/form）').check();
		const items = page.locator('[data-per-opinion] li');
		await expect(items.locator('p:first-child').allTextContents()).resolves.toEqual([
			'千葉県テスト用DX推進戦略 第2章 1 第1段落（9字）',
			'千葉県テスト用DX推進戦略 第2章 1 第2段落（9字）',
		]);
		await page.getByRole('button', { name: /^該当箇所をコピー ?（意見2）$/ }).click();
		const place = await page.evaluate(() => navigator.clipboard.readText());
		// On one line, for a one-line field: its address after a space.
		expect(place).toMatch(/^千葉県テスト用DX推進戦略 第2章 1 第2段落（本文:『.+』） /);
		expect(place.endsWith(` ${chapter2}#admin-p2`)).toBe(true);
		// What the whole text gives as that opinion's place, there on lines.
		expect(await submissionText(page)).toContain(`該当箇所: ${place.replace(` ${chapter2}`, `\n${chapter2}`)}\n意見の内容:\n二つ目の意見です。`);
		await expect(page.locator('[data-copy-result]').textContent()).resolves.toBe('【意見2】の該当箇所をコピーしました。受付フォームの該当箇所の欄に貼り付けてください。');
		await page.getByRole('button', { name: /^意見の内容をコピー ?（意見1）$/ }).click();
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('一つ目の意見です。');

		// An emptied draft leaves the text, and the list with it.
		await page.locator('[data-draft-list] textarea').first().fill('');
		await expect(items.locator('p:first-child').allTextContents()).resolves.toEqual(['千葉県テスト用DX推進戦略 第2章 1 第2段落（9字）']);
		await page.getByRole('button', { name: /^意見の内容をコピー ?（意見1）$/ }).click();
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('二つ目の意見です。');
		await context.close();
	});

	it('prints the submission text alone and in full with 「印刷する」 (for post, fax or by hand), and no other print carries it', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.addInitScript(() => {
			// The print dialog: what the page was set to print when it was asked for.
			window.print = () => Object.assign(window, { printedWith: document.documentElement.className });
		});
		await page.goto(chapter2);
		const long = '県の窓口でのオンライン申請の支援を広げてください。'.repeat(20);
		await writeOpinion(page, 'admin-p1', long);
		await writeOpinion(page, 'people-p1', '二つ目の意見です。');
		await page.locator('[data-submission] summary').click();
		await page.getByLabel('氏名（必須）').fill('県民 太郎');
		await page.getByLabel('住所（必須）').fill('千葉市中央区市場町1-1');
		// Post that must arrive by the deadline (必着) says what that asks of a letter, under its deadline; other channels do not.
		const note = '締切日までに届く必要があります。郵送にかかる日数を見込んで出してください。';
		await expect(page.locator('.channel-choice .choice').filter({ hasText: note }).allTextContents()).resolves.toEqual([expect.stringMatching(/^\s*郵送（.*必着/)]);
		const printed = page.locator('.submission-print');
		await expect(printed.isVisible()).resolves.toBe(false);
		await page.emulateMedia({ media: 'print' });
		// A chapter printed to read leaves the resident's name and address out.
		await expect(printed.isVisible()).resolves.toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('button', { name: '印刷する' }).click();
		await expect(page.evaluate(() => (window as unknown as { printedWith: string }).printedWith)).resolves.toContain('printing-submission');
		// As the dialog shows it (the stub printed nothing, so the page is still set to print it): the text, all of it, and nothing of the page.
		await page.emulateMedia({ media: 'print' });
		await expect(printed.isVisible()).resolves.toBe(true);
		const text = await printed.innerText();
		for (const part of ['氏名: 県民 太郎', '住所: 千葉市中央区市場町1-1', '【意見1】', long, '【意見2】', '二つ目の意見です。']) expect(text).toContain(part);
		const box = await printed.boundingBox();
		expect(await printed.evaluate((pre) => pre.scrollHeight)).toBeLessThanOrEqual(Math.ceil(box!.height));
		await expect(page.locator('main').isVisible()).resolves.toBe(false);
		await context.close();
	});

	it('holds back printing or mailing the text with a required field empty, saying so beside the button; pressed again, it goes on (WCAG 3.3.1, 3.3.4)', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.addInitScript(() => {
			window.print = () => Object.assign(window, { printed: ((window as unknown as { printed?: number }).printed ?? 0) + 1 });
		});
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '短い意見');
		await page.locator('[data-submission] summary').click();
		await page.getByLabel('氏名（必須）').fill('県民 太郎');
		const printed = () => page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0);
		const result = page.locator('[data-copy-result]');
		const print = page.getByRole('button', { name: '印刷する' });
		await print.click();
		await expect(printed()).resolves.toBe(0);
		await expect(result.textContent()).resolves.toBe('「住所」が未記入です。記入してから印刷してください。このまま印刷するときは、もう一度「印刷する」を押してください。');
		// Seen where the resident pressed, not only above the text.
		const [button, message] = await Promise.all([print.boundingBox(), result.boundingBox()]);
		expect(message!.y - (button!.y + button!.height)).toBeLessThan(200);
		await print.click();
		await expect(printed()).resolves.toBe(1);

		// The mail program is not opened while the link's click is held back; the test stops the one that goes on.
		const mailClick = () =>
			page.locator('[data-mailto]').evaluate((link: HTMLAnchorElement) => {
				let held = true;
				document.addEventListener('click', (event) => ((held = event.defaultPrevented), event.preventDefault()), { once: true });
				link.click();
				return held;
			});
		await expect(mailClick()).resolves.toBe(true);
		await expect(result.textContent()).resolves.toBe('「住所」が未記入です。記入してからメールを作ってください。このままメールを作るときは、もう一度「メールソフトで開く」を押してください。');
		await expect(mailClick()).resolves.toBe(false);
		// Filled in, nothing is held back.
		await page.getByLabel('住所（必須）').fill('千葉市中央区市場町1-1');
		await expect(mailClick()).resolves.toBe(false);
		await print.click();
		await expect(printed()).resolves.toBe(2);
		await context.close();
	});

	it('records, when the resident says so, that the text was submitted and how, kept with the drafts, and says when a draft changed since', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '窓口での支援も明記してください。');
		await page.locator('[data-submission] summary').click();
		const note = page.locator('[data-submitted-note]');
		await expect(note.isHidden()).resolves.toBe(true);
		await page.getByRole('button', { name: '提出したことを記録する' }).click();
		await expect(note.innerText()).resolves.toBe('12月10日 12:00に電子メールで提出したと記録しました（この端末だけの記録です）。');
		// Said under the button too, where the resident is looking (the record itself is under the drafts), and heard.
		const result = page.locator('[data-copy-result]');
		await expect(result.textContent()).resolves.toBe('12月10日 12:00に電子メールで提出したと記録しました（この端末だけの記録です）。');
		await expect(result.getAttribute('role')).resolves.toBe('status');
		await expect(result.isVisible()).resolves.toBe(true);
		await page.reload();
		await page.locator('.opinion-toggle').click();
		await expect(note.innerText()).resolves.toBe('12月10日 12:00に電子メールで提出したと記録しました（この端末だけの記録です）。');
		await page.clock.fastForward(60_000);
		await page.locator('[data-draft-list] textarea').fill('窓口での支援も明記してください。追記。');
		await expect(note.innerText()).resolves.toMatch(/^12月10日 12:00に電子メールで提出したと記録しました。その後で下書きを変えています。/);
		await context.close();
	});

	it('shows each draft’s length in characters as it is typed, and the whole text’s, for forms that limit them', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '窓口での支援も');
		const length = page.locator('[data-draft-list] [data-draft-length]');
		await expect(length.innerText()).resolves.toBe('7字');
		await page.keyboard.type('明記してください。');
		await expect(length.innerText()).resolves.toBe('16字');
		// Heard on entering the box too, as its description.
		await expect(page.locator('[data-draft-list] textarea').evaluate((area) => area.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent))).resolves.toContain('16字');
		await page.locator('[data-submission] summary').click();
		await expect(page.locator('[data-submission-length]').innerText()).resolves.toBe(`文章全体で${[...(await submissionText(page)).trim()].length}字`);
		await context.close();
	});

	it('copies the text for the resident to paste when it is too long to go in the mail link, and says so beside it', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', 'オンライン申請だけでなく、窓口での支援も明記してください。'.repeat(3));
		await page.locator('[data-submission] summary').click();
		await page.getByLabel('氏名（必須）').fill('県民 太郎');
		await page.getByLabel('住所（必須）').fill('千葉市中央区市場町1-1');
		const mailto = page.locator('[data-mailto]');
		await expect(mailto.getAttribute('href')).resolves.not.toContain('body=');
		await mailto.evaluate((link: HTMLAnchorElement) => {
			document.addEventListener('click', (event) => event.preventDefault(), { once: true });
			link.click();
		});
		await expect.poll(() => page.locator('[data-copy-result]').textContent()).toBe('メールソフトには宛先と件名だけを渡し、本文はコピーしました。メールの本文に貼り付けて送ってください（まだ提出は完了していません）。');
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(await submissionText(page));
		await context.close();
	});

	it('says under the drafts that they are kept on this device and when last changed; where the browser cannot keep them, says so at once, as an alert, and asks before the page is left', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '意見です');
		const stored = page.locator('[data-stored-note]');
		await expect(stored.textContent()).resolves.toBe('下書きはこの端末のブラウザに保存されています（最後の変更: 12月10日 12:00）。');
		await page.clock.fastForward('05:00');
		await page.keyboard.type('。');
		await expect(stored.textContent()).resolves.toBe('下書きはこの端末のブラウザに保存されています（最後の変更: 12月10日 12:05）。');
		await page.reload();
		await page.locator('.opinion-toggle').click();
		await expect(stored.textContent()).resolves.toBe('下書きはこの端末のブラウザに保存されています（最後の変更: 12月10日 12:05）。');
		await context.close();

		// Site data not allowed, or the storage full: every save fails.
		const blocked = await pageAt(jst('2026-12-10T12:00:00'));
		await blocked.page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('full', 'QuotaExceededError');
			};
		});
		await blocked.page.goto(chapter2);
		await writeOpinion(blocked.page, 'admin-p1', '保存できない環境での意見');
		const error = blocked.page.getByRole('alert').filter({ hasText: 'このブラウザでは下書きを保存できません' });
		await expect(error.isVisible()).resolves.toBe(true);
		await expect(error.textContent()).resolves.toContain('このページを離れたり再読み込みしたりすると、書いた文章は消えます。');
		await expect(blocked.page.locator('[data-live]').textContent()).resolves.toMatch(/の下書きを追加しました。ただし、この端末には保存されません$/);
		await expect(blocked.page.locator('[data-stored-note]').isHidden()).resolves.toBe(true);
		// Leaving the page is asked about (the browser's own dialog): the page cancels beforeunload while a draft has words.
		const leaving = () => blocked.page.evaluate(() => !dispatchEvent(new Event('beforeunload', { cancelable: true })));
		await expect(leaving()).resolves.toBe(true);
		await blocked.page.locator('[data-draft-list] textarea').fill('');
		await expect(leaving()).resolves.toBe(false);
		await blocked.context.close();
	});

	it('shows the note on where drafts are kept in full until there is a draft, then folded to its summary, which still says the site sends nothing', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await page.locator('.opinion-toggle').click();
		const note = page.locator('[data-storage-details]');
		const details = note.getByText('Safari でこのサイトを7日間開かなかったとき');
		await expect(details.isVisible()).resolves.toBe(true);
		await page.locator('[data-action="write-whole-chapter"]').click();
		await page.keyboard.type('意見です');
		await page.reload();
		await page.locator('.opinion-toggle').click();
		await expect(note.locator('summary').innerText()).resolves.toBe('下書きはこの端末にだけ保存され、このサイトは意見を送信しません');
		await expect(details.isVisible()).resolves.toBe(false);
		await note.locator('summary').click();
		await expect(details.isVisible()).resolves.toBe(true);
		await context.close();
	});

	it('has the text for submission up to date as it opens, by its summary with the keyboard or by the browser (find in page), after typing with it closed', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '最初の意見');
		await page.locator('[data-submission] summary').focus();
		await page.keyboard.press('Enter');
		expect(await submissionText(page)).toContain('意見の内容:\n最初の意見');
		await page.keyboard.press('Enter');
		await page.locator('[data-draft-list] textarea').press('End');
		await page.keyboard.type('に書き足した意見');
		// Find in page opens a <details> itself: its toggle event comes after.
		await page.locator('[data-submission]').evaluate((details) => ((details as HTMLDetailsElement).open = true));
		await expect.poll(() => submissionText(page)).toContain('意見の内容:\n最初の意見に書き足した意見');
		await context.close();
	});

	it('marks the empty required fields once the text is saved as a file or handed to a mail program, as after copying (WCAG 3.3.1)', async () => {
		const send = {
			file: (page: Page) => Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-submission"]').click()]),
			// The mail program is not opened: the link's own navigation is stopped, the panel still hears the click.
			mail: (page: Page) => page.locator('[data-mailto]').evaluate((link: HTMLAnchorElement) => {
				link.addEventListener('click', (event) => event.preventDefault(), { once: true });
				link.click();
			}),
		};
		for (const [way, sendBy] of Object.entries(send)) {
			const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
			await page.goto(chapter2);
			await writeOpinion(page, 'admin-p1', '意見です');
			await page.locator('[data-submission] summary').click();
			const invalid = () => page.locator('[data-field]').evaluateAll((all) => all.map((f) => `${(f as HTMLInputElement).dataset.field} ${f.getAttribute('aria-invalid')} ${f.getAttribute('aria-describedby')}`));
			await expect(invalid()).resolves.toEqual(['氏名 null null', '住所 null null', '年齢 null null']);
			await sendBy(page);
			await expect({ way, fields: await invalid() }).toEqual({ way, fields: ['氏名 true submission-problems', '住所 true submission-problems', '年齢 null null'] });
			await context.close();
		}
	});

	it('says beside the text how many empty drafts it leaves out, and after copying, in a status message seen beside the button, that nothing is submitted yet, or which required fields are empty, then marked on the fields (WCAG 4.1.3, 3.3.1)', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '一つ目');
		await writeOpinion(page, 'admin-p2', '');
		await writeOpinion(page, 'admin-p3', '三つ目');
		await page.locator('[data-submission] summary').click();
		await expect(page.locator('.opinion-toggle [data-draft-count]').textContent()).resolves.toBe('3');
		await expect(page.locator('[data-left-out]').textContent()).resolves.toBe('下書き3件のうち、何も書かれていない1件は文章に含めていません。');
		const fields = page.locator('[data-field]');
		const invalid = () => fields.evaluateAll((all) => all.map((f) => `${(f as HTMLInputElement).dataset.field} ${f.getAttribute('aria-invalid')} ${f.getAttribute('aria-describedby')}`));
		// Not marked before the text is used: the resident has not had the chance to fill them in.
		await expect(invalid()).resolves.toEqual(['氏名 null null', '住所 null null', '年齢 null null']);
		await page.locator('[data-action="copy-submission"]').click();
		// Said once the clipboard has taken the text, with the required fields still empty; each of them now says so itself (WCAG 3.3.1).
		const result = page.locator('[data-copy-result]');
		await page.waitForFunction(() => document.querySelector('[data-copy-result]')!.textContent!.includes('コピー'));
		await expect(result.textContent()).resolves.toBe('提出用の文章をコピーしました（意見2件。空の下書き1件は含めていません）。ただし「氏名」「住所」が未記入です。記入してからコピーし直してください。');
		// 年齢 is optional.
		await expect(invalid()).resolves.toEqual(['氏名 true submission-problems', '住所 true submission-problems', '年齢 null null']);
		await fields.nth(0).fill('県民 太郎');
		await fields.nth(1).fill('福島市');
		await expect(invalid()).resolves.toEqual(['氏名 null null', '住所 null null', '年齢 null null']);
		await page.locator('[data-action="copy-submission"]').click();
		await page.waitForFunction(() => document.querySelector('[data-copy-result]')!.textContent!.includes('まだ提出'));
		await expect(result.textContent()).resolves.toBe('提出用の文章をコピーしました（意見2件。空の下書き1件は含めていません）。まだ提出は完了していません。提出先に貼り付けて送ってください。');
		await expect(result.isVisible()).resolves.toBe(true);
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(await page.locator('[data-submission-text]').inputValue());
		// Read out where focus is, without moving it there; said once.
		await expect(page.getByRole('status').filter({ hasText: '提出用の文章をコピーしました' }).count()).resolves.toBe(1);
		await page.locator('[data-draft-list] textarea').nth(1).fill('二つ目');
		await expect(page.locator('[data-left-out]').isHidden()).resolves.toBe(true);
		// The copy is of the text before the change: no longer said to be copied.
		await expect(result.textContent()).resolves.toBe('');
		await context.close();
	});

	it('says so beside the button when the browser does not copy, and selects the text to copy by hand', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '意見');
		await page.evaluate(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		await page.locator('[data-submission] summary').click();
		await page.locator('[data-action="copy-submission"]').click();
		const result = page.locator('[data-copy-result]');
		await page.waitForFunction(() => document.querySelector('[data-copy-result]')!.textContent !== '');
		await expect(result.textContent()).resolves.toMatch(/^コピーできませんでした。/);
		await expect(result.isVisible()).resolves.toBe(true);
		const selected = await page.evaluate(() => {
			const text = document.querySelector<HTMLTextAreaElement>('[data-submission-text]')!;
			return document.activeElement === text && text.selectionStart === 0 && text.selectionEnd === text.value.length && text.value.length > 0;
		});
		expect(selected).toBe(true);
		await context.close();
	});

	it('asks before deleting a written draft or erasing everything kept on the device, and keeps them when the reader says no (WCAG 3.3.4)', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '消したくない意見');
		const asked: string[] = [];
		page.on('dialog', (dialog) => {
			asked.push(dialog.message());
			void dialog.dismiss();
		});
		await page.locator('[data-action="delete-draft"]').click();
		await page.locator('[data-action="erase-all"]').click();
		expect(asked).toEqual([
			expect.stringMatching(/^千葉県テスト用DX推進戦略 第2章 1 第1段落への下書きを削除しますか？$/),
			expect.stringMatching(/^この端末に保存されている、この意見募集の下書き（1件）と氏名・住所などの記入内容を消去しますか？元には戻せません。$/),
		]);
		await page.reload();
		await page.locator('.opinion-toggle').click();
		await expect(page.locator('[data-draft-list] textarea').inputValue()).resolves.toBe('消したくない意見');
		await context.close();
	});

	it('after deleting a draft, puts focus in the one that took its place, or the one before it at the end of the list, not back at the top (WCAG 2.4.3)', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		for (const paragraph of ['admin-p1', 'admin-p2', 'admin-p3']) await writeOpinion(page, paragraph, `${paragraph}への意見`);
		page.on('dialog', (dialog) => void dialog.accept());
		const focusedDraft = () => page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value);
		await page.locator('[data-draft-list] li').nth(1).locator('[data-action="delete-draft"]').click();
		await expect(focusedDraft()).resolves.toBe('admin-p3への意見');
		await page.locator('[data-draft-list] li').nth(1).locator('[data-action="delete-draft"]').click();
		await expect(focusedDraft()).resolves.toBe('admin-p1への意見');
		await page.locator('[data-draft-list] li').nth(0).locator('[data-action="delete-draft"]').click();
		await expect(page.evaluate(() => document.activeElement!.textContent)).resolves.toBe('意見の下書き');
		await context.close();
	});

	/** Chapter 2 of the open consultation's plan, its citation menu opened from `link` with the keyboard. */
	async function menuOpenedByKeyboard(link: string) {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await page.locator(link).focus();
		await page.keyboard.press('Enter');
		return { context, page };
	}

	/** この箇所に意見を書く, chosen with the keyboard in the open citation menu. */
	async function writeOpinionByKeyboard(page: Page) {
		await page.locator('#citation-menu [data-action="write-opinion"]').focus();
		await page.keyboard.press('Enter');
	}

	it('works with the keyboard: menu from the ¶ link, focus in the draft, Escape returns focus (WCAG 2.1.1)', async () => {
		const { context, page } = await menuOpenedByKeyboard('#admin-p2 a.para-link');
		await expect(page.locator('#citation-menu').evaluate((m) => m.matches(':popover-open'))).resolves.toBe(true);
		await expect(page.locator('[data-citation-text]').textContent()).resolves.toBe(`千葉県テスト用DX推進戦略 第2章 1 第2段落 ${chapter2}#admin-p2`);
		await expect(page.evaluate(() => location.hash)).resolves.toBe('#admin-p2');
		await page.keyboard.press('Escape');
		await expect(page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).resolves.toBe('#admin-p2');
		await page.keyboard.press('Enter');
		await writeOpinionByKeyboard(page);
		await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TEXTAREA');
		await expect(page.locator('[data-live]').textContent()).resolves.toContain('下書きを追加しました');
		await page.keyboard.type('キーボードで書いた意見');
		await page.keyboard.press('Escape');
		await expect(page.locator('#opinion-panel').isHidden()).resolves.toBe(true);
		await expect(page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).resolves.toBe('#admin-p2');
		await context.close();
	});

	it('closes the citation menu when keyboard focus leaves it, going on from its ¶ link, or back to it', async () => {
		const { context, page } = await menuOpenedByKeyboard('#admin-p2 a.para-link');
		await expect(page.locator('#admin-p2 a.para-link').getAttribute('aria-haspopup')).resolves.toBe('dialog');
		await expect(page.locator('#citation-menu').evaluate((m) => m.matches(':popover-open'))).resolves.toBe(true);
		// The ¶ link, then the next element after it someone tabbing through the text would reach.
		const [link, next] = await page.evaluate(() => {
			const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, textarea, input, select, [tabindex="0"]')].filter((e) => e.checkVisibility() && !e.closest('#citation-menu'));
			const at = tabbable.indexOf(document.querySelector('#admin-p2 a.para-link')!);
			return [tabbable[at]!.outerHTML, tabbable[at + 1]!.outerHTML];
		});
		const buttons = await page.locator('#citation-menu button:visible').count();
		for (let i = 0; i < buttons; i++) await page.keyboard.press('Tab');
		await expect(page.locator('#citation-menu').evaluate((m) => m.matches(':popover-open'))).resolves.toBe(false);
		await expect(page.evaluate(() => document.activeElement!.outerHTML)).resolves.toBe(next);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Shift+Tab');
		await expect(page.locator('#citation-menu').evaluate((m) => m.matches(':popover-open'))).resolves.toBe(false);
		await expect(page.evaluate(() => document.activeElement!.outerHTML)).resolves.toBe(link);
		await context.close();
	});

	it('closes the drafts panel with Escape from anywhere, leaving focus where it is, as the panel covers part of the page', async () => {
		const { context, page } = await menuOpenedByKeyboard('#admin-p2 a.para-link');
		await writeOpinionByKeyboard(page);
		await expect(page.locator('#opinion-panel').isVisible()).resolves.toBe(true);
		const elsewhere = page.locator('.chapter a.heading-anchor[href="#admin"]');
		await elsewhere.focus();
		await page.keyboard.press('Escape');
		await expect(page.locator('#opinion-panel').isHidden()).resolves.toBe(true);
		await expect(elsewhere.evaluate((link) => link === document.activeElement)).resolves.toBe(true);
		await context.close();
	});

	it('tells a screen reader whether the drawer its buttons open is open (WCAG 4.1.2)', async () => {
		const { context, page } = await pageAt(openPeriod.lastDayNoon);
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '意見です。');
		const buttons = page.locator('[data-action="open-panel"]');
		const states = () => buttons.evaluateAll((all) => all.map((b) => `${b.getAttribute('aria-controls')} ${b.getAttribute('aria-expanded')}`));
		await expect(states()).resolves.toEqual(['opinion-panel true', 'opinion-panel true']);
		await page.keyboard.press('Escape');
		await expect(states()).resolves.toEqual(['opinion-panel false', 'opinion-panel false']);
		await page.locator('.opinion-shortcut button').click();
		await expect(states()).resolves.toEqual(['opinion-panel true', 'opinion-panel true']);
		await context.close();
	});

	it('keeps the drafts panel open when Escape ends an IME conversion in a draft', async () => {
		const { context, page } = await menuOpenedByKeyboard('#admin-p2 a.para-link');
		await writeOpinionByKeyboard(page);
		// What Chromium sends while a Japanese conversion is open: isComposing, and keyCode 229 on some IMEs.
		for (const init of [{ isComposing: true }, { keyCode: 229 }]) {
			await page.locator('[data-draft-list] textarea').evaluate((area, init) => area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, ...init })), init);
			await expect(page.locator('#opinion-panel').isVisible(), JSON.stringify(init)).resolves.toBe(true);
		}
		await page.keyboard.press('Escape');
		await expect(page.locator('#opinion-panel').isHidden()).resolves.toBe(true);
		await context.close();
	});

	it('opens the drafts from under the chapter’s consultation status, first in the tab order, and returns there', async () => {
		const { context, page } = await menuOpenedByKeyboard('#admin-p2 a.para-link');
		await writeOpinionByKeyboard(page);
		await page.keyboard.press('Escape');
		const shortcut = page.getByRole('button', { name: '意見の下書きを開く（1件）' });
		const [shortcutAt, firstParagraphAt] = await Promise.all([shortcut.boundingBox(), page.locator('.chapter a.para-link').first().boundingBox()]);
		expect(shortcutAt!.y).toBeLessThan(firstParagraphAt!.y);
		await shortcut.focus();
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('意見の下書き');
		await page.keyboard.press('Escape');
		await expect(shortcut.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
		await context.close();
	});

	it('shows the chapter’s 「意見の下書きを開く」 in the page while the consultation is open, so the script moves nothing; leaves it out without JavaScript', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 360, height: 740 } });
		await page.addInitScript(() => {
			const shifts: number[] = [];
			Object.assign(window, { shifts });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(chapter2);
		await page.getByRole('button', { name: '意見の下書きを開く（0件）' }).waitFor();
		await page.waitForTimeout(500);
		await expect(page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).resolves.toEqual([]);
		await context.close();
		const withoutScript = await browser.newContext({ javaScriptEnabled: false });
		const plain = await withoutScript.newPage();
		await plain.goto(chapter2);
		await expect(plain.locator('.opinion-shortcut').isHidden()).resolves.toBe(true);
		await withoutScript.close();
	});

	it('returns focus to the heading’s # link a draft was started from, not to the table of contents', async () => {
		const { context, page } = await menuOpenedByKeyboard('.chapter a.heading-anchor[href="#admin"]');
		await writeOpinionByKeyboard(page);
		await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TEXTAREA');
		await page.keyboard.press('Escape');
		await expect(page.evaluate(() => document.activeElement?.matches('a.heading-anchor[href="#admin"]'))).resolves.toBe(true);
		await context.close();
	});

	it('keeps the cited paragraph in view above the menu, even when its ¶ was at the foot of a phone’s screen', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 320, height: 560 } });
		await page.goto(url('/plans/sample-plan/ch1/'));
		await page.evaluate(() => scrollBy(0, document.querySelector('#s1-1-p1')!.getBoundingClientRect().bottom - innerHeight + 4));
		await page.locator('#s1-1-p1 a.para-link').click();
		const [cited, menu] = await Promise.all([page.locator('#s1-1-p1').boundingBox(), page.locator('#citation-menu').boundingBox()]);
		expect(cited!.y + cited!.height).toBeLessThanOrEqual(menu!.y);
		expect(cited!.y + cited!.height).toBeGreaterThan(0);
		// A sheet across the foot of the phone's screen: its buttons need the width.
		expect(menu!.y + menu!.height).toBeCloseTo(560 - 16, 0);
		expect(menu!.width).toBeCloseTo(320 - 32, 0);
		await context.close();
	});

	it('opens the menu under the ¶ or # it came from on a wide screen, above the window\'s foot and inside its sides', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 1280, height: 800 } });
		await page.goto(url('/plans/sample-plan/ch1/'));
		for (const [link, atFoot] of [['#s1-1-p1 a.para-link', false], ['#s1-1-p1 a.para-link', true], ['.chapter a.heading-anchor[href="#s1-2"]', false]] as const) {
			await page.evaluate(([selector, foot]) => {
				const box = document.querySelector(selector)!.getBoundingClientRect();
				scrollBy(0, foot ? box.bottom - innerHeight + 8 : box.top - 200);
			}, [link, atFoot] as const);
			await page.locator(link).click();
			const [from, menu] = await Promise.all([page.locator(link).boundingBox(), page.locator('#citation-menu').boundingBox()]);
			const where = `${link}${atFoot ? ' at the foot' : ''}: link ${JSON.stringify(from)}, menu ${JSON.stringify(menu)}`;
			// Right under the link (the page scrolled to make room when it was at the foot), over part of its width.
			expect(menu!.y - (from!.y + from!.height), where).toBeGreaterThanOrEqual(0);
			expect(menu!.y - (from!.y + from!.height), where).toBeLessThan(24);
			expect(menu!.x < from!.x + from!.width && menu!.x + menu!.width > from!.x, where).toBe(true);
			expect(menu!.x >= 0 && menu!.x + menu!.width <= 1280 && menu!.y + menu!.height <= 800, where).toBe(true);
			await page.keyboard.press('Escape');
		}
		await context.close();
	});

	it('copies a citation on any plan, without drafting when no consultation is open', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(url('/plans/sample-plan/ch1/'));
		await page.locator('#s1-1-p1 a.para-link').click();
		await expect(page.locator('#citation-menu [data-action="write-opinion"]').isHidden()).resolves.toBe(true);
		// 出典: where the place is and its address, which the menu shows (not the words, which 引用 would suggest).
		await page.getByRole('dialog', { name: 'この箇所を引用' }).getByRole('button', { name: '出典をコピー' }).click();
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`福島県 テスト用デジタル推進計画 第１章第１節 １ 第１段落 ${url('/plans/sample-plan/ch1/')}#s1-1-p1`);
		await expect(page.locator('[data-citation-status]').textContent()).resolves.toBe('コピーしました');
		await context.close();
	});
});

describe('drafts when the plan’s text is revised', () => {
	const chapter1 = url('/plans/other-plan/ch1/');
	const quote = '行政手続のオンライン利用率は、平成31年度の30％から令和6年度に90％となり、…';
	const citation = '千葉県テスト用DX推進戦略 第1章 「行政のDX」 第2段落';
	const inserted = '令和7年度からは、窓口の予約もオンラインで受け付けています。';

	const revised = quote.replace('90％', '95％').replace('…', '');

	/** Serves chapter 1 as a later build would, its HTML passed through `edit`. */
	async function serveChapter1As(page: Page, edit: (html: string) => string) {
		await page.route(chapter1, async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, body: edit(await response.text()) });
		});
	}

	/** A paragraph inserted before 「行政のDX」's second takes its id and its number. */
	const withParagraphInserted = (html: string) =>
		html
			.replaceAll('gyosei-p2', 'gyosei-p3')
			.replaceAll('「行政のDX」 第２段落', '「行政のDX」 第３段落')
			.replace('<p id="gyosei-p3">', `<p id="gyosei-p2">${inserted}<a class="para-link" href="#gyosei-p2" data-cite="「行政のDX」 第２段落" aria-label="「行政のDX」 第２段落へのリンク"></a></p><p id="gyosei-p3">`);

	/** 「行政のDX」's second paragraph revised: its text is nowhere on the page any more. */
	const withParagraphRevised = (html: string) => html.replace(quote.replace('…', ''), revised);

	it('shows the whole paragraph a cut quote is about, folded under it, while that text is on the page (the drawer may cover it); none for a quote shown whole or a paragraph since revised', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 360, height: 740 } });
		await page.goto(chapter1);
		await writeOpinion(page, 'gyosei-p1', '短い段落への意見');
		await writeOpinion(page, 'gyosei-p2', '目標を見直すべきです。');
		const [short, long] = [page.locator('[data-draft-list] li').first(), page.locator('[data-draft-list] li').nth(1)];
		await expect(short.locator('.draft-passage').count()).resolves.toBe(0);
		await long.locator('.draft-passage summary').click();
		const paragraph = (await page.locator('#gyosei-p2').evaluate((p) => [...p.childNodes].filter((n) => !(n instanceof Element && n.matches('a.para-link'))).map((n) => n.textContent).join(''))).trim();
		expect(paragraph.length).toBeGreaterThan(quote.length);
		await expect(long.locator('.draft-passage p').textContent()).resolves.toBe(paragraph);
		await expect(long.locator('.draft-passage p').isVisible()).resolves.toBe(true);

		await serveChapter1As(page, withParagraphRevised);
		await page.reload();
		await page.locator('.opinion-toggle').click();
		await expect.poll(() => page.locator('.draft-changed').count()).toBe(1);
		await expect(page.locator('.draft-passage').count()).resolves.toBe(0);
		await context.close();
	});

	it('shows the text a draft is about, and when a paragraph inserted before it renumbers it, follows it to its new place', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter1);
		await writeOpinion(page, 'gyosei-p2', '目標を見直すべきです。');
		const card = page.locator('[data-draft-list] li').first();
		await expect(card.locator('.draft-quote').textContent()).resolves.toBe(`『${quote}』についての意見`);
		await expect(card.locator('textarea').evaluate((area) => area.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent))).resolves.toEqual([`『${quote}』についての意見`, '11字']);
		await page.locator('[data-submission] summary').click();
		await expect(submissionText(page)).resolves.toContain(`【意見1】\n該当箇所: ${citation}（本文:『${quote}』）\n${chapter1}#gyosei-p2\n意見の内容:\n目標を見直すべきです。`);

		await serveChapter1As(page, withParagraphInserted);
		await page.reload();
		await expect(page.locator('#gyosei-p2').textContent()).resolves.toBe(inserted);
		await page.locator('.opinion-toggle').click();
		await expect(card.locator('.draft-citation a').getAttribute('href')).resolves.toBe('/plans/other-plan/ch1/#gyosei-p3');
		await expect(card.locator('.draft-citation').textContent()).resolves.toBe(citation.replace('第2段落', '第3段落'));
		await expect(card.locator('.draft-quote').textContent()).resolves.toBe(`『${quote}』についての意見`);
		await expect(card.locator('.draft-changed').count()).resolves.toBe(0);
		await expect(card.locator('textarea').inputValue()).resolves.toBe('目標を見直すべきです。');
		await page.locator('[data-submission] summary').click();
		const text = await submissionText(page);
		expect(text).toContain(`【意見1】\n該当箇所: ${citation.replace('第2段落', '第3段落')}（本文:『${quote}』）\n${chapter1}#gyosei-p3\n意見の内容:\n目標を見直すべきです。`);
		expect(text).not.toContain('変わりました');

		// Kept where it now is: the case page, reading the same chapter, finds it there.
		await page.goto(url('/consultations/other-open/'));
		await expect(page.locator('[data-draft-list] li .draft-citation a').getAttribute('href')).resolves.toBe('/plans/other-plan/ch1/#gyosei-p3');
		await expect(page.locator('[data-draft-list] li .draft-changed').count()).resolves.toBe(0);
		await context.close();
	});

	it('flags a draft whose text was revised, submits it with its own citation and quote, and starts another draft for the revised text', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter1);
		await writeOpinion(page, 'gyosei-p2', '目標を見直すべきです。');
		const card = page.locator('[data-draft-list] li').first();

		await serveChapter1As(page, withParagraphRevised);
		await page.reload();
		await expect(page.locator('#gyosei-p2').textContent()).resolves.toContain(revised);
		await page.locator('.opinion-toggle').click();
		const flag = card.locator('.draft-changed');
		await expect(flag.textContent()).resolves.toBe(`この下書きを書いた後に本文が変わりました。書いたときの箇所:『${quote}』`);
		await expect(flag.isVisible()).resolves.toBe(true);
		await expect(card.locator('.draft-quote').count()).resolves.toBe(0);
		await expect(card.locator('.draft-citation a').getAttribute('href')).resolves.toBe('/plans/other-plan/ch1/#gyosei-p2');
		await expect(card.locator('textarea').getAttribute('aria-describedby')).resolves.toBe(`${await flag.getAttribute('id')} ${await card.locator('[data-draft-length]').getAttribute('id')}`);
		await expect(card.locator('textarea').inputValue()).resolves.toBe('目標を見直すべきです。');
		await page.locator('[data-submission] summary').click();
		const text = await submissionText(page);
		expect(text).toContain(`【意見1】\n該当箇所: ${citation}（本文:『${quote}』）\n※この意見を書いた後に、サイト上の本文のこの箇所が変わりました。該当箇所（段落の番号と引用）は意見を書いたときのものです。\n`);
		expect(text).not.toContain(revised);

		// The revised paragraph gets a draft of its own; the earlier one is not taken over.
		await page.locator('[data-action="close-panel"]').click();
		await writeOpinion(page, 'gyosei-p2', '改めた目標への意見');
		await expect(page.locator('[data-draft-list] textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value))).resolves.toEqual(['目標を見直すべきです。', '改めた目標への意見']);
		await expect(page.locator('[data-draft-list] li').nth(1).locator('.draft-quote').textContent()).resolves.toContain(revised.slice(0, 20));

		// The case page, which has none of the chapter's text, reads the chapter to flag the draft too.
		await page.goto(url('/consultations/other-open/'));
		await expect(page.locator('[data-draft-list] li').first().locator('.draft-changed').textContent()).resolves.toContain(`書いたときの箇所:『${quote}』`);
		await expect(page.locator('[data-draft-list] li .draft-changed').count()).resolves.toBe(1);
		await page.locator('[data-submission] summary').click();
		await expect(submissionText(page)).resolves.toContain(`該当箇所: ${citation}（本文:『${quote}』）\n※この意見を書いた後に`);
		await context.close();
	});
});

describe('drafts after the period', () => {
	const caseKey = 'prefplan:opinions:sample-interim';
	const stored = {
		version: 1,
		drafts: [
			{
				anchor: 's1-p1',
				path: '/plans/sample-plan-interim/ch1/',
				citation: '福島県 テスト用デジタル推進計画（中間案） 第１章第１節 第１段落',
				quote: quoteOf('本県では、デジタル技術を活用して行政手続の電子化を進めます。ＤＸの推進は重要です。'),
				order: [1, 0],
				text: '募集中に書いた意見',
				updatedAt: '2022-01-20T00:00:00.000Z',
			},
			// Kept by the version before quotes: shown without one.
			{ anchor: 's1-1-p1', path: '/plans/sample-plan-interim/ch1/', citation: '福島県 テスト用デジタル推進計画（中間案） 第１章第１節 １ 第１段落', order: [1, 1], text: '二つ目の意見', updatedAt: '2022-01-20T00:00:00.000Z' },
		],
		fields: { 氏名: '県民 花子', 住所: '福島市' },
		channel: 0,
	};

	it('shows drafts kept from the period read-only on the case and results pages (nothing when there are none), offering no new one: copy, delete one, erase everything', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(url('/consultations/sample-interim/results/'));
		// Nothing stored: the panel is on the page but out of the way.
		await expect(page.locator('[data-opinion-panel]').count()).resolves.toBe(1);
		await expect(page.locator('#drafts').isHidden()).resolves.toBe(true);
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [caseKey, JSON.stringify(stored)]);
		await page.reload();
		await expect(page.locator('[data-draft-list] li').count()).resolves.toBe(2);

		await page.goto(url('/consultations/sample-interim/'));
		await expect(page.locator('#drafts').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-opinion-panel] .notice[data-when="closed"]').textContent()).resolves.toContain('この意見募集への意見としてはもう提出できません');
		await expect(page.locator('[data-draft-list] a').first().getAttribute('href')).resolves.toBe('/plans/sample-plan-interim/ch1/#s1-p1');
		await expect(page.locator('[data-draft-list] li').evaluateAll((items) => items.map((li) => li.querySelector('.draft-quote, .draft-changed')?.textContent ?? null))).resolves.toEqual([
			'『本県では、デジタル技術を活用して行政手続の電子化を進めます。ＤＸの推進は重要です…』についての意見',
			null,
		]);
		await expect(page.locator('[data-draft-list] textarea').evaluateAll((areas) => areas.map((a) => [(a as HTMLTextAreaElement).value, (a as HTMLTextAreaElement).readOnly]))).resolves.toEqual([
			['募集中に書いた意見', true],
			['二つ目の意見', true],
		]);
		// No new drafts once closed, of the plan as a whole either.
		await expect(page.getByRole('button', { name: '計画全体への意見を書く' }).isHidden()).resolves.toBe(true);
		await page.locator('[data-submission] summary').click();
		expect(await axeViolations(page)).toEqual([]);
		await expect(page.locator('[data-submission] summary').innerText()).resolves.toBe('下書きをまとめた文章');
		await expect(page.locator('.channel-choice').isHidden()).resolves.toBe(true);
		await expect(page.locator('[data-mailto]').getAttribute('hidden')).resolves.toBe('');
		await expect(page.locator('[data-mailto]').getAttribute('href')).resolves.toBeNull();
		await page.locator('[data-action="copy-submission"]').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		for (const expected of ['氏名: 県民 花子', '住所: 福島市', '募集中に書いた意見', '二つ目の意見']) expect(copied).toContain(expected);

		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'この下書きを削除（福島県 テスト用デジタル推進計画（中間案） 第１章第１節 第１段落）' }).click();
		await expect(page.locator('[data-draft-list] textarea').inputValue()).resolves.toBe('二つ目の意見');

		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'この端末から下書きと氏名・住所を消去' }).click();
		await expect(page.evaluate((key) => localStorage.getItem(key), caseKey)).resolves.toBeNull();
		await expect(page.locator('[data-empty-message]').textContent()).resolves.toContain('この端末に残っている下書きはありません。');
		await expect(page.locator('[data-live]').textContent()).resolves.toContain('消去しました');
		await page.reload();
		await expect(page.locator('#drafts').isHidden()).resolves.toBe(true);
		await context.close();
	});

	it('on the results page links each draft to the rows about its place, its section’s or its chapter’s, a draft on the whole plan to the rows naming no place, none where no row is about it; each 変更点 named for its row (WCAG 2.4.4, 2.5.3)', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		const interim = '/plans/sample-plan-interim/';
		// In document order, as the store keeps them: the whole plan, the heading of the section row 1 is about, and, after the two paragraphs, another chapter, which no row is about.
		const drafts = [
			{ anchor: '', path: interim, citation: '福島県 テスト用デジタル推進計画（中間案） 全体', order: [-1, 0], text: '全体への意見', updatedAt: '2022-01-20T00:00:00.000Z' },
			{ anchor: 's1', path: `${interim}ch1/`, citation: '福島県 テスト用デジタル推進計画（中間案） 第１章第１節', order: [1, -1], text: '節への意見', updatedAt: '2022-01-20T00:00:00.000Z' },
			...stored.drafts,
			{ anchor: 's1-p1', path: `${interim}ch2/`, citation: '福島県 テスト用デジタル推進計画（中間案） 第２章第１節 第１段落', order: [2, 0], text: '二章への意見', updatedAt: '2022-01-20T00:00:00.000Z' },
		];
		await page.goto(url('/consultations/sample-interim/results/'));
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [caseKey, JSON.stringify({ ...stored, drafts })]);
		await page.reload();
		const answers = () =>
			page.locator('[data-draft-list] li').evaluateAll((items) =>
				items.map((li) => ({
					draft: li.querySelector('textarea')!.value,
					answers: [...li.querySelectorAll('.draft-answers')].map((p) => ({ text: p.textContent, links: [...p.querySelectorAll('a')].map((a) => a.getAttribute('href')) })),
				})),
			);
		await expect(answers()).resolves.toEqual([
			{ draft: '全体への意見', answers: [{ text: '全体についての意見への県の考え方: 番号3（今後の参考とする）', links: ['#opinion-3'] }] },
			{ draft: '節への意見', answers: [{ text: 'この箇所への県の考え方: 番号1（反映する）', links: ['#opinion-1'] }] },
			{ draft: '募集中に書いた意見', answers: [{ text: 'この箇所への県の考え方: 番号1（反映する）', links: ['#opinion-1'] }] },
			{ draft: '二つ目の意見', answers: [{ text: 'この箇所への県の考え方: 番号2-1（一部反映する）', links: ['#opinion-2'] }] },
			{ draft: '二章への意見', answers: [] },
		]);
		await expect(shownDraftLabels(page)).resolves.toEqual(['意見', '意見', '意見', '意見', '意見']);
		await page.getByRole('link', { name: '番号2-1（一部反映する）' }).click();
		await expect(page.evaluate(() => location.hash)).resolves.toBe('#opinion-2');
		await expect(page.locator('#opinion-2 > th').textContent()).resolves.toBe('2-1');
		// A row about the whole chapter is about every draft on it, said apart from the rows about its section: row 2-1 served as one.
		await page.route(url('/consultations/sample-interim/results/'), async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			expect(html).toContain(`data-concerns="${interim}ch1/#s1-1"`);
			await route.fulfill({ response, body: html.replace(`data-concerns="${interim}ch1/#s1-1"`, `data-concerns="${interim}ch1/"`) });
		});
		await page.reload();
		await expect(answers().then((items) => items.map((item) => item.answers.map((line) => line.text)))).resolves.toEqual([
			['全体についての意見への県の考え方: 番号3（今後の参考とする）'],
			['この箇所への県の考え方: 番号1（反映する）', 'この章への県の考え方: 番号2-1（一部反映する）'],
			['この箇所への県の考え方: 番号1（反映する）', 'この章への県の考え方: 番号2-1（一部反映する）'],
			['この章への県の考え方: 番号2-1（一部反映する）'],
			[],
		]);
		// Every row's 変更点 says so, each named for its own row's place.
		const changes = page.locator('.results-table a', { hasText: '変更点' });
		await expect(changes.allInnerTexts()).resolves.toEqual(['変更点', '変更点']);
		await expect(accessibleNames(page, 'link').then((names) => names.filter((name) => name.endsWith('変更点')))).resolves.toEqual(['番号1の箇所の変更点', '番号2-1の箇所の変更点']);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});

describe('the privacy page', () => {
	it('lists the drafts this browser keeps for the site’s consultations, the name and address among them, and erases them all, leaving another site’s', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '一つ目の意見です。');
		await writeOpinion(page, 'admin-p3', '二つ目の意見です。');
		await page.locator('[data-submission] summary').click();
		await page.getByLabel('氏名（必須）').fill('県民 太郎');
		// The panel says the name is kept too, and where to read about it.
		await expect(page.locator('.opinion-panel-note').first().textContent()).resolves.toContain('氏名・住所などは、この端末のブラウザに入力のたびに保存されます');
		await page.getByRole('link', { name: '端末に保存する内容について' }).click();
		await page.waitForURL(url('/privacy/'));
		// A consultation of another site on this origin (another BASE_PATH) keeps its drafts.
		const otherSite = storageKey('another-sites-case');
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"drafts":[],"fields":{},"channel":0}'), otherSite);
		await page.reload();
		const section = page.locator('[data-stored-drafts]');
		await expect(section.locator('[data-stored-summary]').textContent()).resolves.toBe('この端末には、次の1件の意見募集の下書きが保存されています。');
		await expect(section.locator('li:visible').allTextContents()).resolves.toEqual(['千葉県テスト用DX推進戦略に対する意見募集（下書き 2件、氏名・住所などの記入内容）']);
		await expect(section.locator('li:visible a').getAttribute('href')).resolves.toBe('/consultations/other-open/');
		expect(await axeViolations(page)).toEqual([]);

		const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => (resolve(dialog.message()), void dialog.accept())));
		await page.getByRole('button', { name: 'この端末に保存された下書きをすべて消去' }).click();
		await expect(asked).resolves.toBe('この端末に保存されている1件の意見募集の下書きと、氏名・住所などの記入内容をすべて消去しますか？元には戻せません。');
		await expect(page.evaluate((key) => localStorage.getItem(key), storageKey('other-open'))).resolves.toBeNull();
		await expect(page.evaluate((key) => localStorage.getItem(key), otherSite)).resolves.not.toBeNull();
		await expect(section.locator('[data-stored-summary]').textContent()).resolves.toBe('この端末には、このサイトの意見募集の下書きは保存されていません。');
		await expect(page.getByRole('button', { name: 'この端末に保存された下書きをすべて消去' }).isHidden()).resolves.toBe(true);
		await expect(page.locator('[data-stored-drafts] [data-live]').textContent()).resolves.toBe('この端末から、このサイトの意見募集の下書きをすべて消去しました');
		await context.close();
	});
});

describe('status re-checked in the browser', () => {
	const statusText = (page: Page) => page.locator('[data-status-text]').first().textContent();

	it('says 募集前 before the first day, lets drafts be written then as on the case page, saying from when they can be submitted, and opens at JST midnight without a reload', async () => {
		const { context, page } = await pageAt(openPeriod.firstInstant - 60_000);
		await page.goto(chapter2);
		await expect(statusText(page)).resolves.toBe('募集前（1日後に開始）');
		await page.locator('#admin-p1 a.para-link').click();
		await page.locator('#citation-menu [data-action="write-opinion"]').click();
		await expect(page.locator('[data-opinion-panel] .notice:visible').allInnerTexts()).resolves.toEqual([
			'意見の募集は令和8（2026）年12月1日（火）から始まります。下書きは今から書いておけますが、提出できるのは募集期間中だけです。',
		]);
		await page.keyboard.type('募集前に書いた意見');
		await page.locator('[data-action="close-panel"]').click();
		await expect(page.locator('.opinion-toggle').innerText()).resolves.toBe('意見の下書き（1件）');
		await page.clock.fastForward(120_000);
		await expect(statusText(page)).resolves.toBe('募集中（締切まであと27日）');
		await expect(page.locator('[data-live]').textContent()).resolves.toBe('意見の募集期間が始まりました。下書きを提出できます');
		await page.locator('.opinion-toggle').click();
		await expect(page.locator('[data-opinion-panel] .notice:visible').count()).resolves.toBe(0);
		await expect(page.locator('[data-draft-list] textarea').inputValue()).resolves.toBe('募集前に書いた意見');
		await context.close();
	});

	it('titles the case page’s drafts for what they are once the period is over, on a page built while it was open', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '締切の後も読める意見');
		await page.goto(url('/consultations/other-open/'));
		await expect(page.locator('h2#drafts').innerText()).resolves.toBe('下書きをまとめて提出する');
		await page.clock.setFixedTime(openPeriod.closesAt + 1000);
		await page.reload();
		await expect(page.locator('h2#drafts').innerText()).resolves.toBe('この端末に残っている意見の下書き');
		await expect(page.locator('[data-drafts-section] > p:visible').allTextContents()).resolves.toEqual(['意見の募集期間中に本文の各章で書いた下書きが、この端末のブラウザに残っています。']);
		// Nothing asks for what only a submission needs.
		await page.locator('[data-submission] summary').click();
		await expect(page.locator('[data-submission] label[for]:visible').allInnerTexts()).resolves.toEqual(['まとめた文章（読み返し、コピーや保存ができます）']);
		await expect(page.locator('[data-submission]').innerText()).resolves.not.toMatch(/必須|提出用の文章/);
		await context.close();
	});

	it('offers the deadline for the reader’s calendar until it passes, then hides the offer without a reload', async () => {
		const { context, page } = await pageAt(openPeriod.lastDayNoon);
		await page.goto(url('/consultations/other-open/'));
		const offer = page.getByRole('link', { name: '締切をカレンダーに登録する' });
		await expect(offer.isVisible()).resolves.toBe(true);
		// Served as a calendar, which phones hand to their calendar app.
		const response = await context.request.get(new URL((await offer.getAttribute('href'))!, page.url()).href);
		expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
		expect(await response.text()).toContain('DTSTART;VALUE=DATE:20261228');
		await page.clock.fastForward(openPeriod.closesAt - openPeriod.lastDayNoon + 1000);
		await expect(statusText(page)).resolves.toBe('締切');
		await expect(offer.isHidden()).resolves.toBe(true);
		await context.close();
	});

	it('re-checks the status when the page is seen again, as after a phone’s sleep in which no timer ran', async () => {
		const { context, page } = await pageAt(openPeriod.lastDayNoon);
		await page.goto(chapter2);
		await expect(statusText(page)).resolves.toBe('募集中（本日締切）（締切時刻は資料に記載なし）');
		// The clock moves on past the deadline without firing the page's timer.
		await page.clock.setSystemTime(openPeriod.closesAt + 8 * 3_600_000);
		await expect(statusText(page)).resolves.toBe('募集中（本日締切）（締切時刻は資料に記載なし）');
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect(statusText(page)).resolves.toBe('締切');
		await page.locator('#admin-p2 a.para-link').click();
		await expect(page.locator('#citation-menu [data-action="write-opinion"]').isHidden()).resolves.toBe(true);
		await context.close();
	});

	it('keeps the case page’s 状況 field in step with its status, before and after the period', async () => {
		const status = (page: Page) => page.locator('.consultation-facts dt:text-is("状況") + dd').textContent();
		const before = await pageAt(openPeriod.firstInstant - 60_000);
		await before.page.goto(url('/consultations/other-open/'));
		await expect(statusText(before.page)).resolves.toBe('募集前（1日後に開始）');
		await expect(status(before.page)).resolves.toBe('募集前');
		await before.page.clock.fastForward(120_000);
		await expect(status(before.page)).resolves.toBe('募集中');
		await before.context.close();
		const after = await pageAt(openPeriod.closesAt + 1000);
		await after.page.goto(url('/consultations/other-open/'));
		await expect(statusText(after.page)).resolves.toBe('締切');
		await expect(status(after.page)).resolves.toBe('締切');
		await after.context.close();
	});

	it('says 本日締切 on the last day and 締切 from the next JST midnight, keeping the drafts', async () => {
		const { context, page } = await pageAt(openPeriod.lastDayNoon);
		await page.goto(chapter2);
		// Built on 12-10, re-checked on the closing day, which the fixture gives without a time.
		await expect(statusText(page)).resolves.toBe('募集中（本日締切）（締切時刻は資料に記載なし）');
		await expect(page.locator('.consultation-status .period').textContent()).resolves.toContain('まで（締切時刻は資料に記載なし）');
		await writeOpinion(page, 'admin-p1', '締切間際の意見');
		await page.clock.fastForward(openPeriod.closesAt - openPeriod.lastDayNoon + 1000);
		await expect(statusText(page)).resolves.toBe('締切');
		await expect(page.locator('[data-opinion-panel] [data-when="closed"].notice').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-draft-list] textarea').getAttribute('readonly')).resolves.toBe('');
		await page.locator('#admin-p2 a.para-link').click();
		await expect(page.locator('#citation-menu [data-action="write-opinion"]').isHidden()).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await page.reload();
		await expect(statusText(page)).resolves.toBe('締切');
		await expect(page.locator('.opinion-toggle [data-draft-count]').textContent()).resolves.toBe('1');
		await context.close();
	});
});

describe('a channel closing before the period ends', () => {
	const counter = (page: Page) => page.getByLabel('持参（テスト県庁');
	const email = (page: Page) => page.getByLabel('電子メール（open-test@example.jp）');
	const closedNote = (page: Page, kind: string) => page.locator(`.channels dt:text-is("${kind}") + dd [data-channel-closed-note]`);

	const soonNote = (page: Page, kind: string) => page.locator(`.channels dt:text-is("${kind}") + dd [data-channel-soon-note]`);
	const movedNote = (page: Page) => page.locator('[data-channel-moved]');

	it('says 明日締切 and then 本日締切 of the counter alone, the pages built days before', async () => {
		const { context, page } = await pageAt(jst('2026-12-24T10:00:00'));
		await page.goto(url('/consultations/other-open/'));
		await expect(soonNote(page, '持参').textContent()).resolves.toBe('（明日締切）');
		await expect(soonNote(page, '電子メール').isHidden()).resolves.toBe(true);
		await page.clock.fastForward('14:00:00');
		await expect(soonNote(page, '持参').textContent()).resolves.toBe('（本日締切）');
		await page.locator('[data-submission] summary').click();
		await expect(page.locator('.channel-choice label:has-text("持参") [data-channel-soon-note]').textContent()).resolves.toBe('（本日締切）');
		await context.close();
	});

	it('marks the counter 「（受付終了）」 at its closing time without a reload and moves the panel’s choice off it, saying so, the consultation staying 募集中', async () => {
		// The fixture's 持参 closes at 2026-12-25 17:00, the period at the end of 12-28; the page was built on 12-10.
		const { context, page } = await pageAt(jst('2026-12-25T16:59:00'));
		await page.goto(url('/consultations/other-open/'));
		await page.locator('[data-submission] summary').click();
		await counter(page).check();
		await expect(submissionText(page)).resolves.toContain('（持参: テスト県庁');
		await expect(closedNote(page, '持参').isHidden()).resolves.toBe(true);
		await expect(movedNote(page).isHidden()).resolves.toBe(true);

		await page.clock.fastForward(61_000);
		await expect(counter(page).isDisabled()).resolves.toBe(true);
		await expect(email(page).isChecked()).resolves.toBe(true);
		const moved = '持参での受付は終了したため、提出方法を電子メールにしました。';
		await expect(page.locator('[data-live]').textContent()).resolves.toBe(moved);
		await expect(movedNote(page).textContent()).resolves.toBe(moved);
		await expect(soonNote(page, '持参').isHidden()).resolves.toBe(true);
		// The counter had focus (it was just chosen): focus follows the choice rather than drop to the page (WCAG 2.4.3).
		await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).resolves.toMatch(/^電子メール（open-test@example.jp）/);
		await expect(submissionText(page)).resolves.toContain('（電子メール: open-test@example.jp）');
		await expect(page.locator('.channel-choice label:has(input:disabled) [data-channel-closed-note]').allTextContents()).resolves.toEqual(['（受付終了）']);
		// The case page's list says so too, of that channel only.
		await expect(closedNote(page, '持参').isVisible()).resolves.toBe(true);
		await expect(closedNote(page, '郵送').isHidden()).resolves.toBe(true);
		await expect(page.locator('[data-status-text]').first().textContent()).resolves.toBe('募集中（締切まであと3日）');

		// The channel given in its place is kept as the resident's: a reload checks it without saying it again.
		await expect(page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).channel, storageKey('other-open'))).resolves.toBe(0);
		await page.reload();
		await page.locator('[data-submission] summary').click();
		await expect(counter(page).isDisabled()).resolves.toBe(true);
		await expect(email(page).isChecked()).resolves.toBe(true);
		await expect(submissionText(page)).resolves.toContain('（電子メール: open-test@example.jp）');
		await expect(movedNote(page).isHidden()).resolves.toBe(true);
		await context.close();
	});

	it('says on a page opened after the closing that the resident’s chosen channel closed, until they choose; a visitor who chose none is told nothing', async () => {
		const { context, page } = await pageAt(jst('2026-12-25T16:00:00'));
		await page.goto(url('/consultations/other-open/'));
		await page.locator('[data-submission] summary').click();
		await counter(page).check();
		// The next morning, the page opened again (nothing is announced on a load).
		await page.clock.setSystemTime(jst('2026-12-26T09:00:00'));
		await page.reload();
		await page.locator('[data-submission] summary').click();
		await expect(email(page).isChecked()).resolves.toBe(true);
		await expect(movedNote(page).isVisible()).resolves.toBe(true);
		await expect(movedNote(page).textContent()).resolves.toBe('持参での受付は終了したため、提出方法を電子メールにしました。');
		await page.getByLabel('郵送（').check();
		await expect(movedNote(page).isHidden()).resolves.toBe(true);
		await context.close();

		const fresh = await pageAt(jst('2026-12-26T09:00:00'));
		await fresh.page.goto(url('/consultations/other-open/'));
		await fresh.page.locator('[data-submission] summary').click();
		await expect(email(fresh.page).isChecked()).resolves.toBe(true);
		await expect(movedNote(fresh.page).isHidden()).resolves.toBe(true);
		await fresh.context.close();
	});

	it('at the end of the period says the consultation has closed, not that the choice moved to another channel that closed with it, and the draft being typed in turns read-only (WCAG 4.1.3)', async () => {
		for (const pathname of ['/consultations/other-open/', '/consultations/papers-elsewhere/']) {
			const { context, page } = await pageAt(openPeriod.closesAt - 60_000);
			await page.goto(url(pathname));
			await page.locator('[data-action="write-whole-plan"]').click();
			await page.keyboard.type('締切間際の意見');
			await page.locator('[data-submission] summary').click();
			await page.locator('[data-draft-list] textarea').focus();
			await page.clock.fastForward(61_000);
			await expect(page.locator('[data-live]').textContent(), pathname).resolves.toBe('意見の募集期間が終わりました。下書きはもう提出できませんが、読み返し、コピーや保存はできます');
			await expect(page.locator('[data-draft-list] textarea').evaluate((area) => (area as HTMLTextAreaElement).readOnly)).resolves.toBe(true);
			await context.close();
		}
	});
});

describe('accessibility of the consultation pages', () => {
	it('passes axe with the citation menu and the draft panel open, at 320 px too', async () => {
		for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
			const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport });
			await page.goto(chapter2);
			await page.locator('#admin-p1 a.para-link').click();
			expect({ viewport, violations: await axeViolations(page) }).toEqual({ viewport, violations: [] });
			await page.locator('#citation-menu [data-action="write-opinion"]').click();
			await page.locator('[data-submission] summary').click();
			expect({ viewport, violations: await axeViolations(page) }).toEqual({ viewport, violations: [] });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await context.close();
		}
	});

	it('closes the drawer when Tab leaves it for the text it covers on a phone, so what has focus is in sight (WCAG 2.4.11); its button opens it again', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 360, height: 740 } });
		await page.goto(chapter2);
		await writeOpinion(page, 'admin-p1', '意見です。');
		await page.getByRole('heading', { name: '意見の下書き' }).focus();
		await page.keyboard.press('Shift+Tab');
		await expect(page.locator('[data-opinion-panel]').isHidden()).resolves.toBe(true);
		// Once the page has scrolled it into view (smoothly).
		const focused = () =>
			page.evaluate(() => {
				const box = document.activeElement!.getBoundingClientRect();
				const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 8), box.top + Math.min(box.height / 2, 8));
				return { inText: !!document.activeElement!.closest('main'), visible: !!hit && (document.activeElement!.contains(hit) || hit.contains(document.activeElement)) };
			});
		await expect.poll(focused, { timeout: 3000 }).toEqual({ inText: true, visible: true });
		await expect(page.locator('.opinion-toggle').isVisible()).resolves.toBe(true);
		// Tabbing within the drawer keeps it open.
		await page.locator('.opinion-toggle').click();
		await page.keyboard.press('Tab');
		await expect(page.locator('[data-opinion-panel]').isVisible()).resolves.toBe(true);
		await context.close();
	});

	it('keeps what Tab leaves the drawer for above the drawer’s button, which comes back over the foot of a phone’s page', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 360, height: 740 } });
		await page.goto(url('/plans/other-plan/ch1/'));
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		await page.locator('.opinion-toggle').click();
		// On past the drawer's last control: the page's foot, under where the button comes back.
		for (let step = 0; step < 20 && (await page.evaluate(() => !!document.activeElement!.closest('[data-opinion-panel]'))); step++) await page.keyboard.press('Tab');
		await expect(page.locator('[data-opinion-panel]').isHidden()).resolves.toBe(true);
		const overlap = () =>
			page.evaluate(() => {
				const [focused, button] = [document.activeElement!.getBoundingClientRect(), document.querySelector('.opinion-toggle')!.getBoundingClientRect()];
				return Math.max(0, Math.min(focused.bottom, button.bottom) - Math.max(focused.top, button.top)) * Math.max(0, Math.min(focused.right, button.right) - Math.max(focused.left, button.left));
			});
		await expect.poll(overlap, { timeout: 3000 }).toBe(0);
		await context.close();
	});

	it('leaves out the floating drafts button at 400 % zoom (256 px high), where the chapter’s own button opens the drafts, and keeps it on a phone', async () => {
		for (const [viewport, floating] of [[{ width: 320, height: 256 }, false], [{ width: 320, height: 640 }, true]] as const) {
			const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport });
			await page.goto(url('/plans/other-plan/ch1/'));
			await writeOpinion(page, 'period-p1', '意見です。');
			await page.locator('[data-action="close-panel"]').click();
			await expect(page.locator('.opinion-toggle').isVisible(), `${viewport.height}`).resolves.toBe(floating);
			await expect(page.evaluate(() => getComputedStyle(document.body).paddingBottom), `${viewport.height}`).resolves.toBe(floating ? '80px' : '0px');
			await page.locator('[data-opinion-shortcut] button').click();
			await expect(page.locator('[data-opinion-panel]').isVisible()).resolves.toBe(true);
			await context.close();
		}
	});

	it('shows the whole box of a draft started from a ¶ in the drawer, at 200 % zoom and on a 320 px phone', async () => {
		for (const viewport of [{ width: 640, height: 450 }, { width: 320, height: 640 }]) {
			const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport });
			await page.goto(url('/plans/other-plan/ch1/'));
			await page.locator('a.para-link').nth(2).click();
			await page.locator('#citation-menu [data-action="write-opinion"]').click();
			const shown = () =>
				page.evaluate(() => {
					const [box, drawer] = [document.activeElement!.getBoundingClientRect(), document.querySelector('[data-opinion-panel]')!.getBoundingClientRect()];
					return { field: document.activeElement!.tagName, hiddenPx: Math.round(box.height - Math.max(0, Math.min(box.bottom, drawer.bottom, innerHeight) - Math.max(box.top, drawer.top))) };
				});
			await expect.poll(shown, { timeout: 3000, message: `${viewport.width}×${viewport.height}` }).toEqual({ field: 'TEXTAREA', hiddenPx: 0 });
			await context.close();
		}
	});

	it('on a wide screen closes the drawer once the page has scrolled what Tab left it for under it, in a browser without scrollend too (Safari) (WCAG 2.4.11)', async () => {
		for (const scrollend of [true, false]) {
			const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 1280, height: 720 } });
			// Safari has neither the event nor its handler property.
			if (!scrollend) await page.addInitScript(() => {
				delete (window as { onscrollend?: unknown }).onscrollend;
				window.addEventListener('scrollend', (event) => event.stopImmediatePropagation(), true);
			});
			await page.goto(url('/plans/other-plan/ch1/'));
			await writeOpinion(page, 'period-p1', '意見です。');
			await page.evaluate(() => scrollTo(0, 0));
			await page.getByRole('heading', { name: '意見の下書き' }).focus();
			// Back past the drawer's start: 次の章, at the foot of the text on the right, out of sight until scrolled to, then under the drawer.
			await page.keyboard.press('Shift+Tab');
			await expect(page.evaluate(() => document.activeElement!.getAttribute('rel'))).resolves.toBe('next');
			await expect.poll(() => page.locator('[data-opinion-panel]').isHidden(), { timeout: 3000, message: `scrollend: ${scrollend}` }).toBe(true);
			await context.close();
		}
	});

	it('keeps the drawer’s heading and 閉じる in sight on a phone, however far the drafts scroll', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 375, height: 667 } });
		await openDrawerWithLongDrafts(page);
		const drawer = page.locator('.opinion-panel-drawer');
		await drawer.evaluate((d) => d.scrollTo(0, d.scrollHeight));
		const [panel, close] = await Promise.all([drawer.boundingBox(), page.locator('[data-action="close-panel"]').boundingBox()]);
		expect(await drawer.evaluate((d) => d.scrollTop)).toBeGreaterThan(200);
		expect(close!.y).toBeGreaterThanOrEqual(panel!.y);
		expect(close!.y + close!.height).toBeLessThanOrEqual(panel!.y + 120);
		await context.close();
	});

	it('never hides a control focused in the drawer under its sticky heading, Shift+Tab from its last control to its first, on a phone and at 200 % zoom (WCAG 2.4.11)', async () => {
		for (const viewport of [{ width: 360, height: 740 }, { width: 640, height: 400 }]) {
			const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport });
			await openDrawerWithLongDrafts(page);
			await page.locator('[data-action="erase-all"]').focus();
			const hidden: string[] = [];
			for (let step = 0; step < 60; step++) {
				const focused = await page.evaluate(() => {
					const element = document.activeElement as HTMLElement;
					const drawer = element.closest('.opinion-panel-drawer');
					if (!drawer) return undefined;
					// The heading's own 閉じる is what stays in sight.
					if (element.closest('.opinion-panel-header')) return { name: '', shown: 1, height: 1 };
					const box = element.getBoundingClientRect();
					const top = Math.max(drawer.querySelector('.opinion-panel-header')!.getBoundingClientRect().bottom, 0);
					const bottom = Math.min(drawer.getBoundingClientRect().bottom, innerHeight);
					return { name: element.getAttribute('aria-label') ?? element.textContent!.trim().slice(0, 20), shown: Math.min(box.bottom, bottom) - Math.max(box.top, top), height: box.height };
				});
				if (!focused) break;
				// Some of it in sight, and all of a small control.
				if (focused.shown < Math.min(focused.height, 24) - 1) hidden.push(`${focused.name} (${Math.round(focused.shown)} of ${Math.round(focused.height)} px)`);
				await page.keyboard.press('Shift+Tab');
			}
			expect({ viewport, hidden }).toEqual({ viewport, hidden: [] });
			await context.close();
		}
	});

	it('lays the results out for a 320 px phone: nothing to scroll sideways, each 意見の概要 on the screen, still a table to screen readers, axe passing', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'), { viewport: { width: 320, height: 640 } });
		await page.goto(url('/consultations/sample-interim/results/'));
		const overflows = await page.locator('.results-table').evaluate((table) => [document.documentElement, table.closest('.table-scroll')!].map((box) => box.scrollWidth - box.clientWidth));
		expect(overflows).toEqual([0, 0]);
		const summaries = await page.locator('.results-table tbody tr > :nth-child(3)').evaluateAll((cells) =>
			cells.map((cell) => {
				const { left, right } = cell.getBoundingClientRect();
				return { text: cell.textContent, onScreen: left >= 0 && right <= window.innerWidth };
			}),
		);
		expect(summaries).toEqual(['「電子化」より「オンライン化」の方が分かりやすい。', '削除された段落についての意見。', '計画全体への意見。'].map((text) => ({ text, onScreen: true })));
		// The answer's own line break, as the published table has it, is a line break on the page.
		await expect(page.locator('.results-table tbody tr:nth-child(3) > :nth-child(4)').innerText()).resolves.toMatch(/させていただきます。\nなお、/);
		// The browser's own accessibility tree, where a change of display can drop a table's semantics.
		await expect(accessibleNames(page, 'table')).resolves.toEqual(['提出された意見の概要と県の考え方（3件）']);
		await expect(accessibleNames(page, 'columnheader')).resolves.toEqual(['番号', '該当箇所', '意見の概要', '県の考え方', '反映']);
		await expect(accessibleNames(page, 'rowheader')).resolves.toEqual(['1', '2-1', '3']);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('passes axe on the consultation list, case, results and changes pages', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		for (const pathname of ['/consultations/', '/consultations/other-open/', '/consultations/papers-elsewhere/', '/consultations/sample-interim/', '/consultations/sample-interim/results/', '/plans/sample-plan/changes/', '/plans/sample-plan/changes/ch1/', '/plans/sample-plan/changes/ch2/']) {
			await page.goto(url(pathname));
			expect({ pathname, violations: await axeViolations(page) }).toEqual({ pathname, violations: [] });
		}
		await context.close();
	});
});

describe('versions in search', () => {
	it('marks the results from a version adopted in another’s place 新しい版あり, and not the version in force, and lists them after the version in force’s', async () => {
		const { context, page } = await pageAt(jst('2026-12-10T12:00:00'));
		await page.goto(url(`/search/?q=${encodeURIComponent('計画の策定趣旨')}`));
		const results = page.locator('#search-results > li');
		await results.first().waitFor();
		const found = await results.evaluateAll((items) => items.map((li) => [li.querySelector('h2 a')!.getAttribute('href')!.replace(/#.*/, ''), li.querySelector('.result-meta')!.textContent]));
		expect(found).toContainEqual(['/plans/sample-plan-interim/ch1/', '本文・福島県・新しい版あり']);
		expect(found).toContainEqual(['/plans/sample-plan/ch1/', '本文・福島県']);
		const place = (path: string) => found.findIndex(([href]) => href === path);
		expect(place('/plans/sample-plan/ch1/')).toBeLessThan(place('/plans/sample-plan-interim/ch1/'));
		await context.close();
	});
});
