/** /consultations/<id>/deadline.ics: the deadline of a consultation with a period, for residents' calendars. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site.ts';
import { calendarResponse, deadlineCalendar, thisSite } from '../../../lib/deadline-calendar.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	// A consultation known only from a timetable has no deadline: deadlineCalendar gives none, and there is no file.
	return site.consultations.flatMap((consultation) => {
		const calendar = deadlineCalendar(consultation, thisSite);
		return calendar === undefined ? [] : [{ params: { consultation: consultation.id }, props: { calendar } }];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ calendar: string }> = ({ props: { calendar } }) => calendarResponse(calendar);
