/**
 * Every indicator with where it sits (plan, chapter, section) and its
 * progress, by prefecture (its plans in force first) in document order, and the lists the pages need: per plan, per section (shown inline
 * in chapters), per theme and per shared metric key. Plain records in.
 */
import type { OutlineSection } from '../markdown/chapter-outline.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Plan } from '../schemas/plan.ts';
import { indicatorProgress, type Progress } from './indicator-progress.ts';
import { planFullName } from './plan-labels.ts';
import { chapterLabel } from './site-model.ts';
import { replacements } from './version-pairs.ts';

export interface IndicatorEntry {
	/** `<plan>/<file>`. */
	id: string;
	/** File name: the fragment on the plan's indicator page. */
	anchor: string;
	planId: string;
	planName: string;
	/** The id of the version adopted in the plan's place, if any: its indicators are no longer compared across prefectures. */
	replacedBy: string | undefined;
	prefecture: { name: string; code: string };
	chapterId: string;
	chapterLabel: string;
	sectionId: string;
	/** Heading text of the section, as published. */
	sectionHeading: string;
	data: Indicator;
	progress: Progress;
}

export interface MetricGroup {
	key: string;
	/** What residents read it as: its first indicator's name (the key is the authors'). */
	name: string;
	unit: string;
	/** Indicators with this key in the plans in force (not replaced by a version on the site), in prefecture-code order. */
	entries: IndicatorEntry[];
	/** The prefectures that have it, each once, in the same order. */
	prefectures: string[];
}

export function indicatorCatalog(records: {
	plans: Array<{ id: string; data: Plan }>;
	chapters: Array<{ planId: string; id: string; data: Chapter; sections: OutlineSection[] }>;
	/** `id` is the file name within the plan's indicators folder. */
	indicators: Array<{ planId: string; id: string; data: Indicator }>;
}) {
	const planById = new Map(records.plans.map((p) => [p.id, p]));
	const replacedBy = replacements(records.plans);
	const chapterById = new Map(records.chapters.map((c) => [`${c.planId}/${c.id}`, c]));
	/** Document order: chapter order, then the section's position in the chapter. */
	const position = new Map<string, [number, number]>();
	const all: IndicatorEntry[] = records.indicators
		.flatMap((indicator) => {
			const plan = planById.get(indicator.planId);
			const chapter = chapterById.get(`${indicator.planId}/${indicator.data.chapter}`);
			if (!plan || !chapter) return [];
			position.set(`${indicator.planId}/${indicator.id}`, [chapter.data.order, chapter.sections.findIndex((s) => s.id === indicator.data.section)]);
			return [
				{
					id: `${indicator.planId}/${indicator.id}`,
					anchor: indicator.id,
					planId: plan.id,
					planName: planFullName(plan.data),
					replacedBy: replacedBy.get(plan.id),
					prefecture: plan.data.prefecture,
					chapterId: chapter.id,
					chapterLabel: chapterLabel(chapter.data),
					sectionId: indicator.data.section,
					sectionHeading: chapter.sections.find((s) => s.id === indicator.data.section)?.text ?? '',
					data: indicator.data,
					progress: indicatorProgress(indicator.data.values, indicator.data.direction),
				},
			];
		})
		.sort((a, b) => {
			const [chapterA, sectionA] = position.get(a.id)!;
			const [chapterB, sectionB] = position.get(b.id)!;
			// A prefecture's plans in force first: lists that show its first plans show those.
			const replaced = Number(a.replacedBy !== undefined) - Number(b.replacedBy !== undefined);
			return a.prefecture.code.localeCompare(b.prefecture.code) || replaced || a.planId.localeCompare(b.planId) || chapterA - chapterB || sectionA - sectionB || a.anchor.localeCompare(b.anchor);
		});

	// Every page asks for its plan's, section's or theme's indicators: group them once, in catalog order.
	const sectionKey = (planId: string, chapterId: string, sectionId: string) => `${planId}/${chapterId}#${sectionId}`;
	const byPlan = Map.groupBy(all, (e) => e.planId);
	const bySection = Map.groupBy(all, (e) => sectionKey(e.planId, e.chapterId, e.sectionId));
	// Themes and metrics compare prefectures: by the plans in force, as the cross-links do.
	const inForce = all.filter((e) => e.replacedBy === undefined);
	const themed = Map.groupBy(
		inForce.flatMap((entry) => [...new Set(entry.data.themes)].map((theme) => ({ theme, entry }))),
		(t) => t.theme,
	);
	const byTheme = new Map([...themed].map(([theme, list]) => [theme, list.map((t) => t.entry)]));
	const metrics: MetricGroup[] = [...Map.groupBy(inForce.filter((e) => e.data.metric !== undefined), (e) => e.data.metric!)]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([key, entries]) => ({ key, name: entries[0]!.data.name, unit: entries[0]!.data.unit, entries, prefectures: [...new Set(entries.map((e) => e.prefecture.name))] }));
	const metricByKey = new Map(metrics.map((m) => [m.key, m]));

	return {
		all,
		metrics,
		byPlan: (planId: string) => byPlan.get(planId) ?? [],
		/** The plan has indicators: its own open-data files and a place on the open-data page. */
		hasIndicators: (planId: string) => byPlan.has(planId),
		/** Indicators that belong to a section, for showing them in the chapter text. */
		bySection: (planId: string, chapterId: string, sectionId: string) => bySection.get(sectionKey(planId, chapterId, sectionId)) ?? [],
		byTheme: (themeId: string) => byTheme.get(themeId) ?? [],
		metric: (key: string) => metricByKey.get(key),
	};
}

export type IndicatorCatalog = ReturnType<typeof indicatorCatalog>;

/** A plan has an indicator page (/plans/<plan>/indicators/) when it has indicators or evaluation tables. */
export const hasIndicatorPage = (plan: { id: string; evaluations: readonly unknown[] }, indicators: IndicatorCatalog) =>
	plan.evaluations.length > 0 || indicators.hasIndicators(plan.id);
