/** /feed.xml: Atom feed of plan updates (dates stated in plan.yaml). */
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { atomFeed, planUpdateEntries } from '../lib/atom-feed.ts';
import { absoluteUrl, routes } from '../lib/routes.ts';
import { siteInfo } from '../lib/site-info.ts';

export const GET: APIRoute = async () => {
	const site = await loadSite();
	// Other kinds of update (consultations …) join this list as further entries.
	const entries = [...planUpdateEntries(site.plans, (planId) => absoluteUrl(routes.plan(planId)))];
	const xml = atomFeed({ title: siteInfo.name, siteUrl: absoluteUrl(routes.home()), feedUrl: absoluteUrl(routes.feed()), entries });
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
