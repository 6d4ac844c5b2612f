/**
 * The one module that reads Astro's content collections; everything else
 * receives plain records from here.
 */
import { getCollection } from 'astro:content';
import { type LinkContext, linkContext } from '../lib/link-context.ts';
import { planFilterFromEnv } from '../lib/plan-filter.ts';
import { planFullName } from '../lib/plan-labels.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';
import { chapterOutline, type OutlineSection } from '../markdown/chapter-outline.ts';

export interface Site extends SiteModel, LinkContext {
	/** Every plan's display name, built or not (a glossary definition may come from a plan this build leaves out). */
	planNames: Map<string, string>;
	/** A chapter's sections (ids, headings, depth) without rendering it. */
	sections: (planId: string, chapterId: string) => OutlineSection[];
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const keep = planFilterFromEnv();
	const [allPlans, allChapters, allIndicators, glossary, themes] = await Promise.all([
		getCollection('plans'),
		getCollection('chapters'),
		getCollection('indicators'),
		getCollection('glossary'),
		getCollection('themes'),
	]);
	const plans = allPlans.filter(keep);
	const built = new Set(plans.map((p) => p.id));
	const [chapters, indicators] = [allChapters.filter((c) => built.has(c.data.plan)), allIndicators.filter((t) => built.has(t.data.plan))];
	const outlined = await Promise.all(
		chapters.map(async (entry) => {
			const outline = await chapterOutline(entry.body ?? '');
			const [planId, id] = entry.id.split('/') as [string, string];
			return { planId, id, data: entry.data, sections: outline.ok ? outline.sections : [] };
		}),
	);
	const sections = new Map(outlined.map((c) => [`${c.planId}/${c.id}`, c.sections]));
	return {
		...buildSiteModel({ plans, chapters, indicators, glossary }),
		sections: (planId, chapterId) => sections.get(`${planId}/${chapterId}`) ?? [],
		...linkContext({ plans: allPlans, chapters: outlined, themes, glossary: glossary.map((g) => ({ id: g.id, data: g.data, body: g.body ?? '' })) }, keep),
		planNames: new Map(allPlans.map((p) => [p.id, planFullName(p.data)])),
	};
}

export function loadSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

export { getEntry, render } from 'astro:content';
