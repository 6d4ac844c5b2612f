import { describe, expect, it } from 'vitest';
import { deadlineCalendar, deadlinesCalendar } from '../../src/lib/deadline-calendar.ts';
import { consultationSchema } from '../../src/schemas/consultation.ts';

const base = { title: 'テスト県DX推進戦略（素案）に対する意見募集', prefecture: { name: '千葉県', code: '12' }, organiser: 'デジタル改革推進課' };
const site = { name: '都道府県計画ライブラリ', origin: 'https://plans.example.jp', caseUrl: (id: string) => `https://plans.example.jp/consultations/${id}/` };
const caseUrl = site.caseUrl('case');
const consultation = (id: string, data: object) => ({ id, data: consultationSchema.parse({ ...base, ...data }) });
const calendarOf = (data: object) => deadlineCalendar(consultation('case', data), site);

/** The calendar's properties, folded lines joined again (RFC 5545 3.1): name (with parameters) → value, in order. */
function properties(calendar: string): Array<[string, string]> {
	return calendar
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.filter(Boolean)
		.map((line) => {
			const colon = line.indexOf(':');
			return [line.slice(0, colon), line.slice(colon + 1)];
		});
}
const value = (calendar: string, name: string) => properties(calendar).find(([key]) => key === name)?.[1];

describe('a consultation’s deadline as an iCalendar file', () => {
	const period = { start: '2026-12-01', end: '2026-12-28' };

	it('makes the last day an all-day event, named for the case, linked to its page', () => {
		const calendar = calendarOf({ period })!;
		expect(value(calendar, 'DTSTART;VALUE=DATE')).toBe('20261228');
		expect(value(calendar, 'SUMMARY')).toBe('意見募集の締切: テスト県DX推進戦略（素案）に対する意見募集');
		expect(value(calendar, 'URL;VALUE=URI')).toBe(caseUrl);
		expect(value(calendar, 'UID')).toBe('case.deadline@plans.example.jp');
		const description = value(calendar, 'DESCRIPTION')!.replaceAll('\\n', '\n').replaceAll('\\,', ',');
		expect(description.split('\n')).toEqual([
			'千葉県の意見募集（パブリックコメント）: テスト県DX推進戦略（素案）に対する意見募集',
			'意見募集期間: 令和8（2026）年12月1日（火） 〜 令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）',
			`提出方法と、締切の延長などのお知らせは、案件のページで確かめてください: ${caseUrl}`,
		]);
	});

	it('makes a closing time an event at that moment, in UTC (17:00 in Japan is 08:00Z)', () => {
		const calendar = calendarOf({ period: { ...period, end: '2026-12-28 17:00' } })!;
		expect(value(calendar, 'DTSTART')).toBe('20261228T080000Z');
		expect(value(calendar, 'DTSTART;VALUE=DATE')).toBeUndefined();
	});

	it('reminds three days before the deadline (9:00 on an all-day one), in the download only, not the calendar to subscribe to', () => {
		const alarm = (calendar: string) => properties(calendar.slice(calendar.indexOf('BEGIN:VALARM'), calendar.indexOf('END:VALARM'))).filter(([key]) => key !== 'BEGIN');
		expect(alarm(calendarOf({ period })!)).toEqual([
			['ACTION', 'DISPLAY'],
			['TRIGGER', '-P2DT15H'],
			['DESCRIPTION', '意見募集の締切まであと3日: テスト県DX推進戦略（素案）に対する意見募集'],
		]);
		expect(value(calendarOf({ period: { ...period, end: '2026-12-28 17:00' } })!, 'TRIGGER')).toBe('-P3D');
		expect(deadlinesCalendar([consultation('case', { period })], { listUrl: caseUrl }, site)).not.toContain('VALARM');
	});

	it('names each channel that closes earlier, and the organiser’s own page', () => {
		const calendar = calendarOf({
			period,
			officialPage: 'https://example.jp/pubcom/1',
			channels: [
				{ kind: '電子メール', email: 'a@example.jp' },
				{ kind: '持参', address: '県庁', closes: '2026-12-25 17:00' },
			],
		})!;
		const lines = value(calendar, 'DESCRIPTION')!.split('\\n');
		expect(lines.slice(2, 4)).toEqual(['締切が早い提出方法:', '持参: 令和8（2026）年12月25日（金）17時00分まで']);
		expect(lines.at(-1)).toBe('正式な案内（デジタル改革推進課）: https://example.jp/pubcom/1');
	});

	it('is the same file for the same content: stamped with the case’s latest date, revised once per notice', () => {
		const notices = [
			{ date: '2026-12-10', text: '期間を延長します。' },
			{ date: '2026-12-04', text: '説明会を開催します。' },
		];
		const calendar = calendarOf({ period, announced: '2026-11-30', notices })!;
		expect(calendarOf({ period, announced: '2026-11-30', notices })).toBe(calendar);
		// 2026-12-10 00:00 in Japan.
		expect(value(calendar, 'DTSTAMP')).toBe('20261209T150000Z');
		expect(value(calendar, 'SEQUENCE')).toBe('2');
		expect(value(calendarOf({ period, announced: '2026-11-30' })!, 'DTSTAMP')).toBe('20261130T150000Z');
	});

	it('writes lines of at most 75 octets, ended by CRLF, however long the Japanese title', () => {
		const calendar = calendarOf({ period, title: `${'とても長い案件名'.repeat(12)}に対する意見募集` })!;
		const lines = calendar.split('\r\n');
		expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(calendar.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
		expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
		expect(lines.some((line) => line.includes('\n'))).toBe(false);
		expect(value(calendar, 'SUMMARY')).toBe(`意見募集の締切: ${'とても長い案件名'.repeat(12)}に対する意見募集`);
	});

	it('makes none for a consultation known only from a timetable', () => {
		expect(calendarOf({ schedule: { text: 'パブコメ', source: 'plan:p/ch1' } })).toBeUndefined();
	});
});

describe('every consultation’s deadline as a calendar to subscribe to', () => {
	const listUrl = 'https://plans.example.jp/consultations/';
	const cases = [
		consultation('closed', { title: '終わった案件', period: { start: '2025-01-06', end: '2025-02-05 17:00' } }),
		consultation('timetable', { schedule: { text: 'パブコメ', source: 'plan:p/ch1' } }),
		consultation('open', { title: '募集中の案件', period: { start: '2026-12-01', end: '2026-12-28' }, notices: [{ date: '2026-12-10', text: '期間を延長します。' }] }),
	];
	const events = (calendar: string) => calendar.replace(/\r\n[ \t]/g, '').split('BEGIN:VEVENT').slice(1);

	it('holds each case with a period, past ones too, as the same event its own file holds (but for its reminder)', () => {
		const calendar = deadlinesCalendar(cases, { listUrl }, site);
		expect(events(calendar).map((event) => value(`${event}`, 'SUMMARY'))).toEqual(['意見募集の締切: 終わった案件', '意見募集の締切: 募集中の案件']);
		const own = events(deadlineCalendar(cases[2]!, site)!)[0]!;
		expect(events(calendar)[1]).toBe(own.replace(/BEGIN:VALARM\r\n[\s\S]*?END:VALARM\r\n/, ''));
		expect(value(own, 'UID')).toBe('open.deadline@plans.example.jp');
	});

	it('names itself, its page and its scope, and asks to be read again twice a day', () => {
		const calendar = deadlinesCalendar(cases, { prefecture: '千葉県', listUrl }, site);
		expect(value(calendar, 'X-WR-CALNAME')).toBe('千葉県の意見募集の締切（都道府県計画ライブラリ）');
		expect(value(calendar, 'X-WR-CALDESC')).toContain('都道府県計画ライブラリに掲載している千葉県の意見募集（パブリックコメント）の締切です。');
		expect(value(calendar, 'REFRESH-INTERVAL;VALUE=DURATION')).toBe('PT12H');
		expect(value(deadlinesCalendar(cases, { listUrl }, site), 'X-WR-CALNAME')).toBe('意見募集の締切（都道府県計画ライブラリ）');
	});

	it('is a calendar without events while no case has dates, to subscribe to before the next one, with Japan’s time zone as the one component RFC 5545 asks for', () => {
		const calendar = deadlinesCalendar([cases[1]!], { listUrl }, site);
		expect(events(calendar)).toEqual([]);
		expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n[^]*\r\nEND:VCALENDAR\r\n$/);
		const components = [...calendar.matchAll(/^BEGIN:(\w+)\r$/gm)].map((m) => m[1]);
		expect(components).toEqual(['VCALENDAR', 'VTIMEZONE', 'STANDARD']);
		expect(value(calendar, 'TZOFFSETTO')).toBe('+0900');
		// With deadlines, they are its components: their times are in UTC or all-day dates, no zone to name.
		expect(deadlinesCalendar(cases, { listUrl }, site)).not.toContain('VTIMEZONE');
	});
});
