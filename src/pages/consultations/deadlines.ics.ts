/** /consultations/deadlines.ics: every consultation's deadline, a calendar residents subscribe to. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { calendarResponse, deadlinesCalendar, thisSite } from '../../lib/deadline-calendar.ts';
import { absoluteUrl, routes } from '../../lib/routes.ts';

export const GET: APIRoute = async () =>
	calendarResponse(deadlinesCalendar((await loadSite()).consultations, { listUrl: absoluteUrl(routes.consultations()) }, thisSite));
