/**
 * Everything that links one content file to others — glossary terms, themes
 * across plans, `plan:` references, indicators of sections, consultation
 * results about sections — computed once
 * from the content check's snapshot (linkContextOnce). The pages, the
 * Markdown plugins they render with (render-markdown.ts) and the build report
 * all use this.
 */
import type { OutlineSection, OutlineText } from '../markdown/chapter-outline.ts';
import type { ContentSnapshot } from './content-check/check-content.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { Consultation } from '../schemas/consultation.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Plan } from '../schemas/plan.ts';
import type { Theme } from '../schemas/theme.ts';
import { type OpinionIndex, opinionIndex } from './consultations.ts';
import { type CrossLinks, crossLinksFromRecords } from './cross-links.ts';
import { type GlossaryLinks, glossaryLinks } from './glossary-links.ts';
import { type IndicatorCatalog, indicatorCatalog } from './indicator-catalog.ts';
import { chapterKey, keptChapters, type Publication, publishedConsultations, publishedOnly } from './publication.ts';
import { type PlanLinkIndex, planLinkIndex } from './plan-links.ts';
import { replacements } from './version-pairs.ts';

export interface LinkContext {
	glossaryLinks: GlossaryLinks;
	crossLinks: CrossLinks;
	/** Plans → chapters → section ids, for `plan:` links. */
	planLinks: PlanLinkIndex;
	/** Indicators with their sections, progress, themes and metric keys. */
	indicators: IndicatorCatalog;
	/** The results rows (意見の概要と県の考え方) about each section, for the links from chapters to them. */
	opinions: OpinionIndex;
	/** Plans in the content but not in this build (publish: false, ONLY_PREFECTURES …): links to them become plain text. */
	omittedPlans: Set<string>;
}

/** Links between the plans, chapters and terms `keep` publishes (all but `publish: false` by default); glossary sources still name every plan. */
function linkContext(
	records: {
		plans: Array<{ id: string; data: Plan }>;
		chapters: Array<{ planId: string; id: string; data: Chapter; sections: OutlineSection[]; intro?: OutlineText }>;
		glossary: Array<{ id: string; data: GlossaryEntry; body: string }>;
		themes: Array<{ id: string; data: Theme }>;
		/** `id` is the file name within the plan's indicators folder. */
		indicators: Array<{ planId: string; id: string; data: Indicator }>;
		consultations: Array<{ id: string; data: Consultation }>;
	},
	keep: Publication = publishedOnly,
): LinkContext {
	const glossary = glossaryLinks(records.glossary.filter(keep.entry), records.plans);
	const plans = records.plans.filter(keep.plan);
	const built = new Set(plans.map((p) => p.id));
	// A chapter marked publish: false is not linked to, listed or compared (its terms, themes, indicators, results rows), as if it were not there.
	const { chapters, placed } = keptChapters(records.chapters.filter((c) => built.has(c.planId)), keep, (c) => chapterKey(c.planId, c.id));
	const planLinks = planLinkIndex(chapters, built);
	const sectionsOf = new Map(chapters.map((c) => [`${c.planId}/${c.id}`, c.sections]));
	// Compared across prefectures: the plans in force and drafts, not a plan a version on the site replaced.
	const replaced = replacements(plans);
	return {
		glossaryLinks: glossary,
		crossLinks: crossLinksFromRecords({
			plans: plans.filter((p) => !replaced.has(p.id)),
			chapters: chapters.filter((c) => !replaced.has(c.planId)),
			themes: records.themes,
			terms: glossary.matcher,
			notUsedIn: new Map([...glossary.terms].map(([id, term]) => [id, term.notUsedIn])),
		}),
		planLinks,
		omittedPlans: new Set(records.plans.map((p) => p.id).filter((id) => !built.has(id))),
		indicators: indicatorCatalog({ plans, chapters, indicators: records.indicators.filter((i) => built.has(i.planId) && placed(i)) }),
		opinions: opinionIndex(publishedConsultations(records.consultations, keep, built), plans, planLinks, (planId, chapterId) => sectionsOf.get(`${planId}/${chapterId}`) ?? []),
	};
}

/** The link context of content read by the content check. */
export function linkContextOfSnapshot(content: ContentSnapshot, keep?: Publication): LinkContext {
	return linkContext({ ...content, glossary: content.glossary.map((g) => ({ id: g.id, data: g.data, body: g.parsed.body?.text ?? '' })) }, keep);
}

/**
 * linkContextOfSnapshot computed once per snapshot, for the build's one
 * publication (publish: false, ONLY_PREFECTURES, ONLY_PLANS): the pages and the build report share
 * it. Astro bundles its own copy of this module, so the cache lives on globalThis.
 */
export function linkContextOnce(content: ContentSnapshot, keep: Publication): LinkContext {
	const shared = globalThis as { prefplanLinkContexts?: WeakMap<ContentSnapshot, LinkContext> };
	shared.prefplanLinkContexts ??= new WeakMap();
	if (!shared.prefplanLinkContexts.has(content)) shared.prefplanLinkContexts.set(content, linkContextOfSnapshot(content, keep));
	return shared.prefplanLinkContexts.get(content)!;
}
