/**
 * A consultation's notices (`notices`) against its period: a notice that
 * extends the period while `period.end` still names the old deadline leaves
 * the status, days left and deadline on the page wrong; so does a channel's own
 * last day (closes) left at the old deadline. Warnings, because
 * the check reads the notice's own words and could misjudge them.
 */
import type { Consultation } from '../../schemas/consultation.ts';
import { datesInText } from '../japanese-dates.ts';
import { messages } from '../messages.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

type Notice = Consultation['notices'][number];

/**
 * Words with which organisers move the deadline: 期間を延長します, and a period or deadline that is the
 * object of a change, postponement, lengthening, shortening or a new end in the same sentence (締切を…に変更,
 * 提出期限を延期, 期限を延ばします, 期間を短縮, 期間の変更, 提出期限を1月15日までとします).
 * 期間中の説明会の会場を変更 and 窓口の受付時間を短縮 are not one.
 */
const deadlineMoved = /延長|(?:期間|締切|締め切り|〆切|期限|期日)日?(?:[をは][^。]*?(?:変更|延期|延ば|短縮|までと(?:します|しました|なります))|の(?:変更|延期|短縮))/;
/** A deadline brought forward: its new day is the earliest it names (12月28日から12月20日に短縮), not the latest. */
const deadlineShortened = /短縮|繰り?上げ/;

export function checkConsultationNotices(content: ContentSnapshot, report: Report): void {
	for (const consultation of content.consultations) {
		const { notices, period } = consultation.data;
		// The newest such notice sets the deadline; it names the old one too (12月28日から1月12日まで): the new one is
		// its latest day, or its earliest when it brings the deadline forward, each then read nearest the notice's day.
		const newest = notices.filter((notice) => deadlineMoved.test(notice.text)).reduce<Notice | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined);
		if (!period || !newest) continue;
		const shortened = deadlineShortened.test(newest.text);
		const named = (shortened ? newest.text.split(/から|～|〜/).flatMap((part) => datesInText(part, newest.date)) : datesInText(newest.text, newest.date)).sort();
		const moved = shortened ? named[0] : named.at(-1);
		if (moved !== undefined && moved !== period.end.date) report(consultation, ['notices', notices.indexOf(newest), 'text'], messages.deadlineNoticeNotEnd(newest.date, moved, period.end.date), 'warning');
		// A channel's own last day left at the deadline the notice moved (12月28日から1月12日まで): that channel would close first.
		consultation.data.channels.forEach((channel, i) => {
			const closes = channel.closes?.date;
			if (closes !== undefined && closes !== moved && named.includes(closes) && (!shortened || closes > moved!)) {
				report(consultation, ['channels', i, 'closes'], messages.channelClosesAtMovedDeadline(channel.kind, closes, newest.date), 'warning');
			}
		});
	}
}
