/**
 * A consultation's deadline as an iCalendar file (RFC 5545), for a resident to
 * add to the calendar on their phone or PC: a download from the site, so no
 * calendar service learns who took part. The event is the last day (all day)
 * or the closing time the organiser states; its text gives the period, each
 * channel that closes earlier, and where to check for a moved deadline. Made
 * from the content only, never the build time, so an unchanged case writes an
 * unchanged file; its UID stays, so a calendar that imports it again after an
 * extension updates the event (SEQUENCE counts the organiser's notices).
 */
import ical from 'ical-generator';
import type { Consultation } from '../schemas/consultation.ts';
import { closingTimeNotStated, formatDeadline, formatJstMoment, jstInstant } from './consultation-status.ts';
import { channelDeadlineText } from './consultations.ts';

export interface DeadlineCalendarSite {
	/** The site's name, the calendar's product name. */
	name: string;
	/** The site's origin (`https://plans.example.jp`): its host makes the event's UID unique. */
	origin: string;
	/** Absolute URL of the case page. */
	caseUrl: string;
}

/** The calendar file of a consultation with a period; undefined for one known only from a timetable. */
export function deadlineCalendar(id: string, data: Consultation, site: DeadlineCalendarSite): string | undefined {
	const { period } = data;
	if (!period) return undefined;
	const { end } = period;
	const [year, month, day] = end.date.split('-').map(Number) as [number, number, number];
	// The last day the content says anything about the case: the stamp changes only with the content.
	const stamp = [period.start.date, data.announced, ...data.notices.map((n) => n.date)].filter((d): d is string => d !== undefined).sort().at(-1)!;
	const earlier = data.channels.filter((channel) => channel.closes).map((channel) => `${channel.kind}: ${channelDeadlineText(channel, end)}`);
	const calendar = ical({ prodId: { company: site.name, product: 'consultation-deadline', language: 'JA' } });
	calendar.createEvent({
		id: `${id}.deadline@${new URL(site.origin).hostname}`,
		sequence: data.notices.length,
		stamp: new Date(jstInstant({ date: stamp })),
		...(end.time ? { start: new Date(jstInstant(end)) } : { start: new Date(Date.UTC(year, month - 1, day)), allDay: true }),
		summary: `意見募集の締切: ${data.title}`,
		description: [
			`${data.prefecture.name}の意見募集（パブリックコメント）: ${data.title}`,
			`意見募集期間: ${formatJstMoment(period.start)} 〜 ${formatDeadline(end)}${end.time ? '' : closingTimeNotStated}`,
			...(earlier.length > 0 ? ['締切が早い提出方法:', ...earlier] : []),
			`提出方法と、締切の延長などのお知らせは、案件のページで確かめてください: ${site.caseUrl}`,
			...(data.officialPage ? [`正式な案内（${data.organiser}）: ${data.officialPage}`] : []),
		].join('\n'),
		url: site.caseUrl,
	});
	// Every content line ends with CRLF (RFC 5545 3.1), the last one too.
	return `${calendar.toString()}\r\n`;
}
