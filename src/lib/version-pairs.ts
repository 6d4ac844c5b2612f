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
 * The version adopted in each replaced plan's place, by plan id: a later version that is not a draft, or one
 * adopted from a draft of it (2022 → 中間案 → 改訂版: both 2022 and the 中間案 are replaced by the 改訂版). The
 * plan lists mark a replaced plan 「新しい版あり」, and the comparisons across prefectures leave it out, so a
 * prefecture is compared by the plan in force; its own pages stay, saying a newer version exists.
 */
export function replacements(plans: ReadonlyArray<{ id: string; data: Plan }>): Map<string, string> {
	const laterOf = Map.groupBy(plans.filter((p) => p.data.previousVersion), (p) => p.data.previousVersion!);
	const adoptedAfter = (id: string, seen: ReadonlySet<string>): string | undefined => {
		for (const later of laterOf.get(id) ?? []) {
			if (seen.has(later.id)) continue;
			const adopted = isDraft(later.data) ? adoptedAfter(later.id, new Set([...seen, later.id])) : later.id;
			if (adopted) return adopted;
		}
		return undefined;
	};
	return new Map(plans.flatMap((p) => {
		const adopted = adoptedAfter(p.id, new Set([p.id]));
		return adopted ? [[p.id, adopted] as const] : [];
	}));
}
