/** /prefectures/<code>/feed.xml: Atom feed of one prefecture's plan updates and consultations. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { atomFeedResponse, feedAsOfWhenEmpty, siteUpdateEntries, updatesTitle } from '../../../lib/atom-feed.ts';
import { buildTime } from '../../../lib/build-time.ts';
import { consultationsOfPrefecture } from '../../../lib/consultations.ts';
import { absoluteUrl, routes } from '../../../lib/routes.ts';
import type { PrefectureNode } from '../../../lib/site-model.ts';
import { siteInfo } from '../../../lib/site-info.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	return site.prefectures.map((prefecture) => ({ params: { code: prefecture.code }, props: { prefecture } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ prefecture: PrefectureNode }> = async ({ props: { prefecture } }) => {
	const site = await loadSite();
	const consultations = consultationsOfPrefecture(site.consultations, prefecture.code);
	return atomFeedResponse({
		title: `${updatesTitle(prefecture.name)} | ${siteInfo.name}`,
		author: siteInfo.name,
		siteUrl: absoluteUrl(routes.prefecture(prefecture.code)),
		feedUrl: absoluteUrl(routes.prefectureFeed(prefecture.code)),
		entries: siteUpdateEntries({ plans: prefecture.plans, consultations }, absoluteUrl),
		asOfWhenEmpty: feedAsOfWhenEmpty(site, buildTime()),
	});
};
