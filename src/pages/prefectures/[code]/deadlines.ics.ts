/** /prefectures/<code>/deadlines.ics: one prefecture's consultation deadlines, a calendar to subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { type ConsultationNode, consultationsOfPrefecture } from '../../../lib/consultations.ts';
import { calendarResponse, deadlinesCalendar, thisSite } from '../../../lib/deadline-calendar.ts';
import { pageIds } from '../../../lib/page-ids.ts';
import { absoluteUrl, routes } from '../../../lib/routes.ts';
import type { PrefectureNode } from '../../../lib/site-model.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	// Only a prefecture with consultations offers one (its page's consultations section).
	return site.prefectures.flatMap((prefecture) => {
		const consultations = consultationsOfPrefecture(site.consultations, prefecture.code);
		return consultations.length === 0 ? [] : [{ params: { code: prefecture.code }, props: { prefecture, consultations } }];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ prefecture: PrefectureNode; consultations: ConsultationNode[] }> = ({ props: { prefecture, consultations } }) =>
	calendarResponse(deadlinesCalendar(consultations, { prefecture: prefecture.name, listUrl: absoluteUrl(`${routes.prefecture(prefecture.code)}#${pageIds.consultations}`) }, thisSite));
