/** /feed.xml: Atom feed of plan updates (dates stated in plan.yaml) and consultations. */
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { atomFeedResponse, feedAsOfWhenEmpty, siteUpdateEntries } from '../lib/atom-feed.ts';
import { buildTime } from '../lib/build-time.ts';
import { absoluteUrl, routes } from '../lib/routes.ts';
import { siteInfo } from '../lib/site-info.ts';

export const GET: APIRoute = async () => {
	const site = await loadSite();
	return atomFeedResponse({ title: siteInfo.name, author: siteInfo.name, siteUrl: absoluteUrl(routes.home()), feedUrl: absoluteUrl(routes.feed()), entries: siteUpdateEntries(site, absoluteUrl), asOfWhenEmpty: feedAsOfWhenEmpty(site, buildTime()) });
};
