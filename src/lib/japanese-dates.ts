/**
 * 和暦 for fiscal years (年度, April–March) and calendar dates. Plans write
 * 令和３（2021）年度; residents think in both, so we show both.
 */

const eras = [
	{ name: '令和', start: '2019-05-01', firstYear: 2019 },
	{ name: '平成', start: '1989-01-08', firstYear: 1989 },
	{ name: '昭和', start: '1926-12-25', firstYear: 1926 },
	{ name: '大正', start: '1912-07-30', firstYear: 1912 },
	{ name: '明治', start: '1868-01-25', firstYear: 1868 },
] as const;

const eraYear = (n: number) => (n === 1 ? '元' : String(n));

/**
 * Era of a fiscal year. The year in which an era begins is named after the
 * new era (fiscal 2019 = 令和元年度), as government documents do.
 */
export function fiscalYearEra(year: number): { era: string; year: number } {
	const era = eras.find((e) => year >= e.firstYear);
	if (!era) throw new RangeError(`fiscal year ${year} is before 明治`);
	return { era: era.name, year: year - era.firstYear + 1 };
}

/** 2021 → 令和3（2021）年度 */
export function formatFiscalYear(year: number): string {
	const { era, year: n } = fiscalYearEra(year);
	return `${era}${eraYear(n)}（${year}）年度`;
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
