/**
 * What a build publishes. Files marked `publish: false` (src/schemas/publish.ts)
 * are left out, except by `npm run dev`: a plan with all its files; a chapter
 * of a plan built with the indicators and evaluation tables placed in it
 * (withItsChapters), as if its file were not there. Builds of part of the content — one
 * prefecture's site, or a few plans: `ONLY_PREFECTURES=07,12` keeps the plans
 * of those prefectures (JIS codes), `ONLY_PLANS=<plan>,<plan>` those plans;
 * with both, a plan matching either is kept. Glossary and themes stay whole;
 * links to plans left out are dropped (see link-context.ts), so the smaller
 * site has no broken links. A consultation's results wait for their 公示日
 * (publishedConsultations), whatever the files say.
 */
import type { Consultation } from '../schemas/consultation.ts';
import type { Plan } from '../schemas/plan.ts';
import { buildTime } from './build-time.ts';
import { jstInstant } from './consultation-status.ts';
import { consultationPlanIds } from './consultations.ts';

export interface Publication {
	/** Whether a plan (with its chapters, indicators and evaluations) is built. */
	plan: (plan: { id: string; data: Plan }) => boolean;
	/** Whether a chapter of a plan built is built (not one marked publish: false). */
	chapter: (chapter: { data: { publish: boolean } }) => boolean;
	/** Whether a glossary term or a consultation is built (a consultation also needs its plans). */
	entry: (entry: { data: { publish: boolean } }) => boolean;
	/**
	 * Whether a consultation's results (results page, feed entry, chapters' links to them) are built: not before
	 * their 公示日, so answers prepared ahead of it are not public early. A later build publishes them.
	 */
	results: (results: { published: string }) => boolean;
}

export interface PublicationOptions {
	/** Builds files marked `publish: false` too (`npm run dev`, for their authors). */
	includeUnpublished?: boolean;
}

/** Everything that is not marked `publish: false`. */
export const publishedOnly: Publication = { plan: (plan) => plan.data.publish, chapter: (chapter) => chapter.data.publish, entry: (entry) => entry.data.publish, results: () => true };

/** Whether results published on `published` (a day, JST) are public at `now`: from the start of that day. */
export const resultsAnnouncedBy = (now: number) => (results: { published: string }) => jstInstant({ date: results.published }) <= now;

/** A chapter among a plan's files, as Astro's collection names it: `<plan>/<chapter>`. */
export const chapterKey = (planId: string, chapterId: string) => `${planId}/${chapterId}`;

/**
 * Whether an indicator or evaluation table goes into a build that leaves out the chapters `leftOut`
 * (chapterKey): not when it is placed in one (`chapter`, an evaluation's `itemChapter`). Such a file
 * describes a section of a chapter still being written (npm run new -- indicators drafts them from its
 * KPI tables), and would point at a page the build does not make: it waits with its chapter, and is
 * published with it once the chapter's publish: false is removed, as a plan's files wait with the plan.
 */
export const withItsChapters = (leftOut: ReadonlySet<string>) => ({ data }: { data: { plan: string; chapter: string; itemChapter?: string | undefined } }) =>
	!leftOut.has(chapterKey(data.plan, data.chapter)) && (data.itemChapter === undefined || !leftOut.has(chapterKey(data.plan, data.itemChapter)));

/**
 * Of the chapters of the plans a build makes, those it makes (`keep`), the keys (`keyOf`) of those it leaves out,
 * and whether an indicator or evaluation table goes into the build with them (withItsChapters).
 */
export function keptChapters<C extends { data: { publish: boolean } }>(inBuiltPlans: C[], keep: Pick<Publication, 'chapter'>, keyOf: (chapter: C) => string) {
	const leftOut = new Set(inBuiltPlans.filter((c) => !keep.chapter(c)).map(keyOf));
	return { chapters: inBuiltPlans.filter(keep.chapter), leftOut, placed: withItsChapters(leftOut) };
}

/** Whether a build publishes a consultation: `keep` publishes it, and builds every plan it concerns (`builtPlans`). */
export const publishesConsultation = (keep: Publication, builtPlans: Set<string>) => (consultation: { data: Consultation }) =>
	keep.entry(consultation) && consultationPlanIds(consultation.data).every((id) => builtPlans.has(id));

/** Whether `keep` holds back a consultation's results (their 公示日 not yet come). */
const holdsBackResults = (keep: Publication, { data }: { data: Consultation }) => data.results !== undefined && !keep.results(data.results);

/** The consultations a build publishes (publishesConsultation), each without its results where `keep` holds them back. */
export function publishedConsultations<C extends { data: Consultation }>(consultations: C[], keep: Publication, builtPlans: Set<string>): C[] {
	return consultations.filter(publishesConsultation(keep, builtPlans)).map((c) => (holdsBackResults(keep, c) ? { ...c, data: { ...c.data, results: undefined } } : c));
}

/** The consultations a build publishes whose results it holds back, with their 公示日: for the build report. */
export function resultsHeldBack(consultations: Array<{ id: string; data: Consultation }>, keep: Publication, builtPlans: Set<string>): Array<{ id: string; published: string }> {
	return consultations.filter((c) => publishesConsultation(keep, builtPlans)(c) && holdsBackResults(keep, c)).map(({ id, data }) => ({ id, published: data.results!.published }));
}

/** The part of the content a build is limited to: ONLY_PREFECTURES' codes and ONLY_PLANS' ids (both empty: all of it). */
export interface ContentPart {
	prefectures: Set<string>;
	plans: Set<string>;
}

const list = (value: string | undefined) => new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));

export const contentPartFromEnv = (env: Record<string, string | undefined>): ContentPart => ({ prefectures: list(env.ONLY_PREFECTURES), plans: list(env.ONLY_PLANS) });

/** The part names some prefectures or plans: the build is not of the whole content. */
export const isSomeOfTheContent = (part: ContentPart) => part.prefectures.size > 0 || part.plans.size > 0;

/** Whether a plan is in the part: of one of its prefectures, or one of its plans. */
export const inContentPart = (part: ContentPart, plan: { id: string; data: { prefecture: { code: string } } }) =>
	!isSomeOfTheContent(part) || part.prefectures.has(plan.data.prefecture.code) || part.plans.has(plan.id);

export function publicationFromEnv(
	env: Record<string, string | undefined> = globalThis.process?.env ?? {},
	{ includeUnpublished = false }: PublicationOptions = {},
): Publication {
	const base: Publication = includeUnpublished ? { plan: () => true, chapter: () => true, entry: () => true, results: () => true } : { ...publishedOnly, results: resultsAnnouncedBy(buildTime(env)) };
	const part = contentPartFromEnv(env);
	return { ...base, plan: (plan) => base.plan(plan) && inContentPart(part, plan) };
}

/**
 * The ids of what `publish: false` leaves out of every build: plans so marked
 * (their chapters, indicators and evaluations go with them), chapters so
 * marked in the other plans (chapterKey; the indicators and evaluations placed
 * in them go with them: withItsChapters, listed as waitingWithChapters), terms
 * so marked, and consultations so marked or about a plan left out.
 */
export function unpublishedIds(content: {
	plans: Array<{ id: string; data: Plan }>;
	chapters: Array<{ planId: string; id: string; data: { publish: boolean } }>;
	indicators: Array<PlacedFile>;
	evaluations: Array<PlacedFile>;
	glossary: Array<{ id: string; data: { publish: boolean } }>;
	consultations: Array<{ id: string; data: Consultation }>;
}): { plans: Set<string>; chapters: Set<string>; waitingWithChapters: Set<string>; terms: Set<string>; consultations: Set<string> } {
	const leftOut = <T extends { id: string }>(records: T[], out: (record: T) => boolean) => new Set(records.filter(out).map((r) => r.id));
	const plans = leftOut(content.plans, (p) => !p.data.publish);
	const { leftOut: chapters, placed } = keptChapters(content.chapters.filter((c) => !plans.has(c.planId)), publishedOnly, (c) => chapterKey(c.planId, c.id));
	return {
		plans,
		chapters,
		/** Indicators and evaluation tables of plans published that wait with their chapter (`<plan>/<file>`). */
		waitingWithChapters: new Set([...content.indicators, ...content.evaluations].filter((r) => !plans.has(r.planId) && !placed(r)).map((r) => `${r.planId}/${r.id}`)),
		terms: leftOut(content.glossary, (g) => !g.data.publish),
		consultations: leftOut(content.consultations, (c) => !c.data.publish || consultationPlanIds(c.data).some((id) => plans.has(id))),
	};
}

/** An indicator or evaluation table file, placed in a chapter of its plan (withItsChapters). */
interface PlacedFile {
	planId: string;
	id: string;
	data: { plan: string; chapter: string; itemChapter?: string | undefined };
}
