/**
 * 和暦 for fiscal years (年度, April–March) and calendar dates. Plans write
 * 令和３（2021）年度; residents think in both, so we show both.
 */

/** `letter`: the era's initial as plans abbreviate it (R5.8末, H30年度). */
const eras = [
	{ name: '令和', letter: 'R', start: '2019-05-01', firstYear: 2019 },
	{ name: '平成', letter: 'H', start: '1989-01-08', firstYear: 1989 },
	{ name: '昭和', letter: 'S', start: '1926-12-25', firstYear: 1926 },
	{ name: '大正', letter: 'T', start: '1912-07-30', firstYear: 1912 },
	{ name: '明治', letter: 'M', start: '1868-01-25', firstYear: 1868 },
] as const;

const eraYear = (n: number) => (n === 1 ? '元' : String(n));

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

/** 2021 → R3年度, 2019 → R元年度, 2018 → H30年度: where space is short (chart labels). */
export function formatFiscalYearShort(year: number): string {
	const era = eraOfFiscalYear(year);
	return `${era.letter}${eraYear(year - era.firstYear + 1)}年度`;
}

/** A plan period: 令和4（2022）年度〜令和7（2025）年度, or open-ended 令和4（2022）年度〜 */
export function formatPeriod(period: { start: number; end?: number | undefined }): string {
	return `${formatFiscalYear(period.start)}〜${period.end === undefined ? '' : formatFiscalYear(period.end)}`;
}

/** '2023-03-20' → 令和5（2023）年3月20日; '2026-03' → 令和8（2026）年3月 */
export function formatDate(isoDate: string): string {
	const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number | undefined];
	const probe = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d ?? 1).padStart(2, '0')}`;
	const era = eras.find((e) => probe >= e.start);
	if (!era) throw new RangeError(`date ${isoDate} is before 明治`);
	const eraLabel = `${era.name}${eraYear(y - era.firstYear + 1)}（${y}）年`;
	return d === undefined ? `${eraLabel}${m}月` : `${eraLabel}${m}月${d}日`;
}

/**
 * R → 令和 …; a full era name stays as it is. Looked up when called rather than
 * a table built at load, so client bundles that import this module for
 * something else leave it out (the search page, consultation status).
 */
const eraName = (nameOrLetter: string) => eras.find((e) => e.letter === nameOrLetter.toUpperCase())?.name ?? nameOrLetter;

/**
 * 和暦 → 西暦: 令和3 → 2021, 平成31 → 2019. A year past the era's end
 * (平成32) does not exist and throws.
 */
export function westernYear(eraName: string, year: number): number {
	const index = eras.findIndex((e) => e.name === eraName);
	const era = eras[index];
	if (!era || !Number.isInteger(year) || year < 1) throw new RangeError(`unknown era year ${eraName}${year}`);
	const western = era.firstYear + year - 1;
	const next = eras[index - 1];
	if (next && western > next.firstYear) throw new RangeError(`${eraName}${year} is after ${eraName} ended`);
	return western;
}

/** The fiscal year (年度, April–March) a calendar month falls in: 2024-03 → 2023, 2023-04 → 2023. */
export const fiscalYearOfMonth = (year: number, month: number) => (month <= 3 ? year - 1 : year);

/**
 * An era year as plans write it, for both readers below: the era's name or
 * its letter (R, H …; not inside a Latin word: PM2.5 is no 明治 year), then
 * the year (元 = 1). Text is NFKC-folded first, so Ｒ３ and R② read as R3, R2.
 */
const eraYearPattern = '(令和|平成|昭和|大正|明治|(?<![A-Za-z])[RHSTM])(元|\\d{1,3})';
const eraYearOf = (era: string, year: string) => ({ era: eraName(era), year: year === '元' ? 1 : Number(year) });

/** A month as written; throws for one that does not exist (R3.13). */
function monthOf(text: string): number {
	const month = Number(text);
	if (month < 1 || month > 12) throw new RangeError(`no month ${text}`);
	return month;
}

/**
 * Reads a point in time as plans write it and returns its fiscal year in 西暦:
 * 令和３年度, 令和元年度, 平成31年度 (= 2019, as 令和元年度), R3, R②,
 * R5.8末 (a month: 2023-08 → 2023; R6.2 → 2023, because January–March belong
 * to the previous 年度), 2021年度. Undefined when the text names no year;
 * throws for a year or month that never existed (平成32, R3.13).
 */
export function parseFiscalYear(text: string): number | undefined {
	const folded = text.normalize('NFKC').replace(/\s+/g, '');
	const era = new RegExp(`${eraYearPattern}(?:年度?)?(?:[.．](\\d{1,2})|(\\d{1,2})月)?`, 'i').exec(folded);
	if (era) {
		const { era: name, year: eraYear } = eraYearOf(era[1]!, era[2]!);
		const year = westernYear(name, eraYear);
		const month = era[3] ?? era[4];
		return month === undefined ? year : fiscalYearOfMonth(year, monthOf(month));
	}
	const western = /(\d{4})(?:年度|年(\d{1,2})月)/.exec(folded);
	if (!western) return undefined;
	return western[2] === undefined ? Number(western[1]) : fiscalYearOfMonth(Number(western[1]), monthOf(western[2]));
}

/** A year an author wrote in 和暦 (令和4年度, R4, 令和5年3月20日), read back to 西暦. */
export interface EraYear {
	/** The era year as written, e.g. 令和4年度. */
	text: string;
	era: string;
	/** Year within the era (元 = 1). */
	year: number;
	/** The 西暦 year, or undefined when the era has no such year (令和0年, 平成32年). */
	western: number | undefined;
	month?: number;
	day?: number;
}

/** Reads 令和4年度, 令和元年, R4, H30年度, 令和5年3月20日 …; undefined for anything else. */
export function parseEraYear(text: string): EraYear | undefined {
	const match = new RegExp(`^${eraYearPattern}(?:年度?)?(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?$`, 'i').exec(text.normalize('NFKC').replace(/\s+/g, ''));
	if (!match) return undefined;
	const { era, year } = eraYearOf(match[1]!, match[2]!);
	let western: number | undefined;
	try {
		western = westernYear(era, year);
	} catch {
		western = undefined;
	}
	return { text: text.trim(), era, year, western, ...(match[3] ? { month: Number(match[3]) } : {}), ...(match[4] ? { day: Number(match[4]) } : {}) };
}

/** 令和 year n → 西暦, for authors who wrote a bare era year (4 for 令和4年度). */
export const reiwaToWestern = (n: number) => eras[0].firstYear + n - 1;

/** 令和 → 元年（2019年）から; 平成 → 元年（1989年）から31年（2019年）まで */
export function eraSpan(era: string): string {
	const index = eras.findIndex((e) => e.name === era);
	const { firstYear } = eras[index]!;
	if (index === 0) return `元年（${firstYear}年）から`;
	const last = eras[index - 1]!.firstYear;
	return `元年（${firstYear}年）から${last - firstYear + 1}年（${last}年）まで`;
}
