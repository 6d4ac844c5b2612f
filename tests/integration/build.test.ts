/**
 * Builds the fixture site (tests/fixtures/site) with the real build command
 * and inspects the HTML it writes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check.ts';
import { phrasesToKeep } from '../../src/lib/phrases.ts';
import { contentSecurityPolicyMeta } from '../../src/lib/security-policy.ts';
import { buildSite } from '../support/build-site.ts';
import { htmlProblems } from '../support/html-conformance.ts';
import { contentWithOverlay, validContent } from '../support/content-fixture.ts';
import { checkVerdictsOnBuiltSite } from '../support/link-verdicts.ts';
import { indexedTree, readingText } from '../../scripts/support/reading-text.ts';

let dist: string;
let buildOutput: string;
const page = (pathname: string) => fromHtml(readFileSync(path.join(dist, pathname, pathname.endsWith('.html') ? '' : 'index.html'), 'utf8'));
/** Every HTML page of the built site, relative to it. */
const builtPages = () => readdirSync(dist, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
const texts = (tree: Root | Element, selector: string) => selectAll(selector, tree).map((n) => toString(n).trim());

beforeAll(async () => {
	dist = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-build-')), 'dist');
	const result = buildSite(validContent, dist);
	buildOutput = result.output;
	expect(result.output).toContain('リンク切れ 0');
	expect(result.status).toBe(0);
}, 240_000);

describe('built fixture site', () => {
	it('writes every page type', () => {
		for (const pathname of ['', 'plans', 'plans/sample-plan', 'plans/sample-plan/ch1', 'plans/sample-plan/ch2', 'plans/sample-plan/indicators', 'prefectures', 'prefectures/07', 'indicators', 'indicators/compare', 'indicators/compare/online-procedure-rate', 'data', 'glossary', 'glossary/ai', 'glossary/open-data', 'glossary/cloud-service', 'search']) {
			expect(existsSync(path.join(dist, pathname, 'index.html')), pathname).toBe(true);
		}
		expect(existsSync(path.join(dist, '404.html'))).toBe(true);
	});

	it('writes every page as the HTML standard has it (4.1.1 構文解析)', async () => {
		expect(await htmlProblems(dist)).toEqual([]);
	});

	it('says last, after the report, that SITE_URL is not set: what would point at localhost', () => {
		const lines = buildOutput.trimEnd().split('\n');
		expect(lines.at(-1)).toMatch(/^SITE_URL が未設定のため、.*http:\/\/localhost:4321 を指しています。公開するビルドでは SITE_URL=https:\/\/… を指定してください。$/);
		expect(lines.findIndex((line) => line.startsWith('SITE_URL が未設定'))).toBeGreaterThan(lines.indexOf('ビルドレポート'));
	});

	it('lists the external links beside the site with the pages that carry them', () => {
		expect(readFileSync(`${dist}.reports/external-links.tsv`, 'utf8').split('\n')).toEqual([
			'URL\tページ数\tリンク元のページ',
			// The print pages carry their plan's 用語解説, 【参照】 included.
			'https://cio.go.jp/policy-opendata\t2\t/glossary/open-data/ /plans/sample-plan/print/',
			'https://creativecommons.org/licenses/by/4.0/deed.ja\t1\t/data/',
			'https://example.jp/ai\t2\t/glossary/ai/ /plans/other-plan/print/',
			'',
		]);
	});

	// The report counts from the content model, without reading the pages back; the pages say whether it counts right.
	it('reports as many term links in the text as the chapter pages carry', () => {
		const chapters = builtPages().filter((file) => /^plans\/[^/]+\/ch\d+\/index\.html$/.test(file));
		const termLinks = chapters.reduce((sum, file) => sum + selectAll('.chapter .term', page(file)).length, 0);
		expect(termLinks).toBeGreaterThan(0);
		expect(buildOutput).toMatch(new RegExp(`本文中の用語リンク ${termLinks}、`));
	});

	it('records the heading ids it published, for the next check', () => {
		const manifest = JSON.parse(readFileSync(path.join(dist, 'heading-ids.json'), 'utf8'));
		expect(manifest['sample-plan/ch1']).toEqual(['concept', 's1', 's1-1', 's1-2']);
	});

	// The indicator page shows two notes with the same heading and a footnote each; a term's definition sits among the term page's own ids.
	it('gives no id to two elements on any page', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(20);
		for (const file of pages) {
			const ids = selectAll('[id]', page(file)).map((node) => String(node.properties.id));
			expect(ids.filter((id, i) => ids.indexOf(id) !== i), file).toEqual([]);
		}
		const notes = selectAll('.indicator [id^="note-"], .evaluation [id^="note-"]', page('plans/sample-plan/indicators')).map((node) => String(node.properties.id));
		expect(notes).toEqual(expect.arrayContaining(['note-kpi-online-user-content-fn-1', 'note-projects-user-content-fn-1']));
	});

	/** A page's description for search engines and link previews. */
	const descriptionOf = (pathname: string) => select('meta[name="description"]', page(pathname))!.properties.content;

	it('describes a chapter page by the opening of its text (search engines, link previews)', () => {
		expect(descriptionOf('plans/sample-plan/ch1')).toBe('本県では、デジタル技術を活用して行政手続のオンライン化を進めます。ＤＸの推進は重要です。');
		expect(descriptionOf('plans/other-plan/ch1')).toBe('この章では、人工知能の活用を含む戦略の基本的な考え方を示します。');
	});

	it('describes a term page by its definition, saying first whose it is (the plan’s or the editors’)', () => {
		expect(descriptionOf('glossary/cloud-service')).toBe('編集部による解説: インターネット経由で提供されるソフトウェアやデータ保管のサービス。');
		expect(descriptionOf('glossary/ai')).toMatch(/^.+県の計画の用語解説より: 「Artificial Intelligence」の略で、人工知能のことです。$/);
	});

	it('describes a theme page by the editors’ description of the theme, said to be theirs', () => {
		expect(descriptionOf('themes/administrative-dx')).toBe(
			'編集部によるテーマ説明: 県庁や市町村の仕事の進め方と行政サービスを、デジタル技術で変えていく取組。行政手続のオンライン化、業務の効率化、窓口の見直しなど。',
		);
	});

	it('shows a plan’s summary as the editors’, on its page, in its description and in the feed', () => {
		const plan = page('plans/sample-plan');
		expect(texts(plan, '.plan-summary p')).toEqual(['編集部による要約', '統合テスト用の小さな計画です。']);
		expect(descriptionOf('plans/sample-plan')).toBe('編集部による要約: 統合テスト用の小さな計画です。');
		expect(readFileSync(path.join(dist, 'feed.xml'), 'utf8')).toContain('<summary>編集部による要約: 統合テスト用の小さな計画です。</summary>');
	});

	it('names no canonical address without SITE_URL (it would be the preview server’s), but gives link previews a title', () => {
		const home = page('');
		expect(selectAll('link[rel="canonical"], meta[property="og:url"]', home)).toEqual([]);
		expect(selectAll('meta[property="og:title"]', home).map((m) => m.properties.content)).toEqual(['都道府県計画ライブラリ']);
	});

	it('resolves every internal link and fragment', async () => {
		const report = await checkLinks(dist);
		expect(report.broken).toEqual([]);
		expect(report.internal).toBeGreaterThan(50);
	});

	it('has every page and id the content check knows of, and no other that it would report missing', async () => {
		const verdicts = await checkVerdictsOnBuiltSite(dist, validContent);
		expect(verdicts.reported).toEqual([]);
		expect(verdicts.decided).toBeGreaterThan(30);
	});

	it('writes a Japanese Pagefind index with prefecture and kind filters', () => {
		expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
		const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages)).toEqual(['ja']);
		const chapter = page('plans/sample-plan/ch1');
		expect(selectAll('[data-pagefind-body]', chapter)).toHaveLength(1);
		expect(selectAll('[data-pagefind-filter="prefecture:福島県"]', chapter)).toHaveLength(1);
		expect(selectAll('[data-pagefind-filter="kind:本文"]', chapter)).toHaveLength(1);
		expect(selectAll('[data-pagefind-filter="kind:用語"]', page('glossary/ai'))).toHaveLength(1);
		// A plan's overview page holds the editors' summary, not the plan's text: its own kind.
		expect(selectAll('[data-pagefind-filter="kind:計画の概要"]', page('plans/sample-plan'))).toHaveLength(1);
		expect(selectAll('[data-pagefind-filter="kind:本文"]', page('plans/sample-plan'))).toHaveLength(0);
	});

	it('deploys only the search files the search page loads, not Pagefind\'s ready-made interfaces', () => {
		const files = readdirSync(path.join(dist, 'pagefind'), { withFileTypes: true }).filter((f) => f.isFile()).map((f) => f.name);
		expect(files).toContain('pagefind-worker.js');
		const unexpected = files.filter((f) => !/^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind|pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta)$/.test(f));
		expect(unexpected).toEqual([]);
	});

	it('indexes a term page as the term, its reading and its definition, without field labels, headings or the source line', () => {
		const body = select('[data-pagefind-body]', page('glossary/open-data'))!;
		const indexed = readingText(body).replace(/\s+/g, '');
		expect(indexed).toMatch(/^オープンデータおーぷんでーた誰もがインターネット等を通じて/);
		expect(indexed).toContain('「オープンデータ基本指針」');
		expect(indexed).not.toContain('【参照】');
		// Headings with ids are what Pagefind makes sub-results of: none, so the term is one result.
		expect(selectAll('h2[id], h3[id]', indexedTree(body))).toEqual([]);
		expect(indexed).not.toContain('よみ');
		expect(indexed).not.toContain('出典');
		// The reader still sees both.
		expect(texts(page('glossary/open-data'), 'main dt')).toContain('よみ');
		expect(toString(select('main', page('glossary/open-data'))!)).toContain('出典');
	});

	it('gives every page lang="ja", a title and exactly one h1 (WCAG 3.1.1)', () => {
		const htmlFiles = builtPages();
		expect(htmlFiles.length).toBeGreaterThanOrEqual(11);
		for (const file of htmlFiles) {
			const tree = page(file);
			expect(selectAll('html[lang="ja"]', tree), file).toHaveLength(1);
			expect(selectAll('h1', tree), file).toHaveLength(1);
			expect(texts(tree, 'title')[0], file).not.toBe('');
		}
	});

	it('puts an indicator’s and an evaluation table’s notes under their heading: the notes’ ## and their 脚注 are h3 under the h2', () => {
		const indicators = page('plans/sample-plan/indicators');
		for (const section of [...selectAll('section.indicator', indicators), ...selectAll('section.evaluation', indicators)]) {
			const headings = selectAll('h2, h3, h4, h5, h6', section).map((h) => `${h.tagName} ${toString(h)}`);
			expect(headings[0]).toMatch(/^h2 /);
			expect(headings.slice(1).every((h) => h.startsWith('h3 ')), headings.join(' / ')).toBe(true);
		}
		const notes = selectAll('section.indicator', indicators)[0]!;
		expect(selectAll('h3', notes).map((h) => toString(h))).toEqual(expect.arrayContaining(['算出の方法', '脚注']));
	});

	it('puts a chapter’s title first, then its table of contents, then its text: the order screen readers and the keyboard follow (WCAG 1.3.2)', () => {
		const order = selectAll('h1, nav.toc, article.chapter', page('plans/sample-plan/ch1')).map((n) => (n.tagName === 'nav' ? String((n.properties.className as string[])[1]) : n.tagName));
		expect(order).toEqual(['h1', 'toc-narrow', 'toc-wide', 'article']);
	});

	it('keeps the phrases of every h1 and h2 longer than a 320px line on one line each, on every page (no 「箇／所」)', () => {
		// Both are 1.5rem on a phone: 12 characters in 288px.
		const longerThanALine = (heading: Element) => [...toString(heading)].length > 12;
		const unphrased = builtPages().flatMap((file) =>
			selectAll('main :is(h1, h2)', page(file))
				.filter((heading) => longerThanALine(heading) && phrasesToKeep(toString(heading)).some((p) => p.keep) && !select('.phrase', heading))
				.map((heading) => `${file}: ${toString(heading)}`),
		);
		expect(unphrased).toEqual([]);
	});

	it('marks English phrases lang="en" in definitions, aliases and toggletips (WCAG 3.1.2), not acronyms', () => {
		const english = (tree: ReturnType<typeof page>) => selectAll('[lang="en"]', tree).map((n) => toString(n));
		expect(english(page('glossary/ai'))).toEqual(['Artificial Intelligence', 'Artificial Intelligence']);
		expect(english(page('plans/sample-plan/ch1'))).toContain('Artificial Intelligence');
		expect(texts(page('glossary/ai'), 'main dd')).toContain('人工知能、Artificial Intelligence');
	});

	it('sets the Content-Security-Policy on every page, before anything it governs', () => {
		for (const file of builtPages()) {
			const head = selectAll('head > *', page(file)).map((n) => (n.tagName === 'meta' ? String(n.properties.httpEquiv ?? n.properties.charSet ?? n.properties.name) : n.tagName));
			expect(head.slice(0, 2), file).toEqual(['utf-8', 'Content-Security-Policy']);
			expect(selectAll('meta[http-equiv="Content-Security-Policy"]', page(file))[0]!.properties.content, file).toBe(contentSecurityPolicyMeta(file === path.join('search', 'index.html')));
		}
		expect(builtPages()).toContain(path.join('search', 'index.html'));
		expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toContain('Content-Security-Policy: ');
	});

	it('marks links to other sites in words and opens them without a referrer or opener', () => {
		const links = selectAll('a[href^="https://"]', page('glossary/ai'));
		expect(links.map((a) => [a.properties.rel, toString(a)])).toEqual([[['noopener', 'noreferrer'], 'https://example.jp/ai（外部サイト）']]);
	});

	it('renders chapters with numbered anchors, a table of contents and previous/next', () => {
		const ch1 = page('plans/sample-plan/ch1');
		expect(selectAll('article h2[id], article h3[id]', ch1).map((h) => h.properties.id)).toEqual(['s1', 's1-1', 's1-2', 'concept', 'footnote-label']);
		expect(selectAll('.toc-wide a', ch1).map((a) => a.properties.href)).toEqual(['#s1', '#s1-1', '#s1-2', '#concept']);
		// The outline starts at the chapter's title: the sidebar before it has no heading.
		expect(selectAll('h1, h2, h3, h4, h5, h6', ch1)[0]?.tagName).toBe('h1');
		expect(selectAll('a[rel="next"]', ch1)[0]?.properties.href).toBe('/plans/sample-plan/ch2/');
		expect(selectAll('a[rel="prev"]', ch1)).toHaveLength(0);
		expect(texts(ch1, 'a[data-footnote-ref]')).toEqual(['1']);
	});

	it('shows the way up from a plan’s pages through its prefecture and the prefectures, each crumb the page above the next', () => {
		/** A page's crumbs: label and address, the page's own without one. */
		const trail = (pathname: string) => selectAll('nav.breadcrumbs li', page(pathname)).map((li) => {
			const link = select('a', li);
			return link ? `${toString(link)} ${link.properties.href}` : toString(li);
		});
		const plan = ['ホーム /', '都道府県の一覧 /prefectures/', '福島県 /prefectures/07/', 'テスト用デジタル推進計画 /plans/sample-plan/'];
		expect(trail('plans/sample-plan/ch1')).toEqual([...plan, '第１章 計画の策定']);
		expect(trail('plans/sample-plan/indicators')).toEqual([...plan, '指標']);
		expect(trail('plans/sample-plan/print')).toEqual([...plan, '全章（印刷用）']);
		expect(trail('plans/sample-plan')).toEqual([...plan.slice(0, -1), 'テスト用デジタル推進計画']);
		expect(trail('prefectures/07')).toEqual([...plan.slice(0, 2), '福島県の計画']);
		expect(trail('prefectures')).toEqual(['ホーム /', '都道府県の一覧']);
		expect(trail('plans')).toEqual(['ホーム /', '計画一覧']);
		expect(trail('indicators/compare/online-procedure-rate')).toEqual(['ホーム /', '指標の一覧 /indicators/', '指標を都道府県で比べる /indicators/compare/', '県及び市町村の行政手続のオンライン利用率を比べる']);
		expect(trail('indicators/compare')).toEqual(['ホーム /', '指標の一覧 /indicators/', '指標を都道府県で比べる']);

		// On every page: an ordered list in a named nav, the page's own crumb last and marked, and each link leads to a page whose trail is the crumbs before it.
		const links = (tree: Root) => selectAll('nav.breadcrumbs a', tree).map((a) => String(a.properties.href));
		for (const file of builtPages().filter((f) => selectAll('nav.breadcrumbs', page(f)).length > 0)) {
			const tree = page(file);
			expect(selectAll('nav.breadcrumbs[aria-label="現在位置"] > ol > li', tree).at(-1)!.children.map((c) => c.type === 'element' && c.properties.ariaCurrent), file).toEqual(['page']);
			links(tree).forEach((href, i) => expect(links(page(href.slice(1))), `${file} → ${href}`).toEqual(links(tree).slice(0, i)));
		}
	});

	it('lists each plan on the home page with prefecture, title, period and status; each prefecture leads to its page', () => {
		expect(texts(page(''), 'tbody tr')[0]).toMatch(/福島県.*テスト用デジタル推進計画.*計画.*令和4（2022）年度〜令和7（2025）年度（期間終了）.*資料に記載なし/);
		// A period and a status the source does not give read the same.
		expect(selectAll('tbody tr', page(''))[1]!.children.filter((c) => c.type === 'element').slice(-2).map((cell) => toString(cell))).toEqual(['資料に記載なし', '資料に記載なし']);
		expect(selectAll('tbody th[scope="row"] a', page('')).map((a) => a.properties.href)).toContain('/prefectures/07/');
		// The prefecture's own page: the plan heads its row, and no column repeats the prefecture.
		const prefecture = page('prefectures/07');
		expect(texts(prefecture, 'thead th')).toEqual(['計画名', '種別', '計画期間', '状況']);
		expect(texts(prefecture, 'tbody th[scope="row"] a')).toContain('テスト用デジタル推進計画');
	});

	it('puts each part of the home page under a heading, and offers the topic themes there, each with the number of prefectures whose plans take it up, not the plan-structure roles', () => {
		const home = page('');
		// Each part of the home page under a heading, for readers who move from heading to heading.
		expect(texts(home, 'h2')).toEqual(['計画から探す', 'テーマから探す', '計画と意見募集の動き', '意見募集（パブリックコメント）']);
		expect(selectAll('ul.theme-list li', home).map((li) => `${select('a', li)!.properties.href} ${toString(li)}`)).toEqual(['/themes/administrative-dx/ 行政のDX （2都道府県）']);
		expect(selectAll('a', home).map((a) => a.properties.href)).toContain('/themes/');
	});

	it('has a page at every address a page’s address leads up to: a resident who shortens an address finds a page, not “not found”', () => {
		const addresses = new Set(builtPages().map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`));
		// /plans/x/ch1/ → /plans/x/, /plans/.
		const above = (address: string) => [...address.matchAll(/\//g)].slice(1, -1).map((slash) => address.slice(0, slash.index + 1));
		const missing = [...addresses].flatMap((address) => above(address).filter((a) => !addresses.has(a)).map((a) => `${a} (above ${address})`));
		expect(addresses).toContain('/plans/sample-plan/ch1/');
		expect([...new Set(missing)]).toEqual([]);
	});

	it('links a prefecture’s page to its column on each topic theme’s page that has its sections, with their number', () => {
		const topics = selectAll('section:has(> h2#topics) a', page('themes')).map((a) => String(a.properties.href));
		const expected = topics.flatMap((href) => {
			const column = select('section:has(> h2#pref-07)', page(href.slice(1, -1)))!;
			const more = Number(toString(column).match(/ほか(\d+)か所/)?.[1] ?? 0);
			const count = selectAll('.section-list > li', column).length + more;
			return count > 0 ? [`${href}#pref-07 ${count}`] : [];
		});
		expect(expected.length).toBeGreaterThan(0);
		const listed = selectAll('ul.theme-list > li', page('prefectures/07')).map((li) => `${select('a', li)!.properties.href} ${toString(li).match(/（(\d+)か所）/)![1]}`);
		expect(listed).toEqual(expected);
	});

	it('lists the plans at /plans/, the prefectures with their number of plans at /prefectures/, and the metrics compared with their number of prefectures at /indicators/compare/', () => {
		const plans = page('plans');
		expect(texts(plans, 'h1')).toEqual(['計画一覧']);
		expect(selectAll('tbody td a', plans).map((a) => a.properties.href)).toEqual(['/plans/sample-plan/', '/plans/other-plan/']);
		expect(selectAll('tbody th a', plans).map((a) => a.properties.href)).toEqual(['/prefectures/07/', '/prefectures/12/']);

		const prefectures = page('prefectures');
		expect(texts(prefectures, 'h1')).toEqual(['都道府県の一覧']);
		expect(texts(prefectures, 'main li')).toEqual(['福島県（計画1件）', '千葉県（計画1件）']);
		expect(selectAll('main li a', prefectures).map((a) => a.properties.href)).toEqual(['/prefectures/07/', '/prefectures/12/']);

		const metrics = page('indicators/compare');
		expect(texts(metrics, 'h1')).toEqual(['指標を都道府県で比べる']);
		expect(texts(metrics, 'main li')).toEqual(['県及び市町村の行政手続のオンライン利用率（%）: 福島県、千葉県（2都道府県）', '紙で受け付けた申請の件数（件）: いまは千葉県だけ']);
		expect(selectAll('main li a', metrics).map((a) => a.properties.href)).toEqual(['/indicators/compare/online-procedure-rate/', '/indicators/compare/paper-applications/']);

		// Each says what it lists, on the page and to search engines; none is in the site's search index (the pages they list are).
		for (const tree of [plans, prefectures, metrics]) {
			const description = String(selectAll('meta[name="description"]', tree)[0]!.properties.content);
			expect(texts(tree, 'h1 + p')).toEqual([description]);
			expect(selectAll('[data-pagefind-body]', tree)).toEqual([]);
		}
	});

	it('lists its few prefectures one after another, not by region (a site of many is in scale.test.ts)', () => {
		for (const pathname of ['', 'plans', 'prefectures', 'prefectures/07', 'themes/administrative-dx', 'glossary/ai', 'consultations', 'search']) {
			expect({ pathname, byRegion: selectAll('.region-index, th[scope="rowgroup"], nav.jump-bar, #search-prefecture optgroup, #region, #search-region', page(pathname)).length }).toEqual({ pathname, byRegion: 0 });
		}
		expect(selectAll('#search-prefecture option', page('search')).map((o) => o.properties.value)).toEqual(['', '福島県', '千葉県']);
		// One comparison table of them all, no page per region.
		expect(selectAll('main table.compare-matrix', page('themes/compare'))).toHaveLength(1);
		expect(readdirSync(path.join(dist, 'themes/compare'))).toEqual(['index.html']);
	});

	it('marks in the header the section each page is in, and leaves the header search box to the search, home and not-found pages’ own', () => {
		const current = (pathname: string) => selectAll('.site-nav a[aria-current]', page(pathname)).map((a) => `${toString(a)} ${a.properties.ariaCurrent}`);
		expect(current('')).toEqual([]);
		expect(current('glossary/ai')).toEqual(['用語集 true']);
		expect(current('plans/sample-plan/indicators')).toEqual(['計画一覧 true']);
		expect(current('plans')).toEqual(['計画一覧 page']);
		expect(current('prefectures')).toEqual(['計画一覧 true']);
		expect(current('indicators/compare')).toEqual(['指標 true']);
		expect(current('accessibility')).toEqual([]);
		expect(selectAll('.site-header form', page('search'))).toHaveLength(0);
		expect(selectAll('.site-header form', page('glossary'))).toHaveLength(1);
		for (const pathname of ['', '404.html']) {
			const tree = page(pathname);
			expect(selectAll('.site-header form', tree)).toHaveLength(0);
			expect(selectAll('main form[role="search"][action="/search/"] input[name="q"]', tree)).toHaveLength(1);
		}
	});

	it('shows plan metadata and the chapters with their sections', () => {
		const plan = page('plans/sample-plan');
		// Its last fiscal year ended on 31 March 2026, before any build of this test: the period says so.
		expect(texts(plan, '.meta dd')).toContain('令和4（2022）年度〜令和7（2025）年度（期間終了）');
		expect(texts(plan, '.note')[0]).toContain('編集部が');
		expect(selectAll('.chapter-list a', plan).map((a) => a.properties.href)).toContain('/plans/sample-plan/ch1/#s1');
	});

	it('says where a chapter’s title is the editors’: under its h1, in the plan’s contents and on the print page', () => {
		const note = '元の文書にはこの部分の題名がないため、この章名は編集部が付けたものです。';
		expect(texts(page('plans/sample-plan/ch2'), 'h1 + p.note')).toEqual([note]);
		expect(texts(page('plans/sample-plan/ch1'), 'main')[0]).not.toContain(note);
		expect(texts(page('plans/sample-plan'), '.chapter-list > li > .muted')).toEqual(['（編集部による名称）']);
		expect(toString(select('.chapter-list > li:nth-child(2)', page('plans/sample-plan'))!)).toContain('目指す姿（編集部による名称）');
		const print = page('plans/sample-plan/print');
		expect(selectAll('.print-chapter', print).map((chapter) => texts(chapter, 'h2 + p.note'))).toEqual([[], [note]]);
	});

	it('groups the glossary 五十音 with 英数字 and a jump bar', () => {
		const glossary = page('glossary');
		expect(texts(glossary, 'main h2')).toEqual(['あ行', 'か行', '英数字']);
		expect(texts(glossary, 'section:has(> #row-latin) a')).toContain('ＡＩ');
		// A reading where it adds to the term, not after a term already written in the kana it is read in.
		expect(texts(glossary, '.term-list dt')).toEqual(expect.arrayContaining(['ＡＩ （えーあい）', 'オープンデータ', 'クラウドサービス']));
		expect(selectAll('.jump-bar a', glossary).map((a) => a.properties.href)).toEqual(['#row-a', '#row-ka', '#row-latin']);
	});

	it('lists a term’s other name written in Latin letters or kana where a resident may look it up, leading to the term', () => {
		const glossary = page('glossary');
		expect(texts(glossary, 'section:has(> #row-latin) dt')).toEqual(['ＡＩ （えーあい）', 'Artificial Intelligence']);
		const alias = select('section:has(> #row-latin) .term-list > div:nth-child(2) > dd', glossary)!;
		expect(toString(alias)).toBe('「ＡＩ」の別の呼び方です。');
		expect(select('a', alias)!.properties.href).toBe('/glossary/ai/');
		// 人工知能: where it goes in 五十音 needs its reading, which the entry does not give.
		expect(texts(glossary, '.term-list dt')).toEqual(['オープンデータ', 'クラウドサービス', 'ＡＩ （えーあい）', 'Artificial Intelligence']);
	});

	it('ends each row of the glossary’s index with a link back to the 五十音 bar', () => {
		const glossary = page('glossary');
		const rows = selectAll('main section:has(> h2[id^="row-"])', glossary);
		expect(rows.length).toBeGreaterThan(1);
		for (const row of rows) expect(selectAll(':scope > p:last-child > a', row).map((a) => [toString(a), a.properties.href])).toEqual([['五十音の一覧へ戻る', '#gojuon']]);
		expect(select('nav#gojuon[aria-label="五十音"]', glossary)).toBeDefined();
	});

	it('gives each term of the glossary its definition’s opening and whose it is, the editors’ marked as theirs', () => {
		const glossary = page('glossary');
		const definitionOf = (term: string) => texts(glossary, `.term-list > div:has(> dt a[href="/glossary/${term}/"]) > dd`);
		expect(definitionOf('open-data')).toEqual(['誰もがインターネット等を通じて容易に利用できるよう公開されたデータのこと。（福島県の計画の用語解説より）']);
		expect(definitionOf('cloud-service')).toEqual(['インターネット経由で提供されるソフトウェアやデータ保管のサービス。（編集部による解説）']);
		expect(selectAll('.term-list dd', glossary)).toHaveLength(selectAll('.term-list dt', glossary).length);
	});

	it('shows every plan’s definition of a concept, each with its source; a title the editors gave a plan not quoted as the document’s', () => {
		const ai = page('glossary/ai');
		expect(texts(ai, 'main h2')).toEqual(expect.arrayContaining(['解説', '解説（2）']));
		const sources = selectAll('main p.muted', ai).filter((p) => toString(p).trim().startsWith('出典'));
		expect(sources.map((p) => toString(p).trim())).toEqual(['出典: 福島県 テスト用デジタル推進計画（編集部による名称）の用語解説', '出典: 「千葉県テスト用DX推進戦略」の用語解説']);
		expect(sources.map((p) => selectAll('a', p).map((a) => a.properties.href))).toEqual([['/plans/sample-plan/'], ['/plans/other-plan/']]);
		expect(texts(ai, 'section:has(> #definition-2) .definition p')).toEqual(['人工知能のこと。学習したデータをもとに判断や予測を行う技術。', '生成ＡＩを含む。']);
		expect(selectAll('section:has(> #definition-2) ul a', ai).map((a) => a.properties.href)).toEqual(['https://example.jp/ai']);
	});

	it('links a term and a theme that go by one name both ways: the term page offers the theme, the theme’s 呼び方 lead to the definition', () => {
		const term = page('glossary/cloud-service');
		expect(selectAll('h2#compare + ul a', term).map((a) => [toString(a), a.properties.href])).toEqual([['テーマ「行政のDX」', '/themes/administrative-dx/']]);
		expect(select('h2#compare', page('glossary/open-data'))).toBeUndefined();
		const names = selectAll('main p', page('themes/administrative-dx')).find((p) => toString(p).startsWith('計画での呼び方の例'))!;
		expect(selectAll('a', names).map((a) => [toString(a), a.properties.href])).toEqual([['クラウドサービス', '/glossary/cloud-service/']]);
		expect(toString(names)).toBe('計画での呼び方の例: 行政のデジタル化、スマート県庁、スマート自治体、行政サービス、行政手続のオンライン化、クラウドサービス');
	});

	it('labels editorial definitions and credits plan definitions', () => {
		expect(texts(page('glossary/cloud-service'), '.note')[0]).toContain('編集部による解説');
		expect(texts(page('glossary/ai'), 'main p.muted')[0]).toContain('テスト用デジタル推進計画');
	});

	it('puts the whole plan on one page for printing, chapter by chapter, without clashing ids', () => {
		const print = page('plans/sample-plan/print');
		// On paper, the address of the plan online (SITE_URL; localhost when unset).
		expect(texts(print, '.meta dd')).toContain('http://localhost:4321/plans/sample-plan/');
		expect(texts(print, '.print-chapter > h2')).toEqual(['第１章 計画の策定', '第２章 目指す姿']);
		expect(selectAll('.print-chapter h3', print).map((h) => h.properties.id)).toContain('ch1-s1');
		const ids = selectAll('[id]', print).map((n) => String(n.properties.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(selectAll('.term-tip, .related-sections', print)).toHaveLength(0);
		for (const pathname of ['plans/sample-plan', 'plans/sample-plan/ch1']) expect(selectAll('a', page(pathname)).map((a) => a.properties.href), pathname).toContain('/plans/sample-plan/print/');
	});

	it('opens the print page, the copy handed on, with what identifies the plan as its overview states it', () => {
		const [print, overview] = [page('plans/sample-plan/print'), page('plans/sample-plan')];
		expect(texts(print, '.meta dt')).toEqual([...texts(overview, '.meta dt'), '計画のページ']);
		expect(texts(print, '.meta dd').slice(0, -1)).toEqual(texts(overview, '.meta dd'));
		expect(texts(print, '.meta dt')).toEqual(expect.arrayContaining(['種別', '状況', '計画期間', '元の文書']));
		// A title the editors gave (titleIsDescriptive) is said to be theirs on paper too.
		const editorsTitle = '元の文書から題名を読み取れないため、この名称は編集部が内容から付けたものです。';
		expect(texts(overview, 'main > p.note')).toContain(editorsTitle);
		expect(texts(print, '.print-plan > p.note')).toContain(editorsTitle);
	});

	it('gives every page its address for paper, and the print stylesheet last, for print only', () => {
		for (const pathname of ['', 'plans/sample-plan/ch1', 'plans/sample-plan/print', 'glossary/ai']) {
			const tree = page(pathname);
			expect(texts(tree, '.print-source'), pathname).toEqual([`都道府県計画ライブラリ http://localhost:4321/${pathname ? `${pathname}/` : ''}`]);
			const stylesheets = selectAll('link[rel="stylesheet"]', tree);
			expect(stylesheets.at(-1)!.properties, pathname).toMatchObject({ media: 'print', href: expect.stringMatching(/^\/_astro\/print\.[^/]+\.css$/) });
			expect(stylesheets.filter((link) => link.properties.media === 'print'), pathname).toHaveLength(1);
		}
	});

	it('ends the print page with the plan’s 用語解説, in 五十音 order then 英数字, each term with this plan’s definition', () => {
		const print = page('plans/sample-plan/print');
		expect(selectAll('nav .chapter-list a', print).map((a) => [toString(a), a.properties.href])).toEqual([
			['第１章 計画の策定', '#chapter-ch1'],
			['第２章 目指す姿', '#chapter-ch2'],
			['用語解説', '#print-glossary'],
		]);
		const glossary = select('.print-glossary', print)!;
		expect(texts(glossary, 'h2')).toEqual(['用語解説']);
		expect(texts(glossary, 'h3')).toEqual(['オープンデータ', 'ＡＩ']);
		expect(texts(glossary, '.definition')).toEqual(['誰もがインターネット等を通じて容易に利用できるよう公開されたデータのこと。', '「Artificial Intelligence」の略で、人工知能のことです。']);
		expect(texts(glossary, 'h4')).toEqual(['【参照】']);
		// A 【参照】 address is the link's own text: marked so, paper does not print it again after it.
		expect(selectAll('a.shows-address', glossary).map((a) => [a.properties.href, toString(a)])).toEqual([['https://cio.go.jp/policy-opendata', 'https://cio.go.jp/policy-opendata（外部サイト）']]);
		// Another plan's definition of the same term is that plan's: on its print page, with its own 【参照】.
		const other = select('.print-glossary', page('plans/other-plan/print'))!;
		expect(texts(other, 'h3')).toEqual(['ＡＩ']);
		expect(texts(other, '.definition p')).toEqual(['人工知能のこと。学習したデータをもとに判断や予測を行う技術。', '生成ＡＩを含む。']);
		expect(texts(other, 'li')[0]).toContain('https://example.jp/ai');
	});

	it('says of every link to another site, on every page, that it leaves the site, and opens it without a referrer or an opener', () => {
		const outward = builtPages().flatMap((file) =>
			selectAll('a[href^="http"]', fromHtml(readFileSync(path.join(dist, file), 'utf8'))).map((a) => ({ file, href: String(a.properties.href), rel: a.properties.rel, text: toString(a) })),
		);
		expect(outward.map((link) => link.file)).toContain('data/index.html');
		for (const link of outward) expect(link, link.file).toMatchObject({ rel: ['noopener', 'noreferrer'], text: expect.stringMatching(/（外部サイト）$/) });
	});

	it('publishes the accessibility policy and the privacy page, linked from every page', () => {
		expect(texts(page('accessibility'), 'h1')).toEqual(['ウェブアクセシビリティ方針']);
		expect(texts(page('accessibility'), 'main')[0]).toContain('適合レベルAAに準拠');
		expect(texts(page('privacy'), 'h1')).toEqual(['プライバシーと端末への保存']);
		// What is kept, under which name, that nothing is sent, and the advice for shared computers, readable without JavaScript.
		const privacy = texts(page('privacy'), 'main')[0]!;
		for (const said of ['prefplan:opinions:', '入力した氏名・住所', 'サーバーには送られず', '共用の端末', 'JavaScript が無効なため']) expect(privacy).toContain(said);
		for (const pathname of ['', 'plans/sample-plan/ch1', 'glossary/ai']) {
			expect(selectAll('footer a', page(pathname)).map((a) => a.properties.href), pathname).toEqual(expect.arrayContaining(['/accessibility/', '/privacy/']));
		}
	});

	it('publishes the test result as public bodies do: the claim’s facts, one checklist row per criterion of levels A and AA, then those WCAG 2.1 and 2.2 added', () => {
		const policy = page('accessibility');
		const claim = select('#results ~ dl.meta', policy)!;
		const facts = Object.fromEntries(selectAll('dt', claim).map((dt, i) => [toString(dt), toString(selectAll('dd', claim)[i]!)]));
		expect(facts).toMatchObject({
			表明日: expect.stringMatching(/^令和\d+（\d{4}）年\d+月\d+日$/),
			規格の規格番号及び改正年: 'JIS X 8341-3:2016',
			目標とする適合レベル及び対応度: '適合レベルAAに準拠',
		});
		const [jis, later] = selectAll('table.stacked-table', policy).map((table) => selectAll('tbody tr', table));
		expect(jis).toHaveLength(38);
		expect(later).toHaveLength(18);
		const row = (number: string) =>
			[...jis!, ...later!].map((tr) => [toString(select('th', tr)!), ...selectAll('td', tr).map((td) => toString(td))]).find((cells) => cells[0]!.startsWith(`${number} `))!;
		expect(row('1.1.1').slice(0, 4)).toEqual(['1.1.1 非テキストコンテンツ', 'A', '適用', '適合']);
		expect(row('1.2.4').slice(0, 4)).toEqual(['1.2.4 キャプション（ライブ）', 'AA', '適用なし', '適合']);
		expect(row('2.4.7')[4]).toBe('ブラウザでの操作');
		expect(row('4.1.2')[0]).toBe('4.1.2 名前（name），役割（role）及び値（value）');
		// Every way of checking the rows name is explained under 試験の方法.
		const explained = texts(select('#method ~ dl.meta', policy)!, 'dt');
		const named = new Set([...jis!, ...later!].flatMap((tr) => toString(selectAll('td', tr).at(-2)!).split('、')));
		expect([...named].filter((method) => !explained.includes(method))).toEqual([]);
		expect(explained).toEqual(['axe-core', 'HTML の検査', 'ブラウザでの操作', '目視']);
		// The later criteria say which version added them.
		expect(row('2.5.8').slice(0, 3)).toEqual(['2.5.8 ターゲットのサイズ（最低限）', '2.2', 'AA']);
		// Each cell names its column where a phone stacks the row.
		expect(selectAll('td', jis![0]!).map((td) => td.properties.dataLabel)).toEqual(['レベル', '適用', '適合', '確認の方法', '注記']);
		expect(selectAll('td', later![0]!).map((td) => td.properties.dataLabel)).toEqual(['WCAG', 'レベル', '適用', '適合', '確認の方法', '注記']);
	});

	it('loads no JavaScript on reading pages but the citation menu on chapters, and nothing from other origins anywhere', () => {
		for (const pathname of ['', 'plans/sample-plan', 'plans/sample-plan/indicators', 'indicators', 'indicators/compare/online-procedure-rate', 'data', 'glossary', 'glossary/ai']) {
			expect(selectAll('script', page(pathname)), pathname).toHaveLength(0);
		}
		expect(selectAll('script', page('plans/sample-plan/ch1')).map((s) => String(s.properties.src))).toEqual([expect.stringMatching(/^\/_astro\/CitationMenu\.[^/]+\.js$/)]);
		expect(selectAll('script[src]', page('search'))).toHaveLength(1);
		for (const pathname of ['', 'plans/sample-plan/ch1', 'search']) {
			for (const node of selectAll('script[src], link[href], img[src]', page(pathname))) {
				expect(String(node.properties.src ?? node.properties.href)).toMatch(/^\//);
			}
		}
	});
});

describe('indicators', () => {
	const dataFile = (name: string) => readFileSync(path.join(dist, 'data', name));
	const csvRows = (name: string) => parse(dataFile(name), { bom: true, columns: true }) as Array<Record<string, string>>;

	it('shows each indicator as a table first: caption, scoped headers, 和暦 years, numbers alone, right-aligned and next to their year', () => {
		const indicators = page('plans/sample-plan/indicators');
		const section = selectAll('section.indicator', indicators)[0]!;
		expect(texts(section, 'caption')).toEqual(['県及び市町村の行政手続のオンライン利用率（単位: %）']);
		expect(selectAll('thead th[scope="col"]', section)).toHaveLength(4);
		expect(texts(section, 'tbody th[scope="row"]')).toEqual(['令和3（2021）年度', '令和4（2022）年度', '令和5（2023）年度', '令和7（2025）年度', '令和3（2021）年度']);
		// 80.0 as the file writes it (YAML reads the number 80).
		expect(texts(section, 'tbody td.num')).toEqual(['48.2', '空欄', '64.1', '80.0', '0']);
		// The value right after its year: the column a phone shows without scrolling.
		expect(texts(section, 'tbody td:nth-child(2)')).toEqual(['48.2', '空欄', '64.1', '80.0', '0']);
		expect(texts(section, 'tbody td:nth-child(3)')).toEqual(['現況値', '実績値', '実績値', '目標値', '比較値（全国）']);
		// A date the plan does not state: a dash on screen, words for a screen reader.
		const undated = selectAll('section.indicator', page('plans/other-plan/indicators')).flatMap((s) => selectAll('tbody td:nth-child(4)', s)).filter((td) => toString(td) === '—記載なし');
		expect(undated.length).toBeGreaterThan(0);
		for (const td of undated) expect(selectAll('[aria-hidden="true"]', td).map(toString)).toEqual(['—']);
		// The table comes before the chart.
		const order = selectAll('table, svg', section).map((n) => n.tagName);
		expect(order).toEqual(['table', 'svg']);
	});

	it('indexes the plan’s own words and figures of an indicator page, and leaves out what the site writes around every indicator (on the page still)', () => {
		const body = select('[data-pagefind-body]', page('plans/sample-plan/indicators'))!;
		const siteWritten = ['進捗率の計算方法', 'この計画が示す数値', 'データのダウンロード', 'JSON形式', '（単位: %）', '進捗率', 'グラフの数値は上の表「', '望ましい方向', '増加（値が大きいほど良い）', '他県と比べる', '同じ尺度の指標を都道府県で比べる'];
		for (const text of siteWritten) {
			expect(toString(body)).toContain(text);
			expect(readingText(body)).not.toContain(text);
		}
		const indexed = readingText(body);
		for (const own of ['県及び市町村の行政手続のオンライン利用率', '48.2', '64.1', '令和３年度', '掲載箇所', '総務省調査を基に算出（県, 市町村の合算）', '年度末時点の件数で算出しています', '件数は県の集計による。']) {
			expect(indexed).toContain(own);
		}
	});

	it('states progress with the formula on the page, for increasing and decreasing targets', () => {
		const sample = page('plans/sample-plan/indicators');
		expect(texts(sample, '#progress-formula + p')[0]).toBe('進捗率（%）＝（最新の実績値 − 基準値）÷（目標値 − 基準値）× 100');
		// The formula in view; which values it takes, folded; and after the indicators, which link to it, so the first figure stays near the top on a phone.
		expect(texts(sample, '#progress-formula ~ details:not([open]) > summary')).toEqual(['詳しい説明（どの値を使うか、計算しないとき）']);
		const order = selectAll('section.indicator, section:has(> #progress-formula)', sample).map((s) => (select('#progress-formula', s) ? 'formula' : 'indicator'));
		expect(order).toContain('indicator');
		expect(order.indexOf('formula')).toBe(order.length - 1);
		// What 現況値, 基準値 … mean, said before the tables that label figures with them.
		expect(texts(sample, 'main > p').join('')).toContain('現況値（計画に書かれた時点の値）、基準値（進み具合を測る起点の値）');
		expect(texts(sample, '#progress-formula ~ details > p').join('')).toContain('目標値は最も遅い年度の目標値です');
		expect(texts(sample, '.indicator-progress')[0]).toMatch(/^進捗率 50\.0%（基準値 令和3（2021）年度 48\.2% → 実績値 令和5（2023）年度 64\.1%、目標値 令和7（2025）年度 80\.0%。計算方法）$/);
		const other = page('plans/other-plan/indicators');
		const progress = Object.fromEntries(selectAll('section.indicator', other).map((s) => [texts(s, 'h2')[0], texts(s, '.indicator-progress')[0]]));
		expect(progress['紙で受け付けた申請の件数']).toMatch(/^進捗率 50\.0%（/);
		expect(progress['行政手続のオンライン利用率']).toMatch(/^進捗率 109\.1%目標に到達/);
	});

	it('shows a progress column where some indicator in the table has a progress figure (the real site, where none has, leaves it out: real-site.test.ts)', () => {
		const index = page('indicators');
		expect(texts(index, '.indicator-summary thead th')).toContain('進捗率');
		expect(texts(index, '.indicator-summary-note')[0]).toContain('「算出なし」です');
	});

	it('draws a chart at build time: an image whose text alternative points to the table, bars told apart by pattern and labels', () => {
		const section = selectAll('section.indicator', page('plans/sample-plan/indicators'))[0]!;
		const svg = selectAll('svg[role="img"]', section)[0]!;
		expect(String(svg.properties.ariaLabel)).toContain('表「県及び市町村の行政手続のオンライン利用率（単位: %）」');
		const fills = selectAll('rect', svg).map((r) => String(r.properties.fill));
		expect(fills).toEqual(['currentColor', 'currentColor', 'url(#kpi-online-hatched)', 'url(#kpi-online-dotted)']);
		expect(texts(svg, 'text')).toEqual(expect.arrayContaining(['48.2%', '空欄', '目標値', '令和7年度', '全国']));
	});

	it('shows the evaluation table with grouped rows and each grade’s definition, editorial ones marked', () => {
		const evaluation = selectAll('section.evaluation', page('plans/sample-plan/indicators'))[0]!;
		expect(texts(evaluation, 'caption')).toEqual(['プロジェクトの評価']);
		expect(selectAll('th[scope="rowgroup"]', evaluation).map((th) => th.properties.rowSpan)).toEqual([2]);
		expect(texts(evaluation, 'tbody td')).toEqual(['A', '継続', 'B', '継続']);
		expect(texts(evaluation, 'dt')).toEqual(['A', 'B', '継続']);
		expect(texts(evaluation, 'dd')).toEqual(['順調に進んでいる', '継続的な取組みが必要', '今の取組みを続ける編集部による説明']);
	});

	it('shows the indicators inside the chapter section they belong to', () => {
		const aside = selectAll('aside.section-indicators', page('plans/sample-plan/ch2'));
		expect(aside).toHaveLength(1);
		expect(selectAll('a', aside[0]!).map((a) => a.properties.href)).toEqual(['/plans/sample-plan/indicators/#kpi-online']);
		expect(toString(aside[0]!)).toContain('令和3（2021）年度 現況値 48.2% → 令和4（2022）年度 実績値 空欄 → 令和5（2023）年度 実績値 64.1%');
	});

	it('lists all indicators site-wide, compares a shared metric across prefectures, and lists indicators on theme pages', () => {
		expect(texts(page('indicators'), '.indicator-summary tbody th')).toEqual(['県及び市町村の行政手続のオンライン利用率', '行政手続のオンライン利用率', '紙で受け付けた申請の件数']);
		const compare = page('indicators/compare/online-procedure-rate');
		expect(texts(selectAll('table', compare)[0]!, 'tbody th')).toEqual(['福島県', '福島県', '福島県', '福島県', '全国', '千葉県', '千葉県', '千葉県']);
		expect(texts(page('themes/administrative-dx'), '.indicator-summary tbody th')).toEqual(['県及び市町村の行政手続のオンライン利用率', '紙で受け付けた申請の件数']);
		// Where one prefecture has the indicator, the page and the index say so; the metric key is the authors', not the residents'.
		const alone = toString(select('main', page('indicators/compare/paper-applications'))!);
		expect(alone).toContain('この指標があるのはいまは千葉県だけです');
		expect(alone).not.toContain('paper-applications');
		expect(toString(select('main', compare)!)).toContain('この指標があるのは 福島県、千葉県（2都道府県）です');
		expect(texts(page('indicators'), '#compare + ul li')).toEqual(['県及び市町村の行政手続のオンライン利用率（%）: 福島県、千葉県（2都道府県）', '紙で受け付けた申請の件数（件）: いまは千葉県だけ']);
	});

	it('writes the indicators as CSV with a BOM, one row per indicator × figure, numbers only in the value column', () => {
		expect(dataFile('indicators.csv').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		const rows = csvRows('indicators.csv');
		expect(rows).toHaveLength(11);
		expect(Object.keys(rows[0]!)).toEqual(['計画ID', '都道府県コード', '都道府県', '計画名', '新しい版の計画ID', '指標ID', '指標名', '指標名は編集部による', '共通指標キー', '対象地域', '区分', '年度（西暦）', '年度（和暦）', '時点（計画の表記）', '値', '小数点以下の桁数', '単位', '望ましい方向', '出典', '掲載箇所']);
		expect(rows.filter((r) => r['指標ID'] === 'kpi-online').map((r) => [r['年度（西暦）'], r['年度（和暦）'], r['区分'], r['値'], r['小数点以下の桁数'], r['単位']])).toEqual([
			['2021', '令和3（2021）年度', '現況値', '48.2', '1', '%'],
			['2022', '令和4（2022）年度', '実績値', '', '', '%'],
			['2023', '令和5（2023）年度', '実績値', '64.1', '1', '%'],
			['2025', '令和7（2025）年度', '目標値', '80', '1', '%'],
			['2021', '令和3（2021）年度', '比較値', '0', '0', '%'],
		]);
		expect(rows.find((r) => r['年度（西暦）'] === '2019')!['年度（和暦）']).toBe('令和元（2019）年度');
		expect(rows[0]!['出典']).toBe('総務省調査を基に算出（県, 市町村の合算）');
		// No version on this site replaces these plans.
		expect(new Set(rows.map((r) => r['新しい版の計画ID']))).toEqual(new Set(['']));
		for (const row of rows) expect(row['値']).toMatch(/^(\d+(\.\d+)?)?$/);
		expect(csvRows('plans/other-plan/indicators.csv').map((r) => r['計画ID'])).toEqual(Array(6).fill('other-plan'));
	});

	it('writes the same records as JSON, and an open-data page with encoding, licence, columns and descriptive links', () => {
		const json = JSON.parse(dataFile('indicators.json').toString('utf8'));
		expect(json.records).toHaveLength(11);
		expect(json.records[1]).toMatchObject({ planId: 'sample-plan', fiscalYear: 2022, value: null });
		expect(json.licence).toContain('CC BY 4.0');
		const data = page('data');
		expect(texts(data, 'main')[0]).toContain('UTF-8（BOM付き）');
		expect(texts(data, 'main')[0]).toContain('ライセンス');
		expect(texts(selectAll('table', data)[0]!, 'tbody th')).toHaveLength(20);
		expect(texts(data, 'a[download]')).toContain('全計画の指標データ（CSV形式、3指標）');
		// Each plan's files: the plan named once on its line, each link named in full for screen readers.
		const planFiles = selectAll('a[download][href="/data/plans/sample-plan/indicators.csv"]', data)[0]!;
		const visible = (link: Element) => link.children.filter((c) => !(c.type === 'element' && (c.properties.className as string[] | undefined)?.includes('visually-hidden'))).map((c) => toString(c)).join('');
		expect(toString(planFiles)).toMatch(/^福島県 テスト用デジタル推進計画.*の指標データ（CSV形式）$/);
		expect(visible(planFiles)).toBe('CSV形式');
		expect(texts(selectAll('table', data)[1]!, 'tbody th')).toHaveLength(14);
	});

	it('writes the evaluation tables as CSV, one row per item × scale, with the stated definitions', () => {
		const rows = csvRows('evaluations.csv');
		expect(rows.map((r) => [r['項目'], r['評価の観点'], r['評価'], r['評価の定義'], r['定義は編集部によるもの']])).toEqual([
			['(1)オンライン化', '分類', 'A', '順調に進んでいる', 'いいえ'],
			['(1)オンライン化', '取組方針', '継続', '今の取組みを続ける', 'はい'],
			['(2)ＡＩ活用', '分類', 'B', '継続的な取組みが必要', 'いいえ'],
			['(2)ＡＩ活用', '取組方針', '継続', '今の取組みを続ける', 'はい'],
		]);
		// Absolute, so a downloaded file still points home (SITE_URL; localhost when unset).
		expect(rows.map((r) => r['掲載箇所'])).toEqual(['s1-1', 's1-1', 's1', 's1'].map((id) => `http://localhost:4321/plans/sample-plan/ch2/#${id}`));
	});
});

describe('cross-links between plans', () => {
	it('compares a theme side by side, one column per prefecture, linking to the exact sections', () => {
		const theme = page('themes/administrative-dx');
		expect(texts(theme, '.prefecture-column h2')).toEqual(['福島県', '千葉県']);
		expect(selectAll('.prefecture-column a', theme).map((a) => a.properties.href)).toEqual([
			'/plans/sample-plan/ch1/#s1',
			'/plans/sample-plan/ch2/#s1-1',
			'/plans/other-plan/ch1/#gyosei',
		]);
		expect(texts(theme, '.excerpt')[0]).toContain('行政手続のオンライン化');
	});

	it('sets the plans’ structural parts side by side in a comparison matrix', () => {
		const matrix = page('themes/compare');
		const row = selectAll('tbody tr', matrix).find((tr) => toString(tr).includes('計画期間'))!;
		expect(selectAll('td a', row).map((a) => a.properties.href)).toEqual(['/plans/sample-plan/ch2/#s1-1', '/plans/other-plan/ch1/#period']);
	});

	it('shows 他県の計画では after a tagged section, and the chapter’s themes under its title', () => {
		const ch1 = page('plans/sample-plan/ch1');
		const related = selectAll('aside.related-sections', ch1);
		expect(related).toHaveLength(1);
		expect(selectAll('a', related[0]!).map((a) => a.properties.href)).toEqual(['/themes/administrative-dx/', '/plans/other-plan/ch1/#gyosei', '/themes/administrative-dx/']);
		// The plan's name carries its prefecture: said once.
		expect(toString(selectAll('a', related[0]!)[1]!)).toBe('「千葉県テスト用DX推進戦略」第1章 基本的な考え方 › 行政のDX');
		expect(selectAll('nav.chapter-themes a', ch1).map((a) => a.properties.href)).toEqual(['/themes/administrative-dx/']);
	});

	it('links glossary terms in chapter text, with the definition in a toggletip', () => {
		const ch1 = page('plans/sample-plan/ch1');
		const term = selectAll('.term', ch1).find((t) => toString(t).startsWith('ＡＩ'))!;
		expect(selectAll('a.term-link', term)[0]!.properties.href).toBe('/glossary/ai/');
		const button = selectAll('button.term-tip-button', term)[0]!;
		const tip = selectAll('[popover]', term)[0]!;
		expect(button.properties.popoverTarget).toBe(tip.properties.id);
		expect(toString(tip)).toContain('「Artificial Intelligence」の略');
	});

	it('lists on a term page every section that uses the term, and a chapter’s text before its first heading, each link going to the term’s use there', () => {
		const links = selectAll('#usage ~ section a', page('glossary/ai'));
		expect(links.map((a) => [toString(a), a.properties.href])).toEqual([
			['第１章 計画の策定 › ２ ＡＩ', '/plans/sample-plan/ch1/#term-s1-2-ai--use'],
			['第1章 基本的な考え方', '/plans/other-plan/ch1/#term-intro-ai--use'],
		]);
		// Under each prefecture's heading, with its one plan: the place alone, the plan's name not repeated.
		expect(selectAll('#usage ~ section li', page('glossary/ai')).map((li) => toString(li))).toEqual(['第１章 計画の策定 › ２ ＡＩ', '第1章 基本的な考え方']);
		for (const a of links) {
			const [pathname, id] = String(a.properties.href).split('#');
			const use = select(`[id="${id}"]`, page(pathname!.slice(1, -1)))!;
			expect(use.properties.className).toContain('term');
			expect(select('a.term-link', use)!.properties.href).toBe('/glossary/ai/');
		}
	});

	it('resolves plan: cross-references to the target section', () => {
		expect(selectAll('a', page('plans/sample-plan/ch2')).map((a) => a.properties.href)).toContain('/plans/other-plan/ch1/#period');
	});
});

describe('a chapter marked publish: false in a published plan', () => {
	let draftSite: string;
	let draftOutput: string;
	/** Every file the build wrote, as text: Pagefind's fragments unzipped, the rest read as they are. */
	const writtenTexts = () =>
		readdirSync(draftSite, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const file = path.join(entry.parentPath, entry.name);
				const bytes = readFileSync(file);
				return { file: path.relative(draftSite, file), text: (entry.name.endsWith('.pf_fragment') ? gunzipSync(bytes) : bytes).toString('utf8') };
			});

	beforeAll(async () => {
		const root = await contentWithOverlay();
		const plan = path.join(root, 'content/plans/sample-plan');
		// A 資料編 being written for the published plan: a theme, a glossary term, an indicator placed in it, 【要記入】 left, links to published pages.
		await writeFile(
			path.join(plan, 'draft-annex.md'),
			'---\nplan: sample-plan\norder: 3\nnumber: 資料編\ntitle: 下書きの付録\npublish: false\nthemes:\n  s1: [administrative-dx]\n---\n\n## 第１節 ＡＩの草稿 {#s1}\n\n【要記入】草稿段落。ＡＩの活用事例は1,200件あります。[第１章](../ch1/#s1)と[ＡＩ](../../../glossary/ai/)を参照。\n',
		);
		await mkdir(path.join(plan, 'indicators'), { recursive: true });
		await writeFile(
			path.join(plan, 'indicators/draft-annex-kpi.md'),
			'---\nplan: sample-plan\nchapter: draft-annex\nsection: s1\nname: 草稿の活用事例の件数\nunit: 件\ndirection: 増加\nvalues:\n  - { year: 2021, role: 現況値, value: 1200 }\nthemes: [administrative-dx]\nmetric: draft-annex-cases\n---\n',
		);
		draftSite = path.join(root, 'dist');
		const result = buildSite(path.join(root, 'content'), draftSite);
		draftOutput = result.output;
		expect(result.status, result.output).toBe(0);
	}, 240_000);

	it('builds without it: no page, no broken link, a warning for what is left to fill, and the report names it with the indicator waiting in it', () => {
		expect(existsSync(path.join(draftSite, 'plans/sample-plan/draft-annex'))).toBe(false);
		expect(existsSync(path.join(draftSite, 'plans/sample-plan/ch2/index.html'))).toBe(true);
		expect(draftOutput).toContain('リンク切れ 0');
		expect(draftOutput).toMatch(/plans\/sample-plan\/draft-annex\.md:\d+: （警告）雛形の「【要記入】」が残っています（publish: false なので公開はされません）/);
		expect(draftOutput).toContain('公開していないファイル（publish: false）: 章 sample-plan/draft-annex／その章に置いた指標・評価の表 sample-plan/draft-annex-kpi');
	});

	it('leaves no trace of it or its indicator: contents, pager, print page, themes, terms, indicators, open data, sitemap, feeds, search index', () => {
		const texts = writtenTexts();
		expect(texts.some((t) => t.file.startsWith('pagefind/fragment/'))).toBe(true);
		for (const word of ['draft-annex', '下書きの付録', '草稿']) expect(texts.filter((t) => t.text.includes(word)).map((t) => t.file), word).toEqual([]);
		// The chapter before it is the plan's last: no 「次の章」.
		const ch2 = fromHtml(readFileSync(path.join(draftSite, 'plans/sample-plan/ch2/index.html'), 'utf8'));
		expect(selectAll('a', ch2).map((a) => String(a.properties.href))).toContainEqual(expect.stringContaining('/plans/sample-plan/ch1/'));
		expect(selectAll('a', ch2).map((a) => String(a.properties.href))).not.toContainEqual(expect.stringContaining('draft-annex'));
		expect(texts.find((t) => t.file === 'sitemap.xml')!.text).toContain('/plans/sample-plan/ch2/');
		expect(Object.keys(JSON.parse(readFileSync(path.join(draftSite, 'heading-ids.json'), 'utf8')))).toEqual(['other-plan/ch1', 'sample-plan/ch1', 'sample-plan/ch2']);
	});
});

describe('a build that fails', () => {
	it('says where a broken link the content check leaves to it is in the content: file, line, address, and what to check', async () => {
		const root = await contentWithOverlay();
		const chapter = path.join(root, 'content/plans/sample-plan/ch2.md');
		const lines = readFileSync(chapter, 'utf8').split('\n').length;
		// A comparison page (made from indicators' metrics), and a paragraph (only rendering numbers them): the content check cannot tell.
		await writeFile(chapter, `${readFileSync(chapter, 'utf8')}\n[比較](/indicators/compare/no-metric/)\n\n[ない段落](../ch1/#s1-p9)\n`);
		const result = buildSite(path.join(root, 'content'), path.join(root, 'dist'));
		expect(result.status).toBe(1);
		const file = path.relative(process.cwd(), chapter);
		// Once each, though the plan's print page repeats the chapter.
		expect(result.output.split('\n').filter((line) => line.includes('が見つかりません'))).toEqual([
			`${file}:${lines + 1}: リンク先「/indicators/compare/no-metric/」が見つかりません（そのページがない）— アドレスと # の後の id を確かめてください`,
			`${file}:${lines + 3}: リンク先「../ch1/#s1-p9」が見つかりません（ページはあるが、# の後の見出し・段落の id がない）— アドレスと # の後の id を確かめてください`,
		]);
		expect(result.output).toContain('2 件のリンク切れがあります');
	}, 240_000);

	it('refuses, before anything else, an output folder that is the content: nothing is lost', async () => {
		const root = await contentWithOverlay();
		const content = path.join(root, 'content');
		const files = readdirSync(content, { recursive: true }).map(String).sort();
		const result = buildSite(content, content);
		expect(result.status, result.output).toBe(1);
		expect(result.output).toContain(`ビルドを中止しました: 出力先「${content}」はコンテンツのフォルダ「${content}」そのものか`);
		expect(readdirSync(content, { recursive: true }).map(String).sort()).toEqual(files);
		expect(existsSync(`${content}.building`)).toBe(false);
	});

	it('stops with the file, line and fix, and leaves the previous site untouched', async () => {
		const marker = path.join(dist, 'index.html');
		const before = readFileSync(marker, 'utf8');
		await writeFile(path.join(dist, 'marker.txt'), 'previous build');
		const root = await contentWithOverlay(path.resolve('tests/fixtures/broken/duplicate-heading-id'));
		const result = buildSite(path.join(root, 'content'), dist);
		expect(result.status).toBe(1);
		expect(result.output).toContain('content/plans/sample-plan/ch1.md:15: 見出しの id「s1-1」が同じファイルの見出し「１ 背景」と重複しています');
		expect(result.output).toContain('ビルドを中止しました');
		expect(readFileSync(marker, 'utf8')).toBe(before);
		expect(existsSync(path.join(dist, 'marker.txt'))).toBe(true);
		expect(existsSync(`${dist}.building`)).toBe(false);
	});
});
