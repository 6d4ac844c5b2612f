/**
 * The one module that reads Astro's content collections; everything else
 * receives plain records from here.
 */
import { getCollection, getEntry } from 'astro:content';
import { buildTime } from '../lib/build-time.ts';
import { buildConsultations, type ConsultationNode, consultationPlanIds } from '../lib/consultations.ts';
import { type LinkContext, linkContext } from '../lib/link-context.ts';
import { planFilterFromEnv } from '../lib/plan-filter.ts';
import { planFullName } from '../lib/plan-labels.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';
import type { OutlineSection } from '../markdown/chapter-outline.ts';
import { contentDir } from '../content-paths.ts';
import { readContentOnce } from '../lib/content-check/check-content.ts';
import { renderDocument } from '../markdown/render-chapter.ts';
import type { ChapterNode } from '../lib/site-model.ts';
import { chapterBlocks, type ChapterDiff, diffChapters } from '../lib/version-diff.ts';
import type { ChapterPair } from '../lib/version-pairs.ts';

export interface Site extends SiteModel, LinkContext {
	/** Consultations with their status when the site was built (SOURCE_DATE_EPOCH pins "now"). */
	consultations: ConsultationNode[];
	/** Every plan's display name, built or not (a glossary definition may come from a plan this build leaves out). */
	planNames: Map<string, string>;
	/** A chapter's sections (ids, headings, depth) without rendering it. */
	sections: (planId: string, chapterId: string) => OutlineSection[];
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const keep = planFilterFromEnv();
	const [allPlans, allChapters, allIndicators, allEvaluations, glossary, themes, allConsultations] = await Promise.all([
		getCollection('plans'),
		getCollection('chapters'),
		getCollection('indicators'),
		getCollection('evaluations'),
		getCollection('glossary'),
		getCollection('themes'),
		getCollection('consultations'),
	]);
	const plans = allPlans.filter(keep);
	const built = new Set(plans.map((p) => p.id));
	const [chapters, indicators, evaluations] = [allChapters, allIndicators, allEvaluations].map((all) => all.filter((e) => built.has(e.data.plan))) as [typeof allChapters, typeof allIndicators, typeof allEvaluations];
	// The content check outlined every chapter already (read once per build, shared with astro.config).
	const checked = new Map((await readContentOnce(contentDir)).content.chapters.map((c) => [`${c.planId}/${c.id}`, c.sections]));
	const outlined = chapters.map((entry) => {
		const [planId, id] = entry.id.split('/') as [string, string];
		return { planId, id, data: entry.data, sections: checked.get(entry.id) ?? [] };
	});
	const sections = new Map(outlined.map((c) => [`${c.planId}/${c.id}`, c.sections]));
	return {
		...buildSiteModel({ plans, chapters, evaluations, glossary }),
		// A consultation is published with the plans it concerns.
		consultations: buildConsultations(
			allConsultations.filter((c) => consultationPlanIds(c.data).every((id) => built.has(id))),
			buildTime(),
		),
		sections: (planId, chapterId) => sections.get(`${planId}/${chapterId}`) ?? [],
		...linkContext(
			{
				plans: allPlans,
				chapters: outlined,
				themes,
				glossary: glossary.map((g) => ({ id: g.id, data: g.data, body: g.body ?? '' })),
				indicators: indicators.map((entry) => {
					const [planId, id] = entry.id.split('/') as [string, string];
					return { planId, id, data: entry.data };
				}),
			},
			keep,
		),
		planNames: new Map(allPlans.map((p) => [p.id, planFullName(p.data)])),
	};
}

export function loadSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

const diffs = new Map<string, Promise<ChapterDiff>>();

/** What changed in a chapter between two versions of a plan (computed once per build). */
export function chapterDiff(pair: ChapterPair): Promise<ChapterDiff> {
	const key = `${pair.before?.entryId}→${pair.after?.entryId}`;
	if (!diffs.has(key)) diffs.set(key, Promise.all([blocksOf(pair.before), blocksOf(pair.after)]).then(([before, after]) => diffChapters(before, after)));
	return diffs.get(key)!;
}

async function blocksOf(chapter: ChapterNode | undefined) {
	if (!chapter) return [];
	const entry = (await getEntry('chapters', chapter.entryId))!;
	const { code } = await renderDocument(entry.body ?? '', entry.filePath!, await loadSite());
	return chapterBlocks(code);
}

export { getEntry, render } from 'astro:content';
