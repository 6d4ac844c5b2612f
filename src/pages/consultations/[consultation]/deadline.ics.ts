/** /consultations/<id>/deadline.ics: the deadline of a consultation with a period, for residents' calendars. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import type { ConsultationNode } from '../../../lib/consultations.ts';
import { deadlineCalendar } from '../../../lib/deadline-calendar.ts';
import { absoluteUrl, routes, siteOrigin } from '../../../lib/routes.ts';
import { siteInfo } from '../../../lib/site-info.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	return site.consultations.filter((c) => c.data.period).map((consultation) => ({ params: { consultation: consultation.id }, props: { consultation } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ consultation: ConsultationNode }> = ({ props: { consultation } }) => {
	const calendar = deadlineCalendar(consultation.id, consultation.data, { name: siteInfo.name, origin: siteOrigin, caseUrl: absoluteUrl(routes.consultation(consultation.id)) });
	return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
