/**
 * Pages whose `<meta name="description">` is the same: a link shared in LINE or mail
 * previews with it, and a search engine shows it under the title, so each page
 * should say what it holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

/** Groups of pages (paths under dist, sorted) that share a description; pages with one of their own are left out. */
export function sharedDescriptions(dist: string): string[][] {
	const pages = readdirSync(dist, { recursive: true }).map(String).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind')).sort();
	const byDescription = Map.groupBy(pages, (file) => String(select('meta[name="description"]', fromHtml(readFileSync(path.join(dist, file), 'utf8')))?.properties.content ?? ''));
	return [...byDescription.values()].filter((group) => group.length > 1);
}
