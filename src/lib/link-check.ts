/**
 * Checks every internal link, fragment and asset reference in a built site.
 * External links are collected for a report, never fetched.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';

export interface BrokenLink {
	/** Page the link is on, relative to the site root. */
	page: string;
	href: string;
	reason: 'missing-page' | 'missing-fragment';
}

/** A link to another site and the pages (site paths, /plans/x/ch1/) that carry it. */
export interface ExternalLink {
	url: string;
	pages: string[];
}

export interface LinkReport {
	pages: number;
	/** Internal links, fragments and assets checked (each distinct one once per page). */
	internal: number;
	broken: BrokenLink[];
	/** Sorted by URL, each with its pages sorted. */
	external: ExternalLink[];
}

/** A percent-encoded address as text; undefined when its % escapes are malformed (`a%zz.pdf`): no page can have it. */
export function decoded(part: string): string | undefined {
	try {
		return decodeURIComponent(part);
	} catch {
		return undefined;
	}
}

const linkAttributes: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src' };

/** The ids a page defines and the URLs it references, read with a streaming tokenizer: building a tree of every page cost most of the check's time. */
function pageReferences(html: string): { ids: Set<string>; links: Set<string> } {
	const ids = new Set<string>();
	const links = new Set<string>();
	const parser = new Parser({
		onopentag(name, attributes) {
			if (attributes.id !== undefined) ids.add(attributes.id);
			const attribute = linkAttributes[name];
			const value = attribute ? attributes[attribute] : undefined;
			if (value !== undefined) links.add(value);
		},
	});
	parser.end(html);
	return { ids, links };
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** A copy of an attribute's value: the parser's values are slices of the whole page, which a kept slice keeps in memory. */
const detached = (text: string) => Buffer.from(text).toString();

/** A link to a fragment of another page, checked once that page's ids are read. */
interface WantedFragment {
	fragment: string;
	page: string;
	href: string;
	/** Where the link came in the reading: broken links are reported in page and link order. */
	order: number;
}

/**
 * `base` is the deployment sub-path the site's links start with (`/` or `/sub/`);
 * `origin` is where the site is deployed (SITE_URL), when known: absolute links
 * to it (a page's canonical address) are checked as internal ones, not listed
 * as external. Pages are read one at a time, and only fragments wanted on other pages are
 * kept, to be looked up in a second reading of those pages. Keeping every
 * page's ids and links held 129 MiB at ≈2,000 pages (the slices kept each
 * page's whole text), at the end of the build, where its memory peaks.
 */
export async function checkLinks(siteDir: string, base = '/', origin = 'http://site.invalid'): Promise<LinkReport> {
	const files = await htmlFiles(siteDir);
	const broken: Array<{ link: BrokenLink; order: number }> = [];
	const wanted = new Map<string, WantedFragment[]>();
	const external = new Map<string, Set<string>>();
	let count = 0;
	let order = 0;
	// Most links point at a few hundred pages: look each target up once.
	const targets = new Map<string, Promise<string | undefined>>();
	const target = (pathname: string) => targets.get(pathname) ?? targets.set(pathname, resolveTarget(siteDir, base, pathname)).get(pathname)!;
	for (const file of files) {
		const { ids, links } = pageReferences(await readFile(file, 'utf8'));
		const page = path.relative(siteDir, file);
		const pageUrl = new URL(`${origin}${base}${page.replace(/(^|\/)index\.html$/, '$1')}`);
		for (const href of links) {
			const url = new URL(href, pageUrl);
			if (url.origin !== pageUrl.origin) {
				if (/^https?:$/.test(url.protocol)) external.set(url.href, (external.get(url.href) ?? new Set()).add(pageUrl.pathname));
				continue;
			}
			const pathname = decoded(url.pathname);
			// The search index's files (the search page preloads its engine) are written beside the pages as they are checked.
			if (pathname?.startsWith(`${base}pagefind/`)) continue;
			count++;
			const at = order++;
			const resolved = pathname === undefined ? undefined : await target(pathname);
			if (!resolved) {
				broken.push({ link: { page, href, reason: 'missing-page' }, order: at });
				continue;
			}
			const fragment = decoded(url.hash.slice(1));
			if (fragment === undefined || (fragment && resolved === file && !ids.has(fragment))) {
				broken.push({ link: { page, href, reason: 'missing-fragment' }, order: at });
			} else if (fragment && resolved !== file && resolved.endsWith('.html')) {
				const onPage = wanted.get(resolved) ?? [];
				if (onPage.length === 0) wanted.set(resolved, onPage);
				onPage.push({ fragment, page, href: detached(href), order: at });
			}
		}
	}
	for (const [file, fragments] of wanted) {
		const { ids } = pageReferences(await readFile(file, 'utf8'));
		for (const { fragment, page, href, order } of fragments) if (!ids.has(fragment)) broken.push({ link: { page, href, reason: 'missing-fragment' }, order });
	}
	const sorted = (values: Iterable<string>) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return {
		pages: files.length,
		internal: count,
		broken: broken.sort((a, b) => a.order - b.order).map(({ link }) => link),
		external: sorted(external.keys()).map((url) => ({ url, pages: sorted(external.get(url)!) })),
	};
}

/** The external links as a table for editors (TSV: URL, number of pages, the pages). Links are listed, never fetched. */
export function externalLinksTable(links: ExternalLink[]): string {
	return ['URL\tページ数\tリンク元のページ', ...links.map((l) => `${l.url}\t${l.pages.length}\t${l.pages.join(' ')}`)].join('\n') + '\n';
}

async function resolveTarget(siteDir: string, base: string, pathname: string): Promise<string | undefined> {
	if (!pathname.startsWith(base)) return undefined;
	const relative = pathname.slice(base.length);
	const candidates = relative === '' || relative.endsWith('/') ? [path.join(siteDir, relative, 'index.html')] : [path.join(siteDir, relative), path.join(siteDir, relative, 'index.html')];
	for (const candidate of candidates) {
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return candidate;
	}
	return undefined;
}
