/**
 * 和暦 for fiscal years (年度, April–March) and calendar dates. Plans write
 * 令和３（2021）年度; residents think in both, so we show both.
 */

/** Eras, newest first: `letter` is the era's initial as plans abbreviate it (R5.8末, H30年度); `start` its first day, `firstYear` that day's year. */
export const eras = [
	{ name: '令和', letter: 'R', start: '2019-05-01', firstYear: 2019 },
	{ name: '平成', letter: 'H', start: '1989-01-08', firstYear: 1989 },
	{ name: '昭和', letter: 'S', start: '1926-12-25', firstYear: 1926 },
	{ name: '大正', letter: 'T', start: '1912-07-30', firstYear: 1912 },
	{ name: '明治', letter: 'M', start: '1868-01-25', firstYear: 1868 },
] as const;

const eraYear = (n: number) => (n === 1 ? '元' : String(n));
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Whether the calendar has this day (not 2022-02-30, 2023-02-29). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first day of a day or month as ISO writes it (2023-08 → 2023-08-01; a day stays as it is). */
export const firstDayOf = (isoDayOrMonth: string) => (isoDayOrMonth.length === 7 ? `${isoDayOrMonth}-01` : isoDayOrMonth);

/** A month (2023-08) or a day (2023-08-05) as ISO writes it. */
export const isoMonthOrDay = (year: number, month: number, day?: number) => `${year}-${twoDigits(month)}${day === undefined ? '' : `-${twoDigits(day)}`}`;

/** The era a day (ISO) falls in; undefined before 明治. */
const eraOn = (isoDay: string) => eras.find((e) => isoDay >= e.start);

const eraOfFiscalYear = (year: number) => {
	const era = eras.find((e) => year >= e.firstYear);
	if (!era) throw new RangeError(`fiscal year ${year} is before 明治`);
	return era;
};

/**
 * Era of a fiscal year. The year in which an era begins is named after the
 * new era (fiscal 2019 = 令和元年度), as government documents do.
 */
export function fiscalYearEra(year: number): { era: string; year: number } {
	const era = eraOfFiscalYear(year);
	return { era: era.name, year: year - era.firstYear + 1 };
}

/** 2021 → 令和3（2021）年度 */
export function formatFiscalYear(year: number): string {
	const { era, year: n } = fiscalYearEra(year);
	return `${era}${eraYear(n)}（${year}）年度`;
}

/** 2021 → 令和3年度, 2019 → 令和元年度: where space is short (chart labels); the era in full, which every reader knows, not its letter (R3). */
export function formatFiscalYearInEra(year: number): string {
	const { era, year: n } = fiscalYearEra(year);
	return `${era}${eraYear(n)}年度`;
}

/** A plan period: 令和4（2022）年度〜令和7（2025）年度, or open-ended 令和4（2022）年度〜 */
export function formatPeriod(period: { start: number; end?: number | undefined }): string {
	return `${formatFiscalYear(period.start)}〜${period.end === undefined ? '' : formatFiscalYear(period.end)}`;
}

/** '2023-03-20' → 令和5（2023）年3月20日; '2026-03' → 令和8（2026）年3月 */
export function formatDate(isoDate: string): string {
	const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number | undefined];
	const era = eraOn(`${String(y).padStart(4, '0')}-${twoDigits(m)}-${twoDigits(d ?? 1)}`);
	if (!era) throw new RangeError(`date ${isoDate} is before 明治`);
	const eraLabel = `${era.name}${eraYear(y - era.firstYear + 1)}（${y}）年`;
	return d === undefined ? `${eraLabel}${m}月` : `${eraLabel}${m}月${d}日`;
}

/** 2023, 8 → 令和5年8月: where space is short (chart labels), as formatFiscalYearInEra. */
export function formatMonthInEra(year: number, month: number): string {
	const era = eraOn(`${isoMonthOrDay(year, month)}-01`);
	if (!era) throw new RangeError(`month ${isoMonthOrDay(year, month)} is before 明治`);
	return `${era.name}${eraYear(year - era.firstYear + 1)}年${month}月`;
}

/**
 * R → 令和 …; a full era name stays as it is. Looked up when called rather than
 * a table built at load, so client bundles that import this module for
 * something else leave it out (the search page, consultation status).
 */
const eraName = (nameOrLetter: string) => eras.find((e) => e.letter === nameOrLetter.toUpperCase())?.name ?? nameOrLetter;

/** 和暦 → 西暦 by counting (平成31 → 2019, 平成32 → 2020), undefined for a year no era has (令和0年); whether the era lasted that long is inItsEra's question. */
function westernYearOf(eraName: string, year: number): number | undefined {
	const era = eras.find((e) => e.name === eraName);
	return era && Number.isInteger(year) && year >= 1 ? era.firstYear + year - 1 : undefined;
}

/** westernYearOf, for a year the pattern matched: one no era has is an error. */
function countedWesternYear(eraName: string, year: number): number {
	const western = westernYearOf(eraName, year);
	if (western === undefined) throw new RangeError(`unknown era year ${eraName}${year}`);
	return western;
}

/** A time written in 和暦: a year, a 年度 (April–March), a month or a day. */
interface EraTime {
	era: string;
	year: number;
	fiscalYear: boolean;
	month?: number | undefined;
	day?: number | undefined;
}

/** First and last day (ISO) of a time; a 年度 with a month written after it is taken as the 年度. */
function daysOf(time: EraTime, western: number): [string, string] {
	if (time.fiscalYear) return [`${western}-04-01`, `${western + 1}-03-31`];
	if (time.month === undefined) return [`${western}-01-01`, `${western}-12-31`];
	if (time.day !== undefined) return [isoMonthOrDay(western, time.month, time.day), isoMonthOrDay(western, time.month, time.day)];
	const month = isoMonthOrDay(western, time.month);
	return [`${month}-01`, `${month}-31`];
}

/**
 * The same time written in the era it falls in, when its own era never
 * reached it: 平成32年度 → 令和2年度, 昭和64年度 → 平成元年度 (that 年度 began in
 * 平成), 平成31年5月 → 令和元年5月, 令和元年4月 → 平成31年4月. Undefined when the
 * era covers any of it: a year, 年度 or month in which the era changed belongs
 * to both (平成31年, 平成31年度 and 令和元年度, 昭和64年1月 and 平成元年1月).
 */
function inItsEra(time: EraTime, western: number): string | undefined {
	const index = eras.findIndex((e) => e.name === time.era);
	const [first, last] = daysOf(time, western);
	const ended = eras[index - 1]?.start;
	if (last >= eras[index]!.start && (ended === undefined || first < ended)) return undefined;
	const era = eraOn(first);
	// Before 明治 (明治元年1月1日–24日): no era to name it in.
	if (!era) return undefined;
	const month = time.month === undefined ? '' : `${time.month}月${time.day === undefined ? '' : `${time.day}日`}`;
	return `${era.name}${eraYear(western - era.firstYear + 1)}年${time.fiscalYear ? '度' : ''}${month}`;
}

/** A time written in an era that never reached it (平成32年度, 平成31年5月, 令和元年4月). */
export class OutsideEraError extends RangeError {
	/** The era it is written in. */
	readonly era: string;
	/** What was written, with the time in the era it falls in: 令和2年度, 令和元年5月, 平成31年4月末. */
	readonly inItsEra: string;
	constructor(era: string, inItsEra: string) {
		super(`not in ${era}: ${inItsEra}`);
		this.era = era;
		this.inItsEra = inItsEra;
	}
}

/** The fiscal year (年度, April–March) a calendar month falls in: 2024-03 → 2023, 2023-04 → 2023. */
export const fiscalYearOfMonth = (year: number, month: number) => (month <= 3 ? year - 1 : year);
/** The calendar year of a month of a fiscal year (April to March): its inverse. */
export const calendarYearOfMonth = (fiscalYear: number, month: number) => (month <= 3 ? fiscalYear + 1 : fiscalYear);

/**
 * An era year as plans write it, for the readers below: the era's name or
 * its letter (R, H …; not inside a Latin word: PM2.5 is no 明治 year), the
 * year (元 = 1), and 年 or 年度 (eraAndYearPattern leaves them to the reader:
 * a date may put the 西暦 between, 令和8（2026）年). Text is NFKC-folded first,
 * so Ｒ３ and R② read as R3, R2.
 */
const eraAndYearPattern = '(令和|平成|昭和|大正|明治|(?<![A-Za-z])[RHSTM])(元|\\d{1,3})';
const eraYearPattern = `${eraAndYearPattern}(年度|年)?`;
const eraTimeOf = (era: string, year: string, suffix: string | undefined) => ({ era: eraName(era), year: year === '元' ? 1 : Number(year), fiscalYear: suffix === '年度' });

const isMonth = (month: number) => month >= 1 && month <= 12;

/** A month as written; throws for one that does not exist (R3.13). */
function monthOf(text: string): number {
	const month = Number(text);
	if (!isMonth(month)) throw new RangeError(`no month ${text}`);
	return month;
}

/**
 * Reads a point in time as plans write it and returns its fiscal year in 西暦:
 * 令和３年度, 令和元年度, 平成31年度 (= 2019, as 令和元年度), R3, R②,
 * R5.8末 (a month: 2023-08 → 2023; R6.2 → 2023, because January–March belong
 * to the previous 年度), 2021年度. Undefined when the text names no year;
 * throws OutsideEraError for a time its era never reached (平成32年度,
 * 平成31年5月), RangeError for one that never existed (令和0年, R3.13).
 */
export function parseFiscalYear(text: string): number | undefined {
	return readPointInTime(text)?.fiscalYear;
}

/** As parseFiscalYear, with the month when the text names one (R5.8末 → 8, 2022年12月 → 12): a point finer than its 年度. */
export function readPointInTime(text: string): { fiscalYear: number; month?: number | undefined } | undefined {
	const folded = text.normalize('NFKC').replace(/\s+/g, '');
	const era = new RegExp(`${eraYearPattern}(?:[.．](\\d{1,2})|(\\d{1,2})月)?`, 'i').exec(folded);
	if (era) {
		const month = era[4] ?? era[5];
		const time = { ...eraTimeOf(era[1]!, era[2]!, era[3]), month: month === undefined ? undefined : monthOf(month) };
		const year = countedWesternYear(time.era, time.year);
		const inEra = inItsEra(time, year);
		if (inEra) throw new OutsideEraError(time.era, `${folded.slice(0, era.index)}${inEra}${folded.slice(era.index + era[0].length)}`);
		return time.month === undefined ? { fiscalYear: year } : { fiscalYear: fiscalYearOfMonth(year, time.month), month: time.month };
	}
	const western = /(\d{4})(?:年度|年(\d{1,2})月)/.exec(folded);
	if (!western) return undefined;
	if (western[2] === undefined) return { fiscalYear: Number(western[1]) };
	const month = monthOf(western[2]);
	return { fiscalYear: fiscalYearOfMonth(Number(western[1]), month), month };
}

/** A year an author wrote in 和暦 (令和4年度, R4, 令和5年3月20日), read back to 西暦. */
export interface EraYear {
	/** The era year as written, e.g. 令和4年度. */
	text: string;
	era: string;
	/** Year within the era (元 = 1). */
	year: number;
	/** The 西暦 year, or undefined when the era has no such year (令和0年). */
	western: number | undefined;
	/** The same time in the era it falls in, when its own era never reached it (平成32年度 → 令和2年度, 平成31年5月 → 令和元年5月). */
	inItsEra?: string;
	month?: number;
	day?: number;
}

/**
 * A time written in 令和 (half-width digits) as a plan written before the era changed wrote it in 平成: 令和2年度 as
 * 平成32年度, 令和元年 as 平成31年; undefined for text not starting with a 令和 year.
 */
export function reiwaAsHeisei(text: string): string | undefined {
	const [reiwa, heisei] = eras;
	const year = new RegExp(`^${reiwa.name}(元|\\d+)`).exec(text);
	if (!year) return undefined;
	const inHeisei = (year[1] === '元' ? 1 : Number(year[1])) + reiwa.firstYear - heisei.firstYear;
	return `${heisei.name}${inHeisei}${text.slice(year[0].length)}`;
}

/** Reads 令和4年度, 令和元年, R4, H30年度, 令和5年3月20日, R7.3.1, R7/3 …; undefined for anything else (令和5年13月 too). */
export function parseEraYear(text: string): EraYear | undefined {
	const match = new RegExp(`^${eraYearPattern}(?:(\\d{1,2})月(?:(\\d{1,2})日)?|[./](\\d{1,2})(?:[./](\\d{1,2}))?)?$`, 'i').exec(text.normalize('NFKC').replace(/\s+/g, ''));
	if (!match) return undefined;
	const [monthWritten, dayWritten] = match[4] === undefined ? [match[6], match[7]] : [match[4], match[5]];
	const month = monthWritten === undefined ? undefined : Number(monthWritten);
	if (month !== undefined && !isMonth(month)) return undefined;
	const time = { ...eraTimeOf(match[1]!, match[2]!, match[3]), month, day: dayWritten === undefined ? undefined : Number(dayWritten) };
	const western = westernYearOf(time.era, time.year);
	const inEra = western === undefined ? undefined : inItsEra(time, western);
	return {
		text: text.trim(),
		era: time.era,
		year: time.year,
		western,
		...(inEra ? { inItsEra: inEra } : {}),
		...(month === undefined ? {} : { month }),
		...(time.day === undefined ? {} : { day: time.day }),
	};
}

/**
 * The days a text names, as ISO dates in the order written: 令和８年12月28日,
 * 令和8（2026）年12月28日, 2026年12月28日, and 12月28日 without a year: in the
 * year of the day named before it (the next year if it is earlier in the year:
 * 12月20日から1月10日まで), or for the first, the year that puts it nearest the
 * day `near` (a notice's own date: 12月28日 in a notice of 2026-01-08 is
 * 2025-12-28). Days that do not exist (2月30日) are left out.
 */
export function datesInText(text: string, near: string): string[] {
	// Or 2027/1/15, as a notice typed in a hurry writes it (a time after it kept apart: 2027/1/15 17:00).
	const pattern = new RegExp(`(?:${eraAndYearPattern}(?:\\((\\d{4})\\))?年|(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日|(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/])`, 'gi');
	const days: string[] = [];
	let previous: string | undefined;
	for (const match of text.normalize('NFKC').replace(/(?<=\d)\s+(?=\d)/g, ' ').replace(/(?<!\d)\s+|\s+(?!\d)/g, '').matchAll(pattern)) {
		const [, era, eraYearText, westernInEra, western, monthText, dayText, slashedYear, slashedMonth, slashedDay] = match;
		const [month, day] = [Number(monthText ?? slashedMonth), Number(dayText ?? slashedDay)];
		const stated = slashedYear ?? western ?? westernInEra ?? (era ? westernYearOf(eraName(era), eraYearText === '元' ? 1 : Number(eraYearText)) : undefined);
		const year = stated !== undefined ? Number(stated) : previous ? yearAfter(previous, month, day) : yearNearest(near, month, day);
		if (!isCalendarDay(year, month, day)) continue;
		previous = isoMonthOrDay(year, month, day);
		days.push(previous);
	}
	return days;
}

/** The year of `previous`, or the next when month and day come earlier in the year. */
const yearAfter = (previous: string, month: number, day: number) => {
	const year = Number(previous.slice(0, 4));
	return isoMonthOrDay(year, month, day) < previous ? year + 1 : year;
};

/** Of the year of `near` and those either side, the one that puts month and day nearest it. */
const yearNearest = (near: string, month: number, day: number) => {
	const year = Number(near.slice(0, 4));
	const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - Date.parse(`${near}T00:00:00Z`));
	return [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
};

/** 令和 year n → 西暦, for authors who wrote a bare era year (4 for 令和4年度). */
export const reiwaToWestern = (n: number) => eras[0].firstYear + n - 1;

/** An era's first or last day as 元年（1989年）1月8日. */
function eraDayLabel(era: (typeof eras)[number], isoDay: string): string {
	const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
	return `${eraYear(y - era.firstYear + 1)}年（${y}年）${m}月${d}日`;
}

/** 令和 → 元年（2019年）5月1日から; 平成 → 元年（1989年）1月8日から31年（2019年）4月30日まで */
export function eraSpan(eraName: string): string {
	const index = eras.findIndex((e) => e.name === eraName);
	const era = eras[index]!;
	const from = `${eraDayLabel(era, era.start)}から`;
	const next = eras[index - 1];
	if (!next) return from;
	const lastDay = new Date(Date.parse(next.start) - 86_400_000).toISOString().slice(0, 10);
	return `${from}${eraDayLabel(era, lastDay)}まで`;
}
