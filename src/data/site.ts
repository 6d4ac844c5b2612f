/**
 * The one module that reads Astro's content collections; everything else
 * receives plain records from here.
 */
import { getCollection, getEntry } from 'astro:content';
import { buildTime } from '../lib/build-time.ts';
import { buildConsultations, type ConsultationNode } from '../lib/consultations.ts';
import { type LinkContext, linkContextOnce } from '../lib/link-context.ts';
import { keptChapters, publicationFromEnv, publishedConsultations } from '../lib/publication.ts';
import { planFullName } from '../lib/plan-labels.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';
import type { OutlineSection, OutlineText } from '../markdown/chapter-outline.ts';
import { contentDir } from '../content-paths.ts';
import { readContentOnce } from '../lib/content-check/check-content.ts';
import { contentCheckPassed } from '../lib/content-check/shared-check.ts';
import { chapterHtml, renderDocument, renderEntryText } from '../markdown/render-markdown.ts';
import type { ChapterNode } from '../lib/site-model.ts';
import { chapterBlocks, type ChapterDiff, diffChapters } from '../lib/version-diff.ts';
import type { ChapterPair } from '../lib/version-pairs.ts';

export interface Site extends SiteModel, LinkContext {
	/** Consultations with their status when the site was built (SOURCE_DATE_EPOCH pins "now"). */
	consultations: ConsultationNode[];
	/**
	 * Every plan's display name, built or not (a glossary definition may come from a plan this build leaves out),
	 * and whether the editors gave it, the document having no title (`titleIsDescriptive`).
	 */
	planTitles: Map<string, { name: string; descriptive: boolean }>;
	/** A chapter's sections (ids, headings, depth) without rendering it. */
	sections: (planId: string, chapterId: string) => OutlineSection[];
	/** A chapter's text before its first heading. */
	intro: (planId: string, chapterId: string) => OutlineText | undefined;
}

type ContentRead = ReturnType<typeof readContentOnce>;

async function load(read: ContentRead): Promise<Site> {
	await contentCheckPassed();
	// `npm run dev` shows files marked publish: false to their authors; builds leave them out.
	const keep = publicationFromEnv(process.env, { includeUnpublished: import.meta.env.DEV });
	const [allPlans, allChapters, allEvaluations, glossary, allConsultations] = await Promise.all([
		getCollection('plans'),
		getCollection('chapters'),
		getCollection('evaluations'),
		getCollection('glossary'),
		getCollection('consultations'),
	]);
	const plans = allPlans.filter(keep.plan);
	const built = new Set(plans.map((p) => p.id));
	// A chapter marked publish: false is left out as if its file were not there (no page, contents, pager, print page …),
	// and so are the evaluation tables placed in it; npm run dev keeps them (keep.chapter).
	const { chapters, placed } = keptChapters(allChapters.filter((c) => built.has(c.data.plan)), keep, (c) => c.id);
	const evaluations = allEvaluations.filter((e) => built.has(e.data.plan) && placed(e));
	// The content check outlined and linked every chapter already (read once per build, shared with the build report).
	const checked = (await read).content;
	const outlines = new Map(checked.chapters.map((c) => [`${c.planId}/${c.id}`, c]));
	return {
		...buildSiteModel({ plans, chapters, evaluations, glossary: glossary.filter(keep.entry) }),
		consultations: buildConsultations(publishedConsultations(allConsultations, keep, built), buildTime()),
		sections: (planId, chapterId) => outlines.get(`${planId}/${chapterId}`)?.sections ?? [],
		intro: (planId, chapterId) => outlines.get(`${planId}/${chapterId}`)?.intro,
		...linkContextOnce(checked, keep),
		planTitles: new Map(allPlans.map((p) => [p.id, { name: planFullName(p.data), descriptive: p.data.titleIsDescriptive }])),
	};
}

let cached: { read: ContentRead; site: Promise<Site> } | undefined;
const diffs = new Map<string, Promise<ChapterDiff>>();
const bodies = new Map<string, Promise<string>>();

/**
 * The site, made once per reading of the content: once per build; in `npm run dev`, again after each save
 * the preview's check read (dev-preview.ts), which may come after Astro has reloaded its collections.
 */
export function loadSite(): Promise<Site> {
	const read = readContentOnce(contentDir);
	if (cached?.read !== read) {
		cached = { read, site: load(read) };
		diffs.clear();
		bodies.clear();
	}
	return cached.site;
}

/** What changed in a chapter between two versions of a plan (computed once per reading of the content, as the site is). */
export function chapterDiff(pair: ChapterPair): Promise<ChapterDiff> {
	const site = loadSite(); // First: a new reading of the content empties `diffs`.
	const key = `${pair.before?.entryId}→${pair.after?.entryId}`;
	if (!diffs.has(key)) diffs.set(key, Promise.all([blocksOf(pair.before, site), blocksOf(pair.after, site)]).then(([before, after]) => diffChapters(before, after)));
	return diffs.get(key)!;
}

async function blocksOf(chapter: ChapterNode | undefined, site: Promise<Site>) {
	if (!chapter) return [];
	const entry = (await getEntry('chapters', chapter.entryId))!;
	return chapterBlocks(await renderDocument(entry.body ?? '', entry.filePath!, await site));
}

/** Collections whose entries carry Markdown shown on a page beside their data. */
type BodyCollection = 'glossary' | 'themes' | 'indicators' | 'evaluations' | 'consultations';

/**
 * An entry's Markdown as HTML with the site's links and its ids under its name
 * (renderEntryText), its headings below the page's heading of level
 * `underHeading` (an indicator's notes under its h2); rendered once per reading
 * of the content however many pages show it (a theme's note is on every prefecture's page of the theme).
 */
export function renderEntry(collection: BodyCollection, id: string, underHeading = 1): Promise<string> {
	const site = loadSite(); // First: a new reading of the content empties `bodies`.
	const key = `${collection}/${id}/${underHeading}`;
	if (!bodies.has(key)) {
		bodies.set(key, (async () => {
			const entry = (await getEntry(collection, id))!;
			return renderEntryText(entry.body ?? '', entry.filePath!, id.slice(id.lastIndexOf('/') + 1), await site, underHeading);
		})());
	}
	return bodies.get(key)!;
}

/** A chapter's text as HTML, as its page or the plan's print page shows it (render-markdown.ts's chapterHtml). */
export async function renderChapter(chapter: ChapterNode, part: 'page' | 'print'): Promise<string> {
	const site = loadSite();
	const entry = (await getEntry('chapters', chapter.entryId))!;
	return chapterHtml(part, entry.body ?? '', entry.filePath!, await site, chapter.data.number ?? chapter.data.title);
}

/** An entry's Markdown as written (a theme's note, which its page's description opens with). */
export const entryMarkdown = async (collection: BodyCollection, id: string) => (await getEntry(collection, id))!.body ?? '';

/** A glossary entry's record, for its page. */
export const glossaryEntry = async (id: string) => (await getEntry('glossary', id))!;
