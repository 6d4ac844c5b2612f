/**
 * Dates the content says have come (a notice published, results announced, a
 * plan's 策定 or 公表) that lie after the day of the check: published as they
 * are, the site and its feeds would show, before that day, what is dated
 * later. Warnings: a plan may state a date it is planned for.
 */
import { jstInstant } from '../consultation-status.ts';
import { firstDayOf } from '../japanese-dates.ts';
import { messages } from '../messages.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

export function checkFutureDates(content: ContentSnapshot, report: Report, now: number): void {
	// A month (2026-03, as plans may give it) has come on its first day.
	const future = (date: string) => jstInstant({ date: firstDayOf(date) }) > now;
	for (const consultation of content.consultations) {
		const { notices, results } = consultation.data;
		notices.forEach((notice, i) => {
			if (future(notice.date)) report(consultation, ['notices', i, 'date'], messages.futureNotice(notice.date), 'warning');
		});
		if (results && future(results.published)) report(consultation, ['results', 'published'], messages.futureResults(results.published), 'warning');
	}
	for (const plan of content.plans) {
		plan.data.dates.forEach((date, i) => {
			if (future(date.date)) report(plan, ['dates', i, 'date'], messages.futurePlanDate(date.label, date.date), 'warning');
		});
	}
}
