/**
 * A consultation not yet closed with no way to submit an opinion: a forgotten channels list far more often than a
 * notice that names none (a warning; a closed case's record may well leave them out). So with no one to ask: neither
 * a contact nor the organiser's page. A channel's required items run together in one (氏名、住所). And its period against the 30 days the national procedure
 * (行政手続法) and most prefectures' rules ask for: a shorter one is usually a mistyped date, and
 * when it is not, the organiser states why (shortPeriodReason), as e-Gov shows
 * it. A warning: some rules allow less, with a reason.
 */
import { closingInstant } from '../consultation-status.ts';
import { minimumPeriodDays, periodLength } from '../consultations.ts';
import { messages } from '../messages.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

/** What joins names run together in one item: 「、」 or a full-width comma where the list's half-width one was meant. */
const runTogetherAt = /[、，]/;

/**
 * The short names run together in one item (required: [氏名、住所]); none for an item that is one thing said in
 * full, in brackets or a clause (氏名（法人の場合は名称、代表者名）, 法人の場合は、名称及び代表者名).
 */
function namesRunTogether(item: string): string[] | undefined {
	const names = item.split(runTogetherAt);
	return names.length > 1 && !/[()（）]|場合|は$/.test(item) && names.every((name) => /^.{1,10}$/u.test(name) && !/は$/.test(name)) ? names : undefined;
}

export function checkConsultationPeriods(content: ContentSnapshot, report: Report, now: number): void {
	for (const consultation of content.consultations) {
		const { period, channels } = consultation.data;
		const notClosed = period !== undefined && now < closingInstant(period.end);
		if (notClosed && channels.length === 0) report(consultation, ['period'], messages.periodWithoutChannels(), 'warning');
		if (notClosed && !consultation.data.contact && !consultation.data.officialPage) report(consultation, ['period'], messages.consultationWithoutContact(), 'warning');
		channels.forEach((channel, i) => {
			for (const list of ['required', 'optional'] as const) {
				channel[list].forEach((item, j) => {
					const names = namesRunTogether(item);
					if (names) report(consultation, ['channels', i, list, j], messages.channelItemsRunTogether(list, item, names), 'warning');
				});
			}
		});
		const length = periodLength(consultation.data);
		if (!length || length.days >= minimumPeriodDays || consultation.data.shortPeriodReason) continue;
		report(consultation, ['period', 'end'], messages.shortPeriod(length.days, minimumPeriodDays, length.from), 'warning');
	}
}
