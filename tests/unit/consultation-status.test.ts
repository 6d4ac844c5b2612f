import { describe, expect, it } from 'vitest';
import { channelClosingSoonText, closingInstant, formatDeadline, jstDateOf, formatJstMoment, jstInstant, nextChangeAt, scheduleOf, statusAt } from '../../src/lib/consultation-status.ts';

const jst = (local: string) => Date.parse(`${local}+09:00`);
const period = { start: { date: '2026-12-01' }, end: { date: '2026-12-28' } };
const schedule = scheduleOf(period, '2027-02-15');

describe('JST instants', () => {
	it('reads dates and times as Japan Standard Time, whatever the machine’s zone', () => {
		expect(jstInstant({ date: '2026-12-01' })).toBe(Date.parse('2026-11-30T15:00:00Z'));
		expect(jstInstant({ date: '2026-12-28', time: '17:00' })).toBe(Date.parse('2026-12-28T08:00:00Z'));
	});

	it('keeps a closing day without a time open until 24:00 JST, and a closing time until that time', () => {
		expect(schedule.closesAt).toBe(jst('2026-12-29T00:00:00'));
		expect(scheduleOf({ start: period.start, end: { date: '2026-12-28', time: '17:00' } }).closesAt).toBe(jst('2026-12-28T17:00:00'));
	});
});

describe('status at the boundaries', () => {
	it('is 募集前 until JST midnight of the first day, counting the days', () => {
		expect(statusAt(schedule, jst('2026-11-29T12:00:00'))).toMatchObject({ phase: 'upcoming', label: '募集前', days: 2, text: '募集前（2日後に開始）' });
		expect(statusAt(schedule, jst('2026-11-30T23:59:59.999'))).toMatchObject({ phase: 'upcoming', days: 1 });
	});

	it('opens at 00:00 JST on the first day (15:00 UTC the day before)', () => {
		expect(statusAt(schedule, Date.parse('2026-11-30T15:00:00Z'))).toMatchObject({ phase: 'open', label: '募集中', days: 27, text: '募集中（締切まであと27日）' });
	});

	it('says 本日締切 on the closing day, noting the source gives no time, and closes at the following JST midnight', () => {
		expect(statusAt(schedule, jst('2026-12-27T23:59:59'))).toMatchObject({ phase: 'open', days: 1 });
		expect(statusAt(schedule, jst('2026-12-28T00:00:00'))).toMatchObject({ phase: 'open', days: 0, text: '募集中（本日締切）（締切時刻は資料に記載なし）' });
		expect(statusAt(schedule, jst('2026-12-28T23:59:59.999'))).toMatchObject({ phase: 'open', days: 0 });
		expect(statusAt(schedule, jst('2026-12-29T00:00:00'))).toMatchObject({ phase: 'closed', label: '締切', text: '締切' });
	});

	it('closes at the stated time on a closing day with a time', () => {
		const timed = scheduleOf({ start: period.start, end: { date: '2026-12-28', time: '17:00' } });
		expect(statusAt(timed, jst('2026-12-28T16:59:59'))).toMatchObject({ phase: 'open', text: '募集中（本日締切）' });
		expect(statusAt(timed, jst('2026-12-28T17:00:00')).phase).toBe('closed');
	});

	it('shows 結果公示 from JST midnight of the results day, and stays 締切 without results', () => {
		expect(statusAt(schedule, jst('2027-02-14T23:59:59')).phase).toBe('closed');
		expect(statusAt(schedule, jst('2027-02-15T00:00:00'))).toMatchObject({ phase: 'results', text: '結果公示' });
		expect(statusAt(scheduleOf(period), jst('2030-01-01T00:00:00')).phase).toBe('closed');
	});
});

describe('when the status next changes', () => {
	it('is the next JST midnight while days are counted, then the closing instant', () => {
		expect(nextChangeAt(schedule, jst('2026-12-10T12:00:00'))).toBe(jst('2026-12-11T00:00:00'));
		expect(nextChangeAt(scheduleOf({ start: period.start, end: { date: '2026-12-28', time: '17:00' } }), jst('2026-12-28T09:00:00'))).toBe(jst('2026-12-28T17:00:00'));
	});

	it('is the results day after closing, and never once results are out', () => {
		expect(nextChangeAt(schedule, jst('2027-01-10T00:00:00'))).toBe(jst('2027-02-15T00:00:00'));
		expect(nextChangeAt(schedule, jst('2027-03-01T00:00:00'))).toBeUndefined();
	});
});

describe('the JST date of an instant', () => {
	it('turns at JST midnight, whatever the machine’s zone', () => {
		expect(jstDateOf(jst('2026-12-10T23:59:59'))).toBe('2026-12-10');
		expect(jstDateOf(jst('2026-12-11T00:00:00'))).toBe('2026-12-11');
		expect(jstDateOf(Date.parse('2026-12-10T15:00:00Z'))).toBe('2026-12-11');
	});
});

describe('a channel closing soon', () => {
	const counter = closingInstant({ date: '2026-12-25', time: '17:00' });
	const wholeDay = closingInstant({ date: '2026-12-25' });

	it('says 本日締切 on its JST closing day and 明日締切 the day before, whatever the time of day', () => {
		expect(channelClosingSoonText(counter, jst('2026-12-23T23:59:59'))).toBeUndefined();
		expect(channelClosingSoonText(counter, jst('2026-12-24T00:00:00'))).toBe('（明日締切）');
		expect(channelClosingSoonText(counter, jst('2026-12-25T00:00:00'))).toBe('（本日締切）');
		expect(channelClosingSoonText(counter, jst('2026-12-25T16:59:59'))).toBe('（本日締切）');
	});

	it('counts a closing day without a time to its end, and says nothing once closed', () => {
		expect(channelClosingSoonText(wholeDay, jst('2026-12-25T23:59:59'))).toBe('（本日締切）');
		expect(channelClosingSoonText(counter, counter)).toBeUndefined();
		expect(channelClosingSoonText(wholeDay, wholeDay)).toBeUndefined();
	});
});

describe('dates in words', () => {
	it('writes 和暦（西暦）, the weekday and the time', () => {
		expect(formatJstMoment({ date: '2026-12-01' })).toBe('令和8（2026）年12月1日（火）');
		expect(formatJstMoment({ date: '2026-12-28', time: '09:30' })).toBe('令和8（2026）年12月28日（月）9時30分');
		expect(formatDeadline({ date: '2026-12-28' })).toBe('令和8（2026）年12月28日（月）まで');
	});
});
