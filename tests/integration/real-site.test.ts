/**
 * The real site, built from content/: nothing of the source documents is lost
 * (≥ 99% of each plan's source.txt appears in the published pages; coverage
 * and missing passages are printed), every theme compares at least two
 * prefectures, every glossary term is used somewhere or reported unused, and
 * the content check reports no link to a page or id the build wrote.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { reviewedPages } from '../../src/lib/accessibility-test.ts';
import { englishPhrases } from '../../src/lib/english-phrases.ts';
import { restoreWidths } from '../../src/lib/search/widths.ts';
import { pageUrlOfFile } from '../../src/lib/sitemap.ts';
import { textCoverage } from '../../src/lib/text-coverage.ts';
import { buildSite } from '../support/build-site.ts';
import { sharedDescriptions } from '../support/descriptions.ts';
import { htmlProblems } from '../support/html-conformance.ts';
import { checkVerdictsOnBuiltSite } from '../support/link-verdicts.ts';
import { indexedTree, readingText } from '../../scripts/support/reading-text.ts';

const plansDir = path.resolve('content/plans');
const plans = readdirSync(plansDir).filter((id) => readdirSync(path.join(plansDir, id)).includes('source.txt'));
let siteText = '';
let dist = '';
let buildOutput = '';
/** Every page the build wrote, by its file under dist/. */
const builtPages = () => readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
const builtPage = (file: string) => fromHtml(readFileSync(path.join(dist, file), 'utf8'));

beforeAll(async () => {
	dist = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-real-')), 'dist');
	const result = buildSite(path.resolve('content'), dist);
	expect(result.status, result.output).toBe(0);
	buildOutput = result.output;
	siteText = builtPages()
		.map((file) => {
			const main = select('main', builtPage(file));
			return main ? readingText(main) : '';
		})
		.join('\n');
}, 240_000);

describe('source text published', () => {
	it('has plans with a source.txt', () => {
		expect(plans.length).toBeGreaterThanOrEqual(2);
	});

	it.each(plans)('%s: ≥ 99% of source.txt appears in the site', (plan) => {
		const result = textCoverage(readFileSync(path.join(plansDir, plan, 'source.txt'), 'utf8'), siteText);
		const percent = (result.ratio * 100).toFixed(2);
		const missing = result.missing.map((m) => `  source.txt:${m.line}: ${m.text}`).join('\n');
		console.log(`${plan}: ${percent}% of ${result.total} characters; not found:\n${missing}`);
		expect(result.ratio, `${plan} coverage ${percent}%; missing:\n${missing}`).toBeGreaterThanOrEqual(0.99);
	});
});

const page = (pathname: string) => builtPage(path.join(pathname, 'index.html'));

describe('document structure on the real site', () => {
	it('gives every page exactly one h1 and headings that never skip a level (WCAG 1.3.1)', () => {
		const pagesChecked = builtPages();
		expect(pagesChecked.length).toBeGreaterThan(80);
		for (const file of pagesChecked) {
			const levels = selectAll('h1, h2, h3, h4, h5, h6', builtPage(file)).map((h) => Number(h.tagName[1]));
			expect(levels.filter((level) => level === 1), file).toHaveLength(1);
			const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
			expect(skips, file).toEqual([]);
		}
	});

	it('writes every page as the HTML standard has it (WCAG 4.1.1 構文解析)', async () => {
		expect(await htmlProblems(dist)).toEqual([]);
	});

	it('gives every page a title of its own (WCAG 2.4.2)', () => {
		const byTitle = Map.groupBy(builtPages(), (file) => toString(select('title', builtPage(file))!));
		expect(byTitle.size).toBeGreaterThan(80);
		expect([...byTitle].filter(([, files]) => files.length > 1)).toEqual([]);
	});

	it('heads every page with the site’s name and sections, the same links in the same order (WCAG 3.2.3)', () => {
		const header = (file: string) => selectAll('.site-header a', builtPage(file)).map((a) => `${toString(a)} ${a.properties.href}`);
		const home = header('index.html');
		expect(home.length).toBeGreaterThan(5);
		expect(builtPages().filter((file) => header(file).join('\n') !== home.join('\n'))).toEqual([]);
	});

	it('describes every page in its own words for link previews and search engines; only home and not-found use the site’s', () => {
		expect(sharedDescriptions(dist)).toEqual([['404.html', 'index.html']]);
	});
});

describe('what the accessibility statement says', () => {
	it('names as reviewed by eye only pages the site has', () => {
		const addresses = new Set(builtPages().map((file) => pageUrlOfFile(file, '/')));
		expect(reviewedPages.filter((address) => !addresses.has(address.replace(/\?.*$/, '')))).toEqual([]);
	});

	it('has no audio or video, frame, image, canvas, moving element or refresh, and its styles no animation but one the reader’s scrolling drives (WCAG 1.2.1, 1.2.2, 1.2.3, 1.2.4, 1.2.5, 1.4.2, 1.4.5, 2.2.1, 2.2.2, 2.3.1)', () => {
		const found = builtPages().flatMap((file) =>
			selectAll('audio, video, iframe, object, embed, canvas, img, marquee, blink, meta[http-equiv="refresh" i]', builtPage(file)).map((e) => `${file}: <${e.tagName}>`),
		);
		expect(found).toEqual([]);
		const styles = readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.css'));
		expect(styles.length).toBeGreaterThan(0);
		// An animation driven by the reader's scrolling (animation-timeline: scroll()) moves nothing by itself: any other, or a transition, would.
		const css = styles.map((f) => readFileSync(path.join(dist, '_astro', f), 'utf8'));
		const rules = css.flatMap((text) => text.match(/[^{}]*\{[^{}]*\}/g) ?? []);
		const timed = rules.filter((rule) => /animation(?!-timeline|-fill-mode)|transition/.test(rule.replace(/[^{]*\{/, '')) && !/animation-timeline:\s*scroll\(/.test(rule));
		expect(timed).toEqual([]);
		// The scroll-driven one is there (the rule at a scrolled table box's end), so the check above has something to pass.
		expect(rules.filter((rule) => /animation-timeline:\s*scroll\(/.test(rule))).not.toEqual([]);
	});
});

describe('language of parts on the real site (WCAG 3.1.2)', () => {
	it('marks every English phrase on every page lang="en", in excerpts and lists as in the chapters', () => {
		const unmarked: string[] = [];
		const walk = (node: Root | Element, file: string) => {
			for (const child of node.children) {
				if (child.type === 'element' && !['script', 'style', 'code', 'pre', 'head'].includes(child.tagName) && child.properties.lang !== 'en') walk(child, file);
				if (child.type === 'text') unmarked.push(...englishPhrases(child.value).filter((run) => run.english).map((run) => `${file}: ${run.text}`));
			}
		};
		const files = builtPages();
		for (const file of files) walk(builtPage(file), file);
		expect(files.length).toBeGreaterThan(80);
		expect(unmarked).toEqual([]);
	});
});

describe('permalinks on the real site', () => {
	it('names every ¶ and # link of a chapter differently, and of a plan’s print page, which holds every chapter’s 第１節, so a list of the page’s links tells them apart', () => {
		const chapters = readdirSync(path.join(dist, 'plans'), { recursive: true }).map(String).filter((f) => /^[^/]+\/[^/]+\/index\.html$/.test(f) && !/\/(indicators|changes)\//.test(f));
		expect(chapters.filter((file) => file.includes('/print/')).length).toBe(5);
		expect(chapters.length).toBeGreaterThan(25);
		for (const file of chapters) {
			const tree = fromHtml(readFileSync(path.join(dist, 'plans', file), 'utf8'));
			const names = selectAll('a.para-link, a.heading-anchor', tree).map((a) => String(a.properties.ariaLabel));
			expect(names.filter((name) => !name.endsWith('へのリンク')), file).toEqual([]);
			expect(names.filter((name, i) => names.indexOf(name) !== i), file).toEqual([]);
		}
	});

	it('links a chapter’s end back up to its contents only where it has contents (三重県 ch4 has no headings)', () => {
		const backLinks = (pathname: string) => selectAll('.to-contents a', page(pathname)).map((a) => a.properties.href);
		expect(backLinks('plans/fukushima-dx-2022/ch2')).toEqual(['#toc-narrow-list']);
		expect(select('nav.toc', page('plans/mie-dx-revision-2022/ch4'))).toBeUndefined();
		expect(backLinks('plans/mie-dx-revision-2022/ch4')).toEqual([]);
	});
});

describe('indicators on the real site', () => {
	it('leaves out a progress column in which every row would say 「算出なし」, and says why under the table', () => {
		// None of the five plans gives a baseline, a later figure and a target for one indicator.
		const index = page('indicators');
		expect(selectAll('.indicator-summary tbody tr', index).length).toBeGreaterThan(10);
		expect(selectAll('.indicator-summary th', index).map((th) => toString(th))).not.toContain('進捗率');
		expect(toString(select('.indicator-summary-note', index)!)).toContain('進捗率（計算方法）は算出していません');
	});

	it('says of each name the editors gave an indicator, and of no other, that it is theirs, in the list of indicators and in the open data', () => {
		const indicatorFiles = plans.flatMap((plan) => {
			const folder = path.join(plansDir, plan, 'indicators');
			return existsSync(folder) ? readdirSync(folder).map((file) => readFileSync(path.join(folder, file), 'utf8')) : [];
		});
		const named = (text: string) => /^name: (.+)$/m.exec(text)![1]!.replace(/^"|"$/g, '');
		const byEditors = indicatorFiles.filter((text) => /^nameIsDescriptive: true$/m.test(text)).map(named).sort();
		expect(byEditors.length).toBeGreaterThan(0);
		const marked = selectAll('.indicator-summary tbody th[scope="row"]', page('indicators')).filter((th) => toString(th).endsWith('（名称は編集部による）'));
		expect(marked.map((th) => toString(select('a', th)!)).sort()).toEqual(byEditors);
		const rows = parse(readFileSync(path.join(dist, 'data', 'indicators.csv')), { bom: true, columns: true }) as Array<Record<string, string>>;
		expect([...new Set(rows.filter((row) => row['指標名は編集部による'] === 'はい').map((row) => row['指標名']))].sort()).toEqual(byEditors);
	});

	it('shows a figure with the decimal places the plan prints: 福島県’s target ８０.０％ as 80.0, in the table, the chart and the chapter', () => {
		const section = selectAll('section.indicator', page('plans/fukushima-dx-2022/indicators')).find((s) => toString(select('h2', s)!).includes('オンライン利用率'))!;
		expect(selectAll('.indicator-table td.num', section).map((td) => toString(td))).toEqual(['48.2', '80.0']);
		expect(selectAll('figure.indicator-chart text', section).map((t) => toString(t))).toContain('80.0%');
		expect(toString(page('plans/fukushima-dx-2022/ch3'))).toContain('目標値 80.0%');
	});
});

describe('indicator charts on the real site', () => {
	it('draws a chart only for two figures or more, keyed to the fills it draws', () => {
		const sections = plans.filter((plan) => existsSync(path.join(dist, 'plans', plan, 'indicators', 'index.html'))).flatMap((plan) => selectAll('section.indicator', page(`plans/${plan}/indicators`)));
		expect(sections.length).toBeGreaterThan(15);
		let charts = 0;
		for (const section of sections) {
			const name = toString(select('h2', section)!);
			const figures = selectAll('.indicator-table td.num', section).filter((td) => /\d/.test(toString(td))).length;
			const chart = select('figure.indicator-chart', section);
			expect(Boolean(chart), `${name}: ${figures} figures`).toBe(figures >= 2);
			if (!chart) continue;
			charts++;
			const fills = selectAll('rect', chart).map((rect) => String(rect.properties.fill));
			const key = toString(select('figcaption', chart)!);
			expect(key.includes('斜線'), name).toBe(fills.some((fill) => fill.endsWith('-hatched)')));
			expect(key.includes('点＝'), name).toBe(fills.some((fill) => fill.endsWith('-dotted)')));
		}
		expect(charts).toBeGreaterThan(3);
	});
});

describe('consultations on the real site', () => {
	it('links each consultation known only from a plan’s schedule to that schedule, where its cryptic entry (「↔ パブコメ」) has context', () => {
		const items = selectAll('#from-schedules ~ ul > li', page('consultations'));
		expect(items.length).toBeGreaterThanOrEqual(2);
		for (const item of items) expect(selectAll('a', item).map((a) => String(a.properties.href)).filter((href) => /^\/plans\/[^/]+\/ch\d+\//.test(href)), toString(item)).toHaveLength(1);
	});

	it('lists each prefecture’s consultations on its page, with their status', () => {
		const list = selectAll('h2#consultations + ul li', page('prefectures/02'));
		expect(list.map((li) => `${select('a', li)!.properties.href} ${toString(li).split(' — ')[1]}`)).toEqual(['/consultations/aomori-dx-plan-2023/ 日程の記載なし']);
		expect(selectAll('h2#consultations', page('prefectures/07'))).toHaveLength(0);
	});

	it('says first on the case page, under its title, that the source gives no period, quoting what it does say as planned when it was written', () => {
		for (const id of ['aomori-dx-plan-2023', 'mie-dx-plan-revision-2022']) {
			const main = select('main', page(`consultations/${id}`))!;
			const afterTitle = main.children.filter((node) => node.type === 'element').findIndex((node) => node.tagName === 'h1') + 1;
			const status = main.children.filter((node) => node.type === 'element')[afterTitle]!;
			expect(status.properties.className, id).toContain('consultation-status');
			expect(toString(select('.status-tag', status)!)).toBe('日程の記載なし');
			const schedule = toString(select('.consultation-facts', main)!).match(/「([^」]+)」（出典の箇所）/)![1]!;
			// A plan of years ago: its schedule is what was planned then, not a case to come.
			expect(toString(status)).toContain(`資料の記載は、資料を作った時点の予定「${schedule}」だけです`);
			expect(toString(status)).toContain('実際に行われたか、その期間と結果は');
		}
	});
});

describe('editors’ names on the real site', () => {
	it('says once, beside 案件名, that a consultation’s name is the editors’', () => {
		const main = select('main', page('consultations/mie-dx-plan-revision-2022'))!;
		expect(toString(main).match(/編集部が付けた/g)).toHaveLength(1);
		expect(toString(select('.consultation-facts', main)!)).toContain('（資料に案件名がないため編集部が付けた名称）');
	});
});

describe('links on the real site', () => {
	it('the content check reports no page or id the build wrote', async () => {
		expect((await checkContent(path.resolve('content'))).filter((p) => p.severity === 'error')).toEqual([]);
		const verdicts = await checkVerdictsOnBuiltSite(dist, path.resolve('content'));
		expect(verdicts.reported).toEqual([]);
		expect(verdicts.decided).toBeGreaterThan(500);
	});
});

describe('cross-links on the real site', () => {
	it.each(readdirSync(path.resolve('content/themes')).map((f) => f.replace(/\.md$/, '')))('theme %s compares at least two prefectures', (theme) => {
		const columns = selectAll('.prefecture-column', page(`themes/${theme}`)).filter((column) => selectAll('.section-list a', column).length > 0);
		expect(columns.length).toBeGreaterThanOrEqual(2);
	});

	it('offers on a term’s page the comparisons across prefectures that go by its name: themes, and indicators whose name uses the term', () => {
		const compare = (term: string) => selectAll('h2#compare + ul a', page(`glossary/${term}`)).map((a) => [toString(a), String(a.properties.href)]);
		expect(compare('my-number-card')).toEqual([['指標「マイナンバーカードの保有率」', '/indicators/compare/mynumber-card-rate/']]);
		expect(compare('telework')).toEqual([['テーマ「働き方」', '/themes/work-style/']]);
	});

	it('every glossary term lists a place of use, or the build report names it unused', () => {
		const unused = /本文で使われていない用語 \d+(?:: (.+))?）/.exec(buildOutput)?.[1]?.split('、') ?? [];
		for (const term of readdirSync(path.resolve('content/glossary')).map((f) => f.replace(/\.md$/, ''))) {
			const termPage = page(`glossary/${term}`);
			const uses = selectAll('#usage ~ section a', termPage).length;
			const name = toString(select('h1', termPage)!);
			expect(uses > 0 || unused.includes(name), `${term}: ${uses} uses`).toBe(true);
		}
	});

	it('gives each section a theme page lists a link text of its own (ten projects’ 「課題」 each named by its project, WCAG 2.4.4)', () => {
		const lists = readdirSync(path.join(dist, 'themes'), { recursive: true })
			.map(String)
			.filter((file) => file.endsWith('index.html'))
			.flatMap((file) => selectAll('.section-list', page(`themes/${path.dirname(file)}`)).map((list) => ({ file, texts: selectAll(':scope > li > a', list).map((a) => toString(a)) })));
		expect(lists.filter(({ texts }) => texts.length > 3).length).toBeGreaterThan(5);
		for (const { file, texts } of lists) expect(texts.filter((text, i) => texts.indexOf(text) !== i), file).toEqual([]);
	});

	it('compares a prefecture’s 計画期間 where, and only where, the plan lists give one: not a period of another plan its document describes', () => {
		const periodSaid = new Map(
			selectAll('main tbody tr', page('plans')).map((row) => {
				const cells = selectAll('th, td', row).map((cell) => toString(cell).trim());
				return [cells[0]!, cells[3]!];
			}),
		);
		const matrix = page('themes/compare');
		const prefectures = selectAll('thead th', matrix).slice(1).map((th) => toString(th));
		const periodRow = selectAll('tbody tr', matrix).find((tr) => toString(select('th', tr)!) === '計画期間')!;
		const compared = selectAll('td', periodRow).map((td, i) => [prefectures[i]!, toString(td) !== '該当なし']);
		expect(compared.length).toBe(5);
		for (const [prefecture, hasPlace] of compared) expect({ prefecture, hasPlace }).toEqual({ prefecture, hasPlace: periodSaid.get(prefecture as string) !== '資料に記載なし' });
	});

	it('counts a term’s places beyond those listed as places, and offers the search for them as what it is: pages of that prefecture’s plans', () => {
		const sections = selectAll('#usage ~ section', page('glossary/ai')).filter((section) => select('a[href^="/search/"]', section));
		expect(sections.length).toBeGreaterThan(1);
		for (const section of sections) {
			const prefecture = toString(select('h3', section)!);
			expect(toString(select('p', section)!)).toMatch(new RegExp(`^ほか\\d+か所。${prefecture}の計画を「(ＡＩ|AI)」で検索する（結果はページごとに並びます）$`));
		}
	});

	it('leads on from a plan part’s theme page and a prefecture’s page to the comparison table, and from a prefecture’s full list back to the others', () => {
		const compareLinks = (pathname: string) => selectAll('main a', page(pathname)).filter((a) => a.properties.href === '/themes/compare/').map((a) => toString(a));
		expect(compareLinks('themes/role-period')).toEqual(['計画の構成要素（めざす姿・計画期間など）を一覧表で比べる']);
		expect(compareLinks('themes/administrative-dx')).toEqual([]);
		expect(compareLinks('prefectures/24')).toEqual(['計画の構成要素（めざす姿・計画期間など）を都道府県で比べる']);
		const fullList = selectAll('main a', page('themes/administrative-dx/16')).at(-1)!;
		expect([fullList.properties.href, toString(fullList)]).toEqual(['/themes/administrative-dx/#pref-16', '「行政のDX」をほかの都道府県の計画と並べて読む']);
	});

	it('prints the build report', () => {
		expect(buildOutput).toMatch(/テーマ \d+、テーマ付きの節 \d+\/\d+（\d+%）/);
		expect(buildOutput).toContain('リンク切れ 0');
	});
});

describe('search results on the real site', () => {
	/** Pagefind's fragment files: gzip of 「pagefind_dcd」 and the page's JSON. */
	const fragments = () =>
		readdirSync(path.join(dist, 'pagefind/fragment')).map(
			(file) => JSON.parse(gunzipSync(readFileSync(path.join(dist, 'pagefind/fragment', file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string; meta: Record<string, string> },
		);
	// What Pagefind reads of a page, found here with a tree rather than the build's tokenizer.
	const leftOut = new Set(['nav', 'footer', 'form', 'label', 'script', 'style', 'svg', 'template', 'noscript', 'iframe']);
	const publishedText = (file: string) =>
		selectAll('[data-pagefind-body]', fromHtml(readFileSync(file, 'utf8')))
			.map((body) => {
				const kept = indexedTree(body);
				visit(kept, 'element', (node: Element, index, parent) => {
					if (!leftOut.has(node.tagName) || !parent || index === undefined) return;
					parent.children.splice(index, 1);
					return [SKIP, index];
				});
				return toString(kept);
			})
			.join('');
	// Pagefind collapses spaces and puts 「. 」 after blocks: both are left out of the comparison.
	const comparable = (text: string) => text.replace(/[\s\u200b.]/g, '');

	it('shows the text of every indexed page with its characters’ published widths (ＤＸ, （１）), not the index’s folded ones', () => {
		const pages = fragments();
		expect(pages.length).toBeGreaterThan(80);
		let fullWidth = 0;
		for (const fragment of pages) {
			const shown = restoreWidths(fragment.content.replace(/</g, '&lt;').replace(/>/g, '&gt;'), fragment.content, fragment.meta.widths).replace(/&lt;/g, '<').replace(/&gt;/g, '>');
			const file = path.join(dist, decodeURIComponent(fragment.url), 'index.html');
			expect(comparable(shown), fragment.url).toBe(comparable(publishedText(file)));
			fullWidth += [...shown].filter((c) => c >= '\uff01' && c <= '\uff5e').length;
		}
		expect(fullWidth).toBeGreaterThan(1000);
	});

	it('lists a chapter’s themes under its title when they are few, and folds a long list (every theme still linked)', () => {
		const chapters = builtPages().filter((file) => /^plans\/[^/]+\/ch\d+\/index\.html$/.test(file)).map((file) => builtPage(file));
		const lists = chapters.map((tree) => select('.chapter-header .chapter-themes', tree)).filter((list) => list !== undefined);
		const folded = lists.filter((list) => list.tagName === 'details');
		expect(folded.length).toBeGreaterThan(0);
		for (const list of folded) {
			const links = selectAll('nav a', list).length;
			expect(links).toBeGreaterThan(5);
			expect(list.properties.open).toBeUndefined();
			expect(toString(select('summary', list)!)).toBe(`この章のテーマ（${links}件、他県と比べる）`);
		}
		const open = lists.filter((list) => list.tagName === 'nav');
		expect(open.length).toBeGreaterThan(0);
		for (const list of open) expect(selectAll('a', list).length).toBeLessThanOrEqual(5);
	});

	it('searches the rest of a term’s uses in a prefecture by a form that prefecture’s indexed pages write (ＤＸ, not the entry’s long title)', () => {
		const pages = fragments() as Array<{ url: string; filters?: Record<string, string[]> }>;
		const links = readdirSync(path.join(dist, 'glossary'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.flatMap((entry) => selectAll('#usage ~ section a[href^="/search/"]', page(`glossary/${entry.name}`)).map((a) => ({ term: entry.name, href: new URL(String(a.properties.href), 'http://x') })));
		expect(links.length).toBeGreaterThan(10);
		for (const { term, href } of links) {
			const [q, prefecture] = [href.searchParams.get('q')!, href.searchParams.get('prefecture')!];
			const texts = pages.filter((p) => p.filters?.prefecture?.includes(prefecture)).map((p) => publishedText(path.join(dist, decodeURIComponent(p.url), 'index.html')));
			expect(texts.length, `${term} ${prefecture}`).toBeGreaterThan(0);
			expect(texts.some((text) => text.includes(q)), `${term}: 「${q}」 in ${prefecture}`).toBe(true);
		}
	});
});
