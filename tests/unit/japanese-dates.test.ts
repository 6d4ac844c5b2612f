import { describe, expect, it } from 'vitest';
import { eraSpan, fiscalYearEra, fiscalYearOfMonth, formatDate, formatFiscalYear, formatFiscalYearShort, formatPeriod, parseEraYear, parseFiscalYear, westernYear } from '../../src/lib/japanese-dates.ts';

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
		[2021, 'R3年度'],
		[2019, 'R元年度'],
		[2018, 'H30年度'],
		[1989, 'H元年度'],
		[1988, 'S63年度'],
		[1920, 'T9年度'],
		[1900, 'M33年度'],
	])('%i → %s (short)', (year, label) => {
		expect(formatFiscalYearShort(year)).toBe(label);
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
		expect(westernYear(era, year)).toBe(western);
	});

	it('rejects years that never existed', () => {
		expect(() => westernYear('平成', 32)).toThrow(RangeError);
		expect(() => westernYear('令和', 0)).toThrow(RangeError);
		expect(() => westernYear('光文', 1)).toThrow(RangeError);
	});

	it('round-trips every fiscal year across the 平成→令和 boundary', () => {
		for (let year = 1989; year <= 2030; year++) {
			const { era, year: n } = fiscalYearEra(year);
			expect(westernYear(era, n)).toBe(year);
		}
	});
});

describe('fiscal year (年度) semantics', () => {
	it('puts January–March in the previous fiscal year', () => {
		expect(fiscalYearOfMonth(2024, 3)).toBe(2023);
		expect(fiscalYearOfMonth(2023, 4)).toBe(2023);
		expect(fiscalYearOfMonth(2023, 12)).toBe(2023);
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
		expect(() => parseFiscalYear('平成32年度')).toThrow(RangeError);
		expect(() => parseFiscalYear('R3.13')).toThrow(RangeError);
		expect(() => parseFiscalYear('2021年13月')).toThrow(RangeError);
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
		expect(parseEraYear('平成32年度')?.western).toBeUndefined();
		expect(eraSpan('平成')).toBe('元年（1989年）から31年（2019年）まで');
	});

	it('leaves anything else alone', () => {
		expect(parseEraYear('2022')).toBeUndefined();
		expect(parseEraYear('約80')).toBeUndefined();
	});
});
