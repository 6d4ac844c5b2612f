import { describe, expect, it } from 'vitest';
import { buildCrossLinks, commonForm, relatedPrefectureLimit, sectionNames } from '../../src/lib/cross-links.ts';
import type { OutlineSection } from '../../src/markdown/chapter-outline.ts';
import { createTermMatcher } from '../../src/lib/term-matcher.ts';

const section = (id: string, text: string, body: string, parents: string[] = []): OutlineSection => ({ id, text, body, parents, depth: parents.length + 2, line: 1, termText: body });
const theme = (title: string, kind: 'topic' | 'role', order: number) => ({ title, kind, aliases: [], order });

const links = buildCrossLinks({
	plans: [
		{ id: 'chiba', prefecture: { name: '千葉県', code: '12' }, name: '千葉県DX推進戦略' },
		{ id: 'fukushima', prefecture: { name: '福島県', code: '07' }, name: '福島県 デジタル化推進計画' },
		{ id: 'mie', prefecture: { name: '三重県', code: '24' }, name: '三重県 資料' },
	],
	chapters: [
		{ planId: 'fukushima', id: 'ch1', label: '第１章 計画の策定', themes: { s3: ['period'], s2: ['admin', 'data'] }, sections: [section('s2', '第２節 行政', ''), section('s2-1', '１ 手続', 'オンライン化を進めます。ＡＩを使う。', ['s2']), section('s2-1-1', '（１）申請', '電子申請。', ['s2', 's2-1']), section('s2-2', '２ 窓口', '書かない窓口。', ['s2']), section('s3', '第３節 計画の期間', '令和４年度から令和７年度まで。')] },
		{ planId: 'chiba', id: 'ch1', label: '第1章 基本的な考え方', themes: { period: ['period'], gyosei: ['admin'] }, sections: [section('period', '戦略期間', '終期の設定は行わず。'), section('gyosei', '行政', 'AIを活用。')] },
	],
	themes: [
		{ id: 'period', data: theme('計画期間', 'role', 240) },
		{ id: 'admin', data: theme('行政のDX', 'topic', 10) },
		{ id: 'data', data: theme('データ利活用', 'topic', 50) },
	],
	terms: createTermMatcher([{ id: 'ai', names: ['AI'] }]),
});

describe('buildCrossLinks', () => {
	it('lists themes in order and every prefecture per theme, in code order, empty ones included', () => {
		expect(links.themes.map((t) => t.id)).toEqual(['admin', 'data', 'period']);
		const admin = links.theme('admin')!;
		expect(admin.byPrefecture.map((p) => [p.prefecture, p.sections.map((s) => s.sectionId)])).toEqual([
			['福島県', ['s2']],
			['千葉県', ['gyosei']],
			['三重県', []],
		]);
	});

	it('lists the subsections’ headings as the excerpt of a tagged heading without text of its own, not the first one’s text as if it were the whole section’s', () => {
		expect(links.theme('admin')!.byPrefecture[0]!.sections[0]!.excerpt).toBe('１ 手続 ／ ２ 窓口');
	});

	it('starts the excerpt of a section on several parts of a plan at the line that names the part (計画期間 after the 基本方針)', () => {
		const mie = buildCrossLinks({
			plans: [{ id: 'mie', prefecture: { name: '三重県', code: '24' }, name: '三重県 資料' }],
			chapters: [{ planId: 'mie', id: 'ch2', label: '２．', themes: { plan: ['principles', 'period'] }, sections: [section('plan', '推進計画', '基本方針１ 「ICTを活用した県庁改革」\n基本方針２ 「県民サービスの向上」\n・計画期間・・・令和2年から令和5年度（4年間）')] }],
			themes: [{ id: 'principles', data: theme('基本方針', 'role', 100) }, { id: 'period', data: { ...theme('計画期間', 'role', 240), aliases: ['期間'] } }],
		});
		const [principles, period] = ['principles', 'period'].map((id) => mie.theme(id)!.byPrefecture[0]!.sections[0]!.excerpt);
		// 基本方針 is named at the start: the section's own excerpt.
		expect(principles).toMatch(/^基本方針１/);
		expect(period).toBe('・計画期間・・・令和2年から令和5年度（4年間）');
		// The section's own excerpt wherever else it is listed, and where the part is named in passing.
		expect(links.theme('period')!.byPrefecture[0]!.sections[0]!.excerpt).toBe('令和４年度から令和７年度まで。');
		const mention = buildCrossLinks({
			plans: [{ id: 'mie', prefecture: { name: '三重県', code: '24' }, name: '三重県 資料' }],
			chapters: [{ planId: 'mie', id: 'ch2', label: '２．', themes: { plan: ['period'] }, sections: [section('plan', '推進計画', '令和4年度から。\n他県の例: 千葉県の計画期間。')] }],
			themes: [{ id: 'period', data: theme('計画期間', 'role', 240) }],
		});
		expect(mention.theme('period')!.byPrefecture[0]!.sections[0]!.excerpt).toBe('令和4年度から。 他県の例: 千葉県の計画期間。');
	});

	it('links a section to other prefectures on the same themes, never to its own prefecture', () => {
		const related = links.related('fukushima', 'ch1', 's2');
		expect(related.map((g) => [g.theme.id, g.total, g.prefectures.map((p) => `${p.section.planId}#${p.section.sectionId}×${p.count}`)])).toEqual([['admin', 1, ['chiba#gyosei×1']]]);
		expect(links.related('fukushima', 'ch1', 's2-1')).toEqual([]);
	});

	it('links first to the section of another prefecture whose heading names the theme or an alias, not its plan’s first, which is often background; its first where none does', () => {
		const security = { id: 'security', data: { ...theme('セキュリティ・個人情報保護', 'topic', 70), aliases: ['サイバーセキュリティ'] } };
		const plans = [
			{ id: 'fukushima', prefecture: { name: '福島県', code: '07' }, name: '福島県 デジタル化推進計画' },
			{ id: 'chiba', prefecture: { name: '千葉県', code: '12' }, name: '千葉県DX推進戦略' },
		];
		const chiba = { planId: 'chiba', id: 'ch3', label: '第3章', themes: { safety: ['security'] }, sections: [section('safety', '安全・安心', '情報を守る。')] };
		const fukushima = (headings: string[]) => ({
			planId: 'fukushima',
			id: 'ch2',
			label: '第２章',
			themes: Object.fromEntries(headings.map((_, i) => [`s${i}`, ['security']])),
			sections: headings.map((heading, i) => section(`s${i}`, heading, '本文。')),
		});
		const linkFrom = (headings: string[]) => buildCrossLinks({ plans, chapters: [fukushima(headings), chiba], themes: [security] }).related('chiba', 'ch3', 'safety')[0]!.prefectures[0]!;
		expect(linkFrom(['７ セキュリティリスクの増大', '３ 行政のデジタル化', '７ サイバーセキュリティの確保'])).toMatchObject({ section: { sectionId: 's2', heading: '７ サイバーセキュリティの確保' }, count: 3 });
		expect(linkFrom(['２ 国の動向', '７ セキュリティ・個人情報保護の徹底'])).toMatchObject({ section: { sectionId: 's1' }, count: 2 });
		expect(linkFrom(['２ 国の動向', '３ 情報の安全'])).toMatchObject({ section: { sectionId: 's0' }, count: 2 });
	});

	it('gives a subsection only the themes the sections it sits in are not tagged with', () => {
		const nested = buildCrossLinks({
			plans: [{ id: 'toyama', prefecture: { name: '富山県', code: '16' }, name: '富山県 評価' }],
			chapters: [{ planId: 'toyama', id: 'ch3', label: 'ch3', themes: { n1: ['admin'], 'n1-1': ['admin', 'data'], 'n1-1-r5': ['admin'], 'n1-1-issues': ['period', 'data', 'admin'] }, sections: [section('n1', '1', ''), section('n1-1', '(1)', '', ['n1']), section('n1-1-r5', '令和5年度末', '', ['n1', 'n1-1']), section('n1-1-issues', '課題', '', ['n1', 'n1-1'])] }],
			themes: [{ id: 'admin', data: theme('行政のDX', 'topic', 10) }, { id: 'data', data: theme('データ利活用', 'topic', 50) }, { id: 'period', data: theme('計画期間', 'role', 240) }],
		});
		expect(['n1', 'n1-1', 'n1-1-r5', 'n1-1-issues'].map((id) => nested.themesNewToSection('toyama', 'ch3', id))).toEqual([['admin'], ['data'], [], ['period']]);
		// The theme pages still list every tagged section.
		expect(nested.theme('admin')!.byPrefecture[0]!.sections.map((s) => s.sectionId)).toEqual(['n1', 'n1-1', 'n1-1-r5', 'n1-1-issues']);
	});

	it('lists at most a fixed number of prefectures under a section, however large the site, its own region’s first', () => {
		const many = buildCrossLinks({
			plans: Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, prefecture: { name: `県${i}`, code: String(i + 1).padStart(2, '0') }, name: `計画${i}` })),
			chapters: Array.from({ length: 20 }, (_, i) => ({ planId: `p${i}`, id: 'ch1', label: '第1章', themes: { a: ['admin'], b: ['admin'] }, sections: [section('a', 'A', 'x'), section('b', 'B', 'y')] })),
			themes: [{ id: 'admin', data: theme('行政のDX', 'topic', 10) }],
		});
		const [group] = many.related('p0', 'ch1', 'a');
		expect(group!.prefectures).toHaveLength(relatedPrefectureLimit);
		expect(group!.prefectures[0]!.count).toBe(2);
		expect(group!.total).toBe(38);
		// Those of the section's own region first (codes 15–23 are 中部; the site has up to 20), then in code order.
		const [nagano] = many.related('p19', 'ch1', 'a');
		expect(nagano!.prefectures.map((p) => p.section.planId)).toEqual(['p14', 'p15', 'p16', 'p17', 'p18', 'p0']);
		// 北海道 (01) is a region of its own: code order.
		expect(group!.prefectures.map((p) => p.section.planId)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
	});

	it('gives a chapter the themes its sections carry', () => {
		expect(links.chapterThemes('fukushima', 'ch1').map((t) => t.id)).toEqual(['admin', 'data', 'period']);
	});

	it('puts role themes in the comparison matrix', () => {
		expect(links.roleMatrix().map((r) => r.id)).toEqual(['period']);
		expect(links.roleMatrix()[0]!.byPrefecture.map((p) => p.sections.map((s) => s.heading))).toEqual([['第３節 計画の期間'], ['戦略期間'], []]);
	});

	it('lists the topic themes a prefecture’s plans take up, with its sections on each, and no role theme', () => {
		expect(links.prefectureTopics('07').map((t) => [t.theme.id, t.sections.map((s) => s.sectionId)])).toEqual([
			['admin', ['s2']],
			['data', ['s2']],
		]);
		expect(links.prefectureTopics('12').map((t) => t.theme.id)).toEqual(['admin']);
		expect(links.prefectureTopics('24')).toEqual([]);
	});

	it('gives the topic themes in theme order, without the plan-structure roles', () => {
		expect(links.topicThemes().map((t) => t.id)).toEqual(['admin', 'data']);
		expect(links.roleMatrix().map((t) => t.id)).toEqual(['period']);
	});

	it('finds where each glossary term is used, across plans, and links to its first linked use in each section', () => {
		expect(links.termUsage('ai').map((s) => `${s.planId}#${s.sectionId} → ${s.anchor}`)).toEqual(['fukushima#s2-1 → term-s2-1-ai--use', 'chiba#gyosei → term-gyosei-ai--use']);
		expect(links.termUsage('unknown')).toEqual([]);
	});

	it('names sections that share a heading by the section each is in too, the rest of where it is in the line under it', () => {
		const ref = (heading: string, within: string[]) => ({ planId: 'toyama', planName: '富山県 評価', prefecture: '富山県', prefectureCode: '16', chapterId: 'ch3', chapterLabel: '第3章', sectionId: heading, heading, within, excerpt: '' });
		const named = sectionNames([ref('課題', ['1 行政', '(1)スマート県庁推進']), ref('課題', ['2 産業', '(3)産業の高付加価値化']), ref('めざす姿', ['1 行政']), ref('課題', [])]);
		expect(named.map(({ name, trail }) => [name, trail])).toEqual([
			['(1)スマート県庁推進 › 課題', ['第3章', '1 行政']],
			['(3)産業の高付加価値化 › 課題', ['第3章', '2 産業']],
			['めざす姿', ['第3章', '1 行政']],
			['課題', ['第3章']],
		]);
		// The same heading in the same section in two chapters: named by its chapter too.
		const twice = sectionNames([{ ...ref('(3)産業', ['2 産業']), chapterLabel: '第2章 成果' }, ref('(3)産業', ['2 産業'])]);
		expect(twice.map(({ name, trail }) => [name, trail])).toEqual([
			['第2章 成果 › 2 産業 › (3)産業', []],
			['第3章 › 2 産業 › (3)産業', []],
		]);
	});

	it('keeps how each section writes a term, and searches the rest of its uses by the form most of them write', () => {
		const forms = buildCrossLinks({
			plans: [{ id: 'mie', prefecture: { name: '三重県', code: '24' }, name: 'みえデジタル戦略推進計画' }],
			chapters: [
				{
					planId: 'mie',
					id: 'ch1',
					label: '第1章',
					themes: {},
					sections: [section('s1', '第１節', 'ＤＸとデジタル変革（ＤＸ）。ＤＸ。'), section('s2', '第２節', 'ＤＸの推進。'), section('s3', '第３節', 'デジタル変革を進める。'), section('s4', '第４節', '行政。')],
				},
			],
			themes: [],
			terms: createTermMatcher([{ id: 'dx', names: ['デジタル・トランスフォーメーション：デジタル変革（DX）', 'デジタル変革', 'ＤＸ'] }]),
		}).termUsage('dx');
		expect(forms.map((use) => [use.sectionId, use.forms])).toEqual([
			['s1', ['ＤＸ', 'デジタル変革']],
			['s2', ['ＤＸ']],
			['s3', ['デジタル変革']],
		]);
		expect(commonForm(forms)).toBe('ＤＸ');
		expect(commonForm(forms.slice(2))).toBe('デジタル変革');
		expect(commonForm([])).toBeUndefined();
	});

	it('links to the section’s heading where the term is in no text the page links: the heading itself, a link, two runs of text', () => {
		const used = (body: string, termText: string, heading = '行政') =>
			buildCrossLinks({
				plans: [{ id: 'chiba', prefecture: { name: '千葉県', code: '12' }, name: '千葉県DX推進戦略' }],
				chapters: [{ planId: 'chiba', id: 'ch1', label: '第1章', themes: {}, sections: [{ ...section('gyosei', heading, body), termText }] }],
				themes: [],
				terms: createTermMatcher([{ id: 'ai', names: ['AI'] }]),
			}).termUsage('ai').map((s) => s.anchor);
		expect(used('生成AIを活用。', '生成\nを活用。')).toEqual(['gyosei']);
		expect(used('行政手続を進める。', '行政手続を進める。', 'AIと行政')).toEqual(['gyosei']);
		expect(used('AIを活用。', 'AIを活用。')).toEqual(['term-gyosei-ai--use']);
	});

	it('counts the text before a chapter’s first heading as a place of use, before its sections, linking to the use or to the page’s main content', () => {
		const usage = (intro: { body: string; termText: string }) =>
			buildCrossLinks({
				plans: [{ id: 'toyama', prefecture: { name: '富山県', code: '16' }, name: '富山県 評価' }],
				chapters: [{ planId: 'toyama', id: 'ch1', label: '第1章', themes: {}, intro, sections: [section('s1', '第１節 取組', 'AIを活用。')] }],
				themes: [],
				terms: createTermMatcher([{ id: 'ai', names: ['AI'] }]),
			});
		const linked = usage({ body: 'AIとIoTの活用。', termText: 'AIとIoTの活用。' });
		expect(linked.termUsage('ai').map((s) => [s.sectionId, s.heading, s.anchor])).toEqual([
			['intro', '', 'term-intro-ai--use'],
			['s1', '第１節 取組', 'term-s1-ai--use'],
		]);
		expect(linked.stats).toMatchObject({ sections: 1, termLinks: 2 });
		expect(usage({ body: '[AIの解説](/a/)を参照。', termText: 'を参照。' }).termUsage('ai').map((s) => s.anchor)).toEqual(['main', 'term-s1-ai--use']);
		expect(usage({ body: ' ', termText: '' }).termUsage('ai').map((s) => s.sectionId)).toEqual(['s1']);
	});

	it('leaves out of a term’s uses, and of the links counted, a place whose words only look like it (a pun, a name: glossary notUsedIn)', () => {
		const usage = (notUsedIn: string[]) =>
			buildCrossLinks({
				plans: [{ id: 'aomori', prefecture: { name: '青森県', code: '02' }, name: '青森県 資料' }],
				chapters: [{ planId: 'aomori', id: 'ch5', label: '資料3', themes: {}, sections: [section('case-sai', 'AI(愛)サイ(佐井)ボード', 'AI(愛)の名のとおり。'), section('case-watch', '見守り', 'AIで見守る。')] }],
				themes: [],
				terms: createTermMatcher([{ id: 'ai', names: ['AI'] }]),
				notUsedIn: new Map([['ai', notUsedIn]]),
			});
		expect(usage([]).termUsage('ai').map((s) => s.sectionId)).toEqual(['case-sai', 'case-watch']);
		const punLeftOut = usage(['aomori/ch5#case-sai']);
		expect(punLeftOut.termUsage('ai').map((s) => s.sectionId)).toEqual(['case-watch']);
		expect(punLeftOut.stats.termLinks).toBe(1);
		expect(usage(['aomori/ch5']).termUsage('ai')).toEqual([]);
	});

	it('counts sections, tagged sections and term links for the build report', () => {
		expect(links.stats).toMatchObject({ themes: 3, sections: 7, taggedSections: 4, termLinks: 2 });
	});
});
