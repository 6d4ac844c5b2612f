/**
 * `npm run bench:search [-- --site dist] [--queries bench/search-queries.json]`
 *
 * Runs the documented query set through the real search page in headless
 * Chromium against a built site and prints, per query and overall: recall,
 * precision of the top results, variant consistency (DX and ＤＸ must return
 * the same pages), how many of the top relevant results show what was
 * searched for in their excerpts (a resident sees why the page matched),
 * how well the order puts the pages about the query first (nDCG@5, a page
 * whose own heading holds what was meant graded above one with a section heading on it, above
 * one whose text only mentions it), zero-result queries, median query time,
 * and the bytes the first query transfers (engine, index, fragments).
 *
 * Relevant pages are computed from the built pages' text (see the query file),
 * so the figures follow the content instead of a frozen answer list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { containsName, normalizeSearchText } from '../src/lib/search/normalize.ts';
import { launchBrowser, servePreview } from './support/browser.ts';
import { readingText } from './support/reading-text.ts';
import { median, ndcg } from './bench-support.ts';
import { commandOptions } from './command-options.ts';

interface BenchQuery {
	query: string;
	class: string;
	means: string[];
	sameAs?: string;
}

const { values: options } = commandOptions(
	{ options: { site: { type: 'string', default: 'dist' }, queries: { type: 'string', default: 'bench/search-queries.json' } } },
	'npm run bench:search [-- --site dist] [--queries bench/search-queries.json]',
);
const siteDir = path.resolve(options.site);
const { queries } = JSON.parse(readFileSync(options.queries, 'utf8')) as { queries: BenchQuery[] };

/** A page as the grade reads it (not rank.ts's IndexedPage, the browser's view of a result). */
interface GradedPage {
	/** The page's reading text, its h1's and its other headings', normalised as the search normalises. */
	text: string;
	heading: string;
	sectionHeadings: string;
}

const normalized = (text: string) => normalizeSearchText(text).replace(/\s+/g, '');

/** Indexed pages (data-pagefind-body) and their text. */
function indexedPages(): Map<string, GradedPage> {
	const pages = new Map<string, GradedPage>();
	for (const file of readdirSync(siteDir, { recursive: true }).map(String)) {
		if (!file.endsWith('.html') || file.startsWith('pagefind')) continue;
		const tree = fromHtml(readFileSync(path.join(siteDir, file), 'utf8'));
		const body = select('[data-pagefind-body]', tree);
		if (!body) continue;
		pages.set(`/${file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`, {
			text: normalized(readingText(body)),
			heading: normalized(toString(select('h1', tree) ?? { type: 'root', children: [] })),
			sectionHeadings: selectAll('h2, h3, h4, h5, h6', body).map((h) => normalized(toString(h))).join('|'),
		});
	}
	return pages;
}

/** How much a page is about what a query means: 3 its own heading (h1) says so, 2 a section heading does, 1 its text mentions it, 0 not at all. */
function grade(page: GradedPage, means: string[][]): number {
	const holds = (text: string) => means.some((m) => mentionsAll(text, m));
	return holds(page.heading) ? 3 : holds(page.sectionHeadings) ? 2 : holds(page.text) ? 1 : 0;
}

/** Whether a text contains every word of a form written as words apart (「高齢者 スマホ」: both, anywhere). */
const mentionsAll = (text: string, words: string[]) => words.every((word) => containsName(text, word));

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

const pages = indexedPages();
const server = await servePreview(siteDir);
const browser = await launchBrowser();
try {
	const page = await browser.newPage();
	await page.goto(server.url('/search/'), { waitUntil: 'networkidle' });
	const results = new Map<string, { urls: string[]; excerpts: string[]; ms: number }>();
	// Bytes of every response the first query needs (engine, index chunks, fragments, glossary), as
	// served, uncompressed; the page itself was loaded before this listener.
	const firstQueryBodies: Array<Promise<number>> = [];
	let counting = true;
	page.on('requestfinished', (request) => {
		if (counting) firstQueryBodies.push(request.response().then(async (response) => (response ? (await response.body()).length : 0)));
	});

	for (const [i, { query }] of queries.entries()) {
		const before = await page.evaluate(() => performance.getEntriesByName('search').length);
		await page.getByLabel('キーワード').fill(query);
		await page.getByLabel('キーワード').press('Enter');
		await page.waitForFunction((n) => performance.getEntriesByName('search').length > n, before);
		const ms = await page.evaluate(() => performance.getEntriesByName('search').at(-1)!.duration);
		if (i === 0) {
			// Until no request has finished for a second ('networkidle' was reached with the page, and
			// waiting for it again returned at once, cutting the count at a different point each run).
			for (let seen = -1; seen !== firstQueryBodies.length; ) {
				seen = firstQueryBodies.length;
				await page.waitForTimeout(1000);
			}
			counting = false;
		}
		while (await page.locator('#search-more').isVisible()) {
			const shown = await page.locator('#search-results > li').count();
			await page.locator('#search-more').click();
			await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
		}
		const urls = await page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		// What a result shows of the page: its excerpt and its sections' titles and excerpts.
		const excerpts = await page.locator('#search-results > li').evaluateAll((items) =>
			items.map((li) => [...li.querySelectorAll('.excerpt, .sub-results a')].map((node) => node.textContent).join('\n')),
		);
		results.set(query, { urls, excerpts, ms });
	}

	const rows = queries.map((q) => {
		const means = q.means.map((m) => m.trim().split(/\s+/).map(normalized));
		const relevant = new Set([...pages].filter(([, page]) => means.some((m) => mentionsAll(page.text, m))).map(([url]) => url));
		const { urls, excerpts, ms } = results.get(q.query)!;
		const found = urls.filter((u) => relevant.has(u)).length;
		const k = Math.min(5, relevant.size);
		const top = urls.slice(0, k);
		const recall = relevant.size === 0 ? 1 : found / relevant.size;
		const precision = k === 0 ? (urls.length === 0 ? 1 : 0) : top.filter((u) => relevant.has(u)).length / k;
		// Of the top results that are relevant, those whose excerpts show one of the forms searched for.
		const shownExcerpts = top.flatMap((u, i) => (relevant.has(u) ? [normalized(excerpts[i]!)] : []));
		const excerptShows = shownExcerpts.length === 0 ? 1 : shownExcerpts.filter((text) => means.some((m) => mentionsAll(text, m))).length / shownExcerpts.length;
		const gradeOf = (url: string) => (pages.has(url) ? grade(pages.get(url)!, means) : 0);
		const ordered = ndcg(urls.map(gradeOf), [...relevant].map(gradeOf), 5);
		const consistent = q.sameAs ? [...urls].sort().join() === [...results.get(q.sameAs)!.urls].sort().join() : undefined;
		if (process.env.BENCH_DEBUG) console.log(q.query, { missed: [...relevant].filter((u) => !urls.includes(u)), top: top.map((u) => `${u}${relevant.has(u) ? ` (${gradeOf(u)})` : ' ✗'}`) });
		return { query: q.query, class: q.class, relevant: relevant.size, results: urls.length, recall: round(recall), precision: round(precision), ndcg: round(ordered), excerptShows: round(excerptShows), consistent, ms: round(ms, 1) };
	});

	console.log('\nquery\tclass\trelevant\tresults\trecall\tprecision@5\tnDCG@5\texcerpt shows it\tsame as variant\tms');
	for (const r of rows) console.log([r.query, r.class, r.relevant, r.results, r.recall, r.precision, r.ndcg, r.excerptShows, r.consistent ?? '', r.ms].join('\t'));
	const variantRows = rows.filter((r) => r.consistent !== undefined);
	const summary = {
		pages: pages.size,
		queries: rows.length,
		meanRecall: round(rows.reduce((n, r) => n + r.recall, 0) / rows.length),
		meanPrecisionAt5: round(rows.reduce((n, r) => n + r.precision, 0) / rows.length),
		meanNdcgAt5: round(rows.reduce((n, r) => n + r.ndcg, 0) / rows.length),
		meanExcerptShowsIt: round(rows.reduce((n, r) => n + r.excerptShows, 0) / rows.length),
		variantConsistency: round(variantRows.filter((r) => r.consistent).length / variantRows.length),
		zeroResultQueries: rows.filter((r) => r.results === 0).map((r) => r.query),
		medianQueryMs: round(median(rows.slice(1).map((r) => r.ms)), 1),
		firstQueryMs: rows[0]!.ms,
		firstQueryKB: round((await Promise.all(firstQueryBodies)).reduce((n, bytes) => n + bytes, 0) / 1024, 1),
	};
	console.log('\nsummary');
	for (const [key, value] of Object.entries(summary)) console.log(`${key}\t${Array.isArray(value) ? value.join(', ') || '(none)' : value}`);
} finally {
	await browser.close();
	await server.stop();
}
