/**
 * Everything that links one content file to others — glossary terms, themes
 * across plans, `plan:` references, indicators of sections — computed once from plain records. The
 * pages (from Astro's collections), the Markdown plugins (astro.config) and
 * the build report (from the content check's snapshot) all use this.
 */
import type { OutlineSection } from '../markdown/chapter-outline.ts';
import type { ContentSnapshot } from './content-check/check-content.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Plan } from '../schemas/plan.ts';
import type { Theme } from '../schemas/theme.ts';
import { type CrossLinks, crossLinksFromRecords } from './cross-links.ts';
import { type GlossaryLinks, glossaryLinks } from './glossary-links.ts';
import { type IndicatorCatalog, indicatorCatalog } from './indicator-catalog.ts';
import { type PlanLinkIndex, planLinkIndex } from './plan-links.ts';

export interface LinkContext {
	glossaryLinks: GlossaryLinks;
	crossLinks: CrossLinks;
	/** Plans → chapters → section ids, for `plan:` links. */
	planLinks: PlanLinkIndex;
	/** Indicators with their sections, progress, themes and metric keys. */
	indicators: IndicatorCatalog;
}

export function linkContext(records: {
	plans: Array<{ id: string; data: Plan }>;
	chapters: Array<{ planId: string; id: string; data: Chapter; sections: OutlineSection[] }>;
	glossary: Array<{ id: string; data: GlossaryEntry; body: string }>;
	themes: Array<{ id: string; data: Theme }>;
	/** `id` is the file name within the plan's indicators folder. */
	indicators: Array<{ planId: string; id: string; data: Indicator }>;
}): LinkContext {
	const glossary = glossaryLinks(records.glossary, records.plans);
	return {
		glossaryLinks: glossary,
		crossLinks: crossLinksFromRecords({ plans: records.plans, chapters: records.chapters, themes: records.themes, terms: glossary.matcher }),
		planLinks: planLinkIndex(records.chapters, records.plans.map((p) => p.id)),
		indicators: indicatorCatalog(records),
	};
}

/** The link context of content read by the content check (astro.config, build report). */
export function linkContextOfSnapshot(content: ContentSnapshot): LinkContext {
	return linkContext({ ...content, glossary: content.glossary.map((g) => ({ id: g.id, data: g.data, body: g.parsed.body?.text ?? '' })) });
}
