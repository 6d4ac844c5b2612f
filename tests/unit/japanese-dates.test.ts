import { describe, expect, it } from 'vitest';
import { datesInText, eraSpan, calendarYearOfMonth, fiscalYearEra, fiscalYearOfMonth, formatDate, formatFiscalYear, formatFiscalYearInEra, formatMonthInEra, formatPeriod, OutsideEraError, parseEraYear, parseFiscalYear, readPointInTime, reiwaAsHeisei } from '../../src/lib/japanese-dates.ts';

describe('fiscal years', () => {
	it.each([
		[2021, '令和3（2021）年度'],
		[2019, '令和元（2019）年度'],
		[2018, '平成30（2018）年度'],
		[2001, '平成13（2001）年度'],
		[1989, '平成元（1989）年度'],
		[1988, '昭和63（1988）年度'],
	])('%i → %s', (year, label) => {
		expect(formatFiscalYear(year)).toBe(label);
	});

	it.each([
		[2021, '令和3年度'],
		[2019, '令和元年度'],
		[2018, '平成30年度'],
		[1989, '平成元年度'],
		[1988, '昭和63年度'],
		[1920, '大正9年度'],
		[1900, '明治33年度'],
	])('%i → %s (in the era, for a chart)', (year, label) => {
		expect(formatFiscalYearInEra(year)).toBe(label);
	});

	it('names the fiscal year in which an era begins after the new era', () => {
		expect(fiscalYearEra(2019)).toEqual({ era: '令和', year: 1 });
	});

	it('formats closed and open-ended periods', () => {
		expect(formatPeriod({ start: 2022, end: 2025 })).toBe('令和4（2022）年度〜令和7（2025）年度');
		expect(formatPeriod({ start: 2024 })).toBe('令和6（2024）年度〜');
	});
});

describe('formatDate', () => {
	it('formats a day and a month', () => {
		expect(formatDate('2023-03-20')).toBe('令和5（2023）年3月20日');
		expect(formatDate('2026-03')).toBe('令和8（2026）年3月');
	});

	it('switches era on the day the era begins', () => {
		expect(formatDate('2019-04-30')).toBe('平成31（2019）年4月30日');
		expect(formatDate('2019-05-01')).toBe('令和元（2019）年5月1日');
	});
});

describe('和暦 → 西暦', () => {
	it.each([
		['令和', 3, 2021],
		['令和', 1, 2019],
		['平成', 31, 2019],
		['平成', 30, 2018],
		['平成', 1, 1989],
		['昭和', 64, 1989],
	])('%s%i → %i', (era, year, western) => {
		expect(parseEraYear(`${era}${year}年`)).toMatchObject({ western });
		expect(parseEraYear(`${era}${year}年`)?.inItsEra).toBeUndefined();
	});

	it('reads a date or month written with dots or slashes after the era’s year (R7.3.1, 令和7/3)', () => {
		expect(parseEraYear('R7.3.1')).toMatchObject({ western: 2025, month: 3, day: 1 });
		expect(parseEraYear('Ｒ７．３．１')).toMatchObject({ western: 2025, month: 3, day: 1 });
		expect(parseEraYear('令和7/3')).toMatchObject({ western: 2025, month: 3 });
		expect(parseEraYear('令和7/3')?.day).toBeUndefined();
		expect(parseEraYear('R7.13.1')).toBeUndefined();
	});

	it('writes a 令和 time as 平成 did before the era changed (令和2年度 → 平成32年度)', () => {
		expect(reiwaAsHeisei('令和2年度')).toBe('平成32年度');
		expect(reiwaAsHeisei('令和元年5月')).toBe('平成31年5月');
		expect(reiwaAsHeisei('R2')).toBeUndefined();
	});

	it('rejects years that never existed', () => {
		expect(() => parseFiscalYear('平成32年')).toThrow(OutsideEraError);
		expect(() => parseFiscalYear('昭和65年')).toThrow(OutsideEraError);
		expect(() => parseFiscalYear('令和0年')).toThrow(RangeError);
		expect(parseEraYear('光文1年')).toBeUndefined();
	});

	it('round-trips every fiscal year across the 平成→令和 boundary', () => {
		for (let year = 1989; year <= 2030; year++) {
			const { era, year: n } = fiscalYearEra(year);
			expect(parseFiscalYear(`${era}${n}年度`)).toBe(year);
		}
	});
});

describe('era boundaries (平成 until 2019-04-30, 令和 from 2019-05-01; 昭和 until 1989-01-07)', () => {
	/** What parseFiscalYear throws for a time its era never reached: the same time in the era it falls in. */
	const inItsEra = (text: string) => {
		try {
			parseFiscalYear(text);
		} catch (error) {
			if (error instanceof OutsideEraError) return error.inItsEra;
			throw error;
		}
		return undefined;
	};

	it.each([
		['平成31年4月', 2019],
		['令和元年5月', 2019],
		['H31.4', 2019],
		['R1.5', 2019],
		['平成31年', 2019],
		['令和元年', 2019],
		['昭和64年1月', 1988],
		['平成元年1月', 1988],
		['昭和64年', 1989],
		['昭和63年度', 1988],
		['平成元年度', 1989],
	])('accepts %s, which its era reached (→ %i年度)', (text, year) => {
		expect(parseFiscalYear(text)).toBe(year);
	});

	it('keeps 平成31年度 and 令和元年度 both: that 年度 began in 平成 and ended in 令和', () => {
		expect(parseFiscalYear('平成31年度')).toBe(2019);
		expect(parseFiscalYear('令和元年度')).toBe(2019);
		expect(parseEraYear('平成31年度')?.inItsEra).toBeUndefined();
	});

	it.each([
		['平成31年5月', '令和元年5月'],
		['H31.12', '令和元年12月'],
		['令和元年4月', '平成31年4月'],
		['R1.4末', '平成31年4月末'],
		['昭和64年2月', '平成元年2月'],
		['平成32年', '令和2年'],
		['平成32年度', '令和2年度'],
		['昭和64年度', '平成元年度'],
		['H33', '令和3年'],
	])('refuses %s, naming it in its own era: %s', (text, correct) => {
		expect(inItsEra(text)).toBe(correct);
	});

	it('reads a day before 明治 began (明治元年1月1日–24日) without naming another era', () => {
		expect(parseEraYear('明治元年1月1日')).toMatchObject({ western: 1868, month: 1, day: 1 });
		expect(parseEraYear('明治元年1月1日')?.inItsEra).toBeUndefined();
	});

	it('reads days on either side of the change of era', () => {
		expect(parseEraYear('平成31年4月30日')?.inItsEra).toBeUndefined();
		expect(parseEraYear('令和元年5月1日')?.inItsEra).toBeUndefined();
		expect(parseEraYear('平成31年5月1日')).toMatchObject({ western: 2019, month: 5, day: 1, inItsEra: '令和元年5月1日' });
		expect(parseEraYear('令和元年4月30日')?.inItsEra).toBe('平成31年4月30日');
		expect(parseEraYear('昭和64年1月7日')?.inItsEra).toBeUndefined();
		expect(parseEraYear('昭和64年1月8日')?.inItsEra).toBe('平成元年1月8日');
		expect(parseEraYear('平成元年1月7日')?.inItsEra).toBe('昭和64年1月7日');
	});

	it('states an era’s first and last days', () => {
		expect(eraSpan('平成')).toBe('元年（1989年）1月8日から31年（2019年）4月30日まで');
		expect(eraSpan('昭和')).toBe('元年（1926年）12月25日から64年（1989年）1月7日まで');
		expect(eraSpan('令和')).toBe('元年（2019年）5月1日から');
	});
});

describe('fiscal year (年度) semantics', () => {
	it('puts January–March in the previous fiscal year', () => {
		expect(fiscalYearOfMonth(2024, 3)).toBe(2023);
		expect(fiscalYearOfMonth(2023, 4)).toBe(2023);
		expect(fiscalYearOfMonth(2023, 12)).toBe(2023);
	});

	it('finds the calendar year of a fiscal year’s month, January–March in the next, and writes it short in its era (平成31年4月, then 令和元年5月)', () => {
		expect([[2023, 2], [2023, 4], [2023, 12]].map(([year, month]) => calendarYearOfMonth(year!, month!))).toEqual([2024, 2023, 2023]);
		// Its inverse, every month of 令和5年度.
		expect(Array.from({ length: 12 }, (_, i) => fiscalYearOfMonth(calendarYearOfMonth(2023, i + 1), i + 1))).toEqual(Array(12).fill(2023));
		expect([formatMonthInEra(2023, 8), formatMonthInEra(2019, 4), formatMonthInEra(2019, 5), formatMonthInEra(2024, 2)]).toEqual(['令和5年8月', '平成31年4月', '令和元年5月', '令和6年2月']);
	});

	it.each([
		['令和３年度', 2021],
		['令和元年度', 2019],
		['平成31年度', 2019],
		['平成30年度', 2018],
		['R②', 2020],
		['R④', 2022],
		['R3年度', 2021],
		['R5.8末', 2023],
		['R6.2', 2023],
		['令和5年3月', 2022],
		['２０２１年度', 2021],
		['2022年12月', 2022],
		['2023年1月', 2022],
		['r3', 2021],
		['2021年度（PM2.5測定）', 2021],
		['令和100年度', 2118],
	])('%s → %i', (text, year) => {
		expect(parseFiscalYear(text)).toBe(year);
	});

	it('reads the fiscal year 2019 the same whichever era label the plan uses, and labels it 令和元年度', () => {
		expect(parseFiscalYear('平成31年度')).toBe(parseFiscalYear('令和元年度'));
		expect(formatFiscalYear(parseFiscalYear('平成31年度')!)).toBe('令和元（2019）年度');
	});

	it('returns undefined when no year is named, and throws for a year that never existed', () => {
		expect(parseFiscalYear('時点の記載なし')).toBeUndefined();
		expect(() => parseFiscalYear('平成32年度')).toThrow(OutsideEraError);
		expect(() => parseFiscalYear('R3.13')).toThrow(RangeError);
		expect(() => parseFiscalYear('2021年13月')).toThrow(RangeError);
	});

	it('gives the month a point in time names, finer than its 年度 (R5.8末, 2022年12月), and none for a 年度', () => {
		expect(['R5.8末', '2022年12月', '令和6年2月', '令和３年度', 'R②', '2021年度'].map((text) => readPointInTime(text))).toEqual([
			{ fiscalYear: 2023, month: 8 },
			{ fiscalYear: 2022, month: 12 },
			{ fiscalYear: 2023, month: 2 },
			{ fiscalYear: 2021 },
			{ fiscalYear: 2020 },
			{ fiscalYear: 2021 },
		]);
	});

	it('reads an era letter only where it starts a word (PM2.5 is no 明治 year)', () => {
		expect(parseFiscalYear('PM2.5の測定')).toBeUndefined();
		expect(parseEraYear('PM2')).toBeUndefined();
	});
});

describe('era years written by authors', () => {
	it.each([
		['令和4年度', { era: '令和', year: 4, western: 2022 }],
		['令和元年', { era: '令和', year: 1, western: 2019 }],
		['Ｒ４', { era: '令和', year: 4, western: 2022 }],
		['H30年度', { era: '平成', year: 30, western: 2018 }],
		['平成31年', { era: '平成', year: 31, western: 2019 }],
		['令和5年3月20日', { era: '令和', year: 5, western: 2023, month: 3, day: 20 }],
	])('%s', (text, expected) => {
		expect(parseEraYear(text)).toMatchObject(expected);
	});

	it('knows the years an era does not have', () => {
		expect(parseEraYear('令和0年度')?.western).toBeUndefined();
		expect(parseEraYear('平成32年度')).toMatchObject({ western: 2020, inItsEra: '令和2年度' });
	});

	it('leaves anything else alone', () => {
		expect(parseEraYear('2022')).toBeUndefined();
		expect(parseEraYear('約80')).toBeUndefined();
		expect(parseEraYear('令和5年13月')).toBeUndefined();
	});
});

describe('datesInText: the days a notice names', () => {
	it('reads days in 和暦, with the 西暦 in brackets, in 西暦, and in full-width digits', () => {
		expect(datesInText('意見募集期間を令和８年１２月２８日（月）まで延長します。', '2026-06-01')).toEqual(['2026-12-28']);
		expect(datesInText('令和8（2026）年12月28日まで', '2000-06-01')).toEqual(['2026-12-28']);
		expect(datesInText('2027年1月5日に説明会', '2026-06-01')).toEqual(['2027-01-05']);
		expect(datesInText('令和元年5月7日', '2026-06-01')).toEqual(['2019-05-07']);
	});

	it('gives a day without a year the year of the day before it, or for the first, the year nearest the notice’s date', () => {
		expect(datesInText('12月20日から12月28日まで', '2026-12-01')).toEqual(['2026-12-20', '2026-12-28']);
		expect(datesInText('2026年11月20日から令和9年1月8日まで、説明会は1月20日', '2000-01-01')).toEqual(['2026-11-20', '2027-01-08', '2027-01-20']);
		expect(datesInText('12月28日から1月23日まで', '2026-01-08')).toEqual(['2025-12-28', '2026-01-23']);
		expect(datesInText('1月9日まで', '2025-12-20')).toEqual(['2026-01-09']);
	});

	it('moves a day earlier in the year than the one before it into the next year', () => {
		expect(datesInText('令和8年12月20日から1月10日まで延長', '2026-06-01')).toEqual(['2026-12-20', '2027-01-10']);
	});

	it('leaves out days the calendar does not have, and text that names no day', () => {
		expect(datesInText('2月30日まで', '2026-06-01')).toEqual([]);
		expect(datesInText('資料の一部を差し替えました。', '2026-06-01')).toEqual([]);
		expect(datesInText('12月中に', '2026-06-01')).toEqual([]);
	});
});
