/** /prefectures/<code>/feed.xml: Atom feed of one prefecture's plan updates and consultations. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { atomFeed, prefecturePart, siteUpdateEntries } from '../../../lib/atom-feed.ts';
import { absoluteUrl, routes } from '../../../lib/routes.ts';
import { siteInfo } from '../../../lib/site-info.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	return site.prefectures.map((prefecture) => ({ params: { code: prefecture.code }, props: { name: prefecture.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string }, { code: string }> = async ({ params, props }) => {
	const site = await loadSite();
	const xml = atomFeed({
		title: `${props.name}の計画と意見募集の動き | ${siteInfo.name}`,
		siteUrl: absoluteUrl(routes.prefecture(params.code)),
		feedUrl: absoluteUrl(routes.prefectureFeed(params.code)),
		entries: siteUpdateEntries(prefecturePart(site, params.code), absoluteUrl),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
