/**
 * A consultation not yet closed with no way to submit an opinion: a forgotten channels list far more often than a
 * notice that names none (a warning; a closed case's record may well leave them out). So with no one to ask: neither
 * a contact nor the organiser's page. And its period against the 30 days the national procedure
 * (行政手続法) and most prefectures' rules ask for: a shorter one is usually a mistyped date, and
 * when it is not, the organiser states why (shortPeriodReason), as e-Gov shows
 * it. A warning: some rules allow less, with a reason.
 */
import { closingInstant } from '../consultation-status.ts';
import { minimumPeriodDays, periodLength } from '../consultations.ts';
import { messages } from '../messages.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

export function checkConsultationPeriods(content: ContentSnapshot, report: Report, now: number): void {
	for (const consultation of content.consultations) {
		const { period, channels } = consultation.data;
		const notClosed = period !== undefined && now < closingInstant(period.end);
		if (notClosed && channels.length === 0) report(consultation, ['period'], messages.periodWithoutChannels(), 'warning');
		if (notClosed && !consultation.data.contact && !consultation.data.officialPage) report(consultation, ['period'], messages.consultationWithoutContact(), 'warning');
		const length = periodLength(consultation.data);
		if (!length || length.days >= minimumPeriodDays || consultation.data.shortPeriodReason) continue;
		report(consultation, ['period', 'end'], messages.shortPeriod(length.days, minimumPeriodDays, length.from), 'warning');
	}
}
