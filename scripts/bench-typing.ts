/**
 * `npm run bench:typing -- --site DIR --page /plans/…/ch…/`: how typing an opinion slows as the draft grows.
 *
 * Opens a chapter's opinion drawer in headless Chromium (its clock set inside the consultation's period), fills one
 * draft with 0, 5,000 and 50,000 characters and times 20 keystrokes at each size, with 「提出用にまとめる」 closed and
 * open; and, for the floor, the same keystrokes in a bare textarea of the same width holding the same text. Prints
 * milliseconds per keystroke (the median of three rounds); what the drafts' script adds is the difference from the bare textarea.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { median } from './bench-support.ts';
import { launchBrowser, servePreview } from './support/browser.ts';
import { commandOptions } from './command-options.ts';

const usage = 'npm run bench:typing -- --site DIR --page /plans/<計画ID>/<章>/';
const { values: options } = commandOptions({ options: { site: { type: 'string' }, page: { type: 'string' } } }, usage);
if (!options.site || !options.page) {
	console.error(`使い方: ${usage}（意見募集中の計画の章。bench/README.md）`);
	process.exit(1);
}

const sizes = [0, 5_000, 50_000];
const keys = 'abcdefghijklmnopqrst';
const width = 360;

const rounds = 3;

/** Milliseconds per keystroke, typing `keys` into `box` once it holds `size` characters: the median of `rounds`. */
async function msPerKey(page: Page, box: string, size: number): Promise<number> {
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		await page.locator(box).fill('あ'.repeat(size));
		await page.locator(box).press('End');
		const start = performance.now();
		await page.locator(box).pressSequentially(keys);
		times.push((performance.now() - start) / keys.length);
	}
	return median(times);
}

const server = await servePreview(path.resolve(options.site));
const browser = await launchBrowser();
const rows: string[][] = [];
try {
	const page = await browser.newPage({ viewport: { width, height: 740 } });
	await page.goto(server.url(options.page));
	const config = await page.locator('[data-opinion-config]').textContent();
	if (!config) throw new Error(`${options.page} に意見の下書きの欄がありません。意見募集の対象の計画の章を指定してください。`);
	const { opensAt } = JSON.parse(config) as { opensAt: number };
	// A day into the period: the drawer is for writing only while the consultation is open.
	await page.clock.install({ time: opensAt + 86_400_000 });
	await page.reload();
	await page.locator('.opinion-toggle').click();
	await page.locator('[data-action="write-whole-chapter"]').click();
	const draft = '[data-draft-text]';
	// Not counted: the first keystrokes of a page load code and fonts.
	await msPerKey(page, draft, 0);

	const bare = await browser.newPage({ viewport: { width, height: 740 } });
	await bare.setContent('<textarea rows="8" style="width: 100%; box-sizing: border-box"></textarea>');
	await msPerKey(bare, 'textarea', 0);

	for (const size of sizes) {
		const closed = await msPerKey(page, draft, size);
		await page.locator('[data-submission] summary').click();
		const open = await msPerKey(page, draft, size);
		await page.locator('[data-submission] summary').click();
		const floor = await msPerKey(bare, 'textarea', size);
		rows.push([size.toLocaleString('en'), closed.toFixed(1), open.toFixed(1), floor.toFixed(1)]);
	}
} finally {
	await browser.close();
	await server.stop();
}

console.log(`Typing in an opinion draft at ${width} px, ms per keystroke (median of ${rounds} rounds of ${keys.length} keys)\n`);
console.log('| draft characters | 提出用にまとめる closed | open | bare textarea |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
