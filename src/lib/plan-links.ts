/**
 * Authors link to another plan's section by id, not by URL, so links survive
 * a change of deployment path: `[第２節](plan:fukushima-dx-2022/ch1#s2)`,
 * `plan:<plan>/<chapter>` or `plan:<plan>`.
 */
import { routes } from './routes.ts';

export const planLinkPrefix = 'plan:';

export interface PlanLinkTarget {
	planId: string;
	chapterId?: string | undefined;
	sectionId?: string | undefined;
}

export function parsePlanLink(url: string): PlanLinkTarget | undefined {
	if (!url.startsWith(planLinkPrefix)) return undefined;
	const match = /^([a-z0-9-]+)(?:\/([a-z0-9-]+))?(?:#([a-z0-9-]+))?$/.exec(url.slice(planLinkPrefix.length));
	return match ? { planId: match[1]!, chapterId: match[2], sectionId: match[3] } : undefined;
}

/** Known plans → chapters → section ids. */
export type PlanLinkIndex = Map<string, Map<string, Set<string>>>;

/** The site URL of a `plan:` link, or undefined when its target does not exist. */
export function resolvePlanLink(url: string, index: PlanLinkIndex): string | undefined {
	const target = parsePlanLink(url);
	const chapters = target && index.get(target.planId);
	if (!target || !chapters) return undefined;
	if (!target.chapterId) return target.sectionId ? undefined : routes.plan(target.planId);
	const sections = chapters.get(target.chapterId);
	if (!sections || (target.sectionId && !sections.has(target.sectionId))) return undefined;
	return `${routes.chapter(target.planId, target.chapterId)}${target.sectionId ? `#${target.sectionId}` : ''}`;
}

export function planLinkIndex(chapters: Array<{ planId: string; id: string; sections: Array<{ id: string }> }>, planIds: Iterable<string>): PlanLinkIndex {
	const index: PlanLinkIndex = new Map([...planIds].map((id) => [id, new Map()]));
	for (const chapter of chapters) index.get(chapter.planId)?.set(chapter.id, new Set(chapter.sections.map((s) => s.id)));
	return index;
}

/** What names a plan's chapters and sections, for placeOfPlanLink. */
export interface PlanPlaceNames {
	planById: Map<string, { chapters: Array<{ id: string; label: string }> }>;
	planLinks: PlanLinkIndex;
	sections: (planId: string, chapterId: string) => Array<{ id: string; text: string }>;
}

/**
 * A chapter or section a `plan:` link names, as a page says it and links to it: 「第1章 目指す姿 DX (…)」 (the
 * chapter's label, then the section's heading), and its address unless it is not on this site.
 */
export function placeOfPlanLink(url: string, site: PlanPlaceNames): { label: string; href: string | undefined } | undefined {
	const target = parsePlanLink(url);
	if (!target?.chapterId) return undefined;
	const { planId, chapterId, sectionId } = target;
	const chapter = site.planById.get(planId)?.chapters.find((c) => c.id === chapterId);
	const heading = sectionId ? site.sections(planId, chapterId).find((s) => s.id === sectionId)?.text : undefined;
	return { label: [chapter?.label ?? chapterId, heading].filter(Boolean).join(' '), href: resolvePlanLink(url, site.planLinks) };
}
