/**
 * The one module that reads Astro's content collections; everything else
 * receives plain records from here.
 */
import { getCollection } from 'astro:content';
import { type LinkContext, linkContext } from '../lib/link-context.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';
import { chapterOutline } from '../markdown/chapter-outline.ts';

export interface Site extends SiteModel, LinkContext {}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
	const [plans, chapters, indicators, evaluations, glossary, themes] = await Promise.all([
		getCollection('plans'),
		getCollection('chapters'),
		getCollection('indicators'),
		getCollection('evaluations'),
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
	return {
		...buildSiteModel({ plans, chapters, evaluations, glossary }),
		...linkContext({
			plans,
			chapters: outlined,
			themes,
			glossary: glossary.map((g) => ({ id: g.id, data: g.data, body: g.body ?? '' })),
			indicators: indicators.map((entry) => {
				const [planId, id] = entry.id.split('/') as [string, string];
				return { planId, id, data: entry.data };
			}),
		}),
	};
}

export function loadSite(): Promise<Site> {
	cached ??= load();
	return cached;
}

export { getEntry, render } from 'astro:content';
