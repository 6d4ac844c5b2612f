/**
 * The one module that reads Astro's content collections; everything else
 * receives plain records from here.
 */
import { getCollection } from 'astro:content';
import { crossLinksFromRecords, type CrossLinks } from '../lib/cross-links.ts';
import { type GlossaryLinks, glossaryLinks } from '../lib/glossary-links.ts';
import { type PlanLinkIndex, planLinkIndex } from '../lib/plan-links.ts';
import { chapterOutline } from '../markdown/chapter-outline.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';

export interface Site extends SiteModel {
	crossLinks: CrossLinks;
	glossaryLinks: GlossaryLinks;
	/** Plans → chapters → section ids, for `plan:` links. */
	planLinks: PlanLinkIndex;
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
	const terms = glossaryLinks(
		glossary.map((g) => ({ id: g.id, data: g.data, body: g.body ?? '' })),
		plans,
	);
	return {
		...buildSiteModel({ plans, chapters, indicators, glossary }),
		crossLinks: crossLinksFromRecords({ plans, chapters: outlined, themes, terms: terms.matcher }),
		glossaryLinks: terms,
		planLinks: planLinkIndex(outlined, plans.map((p) => p.id)),
	};
}

export function loadSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

export { getEntry, render } from 'astro:content';
