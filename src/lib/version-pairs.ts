/**
 * A plan and its previous version (中間案 → 最終案), chapter by chapter:
 * chapters match by id; one only in the new version was added, one only in
 * the old was removed.
 */
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
