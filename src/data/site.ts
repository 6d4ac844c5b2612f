/**
 * The one module that reads Astro's content collections; everything else
 * receives plain records from here.
 */
import { getCollection } from 'astro:content';
import { type LinkContext, linkContext } from '../lib/link-context.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';
import { chapterOutline, type OutlineSection } from '../markdown/chapter-outline.ts';

export interface Site extends SiteModel, LinkContext {
	/** A chapter's sections (ids, headings, depth) without rendering it. */
	sections: (planId: string, chapterId: string) => OutlineSection[];
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const [plans, chapters, indicators, glossary, themes] = await Promise.all([
		getCollection('plans'),
		getCollection('chapters'),
		getCollection('indicators'),
		getCollection('glossary'),
		getCollection('themes'),
	]);
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
		...linkContext({ plans, chapters: outlined, themes, glossary: glossary.map((g) => ({ id: g.id, data: g.data, body: g.body ?? '' })) }),
	};
}

export function loadSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

export { getEntry, render } from 'astro:content';
