/**
 * Consultations' deadlines as iCalendar files (RFC 5545), for residents'
 * calendars on their phones and PCs: one case's deadline, a download from its
 * page, and every case's, an address to subscribe to (for groups that follow
 * every public comment). Files the site serves, so no calendar service learns
 * who took part. An event is the last day (all day) or the closing time the
 * organiser states; its text gives the period, each channel that closes
 * earlier, and where to check for a moved deadline; the download reminds three days
 * before. Made from the content only,
 * never the build time, so unchanged cases write an unchanged file; an event's
 * UID is the case's, the same in both files, so a calendar that reads it again
 * after an extension updates the event (SEQUENCE counts the organiser's notices).
 */
import ical, { ICalAlarmType, type ICalCalendar, type ICalCalendarData } from 'ical-generator';
import type { Consultation } from '../schemas/consultation.ts';
import { closingTimeNotStated, formatDeadline, formatJstMoment, jstInstant } from './consultation-status.ts';
import { channelDeadlineText } from './consultations.ts';
import { absoluteUrl, routes, siteOrigin } from './routes.ts';
import { siteInfo } from './site-info.ts';

export interface DeadlineCalendarSite {
	/** The site's name, the calendars' product name. */
	name: string;
	/** The site's origin (`https://plans.example.jp`): its host makes each event's UID unique. */
	origin: string;
	/** Absolute URL of a case's page. */
	caseUrl: (id: string) => string;
}

/** This site, as its routes and SITE_URL name it. */
export const thisSite: DeadlineCalendarSite = {
	name: siteInfo.name,
	origin: siteOrigin,
	caseUrl: (id) => absoluteUrl(routes.consultation(id)),
};

/** A consultation as the site holds it. */
export interface CalendarCase {
	id: string;
	data: Consultation;
}

const calendarOf = (site: DeadlineCalendarSite, product: string, data: ICalCalendarData = {}) => ical({ prodId: { company: site.name, product, language: 'JA' }, ...data });

// Every content line ends with CRLF (RFC 5545 3.1), the last one too.
const fileOf = (calendar: ICalCalendar) => `${calendar.toString()}\r\n`;

/**
 * When the one case's download reminds its reader: three days before the deadline (at 9:00 on an all-day
 * one, whose event starts at 0:00), time to post a letter that must arrive by it (必着). Not in the calendar
 * to subscribe to: a group following every case would be reminded of each.
 */
const reminderSeconds = { allDay: (2 * 24 + 15) * 3600, timed: 3 * 24 * 3600 };

/** Adds the case's deadline to the calendar, with a reminder if asked; false for a case known only from a timetable (no deadline). */
function addDeadline(calendar: ICalCalendar, { id, data }: CalendarCase, site: DeadlineCalendarSite, { remind = false } = {}): boolean {
	const { period } = data;
	if (!period) return false;
	const { end } = period;
	const [year, month, day] = end.date.split('-').map(Number) as [number, number, number];
	// The last day the content says anything about the case: the stamp changes only with the content.
	const stamp = [period.start.date, data.announced, ...data.notices.map((n) => n.date)].filter((d): d is string => d !== undefined).sort().at(-1)!;
	const earlier = data.channels.filter((channel) => channel.closes).map((channel) => `${channel.kind}: ${channelDeadlineText(channel, end)}`);
	const caseUrl = site.caseUrl(id);
	const event = calendar.createEvent({
		id: `${id}.deadline@${new URL(site.origin).hostname}`,
		sequence: data.notices.length,
		stamp: new Date(jstInstant({ date: stamp })),
		...(end.time ? { start: new Date(jstInstant(end)) } : { start: new Date(Date.UTC(year, month - 1, day)), allDay: true }),
		summary: `意見募集の締切: ${data.title}`,
		description: [
			`${data.prefecture.name}の意見募集（パブリックコメント）: ${data.title}`,
			`意見募集期間: ${formatJstMoment(period.start)} 〜 ${formatDeadline(end)}${end.time ? '' : closingTimeNotStated}`,
			...(earlier.length > 0 ? ['締切が早い提出方法:', ...earlier] : []),
			`提出方法と、締切の延長などのお知らせは、案件のページで確かめてください: ${caseUrl}`,
			...(data.officialPage ? [`正式な案内（${data.organiser}）: ${data.officialPage}`] : []),
		].join('\n'),
		url: caseUrl,
	});
	if (remind) event.createAlarm({ type: ICalAlarmType.display, trigger: end.time ? reminderSeconds.timed : reminderSeconds.allDay, description: `意見募集の締切まであと3日: ${data.title}` });
	return true;
}

/** The calendar file of a consultation with a period; undefined for one known only from a timetable. */
export function deadlineCalendar(consultation: CalendarCase, site: DeadlineCalendarSite): string | undefined {
	const calendar = calendarOf(site, 'consultation-deadline');
	return addDeadline(calendar, consultation, site, { remind: true }) ? fileOf(calendar) : undefined;
}

/** How often a subscribed calendar should read the file again: twice a day, so an extension reaches it the same day. */
const refreshSeconds = 12 * 60 * 60;

/** The cases a subscribed calendar holds: every prefecture's, or one's. */
export interface DeadlinesScope {
	/** The prefecture's name; none for the whole site. */
	prefecture?: string;
	/** Absolute URL of the page that lists those cases (and offers the calendar). */
	listUrl: string;
}

/** The subscribed calendar's name, also the offer's words: 意見募集の締切, 千葉県の意見募集の締切. */
export const deadlinesTitle = (prefecture?: string) => `${prefecture ? `${prefecture}の` : ''}意見募集の締切`;

/**
 * The calendar to subscribe to: the deadline of every consultation in scope with
 * a period, past ones too (a calendar keeps its history). A calendar with no
 * event yet when no case has dates (its time zone its only component):
 * subscribed now, it shows the next ones as they come.
 */
export function deadlinesCalendar(consultations: readonly CalendarCase[], scope: DeadlinesScope, site: DeadlineCalendarSite): string {
	const calendar = calendarOf(site, 'consultation-deadlines', {
		name: `${deadlinesTitle(scope.prefecture)}（${site.name}）`,
		description: `${site.name}に掲載している${scope.prefecture ?? '都道府県'}の意見募集（パブリックコメント）の締切です。提出方法と、締切の延長などのお知らせは、各案件のページで確かめてください: ${scope.listUrl}`,
		url: scope.listUrl,
		ttl: refreshSeconds,
	});
	const deadlines = consultations.filter((consultation) => addDeadline(calendar, consultation, site)).length;
	return deadlines > 0 ? fileOf(calendar) : fileOf(calendar).replace(/END:VCALENDAR\r\n$/, `${japanTimeZone}END:VCALENDAR\r\n`);
}

/**
 * Japan's time zone, which has kept +09:00 all year since 1951: the component a calendar without events holds,
 * as RFC 5545 (3.6) asks every calendar for one at least; a strict reader rejects one without any.
 */
const japanTimeZone = ['BEGIN:VTIMEZONE', 'TZID:Asia/Tokyo', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900', 'TZNAME:JST', 'END:STANDARD', 'END:VTIMEZONE', '']
	.join('\r\n');

/** A route's response: the file as a calendar, which phones offer to add. */
export const calendarResponse = (calendar: string) => new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
