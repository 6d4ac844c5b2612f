/**
 * A consultation's notices (`notices`) against its period: a notice that
 * extends the period while `period.end` still names the old deadline leaves
 * the status, days left and deadline on the page wrong. A warning, because
 * the check reads the notice's own words and could misjudge them.
 */
import { datesInText } from '../japanese-dates.ts';
import { messages } from '../messages.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

/** Words with which organisers announce a longer period (期間を延長します, 締切を延長). */
const extension = /延長/;

export function checkConsultationNotices(content: ContentSnapshot, report: Report): void {
	for (const consultation of content.consultations) {
		const { notices, period } = consultation.data;
		// The newest extension sets the deadline; it names the old one too (12月28日から1月12日まで), and the new one last.
		const extended = notices.map((notice, i) => ({ notice, i })).filter(({ notice }) => extension.test(notice.text));
		const newest = extended.reduce<(typeof extended)[number] | undefined>((a, b) => (!a || b.notice.date > a.notice.date ? b : a), undefined);
		if (!period || !newest) continue;
		const days = datesInText(newest.notice.text, newest.notice.date);
		const latest = days.reduce<string | undefined>((a, b) => (!a || b > a ? b : a), undefined);
		if (latest !== undefined && latest !== period.end.date) report(consultation, ['notices', newest.i, 'text'], messages.extensionNotDeadline(newest.notice.date, latest, period.end.date), 'warning');
	}
}
