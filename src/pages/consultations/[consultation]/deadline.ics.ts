/** /consultations/<id>/deadline.ics: the deadline of a consultation with a period, for residents' calendars. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { deadlineCalendar } from '../../../lib/deadline-calendar.ts';
import { absoluteUrl, routes, siteOrigin } from '../../../lib/routes.ts';
import { siteInfo } from '../../../lib/site-info.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	// A consultation known only from a timetable has no deadline: deadlineCalendar gives none, and there is no file.
	return site.consultations.flatMap(({ id, data }) => {
		const calendar = deadlineCalendar(id, data, { name: siteInfo.name, origin: siteOrigin, caseUrl: absoluteUrl(routes.consultation(id)) });
		return calendar === undefined ? [] : [{ params: { consultation: id }, props: { calendar } }];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ calendar: string }> = ({ props: { calendar } }) => new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
