/**
 * The one module that reads Astro's content collections; everything else
 * receives plain records from here.
 */
import { getCollection } from 'astro:content';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';

let cached: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
	cached ??= (async () =>
		buildSiteModel({
			plans: await getCollection('plans'),
			chapters: await getCollection('chapters'),
			indicators: await getCollection('indicators'),
			glossary: await getCollection('glossary'),
		}))();
	return cached;
}

export { getEntry, render } from 'astro:content';
