/**
 * Fixture tests for the glossary-term plugin: tests/fixtures/glossary-terms/<case>/input.md
 * rendered as a chapter with a small glossary → output.html.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryLinks, notUsedAt, termsLinkedByPlace } from '../../src/lib/glossary-links.ts';
import { introSectionId, termUseId } from '../../src/lib/page-ids.ts';
import { chapterOutline } from '../../src/markdown/chapter-outline.ts';
import { markdownOptions, markdownProcessor, renderFile } from '../../src/markdown/pipeline.ts';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const fixtures = path.resolve('tests/fixtures/glossary-terms');
const entry = (id: string, term: string, aliases: string[], body: string, notUsedIn: string[] = []) => ({
	id,
	body,
	data: { term, publish: true, reading: 'てすと', aliases, aliasReadings: {}, notUsedIn, notIn: [], related: [], source: { plan: 'sample-plan' }, references: [], otherDefinitions: [] } satisfies GlossaryEntry,
});
const glossary = glossaryLinks(
	[
		// A pun on the term's letters (not-used-in): 「AI(愛)」 in a service's name.
		entry('ai', 'AI', ['人工知能'], '「Artificial Intelligence」の略。', ['plan:sample-plan/ch1#case-ai-board']),
		entry('iot', 'IoT', [], 'モノのインターネット。'),
		entry('5g', '５Ｇ', [], '第5世代移動通信システム。'),
		entry('os', 'OS', [], 'オペレーティング・システム。'),
		entry('public-private-data', '官民データ', [], '官と民が保有するデータ。'),
		entry('basic-act', '官民データ活用推進基本法', [], '平成28年の法律。'),
	],
	[{ id: 'sample-plan', data: { prefecture: { name: '福島県', code: '07' } } as Plan }],
);
const processor = markdownProcessor(markdownOptions({ glossaryLinks: glossary }));
const renderChapter = (markdown: string) => renderFile(processor, markdown, '/site/content/plans/sample-plan/ch1.md');

describe('glossary term fixtures', () => {
	for (const name of readdirSync(fixtures)) {
		it(name, async () => {
			const input = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8');
			const expected = readFileSync(path.join(fixtures, name, 'output.html'), 'utf8');
			expect((await renderChapter(input)).trim()).toBe(expected.trim());
		});
	}
});

describe('the chapter outline’s text for term uses', () => {
	it('finds, in every section of every fixture, exactly the terms the page links there: a term’s page links only to ids that exist', async () => {
		let compared = 0;
		for (const name of readdirSync(fixtures)) {
			const input = readFileSync(path.join(fixtures, name, 'input.md'), 'utf8');
			const outline = await chapterOutline(input, '/site/content/plans/sample-plan/ch1.md');
			if (!outline.ok) throw new Error(outline.message);
			const places = [{ id: introSectionId, part: introSectionId, termText: outline.intro.termText }, ...outline.sections.map((s) => ({ ...s, part: s.parents[0] ?? s.id }))];
			const linked = termsLinkedByPlace(
				places,
				(text) => glossary.matcher.find(text).map((m) => m.termId),
				(termId, sectionId) => !notUsedAt(glossary.terms.get(termId)!.notUsedIn, 'sample-plan', 'ch1', sectionId),
			);
			const fromOutline = [...linked].flatMap(([sectionId, termIds]) => [...termIds].map((termId) => termUseId(sectionId, termId)));
			// A term only a heading names has its tip in a line under the heading, which is no use in the text: its page links to the heading.
			const text = (await renderChapter(input)).replace(/<aside class="section-terms"[\s\S]*?<\/aside>/g, '');
			const onPage = [...text.matchAll(/<span id="([^"]+)" class="term">/g)].map((m) => m[1]!);
			expect(fromOutline.sort(), name).toEqual(onPage.sort());
			compared += onPage.length;
		}
		expect(compared).toBeGreaterThan(5);
	});
});

describe('glossary terms', () => {
	const linked = async (markdown: string) => [...(await renderChapter(markdown)).matchAll(/class="term-link">([^<]+)</g)].map((m) => m[1]);

	it('keeps a term’s link but not its 「？」 in a header cell, whose text is read out with every cell it heads', async () => {
		const html = await renderChapter('| 区分 | ＡＩ |\n|---|---|\n| **IoT推進本部** | OSを使う |\n| **幹事会** | 官民データ |');
		const headers = [...html.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((m) => m[1]!);
		expect(headers.filter((th) => th.includes('term-link'))).toHaveLength(2);
		expect(headers.join('')).not.toMatch(/term-tip/);
		const cells = [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
		expect(cells.filter((td) => td.includes('term-tip-button'))).toHaveLength(2);
	});

	it('links the longest name where names overlap', async () => {
		expect(await linked('## 第１節 x\n\n官民データ活用推進基本法と官民データ。')).toEqual(['官民データ活用推進基本法', '官民データ']);
	});
	it('matches Latin terms only as whole tokens', async () => {
		expect(await linked('## 第１節 x\n\nDOS、OSS、MS-DOS、BOS、そしてOS。')).toEqual(['OS']);
	});
	it('matches full- and half-width forms of the same term', async () => {
		expect(await linked('## 第１節 x\n\nＩｏＴ')).toEqual(['ＩｏＴ']);
		expect(await linked('## 第１節 x\n\n5G')).toEqual(['5G']);
	});
	it('links only once per section, again in the next section', async () => {
		expect(await linked('## 第１節 a\n\nＡＩとＡＩ\n\n## 第２節 b\n\nＡＩ')).toEqual(['ＡＩ', 'ＡＩ']);
	});
	it('leaves headings, links, code and author-written abbr alone, the term only the heading names getting its tip in a line under it', async () => {
		const html = await renderChapter('## 第１節 ＡＩ\n\n[ＡＩ](https://example.jp/) `ＡＩ` <abbr>ＡＩ</abbr>\n\n```\nＡＩ\n```\n');
		expect(/<h2[^>]*>(.*?)<\/h2>/.exec(html)![1]).not.toContain('term');
		expect([...html.matchAll(/<aside class="section-terms"[^>]*>見出しの用語: <span id="term-s1-ai--use" class="term"><a href="\/glossary\/ai\/" class="term-link">ＡＩ</g)]).toHaveLength(1);
		expect([...html.replace(/<aside class="section-terms"[\s\S]*?<\/aside>/, '').matchAll(/class="term-link"/g)]).toEqual([]);
	});
	it('leaves editorial notes alone, the editors’ words being no use of a term by the plan, and links the term in the plan’s text after one', async () => {
		expect(await linked('## 第１節 a\n\n> [!編集部注] 図のＡＩの文言は失われました。\n\nＡＩの活用\n')).toEqual(['ＡＩ']);
		expect(await linked('## 第１節 a\n\n- 項目\n\n  > [!編集部注] ＡＩ\n')).toEqual([]);
	});
	it('gives each toggletip a unique id tied to its button', async () => {
		const code = await renderChapter('## 第１節 a\n\nＡＩ\n\n## 第２節 b\n\nＡＩ');
		const targets = [...code.matchAll(/popovertarget="([^"]+)"/g)].map((m) => m[1]);
		const ids = [...code.matchAll(/id="(term-[^"]+)" popover/g)].map((m) => m[1]);
		expect(targets).toEqual(['term-s1-ai', 'term-s2-ai']);
		expect(ids).toEqual(targets);
	});
	it('does nothing outside chapters (glossary definitions, indicator notes)', async () => {
		const code = await renderFile(processor, 'ＡＩのこと。', '/site/content/glossary/ai.md');
		expect(code).not.toContain('term-link');
	});
});

describe('related terms', () => {
	const plans = [{ id: 'sample-plan', data: { prefecture: { name: '福島県', code: '07' } } as Plan }];
	it('relates terms whose definitions name each other, and those the editors pair (related), on both pages', () => {
		const reskilling = entry('reskilling', 'リスキリング', [], '新しい職業に就くために必要なスキルを獲得すること。');
		const links = glossaryLinks(
			[
				{ ...reskilling, data: { ...reskilling.data, related: ['recurrent'] } },
				entry('recurrent', 'リカレント教育', [], '学校教育を終えた後も学び直すこと。'),
				entry('ict', 'ICT', [], '情報通信技術。'),
				entry('telework', 'テレワーク', [], 'ICTを活用した働き方。'),
			],
			plans,
		);
		expect(links.related('reskilling')).toEqual(['recurrent']);
		expect(links.related('recurrent')).toEqual(['reskilling']);
		expect(links.related('ict')).toEqual(['telework']);
		expect(links.related('telework')).toEqual(['ict']);
	});
});

describe('whose definition a tip says it is', () => {
	it('names the prefecture 本県 or 当県 means in a plan’s definition, as residents of other prefectures read it too', () => {
		const plans = [{ id: 'sample-plan', data: { prefecture: { name: '福島県', code: '07' } } as Plan }];
		const links = glossaryLinks([entry('telework', 'テレワーク', [], '本県では、在宅勤務などを総称してテレワークと言います。'), entry('iot', 'IoT', [], 'モノのインターネット。')], plans);
		expect(links.terms.get('telework')!.sourceLabel).toBe('福島県の計画の用語解説より。文中の「本県」は福島県');
		expect(links.terms.get('iot')!.sourceLabel).toBe('福島県の計画の用語解説より');
	});

	it('shows on a plan’s chapters that plan’s own definition where it gives one (otherDefinitions), the main one elsewhere', async () => {
		const plans = [
			{ id: 'sample-plan', data: { prefecture: { name: '千葉県', code: '12' } } as Plan },
			{ id: 'other-plan', data: { prefecture: { name: '福島県', code: '07' } } as Plan },
		];
		const main = entry('dx', 'DX', [], 'ICTの浸透が人々の生活をより良い方向に変化させること。');
		const data: GlossaryEntry = { ...main.data, source: { plan: 'other-plan' }, otherDefinitions: [{ source: { plan: 'sample-plan' }, text: 'デジタル技術の活用による変革の取組', references: [] }] };
		const dx = { ...main, data };
		const render = (file: string) => renderFile(markdownProcessor(markdownOptions({ glossaryLinks: glossaryLinks([dx], plans) })), '## 方針\n\nDXを進めます。\n', file);
		const tip = (html: string) => /<span class="term-tip-source">(.*?)<\/span><span class="term-tip-text">(.*?)<\/span>/.exec(html)!.slice(1);
		expect(tip(await render('/site/content/plans/sample-plan/ch1.md'))).toEqual(['（千葉県の計画の用語解説より）', 'デジタル技術の活用による変革の取組']);
		expect(tip(await render('/site/content/plans/other-plan/ch1.md'))).toEqual(['（福島県の計画の用語解説より）', 'ICTの浸透が人々の生活をより良い方向に変化させること。']);
	});

	it('says a definition a plan gives in its text, not in a 用語解説, is from its text', () => {
		const plans = [{ id: 'sample-plan', data: { prefecture: { name: '千葉県', code: '12' } } as Plan }];
		const main = entry('dx', 'DX', [], 'デジタル技術の活用による変革の取組');
		const dx = { ...main, data: { ...main.data, source: { plan: 'sample-plan', section: 'plan:sample-plan/ch1#dx' } } };
		expect(glossaryLinks([dx], plans).terms.get('dx')!.sourceLabel).toBe('千葉県の計画の本文より');
	});
});
