/**
 * A plan and its previous version (中間案 → 最終案), chapter by chapter:
 * chapters match by id; one only in the new version was added, one only in
 * the old was removed.
 */
import type { Plan } from '../schemas/plan.ts';
import { isDraft } from './plan-labels.ts';
import type { ChapterNode, PlanNode } from './site-model.ts';

export interface ChapterPair {
	id: string;
	before?: ChapterNode | undefined;
	after?: ChapterNode | undefined;
}

export interface VersionPair {
	before: PlanNode;
	after: PlanNode;
	/** In the new version's order, removed chapters after them. */
	chapters: ChapterPair[];
}

export function versionPairs(plans: PlanNode[], planById: Map<string, PlanNode>): VersionPair[] {
	return plans.flatMap((after) => {
		const before = after.data.previousVersion ? planById.get(after.data.previousVersion) : undefined;
		if (!before) return [];
		const chapters: ChapterPair[] = after.chapters.map((chapter) => ({ id: chapter.id, after: chapter, before: before.chapters.find((c) => c.id === chapter.id) }));
		for (const chapter of before.chapters) if (!chapters.some((c) => c.id === chapter.id)) chapters.push({ id: chapter.id, before: chapter });
		return [{ before, after, chapters }];
	});
}

/**
 * Plans a version on the site has replaced: one adopted in their place (a later version that is not a draft, or
 * one adopted from a draft of them). The comparisons across prefectures leave them out, so a prefecture is
 * compared by the plan in force, not the one it replaced; their own pages stay, saying a newer version exists.
 */
export function replacedPlanIds(plans: ReadonlyArray<{ id: string; data: Plan }>): Set<string> {
	const laterOf = Map.groupBy(plans.filter((p) => p.data.previousVersion), (p) => p.data.previousVersion!);
	const adoptedAfter = (id: string, seen: Set<string>): boolean =>
		(laterOf.get(id) ?? []).some((later) => !seen.has(later.id) && (!isDraft(later.data) || adoptedAfter(later.id, new Set([...seen, later.id]))));
	return new Set(plans.filter((p) => adoptedAfter(p.id, new Set([p.id]))).map((p) => p.id));
}
