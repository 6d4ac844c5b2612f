/**
 * Where a public-comment period stands at a given moment: 募集前, 募集中
 * (with the days left), 締切 or 結果公示. Pure and dependency-free, because
 * the build computes it once and the browser computes it again: a page built
 * before the deadline must say 締切 after it without a rebuild.
 *
 * All calendar arithmetic is in Japan Standard Time (UTC+9, no daylight
 * saving), whatever the time zone of the build machine or the reader.
 */

import { formatDate } from './japanese-dates.ts';

const hour = 3_600_000;
const day = 24 * hour;
/** Japan's offset from UTC (it keeps no summer time). */
export const jstOffset = 9 * hour;

/** A JST calendar date `YYYY-MM-DD` and, when the source gives one, a time `HH:MM`. */
export interface JstMoment {
	date: string;
	time?: string | undefined;
}

/** The instant a JST date (and time, default 00:00) begins, in ms since the epoch. */
export function jstInstant({ date, time = '00:00' }: JstMoment): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const [hh, mm] = time.split(':').map(Number) as [number, number];
	return Date.UTC(y, m - 1, d, hh, mm) - jstOffset;
}

/** Days since the epoch of the JST calendar day containing an instant. */
const jstDayNumber = (instant: number) => Math.floor((instant + jstOffset) / day);

/** The JST calendar date (`YYYY-MM-DD`) containing an instant. */
export const jstDateOf = (instant: number) => new Date(instant + jstOffset).toISOString().slice(0, 10);

/** Whole JST days after today until the closing day, the day of the last accepted instant (0 on that day). */
const daysBeforeClosing = (closesAt: number, now: number) => jstDayNumber(closesAt - 1) - jstDayNumber(now);

/** A consultation's schedule as instants: when opinions are first and last accepted, and when results appear. */
export interface Schedule {
	/** Opinions accepted from this instant. */
	opensAt: number;
	/** Opinions accepted until just before this instant. */
	closesAt: number;
	/** Results published from this instant, once the content has them. */
	resultsAt?: number | undefined;
	/** False when the source gives the closing day without a time (counted to 24:00, which the source does not say). */
	closingTimeStated?: boolean | undefined;
}

/** The instant opinions stop being accepted at a closing moment. A closing day without a time means the whole day: until 24:00 JST. */
export const closingInstant = (end: JstMoment) => (end.time ? jstInstant(end) : jstInstant(end) + day);

/** The schedule of a period given as the organiser states it. */
export function scheduleOf(period: { start: JstMoment; end: JstMoment }, resultsDate?: string): Schedule {
	return {
		opensAt: jstInstant(period.start),
		closesAt: closingInstant(period.end),
		resultsAt: resultsDate === undefined ? undefined : jstInstant({ date: resultsDate }),
		closingTimeStated: period.end.time !== undefined,
	};
}

export type Phase = 'upcoming' | 'open' | 'closed' | 'results';

const phaseLabels: Record<Phase, string> = {
	upcoming: '募集前',
	open: '募集中',
	closed: '締切',
	results: '結果公示',
};

export interface Status {
	phase: Phase;
	label: string;
	/**
	 * While open: whole JST calendar days after today until the closing day
	 * (0 on the closing day itself). While upcoming: days until the opening day.
	 */
	days?: number;
	/** The status in words: 「募集中（あと3日）」「募集中（本日締切）」, with 「（締切時刻は資料に記載なし）」 on the closing day when the source gives no time. */
	text: string;
}

export function statusAt(schedule: Schedule, now: number): Status {
	if (now < schedule.opensAt) {
		const days = jstDayNumber(schedule.opensAt) - jstDayNumber(now);
		return { phase: 'upcoming', label: phaseLabels.upcoming, days, text: days === 0 ? '募集前（本日開始）' : `募集前（${days}日後に開始）` };
	}
	if (now < schedule.closesAt) {
		const days = daysBeforeClosing(schedule.closesAt, now);
		return { phase: 'open', label: phaseLabels.open, days, text: days === 0 ? `募集中（本日締切）${schedule.closingTimeStated === false ? closingTimeNotStated : ''}` : `募集中（締切まであと${days}日）` };
	}
	if (schedule.resultsAt !== undefined && now >= schedule.resultsAt) return { phase: 'results', label: phaseLabels.results, text: phaseLabels.results };
	return { phase: 'closed', label: phaseLabels.closed, text: phaseLabels.closed };
}

/**
 * The next instant the status can read differently: opening, closing or
 * results, or the next JST midnight while days are being counted.
 */
export function nextChangeAt(schedule: Schedule, now: number): number | undefined {
	const boundaries = [schedule.opensAt, schedule.closesAt, schedule.resultsAt].filter((b): b is number => b !== undefined && b > now);
	if (now < schedule.closesAt) boundaries.push(nextJstMidnight(now));
	return boundaries.length > 0 ? Math.min(...boundaries) : undefined;
}

/** The first instant of the JST day after the one containing `now`. */
export const nextJstMidnight = (now: number) => (jstDayNumber(now) + 1) * day - jstOffset;

/**
 * What a channel's deadline line adds while it is near: 「（本日締切）」 on its closing day, 「（明日締切）」 the
 * day before, so a counter closing days before the period is not missed; nothing earlier, nor once it has
 * closed (「（受付終了）」 says that).
 */
export function channelClosingSoonText(closesAt: number, now: number): string | undefined {
	if (now >= closesAt) return undefined;
	const days = daysBeforeClosing(closesAt, now);
	return days === 0 ? '（本日締切）' : days === 1 ? '（明日締切）' : undefined;
}

/** The status of a consultation whose period the source does not give (only a plan's schedule mentions it). */
export const unscheduledLabel = '日程の記載なし';

/** True while the phase can still change without new content (the browser re-checks those). */
export const canChangeWithoutRebuild = (phase: Phase) => phase === 'upcoming' || phase === 'open';

const weekdays = ['日', '月', '火', '水', '木', '金', '土'];

/** 「令和8（2026）年12月1日（火）」, with 「17時00分」 when a time is given, for a JST moment. */
export function formatJstMoment(moment: JstMoment): string {
	const [y, m, d] = moment.date.split('-').map(Number) as [number, number, number];
	const weekday = weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
	const time = moment.time ? `${Number(moment.time.slice(0, 2))}時${moment.time.slice(3, 5)}分` : '';
	return `${formatDate(moment.date)}（${weekday}）${time}`;
}

/** Said beside a closing day the source gives without a time: the status counts it to 24:00, but the organiser may close earlier. */
export const closingTimeNotStated = '（締切時刻は資料に記載なし）';

/** 「令和8（2026）年12月28日（月）まで」: the last moment opinions are accepted, as residents read it. */
export function formatDeadline(end: JstMoment): string {
	return `${formatJstMoment(end)}まで`;
}
