/**
 * `npm run bench:pages [-- --site dist]`: page weight by page type.
 *
 * Loads every page of a built site in headless Chromium and counts the bytes
 * each one loads before the reader does anything (HTML, CSS, JavaScript,
 * other), as served without HTTP compression. Prints the median and maximum
 * per page type and checks the budgets: reading pages load at most 3 KB of
 * JavaScript, CSS at most 20 KB (the screen's: the print stylesheet, loaded with
 * media="print", does not hold up the first paint and is counted apart), the
 * median chapter page at most 60 KB in all.
 * Exits non-zero when a budget is exceeded.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, servePreview } from './support/browser.ts';
import { median, pageKind } from './bench-support.ts';
import { commandOptions } from './command-options.ts';

const { values: options } = commandOptions({ options: { site: { type: 'string', default: 'dist' } } }, 'npm run bench:pages [-- --site dist]');
const siteDir = path.resolve(options.site);

const readingTypes = new Set(['home', 'prefecture', 'plan', 'chapter', 'print', 'changes', 'indicators', 'glossary', 'term', 'compare', 'theme, prefecture', 'themes']);

const pages = readdirSync(siteDir, { recursive: true })
	.map(String)
	.filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
	.map((f) => `/${f.split(path.sep).join('/').replace(/index\.html$/, '')}`);

type Weights = { html: number; css: number; printCss: number; js: number; other: number };
/** The stylesheet BaseLayout links with media="print" (src/styles/print.css). */
const printStylesheet = /\/print\.[^/]+\.css$/;
const byType = new Map<string, Array<Weights & { url: string }>>();

const server = await servePreview(siteDir);
const browser = await launchBrowser();
try {
	for (const url of pages) {
		const type = pageKind(url);
		// A fresh context per page: nothing comes from the cache.
		const context = await browser.newContext();
		const page = await context.newPage();
		const weights: Weights = { html: 0, css: 0, printCss: 0, js: 0, other: 0 };
		const pending: Array<Promise<void>> = [];
		page.on('requestfinished', (request) => {
			pending.push(
				request.response().then(async (response) => {
					const kind = request.resourceType();
					// Decoded body: the budgets are for uncompressed bytes, whatever the server compresses.
					const bytes = response ? (await response.body()).length : 0;
					if (kind === 'document') weights.html += bytes;
					else if (kind === 'stylesheet' && printStylesheet.test(new URL(request.url()).pathname)) weights.printCss += bytes;
					else if (kind === 'stylesheet') weights.css += bytes;
					else if (kind === 'script') weights.js += bytes;
					else weights.other += bytes;
				}),
			);
		});
		await page.goto(server.url(url), { waitUntil: 'networkidle' });
		// A response read may finish after the wait: read them all, then stop listening before the page closes.
		for (let read = 0; read < pending.length; ) {
			const count = pending.length;
			await Promise.all(pending);
			read = count;
		}
		page.removeAllListeners('requestfinished');
		byType.set(type, [...(byType.get(type) ?? []), { url, ...weights }]);
		await context.close();
	}
} finally {
	await browser.close();
	await server.stop();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const total = (w: Weights) => w.html + w.css + w.printCss + w.js + w.other;

console.log('type\tpages\tmedian total KB\tmax total KB\tmedian HTML KB\tCSS KB\tprint CSS KB\tmax JS KB');
const failures: string[] = [];
for (const [type, rows] of byType) {
	const maxJs = Math.max(...rows.map((r) => r.js));
	const css = Math.max(...rows.map((r) => r.css));
	const medianTotal = median(rows.map(total));
	console.log([type, rows.length, kb(medianTotal), kb(Math.max(...rows.map(total))), kb(median(rows.map((r) => r.html))), kb(css), kb(Math.max(...rows.map((r) => r.printCss))), kb(maxJs)].join('\t'));
	if (readingTypes.has(type) && maxJs > 3 * 1024) failures.push(`${type}: ${kb(maxJs)} KB of JavaScript on load (budget 3 KB)`);
	if (css > 20 * 1024) failures.push(`${type}: ${kb(css)} KB of CSS (budget 20 KB)`);
	if (type === 'chapter' && medianTotal > 60 * 1024) failures.push(`chapter: median ${kb(medianTotal)} KB (budget 60 KB)`);
}
if (failures.length > 0) {
	console.error(`\nOver budget:\n${failures.join('\n')}`);
	process.exit(1);
}
console.log('\nAll budgets met: reading pages ≤ 3 KB JavaScript, CSS ≤ 20 KB, median chapter ≤ 60 KB.');
