/**
 * The site's structure, computed from plain content records: plans in
 * prefecture-code order, each with its chapters in order, previous/next links,
 * and the glossary grouped 五十音. No Astro imports: testable as is.
 */
import type { Chapter } from '../schemas/chapter.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Evaluation } from '../schemas/evaluation.ts';
import type { Plan } from '../schemas/plan.ts';
import { type GojuonGroup, groupByGojuon } from './gojuon.ts';
import { isDraft } from './plan-labels.ts';
import { replacements } from './version-pairs.ts';

export interface ContentRecord<T> {
	id: string;
	data: T;
}

export interface ChapterNode {
	/** Collection id `<plan>/<chapter>`. */
	entryId: string;
	/** Chapter id within the plan (file name), used in URLs. */
	id: string;
	planId: string;
	data: Chapter;
	/** 第１章 計画の策定, or just the title when the chapter has no label. */
	label: string;
	previous?: ChapterNode | undefined;
	next?: ChapterNode | undefined;
}

export interface PlanNode {
	id: string;
	data: Plan;
	chapters: ChapterNode[];
	/** Evaluation tables (評価・総括) in file-name order. */
	evaluations: Array<ContentRecord<Evaluation>>;
	/** Glossary entries with a definition from this plan's 用語解説 (their main one, or one of their other definitions), in the glossary's order: 五十音, then 英数字. */
	terms: Array<ContentRecord<GlossaryEntry>>;
	/** Plans on this site that name this one their `previousVersion` (the 最終案 of this 中間案). */
	laterVersions: PlanNode[];
	/** The version adopted in this plan's place (replacements()): set, the plan is no longer the one in force. */
	replacedBy?: PlanNode | undefined;
}

/**
 * What a page of a plan with later versions tells its reader of each: the later version and its same
 * chapter (a chapter's page; none for the plan's other pages), whether it is only a proposal (a draft: 中間案 replaces nothing yet), and for a proposal, the
 * version adopted from it, if any, with its same chapter (2022 → 中間案 → 改訂版: the reader of 2022 is
 * led to the plan now in force).
 */
export function laterVersionNotices(plan: PlanNode, chapterId?: string) {
	const sameChapter = (version: PlanNode) => (chapterId === undefined ? undefined : version.chapters.find((c) => c.id === chapterId));
	return plan.laterVersions.map((later) => {
		const proposal = isDraft(later.data);
		const adopted = proposal ? later.laterVersions.find((next) => !isDraft(next.data)) : undefined;
		return { later, chapter: sameChapter(later), proposal, adopted: adopted && { plan: adopted, chapter: sameChapter(adopted) } };
	});
}

export interface PrefectureNode {
	code: string;
	name: string;
	plans: PlanNode[];
}

export interface SiteModel {
	plans: PlanNode[];
	/** Prefectures with at least one plan, in code order. */
	prefectures: PrefectureNode[];
	glossary: Array<GojuonGroup<ContentRecord<GlossaryEntry> & GlossaryEntry>>;
	/** Each term's place in the glossary's order (五十音, then 英数字), by its id: the search lists terms so. */
	glossaryPlace: Map<string, number>;
	planById: Map<string, PlanNode>;
}

export const chapterLabel = (chapter: Chapter) => (chapter.number ? `${chapter.number} ${chapter.title}` : chapter.title);

/**
 * The definition a plan's 用語解説 gives a term: 'main' (the entry's Markdown body), one of its other
 * definitions, or undefined when the plan's 用語解説 does not define it. One the plan gives in its text (`section`)
 * is no entry of its 用語解説: its pages list and print that as the plan's text.
 */
export function definitionByPlan(term: GlossaryEntry, planId: string): 'main' | GlossaryEntry['otherDefinitions'][number] | undefined {
	const isThePlan = (source: GlossaryEntry['source']) => 'plan' in source && source.plan === planId && source.section === undefined;
	return isThePlan(term.source) ? 'main' : term.otherDefinitions.find((other) => isThePlan(other.source));
}

export function buildSiteModel(input: {
	plans: Array<ContentRecord<Plan>>;
	chapters: Array<ContentRecord<Chapter>>;
	evaluations: Array<ContentRecord<Evaluation>>;
	glossary: Array<ContentRecord<GlossaryEntry>>;
}): SiteModel {
	const byPlan = <T extends { plan: string }>(records: Array<ContentRecord<T>>) => Map.groupBy(records, (r) => r.data.plan);
	const [chaptersOf, evaluationsOf] = [byPlan(input.chapters), byPlan(input.evaluations)];
	const glossary = groupByGojuon(input.glossary.map((g) => ({ ...g, ...g.data })));
	const termsInGlossaryOrder = glossary.flatMap((group) => group.entries);
	const plans: PlanNode[] = input.plans
		.map((plan) => ({
			id: plan.id,
			data: plan.data,
			chapters: (chaptersOf.get(plan.id) ?? [])
				.sort((a, b) => a.data.order - b.data.order)
				.map((c) => ({
					entryId: c.id,
					id: c.id.slice(c.id.indexOf('/') + 1),
					planId: plan.id,
					data: c.data,
					label: chapterLabel(c.data),
				})),
			evaluations: (evaluationsOf.get(plan.id) ?? []).sort((a, b) => a.id.localeCompare(b.id)),
			terms: termsInGlossaryOrder.filter((term) => definitionByPlan(term.data, plan.id)),
			laterVersions: [] as PlanNode[],
		}))
		.sort((a, b) => a.data.prefecture.code.localeCompare(b.data.prefecture.code) || a.id.localeCompare(b.id));

	const planById = new Map(plans.map((p) => [p.id, p]));
	for (const plan of plans) {
		plan.chapters.forEach((chapter, i) => {
			chapter.previous = plan.chapters[i - 1];
			chapter.next = plan.chapters[i + 1];
		});
		if (plan.data.previousVersion) planById.get(plan.data.previousVersion)?.laterVersions.push(plan);
	}
	for (const [replaced, adopted] of replacements(plans)) planById.get(replaced)!.replacedBy = planById.get(adopted);

	const prefectures = new Map<string, PrefectureNode>();
	for (const plan of plans) {
		const { code, name } = plan.data.prefecture;
		const prefecture = prefectures.get(code) ?? { code, name, plans: [] };
		prefecture.plans.push(plan);
		prefectures.set(code, prefecture);
	}

	return {
		plans,
		prefectures: [...prefectures.values()],
		glossary,
		glossaryPlace: new Map(termsInGlossaryOrder.map((term, place) => [term.id, place])),
		planById,
	};
}
