/**
 * Builds the fixture site with the consultation fixtures (one consultation
 * open, one with results on a 中間案 that has a 最終案) as of a day inside the
 * open period, and again after it closed, and inspects the HTML.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-check/check-content.ts';
import { isPageId, printChapterId, printScopedId } from '../../src/lib/page-ids.ts';
import { buildSite } from '../support/build-site.ts';
import { htmlProblems } from '../support/html-conformance.ts';
import { consultationBuildEnv, consultationFixture, jst } from '../support/consultation-fixture.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';
import { checkVerdictsOnBuiltSite } from '../support/link-verdicts.ts';

let open: string;
let closed: string;
/** Built with six more open consultations, a revision of other-plan proposed (a 素案 not yet adopted), the 中間案's results dated after the build (resultsAhead) and a case without channels (channelsNotGiven). */
let many: string;
const reader = (dist: string) => (pathname: string) => fromHtml(readFileSync(path.join(dist, pathname, 'index.html'), 'utf8'));
let page: ReturnType<typeof reader>;
let pageAfter: ReturnType<typeof reader>;
const text = (tree: ReturnType<typeof page>, selector: string) => toString(select(selector, tree)!).replace(/\s+/g, ' ').trim();
/** A definition list as term → description text. */
function definitions(tree: ReturnType<typeof page>, selector: string) {
	const items = selectAll(`${selector} > dt, ${selector} > dd`, tree);
	return new Map(items.flatMap((node, i) => (node.tagName === 'dt' ? [[toString(node), toString(items[i + 1]!).replace(/\s+/g, ' ').trim()] as const] : [])));
}

/** Six more open consultations on the open one's plan, closing on 2026-12-20 … 2026-12-25 (without the counter closing on 12-25, after most of them). */
async function moreOpenConsultations(root: string) {
	const open = readFileSync(path.join(consultationFixture, 'content/consultations/other-open.md'), 'utf8').replace(/^ +closes: .+\n/m, '');
	for (let day = 20; day <= 25; day++) {
		await writeFile(path.join(root, 'content/consultations', `extra-${day}.md`), open.replace(/^title: .+$/m, `title: 追加の意見募集（${day}日締切）`).replace('end: 2026-12-28', `end: 2026-12-${day}`));
	}
}

/** A 素案 that revises other-plan: proposed, it replaces nothing yet; it adds a term the plan does not use (クラウドサービス). */
async function revisionProposed(root: string) {
	const folder = path.join(root, 'content/plans/other-plan-revision');
	await mkdir(folder);
	const plan = readFileSync(path.join(root, 'content/plans/other-plan/plan.yaml'), 'utf8');
	await writeFile(path.join(folder, 'plan.yaml'), `${plan.replace(/^summary: .+$/m, 'summary: 統合テスト用の2つめの計画の改訂の素案です。')}status: 素案\npreviousVersion: other-plan\n`);
	const chapter = readFileSync(path.join(root, 'content/plans/other-plan/ch1.md'), 'utf8');
	await writeFile(path.join(folder, 'ch1.md'), chapter.replace('plan: other-plan', 'plan: other-plan-revision').replace('随時更新します。', '令和10年度までとします。クラウドサービスも活用します。'));
}

/** The 中間案's results, announced on a day after the builds': prepared ahead of their 公示日. */
async function resultsAhead(root: string) {
	const file = path.join(root, 'content/consultations/sample-interim.md');
	await writeFile(file, readFileSync(file, 'utf8').replace('published: 2022-03-25', 'published: 2026-12-31'));
}

/** A case whose notice gives no way to submit (written by hand, it names only a contact). */
async function channelsNotGiven(root: string) {
	const file = path.join(root, 'content/consultations/papers-elsewhere.md');
	await writeFile(file, readFileSync(file, 'utf8').replace(/^channels:\n(?: .+\n)+/m, ''));
}

/** The 千葉県 plan's definition of ＡＩ, given in its text (a section), not in a 用語解説 (as 千葉県 defines DX). */
async function definitionInText(root: string) {
	const file = path.join(root, 'content/glossary/ai.md');
	await writeFile(file, readFileSync(file, 'utf8').replace('      plan: other-plan\n', '      plan: other-plan\n      section: "plan:other-plan/ch1#gyosei"\n'));
}

/** What each build printed, by its output folder. */
const buildOutputs = new Map<string, string>();

async function build(env: Record<string, string>, extend?: (root: string) => Promise<void>) {
	const root = await contentWithOverlay(consultationFixture);
	await extend?.(root);
	const dist = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-consultation-')), 'dist');
	const result = buildSite(path.join(root, 'content'), dist, env);
	expect(result.output).toContain('リンク切れ 0');
	expect(result.status).toBe(0);
	buildOutputs.set(dist, result.output);
	return dist;
}

beforeAll(async () => {
	open = await build(consultationBuildEnv);
	closed = await build({ SOURCE_DATE_EPOCH: String(jst('2026-12-29T00:00:00') / 1000) });
	// On a GitHub Pages origin, which the account's other sites share.
	many = await build({ ...consultationBuildEnv, SITE_URL: 'https://example.github.io' }, async (root) => {
		await moreOpenConsultations(root);
		await revisionProposed(root);
		await resultsAhead(root);
		await channelsNotGiven(root);
		await definitionInText(root);
	});
	page = reader(open);
	pageAfter = reader(closed);
}, 480_000);

describe('status at build time', () => {
	it('shows 募集中 with the days left on the home page, the plan page, every chapter of the draft and its print page', () => {
		for (const pathname of ['', 'plans/other-plan', 'plans/other-plan/ch1', 'plans/other-plan/print']) {
			const status = select('[data-consultation-status]', page(pathname))!;
			expect(toString(select('[data-status-text]', status)!)).toBe('募集中（締切まであと18日）');
			expect(status.properties.dataPhase).toBe('open');
			expect(Number(status.properties.dataClosesAt)).toBe(jst('2026-12-29T00:00:00'));
		}
	});

	it('shows 締切 in a build after the period, with no drafting and no script on the chapters, which point to the case page keeping the drafts', () => {
		const chapter = pageAfter('plans/other-plan/ch1');
		expect(text(chapter, '[data-status-text]')).toBe('締切');
		expect(select('[data-opinion-panel]', chapter)).toBeUndefined();
		// The citation menu's script only.
		expect(selectAll('script[src]', chapter).map((s) => String(s.properties.src))).toEqual([expect.stringContaining('CitationMenu')]);
		expect(text(chapter, '.drafts-elsewhere')).toContain('意見の下書きを書いていたときは、意見募集の案件のページで読み返し、コピーや削除ができます');
		expect(select('.drafts-elsewhere a', chapter)!.properties.href).toBe('/consultations/other-open/#drafts');
		expect(text(pageAfter(''), '#consultations-heading + p')).toBe('現在、意見を募集している案件はありません。');
	});

	it('keeps the drafts on the case page of a closed consultation and on its results page, hidden until the script finds some', () => {
		for (const [tree, pathname] of [[pageAfter, 'consultations/other-open'], [pageAfter, 'consultations/papers-elsewhere'], [page, 'consultations/sample-interim'], [page, 'consultations/sample-interim/results']] as const) {
			const section = select('[data-drafts-section]', tree(pathname));
			expect(section?.properties.hidden, pathname).toBe(true);
			expect(text(tree(pathname), '#drafts > span:not([hidden])'), pathname).toBe('この端末に残っている意見の下書き');
			expect(select('[data-opinion-panel] [data-action="erase-all"]', section!), pathname).toBeDefined();
			expect(selectAll('script[src]', tree(pathname)).map((s) => String(s.properties.src)), pathname).toContainEqual(expect.stringContaining('OpinionPanel'));
		}
		// Open, the section is there from the start.
		expect(select('[data-drafts-section]', page('consultations/other-open'))?.properties.hidden).toBeUndefined();
	});

	it('tells a resident with no draft yet where the ¶ links are: on the case page, the chapters its 資料 lists; beside a chapter, its text', () => {
		const casePage = page('consultations/other-open');
		expect(text(casePage, '[data-empty-message] [data-when~="open"]')).toMatch(/^まだ下書きはありません。案の各章のページで、本文の段落の末尾にある「¶」.+計画の全体についての意見は、下の「計画全体への意見を書く」ボタンから書けます。$/);
		expect(select('[data-empty-message] a', casePage)!.properties.href).toBe('/consultations/other-open/#documents');
		expect(selectAll('#documents + p + ol.chapter-list a', casePage).length).toBeGreaterThan(0);
		const chapter = page('plans/other-plan/ch2');
		expect(text(chapter, '[data-empty-message] [data-when~="open"]')).toMatch(/^まだ下書きはありません。本文の段落の末尾にある「¶」.+章や計画の全体についての意見は、下の「この章全体への意見を書く」「計画全体への意見を書く」ボタンから書けます。$/);
		// The buttons it names are there, as it names them.
		expect(selectAll('[data-opinion-panel] button.button-secondary', chapter).map((b) => toString(b))).toEqual(expect.arrayContaining(['この章全体への意見を書く', '計画全体への意見を書く']));
		expect(select('[data-empty-message] a', chapter)).toBeUndefined();
	});

	it('warns a build on an origin other sites share (GitHub Pages) that residents’ drafts, names and addresses would be readable there', () => {
		expect(buildOutputs.get(many)).toContain('SITE_URL のオリジン https://example.github.io は、同じアカウントのほかの GitHub Pages のサイトと共有されます。');
		expect(buildOutputs.get(many)).toContain('「追加の意見募集（20日締切）」');
		expect(buildOutputs.get(open)).not.toContain('共有されます');
	});

	it('shows at most five open consultations on the home page, soonest deadline first, and links to the rest', () => {
		const home = reader(many)('');
		expect(selectAll('[data-consultation-status] a', home).map((a) => toString(a))).toEqual([20, 21, 22, 23, 24].map((day) => `追加の意見募集（${day}日締切）`));
		expect(text(home, '#consultations-heading ~ p:last-of-type')).toBe('意見募集の案件一覧（ほかに募集中・募集前の案件が3件）');
	});

	it('records beside the site the draft’s chapters as built while its consultation is open, for the next check to compare (consulted-texts.ts), and none once it has closed', () => {
		const record = (site: string) => JSON.parse(readFileSync(`${site}.reports/consulted-texts.json`, 'utf8'));
		const opened = record(open);
		expect(opened.builtAt).toBe('2026-12-10T03:00:00.000Z');
		expect(Object.keys(opened.consultations['other-open'].chapters).sort()).toEqual(['ch1', 'ch2']);
		expect(opened.consultations['other-open'].plan).toBe('other-plan');
		expect(record(closed).consultations).toEqual({});
	});

	it('credits a definition a plan gives in its text to that section, and lists it in no 用語解説 of the plan’s, which has none', () => {
		const ai = reader(many)('glossary/ai');
		const source = selectAll('main p.muted', ai).filter((p) => toString(p).trim().startsWith('出典'))[1]!;
		expect(toString(source).trim()).toBe('出典: 「千葉県テスト用DX推進戦略」の本文、第1章 基本的な考え方 行政のDX');
		expect(selectAll('a', source).map((a) => a.properties.href)).toEqual(['/plans/other-plan/ch1/#gyosei']);
		expect(select('#terms', reader(many)('plans/other-plan'))).toBeUndefined();
		expect(select('.print-glossary', reader(many)('plans/other-plan/print'))).toBeUndefined();
		// The plan's chapters give it in their tips, as from its text.
		expect(text(reader(many)('plans/other-plan/ch1'), '.term-tip-source')).toBe('（千葉県の計画の本文より）');
	});

	it('names the plan of each place a term is used where a prefecture has two plans on the site (a plan and its revision’s 素案)', () => {
		const places = selectAll('#usage ~ section', reader(many)('glossary/ai')).find((section) => toString(select('h3', section)!) === '千葉県')!;
		expect(selectAll('li', places).map((li) => toString(li))).toEqual([expect.stringMatching(/^第1章 基本的な考え方 （千葉県テスト用DX推進戦略）$/), expect.stringMatching(/^第1章 基本的な考え方 （千葉県テスト用DX推進戦略.*素案.*）$/)]);
		// Used in one of the two only: which one is said all the same.
		const cloud = selectAll('#usage ~ section', reader(many)('glossary/cloud-service')).find((section) => toString(select('h3', section)!) === '千葉県')!;
		expect(selectAll('li', cloud).map((li) => toString(li))).toEqual([expect.stringMatching(/^第1章 基本的な考え方 › 戦略期間 （千葉県テスト用DX推進戦略.*素案.*）$/)]);
	});

	it('loads the drafting script only on the open consultation’s pages', () => {
		const scripts = (pathname: string) => selectAll('script[src]', page(pathname)).map((s) => String(s.properties.src));
		expect(scripts('plans/other-plan/ch1')).toContainEqual(expect.stringContaining('OpinionPanel'));
		expect(scripts('consultations/other-open')).toContainEqual(expect.stringContaining('OpinionPanel'));
		expect(scripts('consultations/papers-elsewhere')).toContainEqual(expect.stringContaining('OpinionPanel'));
		expect(scripts('plans/sample-plan/ch1')).not.toContainEqual(expect.stringContaining('OpinionPanel'));
		expect(scripts('plans/sample-plan')).toEqual([]);
		expect(scripts('glossary/ai')).toEqual([]);
	});

	it('gives the drafts their own h2 in a chapter’s drawer, and an h3 under 下書きをまとめて提出する on the consultation page', () => {
		expect(select('#opinion-panel-title', page('plans/other-plan/ch1'))?.tagName).toBe('h2');
		// A heading's wording for the other phase is there too, hidden (the browser shows it when the phase changes).
		const shown = (h: Element) => toString({ ...h, children: h.children.filter((c) => c.type !== 'element' || c.properties.hidden === undefined) });
		const headings = selectAll('h2, h3', page('consultations/other-open')).map((h) => `${h.tagName} ${shown(h)}`);
		expect(headings.slice(headings.indexOf('h2 下書きをまとめて提出する'), headings.indexOf('h2 下書きをまとめて提出する') + 2)).toEqual(['h2 下書きをまとめて提出する', 'h3 意見の下書き']);
	});

	it('offers drafts for a consultation whose draft is not on the site: on the whole draft, or on a place the resident writes', () => {
		const casePage = page('consultations/papers-elsewhere');
		expect(text(casePage, '#drafts > span:not([hidden])')).toBe('意見の下書きを書いて提出する');
		// Where its documents are introduced, and not once it has closed.
		expect(text(casePage, '#documents + p')).toBe('意見募集の対象となった案の本文は、このサイトには掲載していません。案の資料を読みながら、このページの「意見の下書きを書いて提出する」で意見の下書きを書けます。');
		expect(text(pageAfter('consultations/papers-elsewhere'), '#documents + p')).toBe('意見募集の対象となった案の本文は、このサイトには掲載していません。');
		const buttons = selectAll('[data-opinion-panel] button[data-action^="write-"]', casePage).map((b) => `${String(b.properties.dataAction)} ${toString(b)}`);
		expect(buttons).toEqual(['write-written-place 該当箇所を書いて意見を書く', 'write-whole-plan 案全体への意見を書く']);
		// Its drafts are kept on its own page: no plan's page to cite.
		const config = JSON.parse(toString(select('[data-opinion-config]', casePage)!)) as { plan?: unknown; casePath: string };
		expect(config).toMatchObject({ casePath: '/consultations/papers-elsewhere/' });
		expect(config.plan).toBeUndefined();
		// Where the draft is on the site, its chapters are where the drafts start.
		expect(selectAll('[data-opinion-panel] button[data-action^="write-"]', page('consultations/other-open')).map((b) => toString(b))).toEqual(['計画全体への意見を書く']);
	});
});

describe('links the content check decides', () => {
	it('reports no page or id of the build with an open consultation (its chapters carry the drafts panel)', async () => {
		const verdicts = await checkVerdictsOnBuiltSite(open, path.join(await contentWithOverlay(consultationFixture), 'content'));
		expect(verdicts.reported).toEqual([]);
		expect(select('#opinion-panel', page('plans/other-plan/ch1'))).toBeDefined();
	});
});

describe('paragraph permalinks', () => {
	it('gives every paragraph and list item of a chapter an id and a link carrying its citation', () => {
		const chapter = page('plans/sample-plan/ch1');
		const paragraphs = selectAll('.chapter p:has(> a.para-link), .chapter li:has(> a.para-link)', chapter);
		expect(paragraphs.map((p) => p.properties.id)).toEqual(['s1-p1', 's1-1-p1', 's1-2-p1', 'concept-p1']);
		expect(selectAll('a.para-link', chapter).map((a) => a.properties.href)).toEqual(['#s1-p1', '#s1-1-p1', '#s1-2-p1', '#concept-p1']);
		const link = select('#s1-1-p1 a.para-link', chapter)!;
		expect(link.properties).toMatchObject({ href: '#s1-1-p1', dataCite: '第１節 １ 第１段落', ariaLabel: '第１節 １ 第１段落へのリンク' });
		expect(select('article.chapter', chapter)!.properties).toMatchObject({ dataCitationPlan: '福島県 テスト用デジタル推進計画', dataCitationChapter: '第１章' });
	});
});

describe('HTML conformance (4.1.1 構文解析)', () => {
	// The drafts panel and the results table are on these pages only: the other builds have no open consultation.
	it('writes every page as the HTML standard has it, while the consultation is open and after it closes', async () => {
		expect(await htmlProblems(open)).toEqual([]);
		expect(await htmlProblems(closed)).toEqual([]);
	});
});

describe('case page and results', () => {
	const eGovFields = ['案件番号', '案件名', '実施機関（担当）', '対象となる案', '根拠', '案の公示日', '意見募集開始日', '意見募集締切日', '問合せ先', '結果の公示日', '提出意見数'];

	/** What Pagefind indexes of a page: its main content without what is marked data-pagefind-ignore. */
	function indexedText(node: Element | ElementContent): string {
		if (node.type === 'text') return node.value;
		if (node.type !== 'element' || 'dataPagefindIgnore' in node.properties) return '';
		return node.children.map(indexedText).join('');
	}

	it('keeps the drafting controls out of the search index, on the chapters under consultation, the case page and the results', () => {
		const indexed = (tree: ReturnType<typeof page>) => indexedText(select('[data-pagefind-body]', tree)!);
		for (const pathname of ['plans/other-plan/ch1', 'consultations/other-open']) {
			expect(select('[data-action="open-panel"], [data-drafts-section]', page(pathname)), pathname).toBeDefined();
			expect(indexed(page(pathname)), pathname).not.toMatch(/下書き/);
		}
		expect(indexed(pageAfter('consultations/sample-interim/results'))).not.toMatch(/下書き/);
	});

	it('shows every e-Gov field on the case page and on the results page', () => {
		for (const pathname of ['consultations/sample-interim', 'consultations/sample-interim/results']) {
			const terms = selectAll('.consultation-facts dt', page(pathname)).map((dt) => toString(dt));
			expect(terms).toEqual(expect.arrayContaining(eGovFields));
		}
		const facts = definitions(page('consultations/sample-interim'), '.consultation-facts');
		expect(facts.get('案件番号')).toBe('2021-DX-001');
		expect(facts.get('意見募集締切日')).toBe('令和4（2022）年2月4日（金）まで（締切時刻は資料に記載なし）');
		expect(facts.get('提出意見数')).toBe('3件（2人・団体）');
		expect(definitions(page('consultations/other-open'), '.consultation-facts').get('結果の公示日')).toBe('このサイトに未掲載');
		// A period under 30 days states its reason, as e-Gov does; one of 30 days or more has no such row.
		expect(definitions(page('consultations/other-open'), '.consultation-facts').get('意見募集期間が30日未満の理由')).toBe('テスト用の理由：年度内に計画を策定するため。');
		expect(facts.has('意見募集期間が30日未満の理由')).toBe(false);
	});

	/** The text a reader sees: hidden parts (「（受付終了）」 before the deadline) left out, a line break as "\n". */
	const shownText = (node: ElementContent): string =>
		node.type === 'text' ? node.value : node.type !== 'element' || node.properties.hidden !== undefined ? '' : node.tagName === 'br' ? '\n' : node.children.map(shownText).join('');
	const lines = (node: Element) => shownText(node).split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
	/** Each channel on the case page (its kind) → its lines as shown. */
	function channelLines(tree: ReturnType<typeof page>) {
		const items = selectAll('.channels > dt, .channels > dd', tree);
		return new Map(items.flatMap((node, i) => (node.tagName === 'dt' ? [[toString(node), lines(items[i + 1]!)] as const] : [])));
	}

	it('lists the channels with what each requires and its deadline, and says the site sends nothing', () => {
		const channels = channelLines(page('consultations/other-open'));
		expect(channels.get('電子メール')).toEqual(['open-test@example.jp', '締切: 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）', '記入が必要な事項: 氏名、住所', '任意の事項: 年齢']);
		expect(channels.get('ファクシミリ')).toEqual(['000-000-0001', '締切: 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）', '記入が必要な事項: 氏名、住所、電話番号']);
		// The web form's fields are not listed in the fixture: not stated, which is not "none".
		expect(channels.get('ウェブフォーム')).toEqual(['受付フォーム（外部サイト）', '締切: 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）', '記入が必要な事項: 資料に記載なし（提出先の案内に従ってください）']);
		expect(text(page('consultations/other-open'), '#how-to-submit + p')).toContain('このサイトから意見を送ることはできません');
	});

	it('gives 郵送 its 必着 or 消印有効 as stated, or says the source does not state it, and a counter its own closing time, in the list and the panel', () => {
		const channels = channelLines(page('consultations/other-open'));
		expect(channels.get('郵送')?.[1]).toBe('締切: 令和8（2026）年12月28日（月）必着');
		expect(channels.get('持参')?.[1]).toBe('締切: 令和8（2026）年12月25日（金）17時00分まで');
		// The closed consultation's 郵送: the source states no rule.
		expect(channelLines(page('consultations/sample-interim')).get('郵送')?.[1]).toBe('締切: 令和4（2022）年2月4日（金）まで（必着か消印有効かは資料に記載なし）（受付終了）');
		const choices = selectAll('.channel-choice label', page('consultations/other-open'));
		expect(choices.map(lines)).toEqual([
			['電子メール（open-test@example.jp）', '締切: 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）'],
			['ファクシミリ（000-000-0001）', '締切: 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）'],
			['ウェブフォーム（https://example.jp/form）', '締切: 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）'],
			['郵送（〒000-0000 テスト市本町1-1 テスト県 デジタル改革推進課 宛）', '締切: 令和8（2026）年12月28日（月）必着', '締切日までに届く必要があります。郵送にかかる日数を見込んで出してください。'],
			['持参（テスト県庁 本庁舎3階 デジタル改革推進課（平日9時から17時まで））', '締切: 令和8（2026）年12月25日（金）17時00分まで'],
		]);
		// All open on 12-10; the browser re-checks each against its own closing instant.
		expect(choices.map((label) => select('input', label)!.properties.disabled)).toEqual(Array(5).fill(undefined));
		expect(choices.map((label) => Number(label.properties.dataChannelClosesAt))).toEqual([...Array(4).fill(jst('2026-12-29T00:00:00')), jst('2026-12-25T17:00:00')]);
	});

	it('marks every channel 「（受付終了）」 and offers none in the panel in a build after the period', () => {
		const after = pageAfter('consultations/other-open');
		expect([...channelLines(after).values()].map((channel) => channel[1])).toEqual([
			'締切: 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）（受付終了）',
			'締切: 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）（受付終了）',
			'締切: 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）（受付終了）',
			'締切: 令和8（2026）年12月28日（月）必着（受付終了）',
			'締切: 令和8（2026）年12月25日（金）17時00分まで（受付終了）',
		]);
		expect(selectAll('.channel-choice input', after).map((input) => input.properties.disabled)).toEqual(Array(5).fill(true));
	});

	it('points to the organiser’s own page for the case where one is given, right under the status', () => {
		const notice = select('h1 ~ .notice', page('consultations/other-open'));
		expect(toString(notice!)).toBe('正式な案内はテスト県 総務部 デジタル改革推進課の意見募集のページ（外部サイト）にあります。締切と提出方法は、提出の前にそちらでも確かめてください。');
		expect(select('a', notice!)?.properties.href).toBe('https://example.jp/pubcom/dx-2026-01');
		expect(select('h1 ~ .notice', page('consultations/sample-interim'))).toBeUndefined();
	});

	it('shows the organiser’s newest notice under the status, linked to the 更新履歴 listing them all newest first, and gives each to the feeds', () => {
		const tree = page('consultations/other-open');
		const latest = select('h1 ~ .latest-notice', tree)!;
		expect(toString(latest).replace(/\s+/g, ' ').trim()).toBe('お知らせ（令和8（2026）年12月4日）: 県内3か所で説明会を開催します。 更新履歴（2件）');
		expect(select('time', latest)?.properties.dateTime).toBe('2026-12-04');
		expect(select('a', latest)?.properties.href).toBe('#notices');
		expect(selectAll('h2#notices + p + ul > li', tree).map((li) => toString(li).replace(/\s+/g, ' ').trim())).toEqual([
			'令和8（2026）年12月4日 県内3か所で説明会を開催します。',
			'令和8（2026）年12月2日 意見募集の資料の一部に誤りがあったため、差し替えました。',
		]);
		// The history is the last part of the page, after the results.
		expect(selectAll('main h2', tree).map((h) => toString(h)).slice(-2)).toEqual(['結果', '更新履歴']);
		for (const feed of ['feed.xml', 'prefectures/12/feed.xml']) {
			const xml = readFileSync(path.join(open, feed), 'utf8');
			expect(xml).toContain('<summary>県内3か所で説明会を開催します。</summary>');
			expect(xml.match(/<title>お知らせ: 千葉県テスト用DX推進戦略に対する意見募集<\/title>/g)).toHaveLength(2);
		}
		// A case without notices has neither.
		expect(select('.latest-notice', page('consultations/sample-interim'))).toBeUndefined();
		expect(select('#notices', page('consultations/sample-interim'))).toBeUndefined();
	});

	it('offers the open case’s deadline for residents’ calendars on its page only, as an .ics file built from the content', () => {
		const link = select('h1 + .consultation-status [data-until-closed] a', page('consultations/other-open'));
		expect(link?.properties.href).toBe('/consultations/other-open/deadline.ics');
		expect(toString(select('[data-until-closed]', page('consultations/other-open'))!)).toBe('締切をカレンダーに登録する（iCalendar 形式の .ics ファイル）');
		const calendar = readFileSync(path.join(open, 'consultations/other-open/deadline.ics'), 'utf8');
		expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n[^]*\r\nDTSTART;VALUE=DATE:20261228\r\n[^]*\r\nEND:VCALENDAR\r\n$/);
		// Long lines are folded (a CRLF and a space): joined again to read.
		expect(calendar.replace(/\r\n /g, '')).toContain('\r\nSUMMARY:意見募集の締切: 千葉県テスト用DX推進戦略に対する意見募集\r\n');
		// The same content, built after the deadline: the same file, no longer offered.
		expect(readFileSync(path.join(closed, 'consultations/other-open/deadline.ics'), 'utf8')).toBe(calendar);
		expect(select('[data-until-closed]', pageAfter('consultations/other-open'))).toBeUndefined();
		expect(select('[data-until-closed]', page('consultations/sample-interim'))).toBeUndefined();
		// Lists of consultations (the home page's) link to the case instead.
		expect(select('[data-until-closed]', page(''))).toBeUndefined();
	});

	it('offers every case’s deadlines, and each prefecture’s on its page, as calendars to subscribe to', () => {
		const summaries = (file: string) => [...readFileSync(path.join(open, file), 'utf8').replace(/\r\n /g, '').matchAll(/\r\nSUMMARY:(.+)\r\n/g)].map(([, summary]) => summary);
		const offer = (pathname: string) => select('.calendar-offer', page(pathname));
		expect(toString(select('a', offer('consultations')!)!)).toBe('意見募集の締切をカレンダーで受け取る');
		expect(select('a', offer('consultations')!)?.properties.href).toBe('/consultations/deadlines.ics');
		// The address to give a calendar app, as text: the site's own address of the file.
		expect(text(page('consultations'), '.calendar-offer .copyable-address')).toMatch(/^https?:\/\/[^/]+\/consultations\/deadlines\.ics$/);
		expect(summaries('consultations/deadlines.ics').sort()).toEqual(
			['意見募集の締切: 千葉県テスト用DX推進戦略に対する意見募集', '意見募集の締切: テスト県行政手続オンライン化方針（素案）に対する意見募集', `意見募集の締切: ${text(page('consultations/sample-interim'), 'h1')}`].sort(),
		);
		// A prefecture's page offers its own cases' only; a plan's page lists its cases without one.
		expect(select('#consultations ~ .calendar-offer a', page('prefectures/12'))?.properties.href).toBe('/prefectures/12/deadlines.ics');
		expect(toString(select('.calendar-offer a', page('prefectures/12'))!)).toBe('千葉県の意見募集の締切をカレンダーで受け取る');
		expect(summaries('prefectures/12/deadlines.ics')).toEqual(['意見募集の締切: 千葉県テスト用DX推進戦略に対する意見募集']);
		// Each calendar names the page that lists its cases: the prefecture's consultations heading, or the consultations page.
		const pageOf = (file: string) => /\r\nURL:(.+)\r\n/.exec(readFileSync(path.join(open, file), 'utf8'))?.[1];
		expect(pageOf('prefectures/12/deadlines.ics')).toMatch(/\/prefectures\/12\/#consultations$/);
		expect(select('h2#consultations', page('prefectures/12'))).toBeDefined();
		expect(pageOf('consultations/deadlines.ics')).toMatch(/\/consultations\/$/);
		expect(select('#consultations', page('plans/other-plan'))).toBeDefined();
		expect(offer('plans/other-plan')).toBeUndefined();
		// Built after the deadline: the same files.
		for (const file of ['consultations/deadlines.ics', 'prefectures/12/deadlines.ics']) expect(readFileSync(path.join(closed, file), 'utf8')).toBe(readFileSync(path.join(open, file), 'utf8'));
	});

	it('links each result to the draft’s section and to the same section on the changes page', () => {
		const rows = selectAll('.results-table tbody tr', page('consultations/sample-interim/results'));
		expect(rows).toHaveLength(3);
		const links = selectAll('a', rows[0]!).map((a) => a.properties.href);
		expect(links).toEqual(['/plans/sample-plan-interim/ch1/#s1', '/plans/sample-plan/changes/ch1/#s1']);
		// The 該当箇所 in the table's own words where the content gives them, else the section's heading; none, said so.
		const placeCell = (row: Element) => select('td', row)!;
		expect(toString(select('a', placeCell(rows[0]!))!)).toBe('第１章 第１節');
		expect(toString(select('a', placeCell(rows[1]!))!)).toBe('第１章 計画の策定 １ デジタル・トランスフォーメーション');
		expect(toString(placeCell(rows[2]!))).toBe('—記載なし');
		// The fragment exists on the changes page.
		expect(select('#s1', page('plans/sample-plan/changes/ch1'))).toBeDefined();
	});

	it('says where the text is handed over that 第○段落 is this site’s numbering, where the draft is on the site', () => {
		const note = (tree: ReturnType<typeof page>) => selectAll('[data-submission] p', tree).map((p) => toString(p)).find((text) => text.includes('第○段落'));
		expect(note(page('plans/other-plan/ch1'))).toBe('該当箇所の「第○段落」は、このサイトでの段落の数え方です。公表された資料のページ番号も分かるときは、意見に書き添えると確実です。');
		expect(note(page('consultations/papers-elsewhere'))).toBeUndefined();
	});

	it('says of a case without channels that this site does not give them, and whom to ask: the organiser’s page, else the contact', () => {
		const withoutChannels = reader(many)('consultations/papers-elsewhere');
		const said = 'このサイトには提出方法を掲載していません。問合せ先（行政改革課）に確かめてください。';
		expect(text(withoutChannels, '#how-to-submit + p')).toBe(said);
		expect(text(withoutChannels, '[data-submission] > summary + p')).toBe(said);
	});

	it('shows the organiser’s newest notice in the status on the chapters under consultation while it is open, linking the rest', () => {
		const status = select('.chapter-header [data-consultation-status]', page('plans/other-plan/ch1'))!;
		const notice = selectAll('p', status).find((p) => toString(p).startsWith('お知らせ'))!;
		expect(toString(notice).replace(/\s+/g, ' ').trim()).toBe('お知らせ（令和8（2026）年12月4日）: 県内3か所で説明会を開催します。 更新履歴（2件）');
		expect(select('a', notice)?.properties.href).toBe('/consultations/other-open/#notices');
		expect(toString(select('.chapter-header [data-consultation-status]', pageAfter('plans/other-plan/ch1'))!)).not.toContain('お知らせ');
	});

	it('puts the answers first on the results page, the case’s facts after them, and links the organiser’s own publication of the results', () => {
		const results = page('consultations/sample-interim/results');
		expect(selectAll('main h2', results).map((h) => toString(h)).slice(0, 2)).toEqual(['意見の概要と県の考え方', '案件の概要']);
		const source = select('h1 ~ p.notice', results)!;
		expect(toString(source)).toMatch(/^テスト県 .+が公表した結果は結果の公示のページ.*にあります。このページは、その内容をこのサイトに載せたものです。$/);
		expect(select('a', source)?.properties.href).toBe('https://example.jp/pubcom/2021-dx-001/kekka.html');
	});

	it('holds back results whose 公示日 has not come: no results page, feed entry or links from the chapters, the build saying so', () => {
		const ahead = reader(many);
		for (const [tree, dist] of [[page, open], [ahead, many]] as const) {
			const announced = dist === open;
			expect(existsSync(path.join(dist, 'consultations/sample-interim/results/index.html'))).toBe(announced);
			expect(readFileSync(path.join(dist, 'feed.xml'), 'utf8').includes('結果公示: ')).toBe(announced);
			for (const plan of ['sample-plan-interim', 'sample-plan']) expect(selectAll('.section-opinions', tree(`plans/${plan}/ch1`)).length > 0, plan).toBe(announced);
		}
		expect(text(ahead('consultations/sample-interim'), 'h2#results + p')).toBe('結果はこのサイトにまだ掲載されていません。');
		expect(buildOutputs.get(many)).toContain('公示日前のため載せていない意見募集の結果: sample-interim（公示日 2026-12-31）');
		expect(buildOutputs.get(open)).not.toContain('公示日前のため');
	});

	it('links the draft’s sections, and the same sections of the adopted plan, to the results rows about them, outside the search index and the print page', () => {
		const results = page('consultations/sample-interim/results');
		/** Each opinions block of a chapter: the heading it follows, its text and where its links lead. */
		const blocks = (pathname: string) => {
			const body = select('article.chapter', page(pathname))!.children.filter((node): node is Element => node.type === 'element');
			return body.flatMap((node, i) => {
				if (!String(node.properties.className).includes('section-opinions')) return [];
				expect(node.properties.dataPagefindIgnore).toBe('');
				return [{ after: select('[id]', body[i - 1]!)?.properties.id, text: toString(node), links: selectAll('a', node).map((a) => String(a.properties.href)) }];
			});
		};
		expect(blocks('plans/sample-plan-interim/ch1')).toEqual([
			{ after: 's1', text: 'この箇所への意見 1件と県の考え方: 番号1（反映する）', links: ['/consultations/sample-interim/results/#opinion-1'] },
			{ after: 's1-1', text: 'この箇所への意見 1件と県の考え方: 番号2-1（一部反映する）', links: ['/consultations/sample-interim/results/#opinion-2'] },
		]);
		expect(blocks('plans/sample-plan/ch1')).toEqual([
			{ after: 's1', text: '中間案のこの箇所への意見 1件と県の考え方: 番号1（反映する）', links: ['/consultations/sample-interim/results/#opinion-1'] },
			{ after: 's1-1', text: '中間案のこの箇所への意見 1件と県の考え方: 番号2-1（一部反映する）', links: ['/consultations/sample-interim/results/#opinion-2'] },
		]);
		// Each link leads to its row: the row's number, the published table's own (2-1) where the content gives it, is the one the link names.
		for (const [id, shown] of [['opinion-1', '1'], ['opinion-2', '2-1']]) expect(toString(select(`tr#${id} > th`, results)!)).toBe(shown);
		expect(selectAll('.section-opinions', page('plans/sample-plan-interim/ch2'))).toEqual([]);
		for (const plan of ['sample-plan-interim', 'sample-plan']) expect(selectAll('.section-opinions', page(`plans/${plan}/print`)), plan).toEqual([]);
	});

	it('keeps the results a table to screen readers where a narrow screen stacks each row: the roles written out, each cell labelled with its column', () => {
		const table = select('table.results-table', page('consultations/sample-interim/results'))!;
		expect(table.properties.role).toBe('table');
		expect(selectAll('thead, tbody', table).map((group) => group.properties.role)).toEqual(['rowgroup', 'rowgroup']);
		const headings = selectAll('thead th', table);
		expect(headings.map((th) => [th.properties.role, toString(th)])).toEqual(['番号', '該当箇所', '意見の概要', '県の考え方', '反映'].map((name) => ['columnheader', name]));
		const rows = selectAll('tbody tr', table);
		expect(rows).toHaveLength(3);
		for (const row of rows) {
			expect(row.properties.role).toBe('row');
			const cells = row.children.filter((cell) => cell.type === 'element');
			expect(cells.map((cell) => cell.properties.role)).toEqual(['rowheader', 'cell', 'cell', 'cell', 'cell']);
			expect(cells.map((cell) => cell.properties.dataLabel)).toEqual(headings.map((th) => toString(th)));
		}
	});

	it('keeps undated consultations from the real plans’ schedules apart', () => {
		expect(selectAll('#from-schedules ~ ul li', page('consultations'))).toHaveLength(0);
		expect(selectAll('#scheduled + ul > li', page('consultations'))).toHaveLength(3);
	});
});

describe('changes between versions', () => {
	it('names the draft’s stage in its chapters’ titles, and tells its readers first that a later version is published, with the same chapter there and its changes', () => {
		const interim = page('plans/sample-plan-interim/ch1');
		expect(text(interim, 'title')).toBe('第１章 計画の策定 | 福島県 テスト用デジタル推進計画（中間案） | 都道府県計画ライブラリ');
		expect(text(page('plans/sample-plan/ch1'), 'title')).toBe('第１章 計画の策定 | 福島県 テスト用デジタル推進計画 | 都道府県計画ライブラリ');
		const notice = select('.chapter-header .notice', interim)!;
		expect(toString(notice)).toBe('この章は福島県 テスト用デジタル推進計画（中間案）の本文です。新しい版「福島県 テスト用デジタル推進計画」が公開されています：新しい版の第１章 計画の策定、この章の変更点');
		// The plan lists say the 中間案 has a version adopted in its place, and lead to it.
		const interimRow = selectAll('main tbody tr', page('prefectures/07')).find((tr) => toString(tr).includes('（中間案）'))!;
		expect(toString(selectAll('td', interimRow).at(-1)!)).toBe('中間案新しい版あり');
		expect(select('td:last-child a', interimRow)?.properties.href).toBe('/plans/sample-plan/');
		// Compared across prefectures by the plan adopted in its place, not the 中間案 it replaced.
		const onTheme = selectAll('main .section-list a', page('themes/administrative-dx')).map((a) => String(a.properties.href));
		expect(onTheme.filter((href) => href.startsWith('/plans/sample-plan/ch1/'))).not.toEqual([]);
		expect(onTheme.filter((href) => href.startsWith('/plans/sample-plan-interim/'))).toEqual([]);
		// The new version's chapter leads back to what changed in it.
		const changed = selectAll('.chapter-header p.muted a', page('plans/sample-plan/ch1')).find((a) => toString(a) === 'この章の変更点');
		expect(changed?.properties.href).toBe('/plans/sample-plan/changes/ch1/');
		expect(selectAll('a', notice).map((a) => a.properties.href)).toEqual(['/plans/sample-plan/ch1/', '/plans/sample-plan/changes/ch1/']);
		// The adopted plan's chapters have no later version.
		expect(select('.chapter-header .notice', page('plans/sample-plan/ch1'))).toBeUndefined();
		// Said once where the stage is added to the name too.
		expect(text(page('plans/sample-plan/changes/ch1'), 'main > p')).toMatch(/^福島県 テスト用デジタル推進計画（中間案）との比較。/);
		expect(text(page('plans/sample-plan/changes'), 'main > p')).toBe('福島県 テスト用デジタル推進計画（中間案）から福島県 テスト用デジタル推進計画（策定済）への変更を、段落ごとに示します。');
		expect(text(page('consultations/sample-interim'), '#documents + p')).toMatch(/^福島県 テスト用デジタル推進計画（中間案）の本文を/);
	});

	it('tells the readers of a plan whose revision is only proposed that it is under review, and that the proposal replaces nothing yet', () => {
		const proposed = '改訂の案「千葉県テスト用DX推進戦略（素案）」が公開されています（案の段階で、この計画に代わるものではありません）：';
		for (const pathname of ['plans/other-plan', 'plans/other-plan/indicators', 'plans/other-plan/print']) {
			const notice = select('main .notice', reader(many)(pathname))!;
			expect(toString(notice), pathname).toBe(`千葉県テスト用DX推進戦略の改訂が検討されています。${proposed}案を読む、変更点の一覧`);
			expect(selectAll('a', notice).map((a) => a.properties.href)).toEqual(['/plans/other-plan-revision/', '/plans/other-plan-revision/changes/']);
		}
		const chapter = reader(many)('plans/other-plan/ch1');
		expect(toString(select('.chapter-header .notice', chapter)!)).toBe(`この章は千葉県テスト用DX推進戦略の本文です。${proposed}案の第1章 基本的な考え方、この章の変更点`);
		// Still the plan in force: not marked in search, and still compared across prefectures.
		expect(selectAll('main [data-pagefind-meta]', chapter)).toEqual([]);
		expect(selectAll('main .section-list a', reader(many)('themes/administrative-dx')).map((a) => String(a.properties.href))).toContainEqual(expect.stringMatching(/^\/plans\/other-plan\/ch1\//));
	});

	it('tells the replaced version’s overview and print page, not only its chapters, and marks its search results', () => {
		for (const pathname of ['plans/sample-plan-interim', 'plans/sample-plan-interim/print']) {
			const notice = select('main .notice', page(pathname))!;
			expect(toString(notice), pathname).toBe('福島県 テスト用デジタル推進計画（中間案）には新しい版があります。新しい版「福島県 テスト用デジタル推進計画」が公開されています：新しい版を読む、変更点の一覧');
			expect(selectAll('a', notice).map((a) => a.properties.href)).toEqual(['/plans/sample-plan/', '/plans/sample-plan/changes/']);
		}
		expect(select('main .notice', page('plans/sample-plan'))).toBeUndefined();
		const versionNote = (pathname: string) => selectAll('main [data-pagefind-meta]', page(pathname)).map((span) => span.properties.dataPagefindMeta);
		expect(versionNote('plans/sample-plan-interim')).toEqual(['versionNote:新しい版あり']);
		expect(versionNote('plans/sample-plan-interim/ch1')).toEqual(['versionNote:新しい版あり']);
		expect(versionNote('plans/sample-plan')).toEqual([]);
	});

	it('compares the prefectures’ indicators by the plan in force, and says so on the replaced version’s indicator', () => {
		const compared = selectAll('main a', page('indicators/compare/online-procedure-rate')).map((a) => String(a.properties.href));
		expect(compared.filter((href) => href.startsWith('/plans/sample-plan/'))).not.toEqual([]);
		expect(compared.filter((href) => href.includes('sample-plan-interim'))).toEqual([]);
		expect(selectAll('main a', page('themes/administrative-dx')).filter((a) => String(a.properties.href).includes('sample-plan-interim'))).toEqual([]);
		const interim = page('plans/sample-plan-interim/indicators');
		expect(definitions(interim, 'main .indicator dl.meta').get('他県と比べる')).toBe('同じ尺度の指標を都道府県で比べる（この計画には新しい版があるため、この指標は比較に含めていません）');
		expect(definitions(page('plans/sample-plan/indicators'), 'main .indicator dl.meta').get('他県と比べる')).toMatch(/（ほかの計画に\d+件）$/);
	});

	it('shows a changed table as a table, each figure changed in its cell, with its headings', () => {
		const table = select('.diff-changed table.diff-table', page('plans/sample-plan/changes/ch2'))!;
		expect(toString(select('caption', table)!)).toBe('変更された表（１ 「誰もが行政手続をオンラインで行える社会」）');
		expect(selectAll('tr', table).map((tr) => selectAll('th, td', tr).map((cell) => `${cell.tagName}${cell.properties.scope ? `[${cell.properties.scope}]` : ''} ${toString(cell)}`))).toEqual([
			['th[col] 指標名', 'th[col] 現況値（令和３年度）', 'th[col] 目標値（令和７年度）'],
			['td 県及び市町村の行政手続のオンライン利用率', 'td ４８.２％', 'td ［削除: ７０.０］［追加: ８０.０］％'],
		]);
		// In its own scroll box on a phone, named by its caption.
		const box = table && selectAll('.table-scroll', page('plans/sample-plan/changes/ch2')).find((div) => select('table.diff-table', div));
		expect(box?.properties.ariaLabelledBy).toEqual([String(select('caption', table)!.properties.id)]);
	});

	it('lists the indicators changed from the previous version, each figure added, changed or dropped said in words', () => {
		const section = select('section[aria-labelledby="indicator-changes"]', page('plans/sample-plan/changes'))!;
		expect(toString(select('p', section)!)).toBe('変更 1件、追加 0件、削除 0件、変更のない指標 0件。');
		const rows = selectAll('tbody tr', section);
		expect(rows.map((tr) => [select('th a', tr)?.properties.href, ...selectAll('td', tr).map((td) => selectAll('li', td).map((li) => toString(li)).join(' / ') || toString(td))])).toEqual([
			[
				'/plans/sample-plan/indicators/#kpi-online',
				'変更',
				// The 実績値 of 令和5年度 is the same in both: not listed.
				'現況値（令和3（2021）年度）：48.2%（新しい版で追加） / 実績値（令和4（2022）年度）：空欄（新しい版で追加） / 目標値（令和7（2025）年度）：80.0%（新しい版で追加） / 全国の比較値（令和3（2021）年度）：0%（新しい版で追加）',
			],
		]);
	});

	it('counts changes per chapter and shows deletions and insertions in words', () => {
		const index = page('plans/sample-plan/changes');
		expect(selectAll('main > .table-scroll tbody tr', index).map((tr) => selectAll('td', tr).map((td) => toString(td)))).toEqual([
			['1', '2', '1', '0'],
			['1', '2', '1', '0'],
		]);
		const ch1 = page('plans/sample-plan/changes/ch1');
		const changed = select('.diff-changed', ch1)!;
		expect(toString(select('del', changed)!)).toBe('［削除: 電子］');
		expect(toString(select('ins', changed)!)).toBe('［追加: オンライン］');
		expect(text(ch1, '.diff-removed')).toContain('この段落は最終案で削除されました。');
		// As on the chapter pages: English phrases in their language (WCAG 3.1.2), and a footnote's number marked as one.
		expect(selectAll('.diff [lang="en"]', ch1).map((span) => toString(span))).toEqual(['Artificial Intelligence']);
		expect(selectAll('.diff-added', ch1).map((block) => toString(block)).join('\n')).toContain('人工知能のことです（注1）。');
	});

	it('keeps a chapter’s unchanged headings as headings on its changes page, without a landmark per change, each block’s link naming the section it is in (WCAG 1.3.1, 2.4.4)', () => {
		const ch1 = page('plans/sample-plan/changes/ch1');
		expect(selectAll('main :is(h1, h2, h3, h4, h5, h6)', ch1).map((h) => `${h.tagName} ${toString(h)}`)).toEqual(['h1 第１章 計画の策定：変更点', 'h2 第１節 計画の策定趣旨', 'h3 １ デジタル・トランスフォーメーション', 'h2 【概念図】']);
		expect(selectAll('main section[aria-label], main [role="region"]', ch1)).toEqual([]);
		const links = selectAll('.diff-tag a', ch1).map((a) => toString(a));
		expect(links.length).toBeGreaterThan(1);
		expect(new Set(links).size).toBe(links.length);
		expect(links[0]).toMatch(/^(新しい|前の)版で読む（.+）$/);
		// A changed block leads to both texts whole.
		expect(selectAll('.diff-changed .diff-tag a', ch1).map((a) => toString(a).replace(/（.+）$/, ''))).toEqual(['前の版で読む', '新しい版で読む']);
	});

	it('puts the changes pages under their plan in the breadcrumbs, below its prefecture', () => {
		const crumbs = (pathname: string) => selectAll('nav.breadcrumbs a', page(pathname)).map((a) => a.properties.href);
		const plan = ['/', '/prefectures/', '/prefectures/07/', '/plans/sample-plan/'];
		expect(crumbs('plans/sample-plan/changes')).toEqual(plan);
		expect(crumbs('plans/sample-plan/changes/ch1')).toEqual([...plan, '/plans/sample-plan/changes/']);
	});

	it('links versions both ways from the plan pages', () => {
		expect(selectAll('.meta a', page('plans/sample-plan')).map((a) => a.properties.href)).toEqual(expect.arrayContaining(['/plans/sample-plan-interim/', '/plans/sample-plan/changes/']));
		expect(selectAll('.meta a', page('plans/sample-plan-interim')).map((a) => a.properties.href)).toContain('/plans/sample-plan/');
	});
});

describe('stylesheets', () => {
	/** The rules a page's stylesheets hold, all of them in one text. */
	const styles = (pathname: string) =>
		selectAll('link[rel="stylesheet"]', page(pathname))
			.map((link) => readFileSync(path.join(open, String(link.properties.href)), 'utf8'))
			.join('\n');

	it('give the stacked tables (results, the accessibility checklist, the plan and indicator lists) and the version comparison their rules on their own pages, and every other page none of them (the budget every page pays stays small)', () => {
		expect(styles('consultations/sample-interim/results')).toContain('.results-table');
		for (const pathname of ['consultations/sample-interim/results', 'accessibility', '', 'indicators']) expect(styles(pathname), pathname).toContain('.stacked-table');
		expect(styles('plans/sample-plan/changes/ch1')).toContain('.diff-block');
		expect(styles('')).not.toMatch(/\.results-table|\.diff-block/);
		for (const pathname of ['plans/other-plan/ch1', 'consultations/other-open', 'plans/sample-plan/changes', 'glossary']) {
			expect(styles(pathname), pathname).not.toMatch(/\.results-table|\.stacked-table|\.diff-block/);
			expect(styles(pathname), pathname).toContain('.term-tip');
		}
	});

	it('give the opinion drafts panel its rules only on the pages that show a panel (every chapter page could, the few under a consultation do)', () => {
		for (const pathname of ['plans/other-plan/ch1', 'consultations/other-open', 'consultations/sample-interim/results']) {
			expect(styles(pathname), pathname).toContain('.opinion-panel-drawer');
		}
		for (const pathname of ['', 'plans/sample-plan/ch1', 'plans/other-plan', 'glossary']) {
			expect(styles(pathname), pathname).not.toContain('.opinion-panel-drawer');
			expect(styles(pathname), pathname).toContain('.term-tip');
		}
	});
});

// This build has every part a chapter page can show (the opinion panel too), so every id the pages give their own elements.
describe('ids on chapter and print pages', () => {
	it('are the chapter’s own or registered in src/lib/page-ids.ts (whose ids the content check keeps authors from), each once', async () => {
		const root = await contentWithOverlay(consultationFixture);
		const { content } = await readContent(path.join(root, 'content'), root);
		const idsOn = (pathname: string) => selectAll('[id]', page(pathname)).map((node) => String(node.properties.id));
		for (const plan of new Set(content.chapters.map((c) => c.planId))) {
			const chapters = content.chapters.filter((c) => c.planId === plan);
			const onChapterPage = (chapter: (typeof chapters)[number], id: string) => isPageId(id) || chapter.sections.some((s) => s.id === id);
			for (const chapter of chapters) {
				const ids = idsOn(`plans/${plan}/${chapter.id}`);
				expect(new Set(ids).size, `${plan}/${chapter.id}`).toBe(ids.length);
				expect(ids.filter((id) => !onChapterPage(chapter, id)), `${plan}/${chapter.id}`).toEqual([]);
			}
			// The print page: its own ids, each chapter's heading, and each chapter's ids under the chapter's prefix.
			const onPrintPage = (id: string) =>
				isPageId(id) || chapters.some((c) => id === printChapterId(c.id) || (id.startsWith(printScopedId(c.id, '')) && onChapterPage(c, id.slice(printScopedId(c.id, '').length))));
			const ids = idsOn(`plans/${plan}/print`);
			expect(new Set(ids).size, `${plan}/print`).toBe(ids.length);
			expect(ids.filter((id) => !onPrintPage(id)), `${plan}/print`).toEqual([]);
		}
	});
});
