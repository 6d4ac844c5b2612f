import { describe, expect, it } from 'vitest';
import { buildSiteModel, definitionByPlan, laterVersionNotices } from '../../src/lib/site-model.ts';
import { planFullName, planStatusSuffix, unlessNamed } from '../../src/lib/plan-labels.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import type { Chapter } from '../../src/schemas/chapter.ts';

const plan = (name: string, code: string, title: string): Plan => ({
	prefecture: { name, code },
	title,
	titleIsDescriptive: false,
	publish: true,
	kind: '計画',
	dates: [],
	summary: 's',
	source: { title: 't', file: 'source.txt' },
});

const model = buildSiteModel({
	plans: [
		{ id: 'chiba-dx', data: plan('千葉県', '12', '千葉県DX推進戦略') },
		{ id: 'aomori-dx', data: plan('青森県', '02', 'DX推進プラン') },
		{ id: 'chiba-data', data: plan('千葉県', '12', '千葉県データ利活用計画') },
	],
	chapters: [
		{ id: 'chiba-dx/ch2', data: { plan: 'chiba-dx', order: 2, title: '目指す姿', number: '第2章', titleIsDescriptive: false, publish: true, themes: {} } },
		{ id: 'chiba-dx/summary', data: { plan: 'chiba-dx', order: 0, title: '概要', titleIsDescriptive: false, publish: true, themes: {} } },
		{ id: 'chiba-dx/ch1', data: { plan: 'chiba-dx', order: 1, title: '基本的な考え方', number: '第1章', titleIsDescriptive: false, publish: true, themes: {} } },
	],
	evaluations: [],
	glossary: [
		{ id: 'ai', data: { term: 'ＡＩ', publish: true, reading: 'えーあい', aliases: [], aliasReadings: {}, notUsedIn: [], notIn: [], related: [], source: { plan: 'chiba-dx' }, references: [], otherDefinitions: [] } },
		{ id: 'open-data', data: { term: 'オープンデータ', publish: true, reading: 'おーぷんでーた', aliases: [], aliasReadings: {}, notUsedIn: [], notIn: [], related: [], source: { plan: 'chiba-dx' }, references: [], otherDefinitions: [] } },
		{ id: 'cloud', data: { term: 'クラウド', publish: true, reading: 'くらうど', aliases: [], aliasReadings: {}, notUsedIn: [], notIn: [], related: [], source: { editorial: true }, references: [], otherDefinitions: [{ source: { plan: 'aomori-dx' }, text: 'ネットワーク経由で…', references: [] }] } },
	],
});

describe('buildSiteModel', () => {
	it('orders plans by prefecture code', () => {
		expect(model.plans.map((p) => p.id)).toEqual(['aomori-dx', 'chiba-data', 'chiba-dx']);
	});
	it('groups plans by prefecture, in code order', () => {
		expect(model.prefectures.map((p) => [p.code, p.name, p.plans.map((plan) => plan.id)])).toEqual([
			['02', '青森県', ['aomori-dx']],
			['12', '千葉県', ['chiba-data', 'chiba-dx']],
		]);
	});
	it('orders chapters and links previous and next', () => {
		const chapters = model.planById.get('chiba-dx')!.chapters;
		expect(chapters.map((c) => c.id)).toEqual(['summary', 'ch1', 'ch2']);
		expect(chapters[1]!.previous?.id).toBe('summary');
		expect(chapters[1]!.next?.id).toBe('ch2');
		expect(chapters[0]!.previous).toBeUndefined();
		expect(chapters[1]!.label).toBe('第1章 基本的な考え方');
		expect(chapters[0]!.label).toBe('概要');
	});
	it('gives each plan the glossary terms its 用語解説 defines, as a term’s main definition or another, in the glossary’s order', () => {
		// 五十音 first, then 英数字, as the plan page and the print page list them.
		expect(model.planById.get('chiba-dx')!.terms.map((t) => t.id)).toEqual(['open-data', 'ai']);
		expect(model.planById.get('aomori-dx')!.terms.map((t) => t.id)).toEqual(['cloud']);
		expect(model.planById.get('chiba-data')!.terms).toEqual([]);
	});
	it('gives each term its place in the glossary’s order, by which the search lists terms', () => {
		expect([...model.glossaryPlace]).toEqual([['open-data', 0], ['cloud', 1], ['ai', 2]]);
	});
	it('gives a plan the later versions on the site that name it their previous one', () => {
		const versions = buildSiteModel({
			plans: [
				{ id: 'draft', data: { ...plan('千葉県', '12', '千葉県DX推進戦略'), status: '中間案' } },
				{ id: 'final', data: { ...plan('千葉県', '12', '千葉県DX推進戦略'), previousVersion: 'draft' } },
			],
			chapters: [],
			evaluations: [],
			glossary: [],
		});
		expect(versions.planById.get('draft')!.laterVersions.map((p) => p.id)).toEqual(['final']);
		expect(versions.planById.get('final')!.laterVersions).toEqual([]);
		expect(model.plans.every((p) => p.laterVersions.length === 0)).toBe(true);
	});
	it('tells a chapter’s reader of each later version: a draft as a proposal, with the version adopted from it and their same chapter', () => {
		const version = (id: string, status: Plan['status'], previousVersion?: string) => ({ id, data: { ...plan('福島県', '07', '福島県デジタル化推進計画'), status, ...(previousVersion ? { previousVersion } : {}) } });
		const chapter = (planId: string, id: string) => ({ planId, id, data: { plan: planId, order: 1, number: '第１章', title: '計画の策定', themes: {} } as Chapter });
		const site = buildSiteModel({
			plans: [version('in-force', '策定済'), version('interim', '中間案', 'in-force'), version('adopted', '策定済', 'interim')],
			chapters: [chapter('in-force', 'ch1'), chapter('interim', 'ch1'), chapter('adopted', 'ch1')],
			evaluations: [],
			glossary: [],
		});
		const notices = (planId: string) =>
			laterVersionNotices(site.planById.get(planId)!, 'ch1').map((n) => ({ later: n.later.id, chapter: n.chapter?.id, proposal: n.proposal, adopted: n.adopted && `${n.adopted.plan.id}/${n.adopted.chapter?.id}` }));
		expect(notices('in-force')).toEqual([{ later: 'interim', chapter: 'ch1', proposal: true, adopted: 'adopted/ch1' }]);
		expect(notices('interim')).toEqual([{ later: 'adopted', chapter: 'ch1', proposal: false, adopted: undefined }]);
		expect(notices('adopted')).toEqual([]);
		// The plan's other pages (overview, print) have no chapter of their own to match.
		expect(laterVersionNotices(site.planById.get('in-force')!).map((n) => [n.later.id, n.chapter, n.adopted?.plan.id, n.adopted?.chapter])).toEqual([['interim', undefined, 'adopted', undefined]]);
		// Replaced: the 2022 plan and its 中間案, once the version adopted from the draft is on the site.
		expect(site.plans.map((p) => [p.id, p.replacedBy?.id])).toEqual([['adopted', undefined], ['in-force', 'adopted'], ['interim', 'adopted']]);
	});
	it('says which of a term’s definitions a plan gives: its main one, another, or none', () => {
		const [ai, cloud] = model.glossary.flatMap((group) => group.entries).sort((a, b) => a.id.localeCompare(b.id));
		expect(definitionByPlan(ai!, 'chiba-dx')).toBe('main');
		expect(definitionByPlan(cloud!, 'aomori-dx')).toEqual({ source: { plan: 'aomori-dx' }, text: 'ネットワーク経由で…', references: [] });
		expect(definitionByPlan(cloud!, 'chiba-dx')).toBeUndefined();
		// One the plan gives in its text, not its 用語解説.
		expect(definitionByPlan({ ...cloud!, otherDefinitions: [{ source: { plan: 'aomori-dx', section: 'plan:aomori-dx/ch1#cloud' }, text: 'ネットワーク経由で…', references: [] }] }, 'aomori-dx')).toBeUndefined();
	});
});

describe('planFullName', () => {
	it('does not repeat the prefecture', () => {
		expect(planFullName(plan('千葉県', '12', '千葉県DX推進戦略'))).toBe('千葉県DX推進戦略');
		expect(planFullName(plan('青森県', '02', 'DX推進プラン'))).toBe('青森県 DX推進プラン');
	});
	it('names a draft’s stage where its title does not, so it never passes for the adopted plan', () => {
		const draft = (title: string, status: Plan['status']) => planFullName({ ...plan('福島県', '07', title), status });
		expect(draft('福島県DX推進計画', '中間案')).toBe('福島県DX推進計画（中間案）');
		expect(draft('福島県DX推進計画（素案）', '素案')).toBe('福島県DX推進計画（素案）');
		expect(draft('福島県DX推進計画', '策定済')).toBe('福島県DX推進計画');
		expect(draft('みえデジタル戦略推進計画の全面改定について', '検討中')).toBe('福島県 みえデジタル戦略推進計画の全面改定について');
		expect(planFullName({ ...plan('千葉県', '12', '千葉県DX推進戦略'), version: '1.1版', status: '最終案' })).toBe('千葉県DX推進戦略（1.1版）（最終案）');
		// A version the title names already, as a cover often does, is not said twice.
		expect(planFullName({ ...plan('福島県', '07', '福島県デジタル化推進計画（改訂版）'), version: '改訂版', status: '策定済' })).toBe('福島県デジタル化推進計画（改訂版）');
		// Beside the name, a status or stage is said once.
		expect(planStatusSuffix({ ...plan('福島県', '07', '福島県DX推進計画'), status: '中間案' })).toBe('');
		expect(planStatusSuffix({ ...plan('福島県', '07', '福島県DX推進計画'), status: '策定済' })).toBe('（策定済）');
		expect(unlessNamed('福島県DX推進計画（中間案）', '中間案')).toBe('');
		expect(unlessNamed('', '中間案')).toBe('（中間案）');
		expect(unlessNamed('福島県DX推進計画', undefined)).toBe('');
	});
});
