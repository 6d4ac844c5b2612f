import { describe, expect, it } from 'vitest';
import { checkConsultationNotices } from '../../src/lib/content-check/consultation-notices.ts';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import { collectedReports, contentFile, snapshotOf } from '../support/content-snapshot.ts';

const base = { title: '案', prefecture: { name: '福島県', code: '07' }, organiser: '課' };

/** The warnings for one consultation file, as [field, severity, message]. */
function warningsFor(data: object) {
	const { found, report } = collectedReports();
	checkConsultationNotices(snapshotOf({ consultations: [contentFile('case', consultationSchema.parse({ ...base, ...data }))] }), report);
	return found.map(([, field, severity, message]) => [field, severity, message] as const);
}

const firstExtension = { date: '2025-12-20', text: '意見募集期間を令和７年12月28日（日）から令和８年１月９日（金）まで延長します。' };
const secondExtension = { date: '2026-01-08', text: '意見募集期間を１月９日から１月23日まで再延長します。' };

describe('a consultation’s extension notices against its period', () => {
	it('is content when period.end is the last day the newest extension names, whatever the older ones named', () => {
		expect(warningsFor({ period: { start: '2025-12-01', end: '2026-01-23' }, notices: [firstExtension, secondExtension] })).toEqual([]);
		// A deadline with a time is the same day.
		expect(warningsFor({ period: { start: '2025-12-01', end: '2026-01-23 17:00' }, notices: [secondExtension, firstExtension] })).toEqual([]);
	});

	it('warns at the newest extension’s text when period.end was left at an earlier deadline', () => {
		const warnings = warningsFor({ period: { start: '2025-12-01', end: '2026-01-09' }, notices: [firstExtension, secondExtension] });
		expect(warnings.map(([field, severity]) => [field, severity])).toEqual([['notices.1.text', 'warning']]);
		expect(warnings[0]?.[2]).toContain('新しい締切と読める日は「2026-01-23」ですが、意見募集期間の締切（period › end）は「2026-01-09」です');
	});

	it('reads a deadline that moves into the next year without a year written (12月28日から1月12日まで)', () => {
		const notice = { date: '2025-12-20', text: '締切を12月28日から1月12日まで延長します。' };
		expect(warningsFor({ period: { start: '2025-12-01', end: '2026-01-12' }, notices: [notice] })).toEqual([]);
		expect(warningsFor({ period: { start: '2025-12-01', end: '2025-12-28' }, notices: [notice] }).map(([field]) => field)).toEqual(['notices.0.text']);
	});

	it('reads a deadline changed, postponed, lengthened, shortened or newly set without the word 延長, and a day written 2026/1/12', () => {
		const period = { start: '2025-12-01', end: '2025-12-28' };
		for (const text of ['意見の提出期限を令和８年１月12日（月）に変更します。', '締切を１月12日まで延期します。', '募集期間を１月12日まで延ばします。', '提出期限を令和８年１月12日（月）午後５時までとします。', '募集期間を12月20日までに短縮します。', '締切を2026/1/12に延長します。']) {
			expect(warningsFor({ period, notices: [{ date: '2025-12-20', text }] }).map(([field]) => field), text).toEqual(['notices.0.text']);
		}
		// A changed venue or timetable of something else, in a sentence of its own, is not the deadline.
		const notices = [{ date: '2025-12-20', text: '意見募集期間中の説明会の会場を変更します。１月12日に県庁で開催します。' }];
		expect(warningsFor({ period, notices })).toEqual([]);
	});

	it('reads a deadline brought forward as its earliest day, in the notice’s year, and takes no office hours shortened for the deadline', () => {
		const shortened = { date: '2025-12-10', text: '意見募集期間を12月28日から12月20日に短縮します。' };
		expect(warningsFor({ period: { start: '2025-12-01', end: '2025-12-20' }, notices: [shortened] })).toEqual([]);
		expect(warningsFor({ period: { start: '2025-12-01', end: '2025-12-28' }, notices: [shortened] }).map(([, , message]) => message)).toEqual([expect.stringContaining('新しい締切と読める日は「2025-12-20」ですが')]);
		const hours = { date: '2025-12-10', text: '年末年始は窓口の受付時間を短縮します（12月29日から1月3日まで）。' };
		expect(warningsFor({ period: { start: '2025-12-01', end: '2026-01-20' }, notices: [hours] })).toEqual([]);
	});

	it('reads a day written 2027/1/15 with a time after it', () => {
		const notice = { date: '2026-12-20', text: '締切を2027/1/15 17:00に延長します。' };
		expect(warningsFor({ period: { start: '2026-12-01', end: '2027-01-15 17:00' }, notices: [notice] })).toEqual([]);
		expect(warningsFor({ period: { start: '2026-12-01', end: '2026-12-28' }, notices: [notice] }).map(([field]) => field)).toEqual(['notices.0.text']);
	});

	it('warns of a channel’s own last day left at the deadline an extension moved, not of one the notice does not name', () => {
		const notice = { date: '2025-12-20', text: '締切を12月28日から1月12日まで延長します。' };
		const channel = (closes: string) => ({ kind: '郵送', address: '県庁', closes });
		const warnings = warningsFor({ period: { start: '2025-12-01', end: '2026-01-12' }, notices: [notice], channels: [{ kind: '電子メール', email: 'a@example.jp' }, channel('2025-12-28')] });
		expect(warnings.map(([field, severity]) => [field, severity])).toEqual([['channels.1.closes', 'warning']]);
		expect(warnings[0]?.[2]).toMatch(/^提出方法（郵送）の締切（closes）「2025-12-28」は、2025-12-20 のお知らせが変える前の締切のままです。/);
		expect(warningsFor({ period: { start: '2025-12-01', end: '2026-01-12' }, notices: [notice], channels: [channel('2026-01-09')] })).toEqual([]);
	});

	it('leaves alone notices that extend nothing or name no day, and consultations known only from a timetable', () => {
		const notices = [
			{ date: '2025-12-05', text: '12月15日に説明会を開催します。' },
			{ date: '2025-12-06', text: '説明会の受付期間を延長しました。' },
		];
		expect(warningsFor({ period: { start: '2025-12-01', end: '2025-12-28' }, notices })).toEqual([]);
		expect(warningsFor({ schedule: { text: 'パブコメ', source: 'plan:p/ch1' }, notices: [firstExtension] })).toEqual([]);
	});
});
