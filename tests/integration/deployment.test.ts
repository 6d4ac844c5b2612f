/**
 * A build for deployment under a sub-path of a real origin (SITE_URL,
 * BASE_PATH): sitemap, robots.txt and the Atom feed are well-formed and use
 * absolute URLs with origin and base; assets have hashed names under the base;
 * every link resolves under the base; public/ is published without Finder's .DS_Store. Built as of a day over a year after the
 * accessibility review by eye, which the build reminds of (the fixture has no
 * consultation, so nothing else on its pages depends on the day).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewedOn } from '../../src/lib/accessibility-test.ts';
import { immutableFiles } from '../../src/lib/host-headers.ts';
import { formatDate } from '../../src/lib/japanese-dates.ts';
import { checkLinks } from '../../src/lib/link-check.ts';
import { buildSite } from '../support/build-site.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

const origin = 'https://plans.example.jp';
const base = '/sub/path/';
let dist: string;
let buildOutput: string;
/** 400 days after the review by eye, in seconds (SOURCE_DATE_EPOCH). */
const builtAsOf = Math.floor(Date.parse(`${reviewedOn}T00:00:00+09:00`) / 1000) + 400 * 24 * 60 * 60;
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
// Finder's file in public/, as a Mac leaves it: the build copies public/ and must leave this one out.
const finderFile = path.resolve('public/.DS_Store');
const finderFileMadeHere = !existsSync(finderFile);
const parseXml = (file: string) => {
	const xml = read(file);
	expect(XMLValidator.validate(xml), file).toBe(true);
	return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'entry', 'link'].includes(name) }).parse(xml);
};

beforeAll(async () => {
	dist = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-deploy-')), 'dist');
	// A figure and a file of public/, linked from the site's root as the authors' guide says.
	const root = await contentWithOverlay();
	await appendFile(path.join(root, 'content/plans/sample-plan/ch2.md'), '\n![サイトのアイコン](/favicon.svg)\n\n[アイコンの画像ファイル](/favicon.svg)\n');
	if (finderFileMadeHere) await writeFile(finderFile, 'Bud1 favicon.svg');
	const result = buildSite(path.join(root, 'content'), dist, { SITE_URL: origin, BASE_PATH: base, SOURCE_DATE_EPOCH: String(builtAsOf) });
	expect(result.status, result.output).toBe(0);
	buildOutput = result.output;
}, 240_000);

afterAll(async () => {
	if (finderFileMadeHere) await rm(finderFile, { force: true });
});

describe('a build a year after the accessibility review', () => {
	it('says the review by eye is due, and which file records it', () => {
		expect(buildOutput).toContain(`アクセシビリティの目視による確認（${formatDate(reviewedOn)}）から1年以上たっています。`);
		expect(buildOutput).toContain('src/lib/accessibility-test.ts の reviewedOn');
	});
});

describe('a build under a sub-path', () => {
	it('lists every page but the not-found page and those search engines are told to leave out (the print pages) in sitemap.xml, as absolute URLs under the base', () => {
		const urls = (parseXml('sitemap.xml').urlset.url as Array<{ loc: string }>).map((u) => u.loc);
		const pages = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html') && f !== '404.html');
		const notIndexed = pages.filter((f) => select('meta[name="robots"]', fromHtml(read(f)))?.properties.content === 'noindex');
		expect(notIndexed.sort()).toEqual(['plans/other-plan/print/index.html', 'plans/sample-plan/print/index.html']);
		expect(urls).toHaveLength(pages.length - notIndexed.length);
		expect(urls).not.toContain(`${origin}${base}plans/sample-plan/print/`);
		expect(urls).toContain(`${origin}${base}`);
		expect(urls).toContain(`${origin}${base}plans/sample-plan/ch1/`);
		for (const url of urls) expect(url.startsWith(`${origin}${base}`), url).toBe(true);
	});

	it('points robots.txt at the sitemap', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${origin}${base}sitemap.xml`);
	});

	it('writes an Atom feed of plan dates with absolute URLs, linked from every page', () => {
		const { feed } = parseXml('feed.xml');
		expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
		expect(feed.link.find((l: { rel: string }) => l.rel === 'self').href).toBe(`${origin}${base}feed.xml`);
		const entries = feed.entry as Array<{ id: string; title: string; updated: string; link: Array<{ href: string }> }>;
		expect(entries.map((e) => e.title)).toEqual(['福島県 テスト用デジタル推進計画（策定）']);
		expect(entries[0]!.updated).toBe('2022-03-31T00:00:00Z');
		expect(feed.updated).toBe('2022-03-31T00:00:00Z');
		for (const url of [feed.id, ...entries.flatMap((e) => [e.id, ...e.link.map((l) => l.href)])]) expect(url.startsWith(`${origin}${base}`), url).toBe(true);
		const head = selectAll('link[rel="alternate"][type="application/atom+xml"]', fromHtml(read('index.html')));
		expect(head.map((l) => l.properties.href)).toEqual([`${base}feed.xml`]);
	});

	it('shows the feed’s newest entries on the home page, dated, linked under the base, and the feed itself in words', () => {
		const home = fromHtml(read('index.html'));
		const items = selectAll('ul.update-list li', home);
		expect(items.map((li) => [select('time', li)!.properties.dateTime, toString(select('time', li)!), select('a', li)!.properties.href, toString(select('a', li)!)])).toEqual([
			['2022-03-31', '令和4（2022）年3月31日', `${base}plans/sample-plan/`, '福島県 テスト用デジタル推進計画（策定）'],
		]);
		expect(selectAll('a', home).filter((a) => a.properties.href === `${base}feed.xml`).map((a) => toString(a))).toEqual(['この動きを更新のお知らせ（フィード）で受け取る']);
	});

	it('writes each prefecture a feed of its own plans and consultations, offered on its page (in words too, with no event yet)', () => {
		const fukushima = parseXml('prefectures/07/feed.xml').feed;
		expect(fukushima.link.find((l: { rel: string }) => l.rel === 'self').href).toBe(`${origin}${base}prefectures/07/feed.xml`);
		expect(fukushima.id).toBe(`${origin}${base}prefectures/07/`);
		expect((fukushima.entry as Array<{ title: string }>).map((e) => e.title)).toEqual(['福島県 テスト用デジタル推進計画（策定）']);
		// 千葉県's plan states no date: a valid feed with no entry, for readers waiting for the first.
		expect(parseXml('prefectures/12/feed.xml').feed.entry).toBeUndefined();
		for (const code of ['07', '12']) {
			const page = fromHtml(read(`prefectures/${code}/index.html`));
			const head = selectAll('link[rel="alternate"][type="application/atom+xml"]', page).map((l) => l.properties.href);
			expect(head).toEqual([`${base}feed.xml`, `${base}prefectures/${code}/feed.xml`]);
			expect(selectAll('a', page).filter((a) => a.properties.href === `${base}prefectures/${code}/feed.xml`).map((a) => toString(a))).toEqual(['この動きを更新のお知らせ（フィード）で受け取る']);
		}
		const listed = (code: string) => selectAll('ul.update-list li a', fromHtml(read(`prefectures/${code}/index.html`))).map((a) => toString(a));
		expect(listed('07')).toEqual(['福島県 テスト用デジタル推進計画（策定）']);
		expect(listed('12')).toEqual([]);
		expect(toString(select('main', fromHtml(read('prefectures/12/index.html')))!)).toContain('いまはまだありません');
	});

	it('loads styles and scripts from hashed file names under the base (safe to cache for a year)', () => {
		const assets = ['index.html', 'search/index.html'].flatMap((page) =>
			selectAll('link[rel="stylesheet"], script[src]', fromHtml(read(page))).map((e) => String(e.properties.href ?? e.properties.src)),
		);
		expect(assets.length).toBeGreaterThan(1);
		for (const asset of assets) expect(asset, asset).toMatch(new RegExp(`^${base}_astro/[^/]+\\.[A-Za-z0-9_-]{8}\\.(css|js)$`));
	});

	it('writes _headers for the hosts with every rule under the base; the year-long cache covers only hashed names', () => {
		const rules = read('_headers').split('\n').filter((line) => line.startsWith('/'));
		expect(rules).toEqual([`${base}*`, ...immutableFiles.map((file) => `${base}${file}`)]);
		const files = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
		for (const file of immutableFiles) {
			// A host's `*` matches any characters, slashes included.
			const pattern = new RegExp(`^${file.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
			const cached = files.filter((f) => pattern.test(f));
			expect(cached.length, file).toBeGreaterThan(0);
			for (const name of cached) expect(name, `${file}: ${name}`).toMatch(/[._][A-Za-z0-9_-]{7,}\.[a-z_]+$/);
		}
	});

	it('names each page’s own absolute address as canonical and for link previews; the not-found page, served at any address, none', () => {
		const pages = readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) {
			const tree = fromHtml(read(file));
			const address = `${origin}${base}${file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
			const canonical = selectAll('link[rel="canonical"]', tree).map((l) => l.properties.href);
			const ogUrl = selectAll('meta[property="og:url"]', tree).map((m) => m.properties.content);
			expect(canonical, file).toEqual(file === '404.html' ? [] : [address]);
			expect(ogUrl, file).toEqual(canonical);
			// The preview's title and description are the page's own.
			const title = selectAll('title', tree)[0]!.children.map((c) => ('value' in c ? c.value : '')).join('');
			const ogTitle = String(selectAll('meta[property="og:title"]', tree)[0]?.properties.content);
			expect(title === ogTitle || title.startsWith(`${ogTitle} | `), file).toBe(true);
			expect(selectAll('meta[property="og:description"]', tree)[0]?.properties.content, file).toBe(selectAll('meta[name="description"]', tree)[0]?.properties.content);
		}
	});

	it('puts the figures and files content links from the site’s root under the base: one content folder builds any deployment', () => {
		const chapter = fromHtml(read('plans/sample-plan/ch2/index.html'));
		expect(selectAll('main img', chapter).map((img) => img.properties.src)).toEqual([`${base}favicon.svg`]);
		expect(selectAll('main a', chapter).filter((a) => toString(a) === 'アイコンの画像ファイル').map((a) => a.properties.href)).toEqual([`${base}favicon.svg`]);
	});

	it('publishes public/ without the files an operating system left in it', () => {
		expect(read('favicon.svg')).toContain('<svg');
		expect(existsSync(path.join(dist, '.DS_Store'))).toBe(false);
	});

	it('resolves every link under the base, including from the not-found page', async () => {
		// Canonical addresses are absolute: they are checked as the site's own links.
		const report = await checkLinks(dist, base, origin);
		expect(report.broken).toEqual([]);
		expect(report.external.filter((link) => link.url.startsWith(origin))).toEqual([]);
		// The not-found page is served at any depth: its links must be absolute, under the base.
		const links = selectAll('a, link', fromHtml(read('404.html'))).map((a) => String(a.properties.href)).filter((href) => !href.startsWith('#'));
		expect(links.length).toBeGreaterThan(3);
		expect(links.filter((href) => !href.startsWith(base))).toEqual([]);
	});
});
