/**
 * A consultation's period against the 30 days the national procedure
 * (行政手続法) and most prefectures' rules ask for: a shorter one is usually a mistyped date, and
 * when it is not, the organiser states why (shortPeriodReason), as e-Gov shows
 * it. A warning: some rules allow less, with a reason.
 */
import { minimumPeriodDays, periodLength } from '../consultations.ts';
import { messages } from '../messages.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

export function checkConsultationPeriods(content: ContentSnapshot, report: Report): void {
	for (const consultation of content.consultations) {
		const length = periodLength(consultation.data);
		if (!length || length.days >= minimumPeriodDays || consultation.data.shortPeriodReason) continue;
		report(consultation, ['period', 'end'], messages.shortPeriod(length.days, minimumPeriodDays, length.from), 'warning');
	}
}
