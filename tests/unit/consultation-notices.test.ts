import { describe, expect, it } from 'vitest';
import type { ContentFile, ContentSnapshot, Report } from '../../src/lib/content-check/check-content.ts';
import { checkConsultationNotices } from '../../src/lib/content-check/consultation-notices.ts';
import type { ParsedFile } from '../../src/lib/content-check/read-content.ts';
import { type Consultation, consultationSchema } from '../../src/schemas/consultation.ts';

const base = { title: '案', prefecture: { name: '福島県', code: '07' }, organiser: '課' };
const jst = (local: string) => Date.parse(`${local}+09:00`);

/** The warnings for one consultation file, as [field, severity], checked on `now`. */
function warningsFor(data: object, now = jst('2026-03-01T12:00')) {
	const record: ContentFile<Consultation> = { file: 'case.md', id: 'case', parsed: {} as ParsedFile, data: consultationSchema.parse({ ...base, ...data }) };
	const found: Array<[string, string | undefined, string]> = [];
	const report: Report = (_record, field, message, severity) => found.push([field.join('.'), severity, message]);
	// The check reads only the consultations.
	checkConsultationNotices({ consultations: [record] } as unknown as ContentSnapshot, report, now);
	return found;
}

const firstExtension = { date: '2025-12-20', text: '意見募集期間を令和７年12月28日（日）から令和８年１月９日（金）まで延長します。' };
const secondExtension = { date: '2026-01-08', text: '意見募集期間を１月９日から１月23日まで再延長します。' };

describe('checks of a consultation’s notices', () => {
	it('is content when period.end is the last day the newest extension names, whatever the older ones named', () => {
		expect(warningsFor({ period: { start: '2025-12-01', end: '2026-01-23' }, notices: [firstExtension, secondExtension] })).toEqual([]);
		// A deadline with a time is the same day.
		expect(warningsFor({ period: { start: '2025-12-01', end: '2026-01-23 17:00' }, notices: [secondExtension, firstExtension] })).toEqual([]);
	});

	it('warns at the newest extension’s text when period.end was left at an earlier deadline', () => {
		const warnings = warningsFor({ period: { start: '2025-12-01', end: '2026-01-09' }, notices: [firstExtension, secondExtension] });
		expect(warnings.map(([field, severity]) => [field, severity])).toEqual([['notices.1.text', 'warning']]);
		expect(warnings[0]?.[2]).toContain('挙げている最も遅い日は「2026-01-23」ですが、意見募集期間の締切（period › end）は「2026-01-09」です');
	});

	it('reads a deadline that moves into the next year without a year written (12月28日から1月12日まで)', () => {
		const notice = { date: '2025-12-20', text: '締切を12月28日から1月12日まで延長します。' };
		expect(warningsFor({ period: { start: '2025-12-01', end: '2026-01-12' }, notices: [notice] })).toEqual([]);
		expect(warningsFor({ period: { start: '2025-12-01', end: '2025-12-28' }, notices: [notice] }).map(([field]) => field)).toEqual(['notices.0.text']);
	});

	it('leaves alone notices that extend nothing or name no day, and consultations known only from a timetable', () => {
		const notices = [
			{ date: '2025-12-05', text: '12月15日に説明会を開催します。' },
			{ date: '2025-12-06', text: '説明会の受付期間を延長しました。' },
		];
		expect(warningsFor({ period: { start: '2025-12-01', end: '2025-12-28' }, notices })).toEqual([]);
		expect(warningsFor({ schedule: { text: 'パブコメ', source: 'plan:p/ch1' }, notices: [firstExtension] })).toEqual([]);
	});

	it('warns of a notice dated after the day of the check, not of one dated that day (in Japan time)', () => {
		const notices = [{ date: '2026-03-01', text: '説明会を追加します。' }, { date: '2026-03-02', text: '資料を差し替えます。' }];
		// 2026-03-01 23:30 in Japan is still 14:30 UTC that day.
		const warnings = warningsFor({ period: { start: '2026-02-01', end: '2026-03-31' }, notices }, jst('2026-03-01T23:30'));
		expect(warnings.map(([field, severity]) => [field, severity])).toEqual([['notices.1.date', 'warning']]);
		expect(warnings[0]?.[2]).toContain('「2026-03-02」はまだ来ていません');
		expect(warningsFor({ period: { start: '2026-02-01', end: '2026-03-31' }, notices }, jst('2026-03-02T00:00'))).toEqual([]);
	});
});
