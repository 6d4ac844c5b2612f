import { describe, expect, it } from 'vitest';
import { periodLength } from '../../src/lib/consultations.ts';
import { checkConsultationPeriods } from '../../src/lib/content-check/consultation-period.ts';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import { collectedReports, contentFile, snapshotOf } from '../support/content-snapshot.ts';

const base = { title: '案', prefecture: { name: '福島県', code: '07' }, organiser: '課' };
const consultation = (data: object) => consultationSchema.parse({ ...base, ...data });

/** The warnings for one consultation file, as [field, severity, message], checked at `now` (by default once every period here is over). */
function warningsFor(data: object, now = Date.parse('2030-01-01T00:00:00+09:00')) {
	const { found, report } = collectedReports();
	checkConsultationPeriods(snapshotOf({ consultations: [contentFile('case', consultation(data))] }), report, now);
	return found.map(([, field, severity, message]) => [field, severity, message] as const);
}

describe('a consultation’s period counted as the 行政手続法 counts it', () => {
	it('counts both ends, from the announcement, or from the first day without one', () => {
		expect(periodLength(consultation({ period: { start: '2026-12-01', end: '2026-12-30' } }))).toEqual({ days: 30, from: 'period › start' });
		expect(periodLength(consultation({ announced: '2026-11-30', period: { start: '2026-12-01', end: '2026-12-28 17:00' } }))).toEqual({ days: 29, from: 'announced' });
		// Across a month and a year's end, and February of a leap year.
		expect(periodLength(consultation({ period: { start: '2027-12-15', end: '2028-03-01' } }))?.days).toBe(78);
		expect(periodLength(consultation({ schedule: { text: 'パブコメ', source: 'plan:p/ch1' } }))).toBeUndefined();
	});
});

describe('a consultation’s period under 30 days', () => {
	it('warns at period › end, saying how it was counted and what to do', () => {
		const warnings = warningsFor({ announced: '2026-11-30', period: { start: '2026-12-01', end: '2026-12-28' } });
		expect(warnings.map(([field, severity]) => [field, severity])).toEqual([['period.end', 'warning']]);
		expect(warnings[0]?.[2]).toContain('意見募集期間が29日（announced から period › end まで、両日を含む）で、30日に足りません。');
		expect(warnings[0]?.[2]).toContain('shortPeriodReason に書いてください');
	});

	it('is content with 30 days or more, with a period the organiser explains, and with a timetable only', () => {
		expect(warningsFor({ period: { start: '2026-12-01', end: '2026-12-30' } })).toEqual([]);
		expect(warningsFor({ period: { start: '2026-12-01', end: '2026-12-14' }, shortPeriodReason: '法令の施行日に間に合わせるため' })).toEqual([]);
		expect(warningsFor({ schedule: { text: 'パブコメ', source: 'plan:p/ch1' } })).toEqual([]);
	});
});

describe('a consultation with no way to submit, or no one to ask', () => {
	const period = { start: '2026-12-01', end: '2026-12-30' };
	const contact = { name: 'デジタル推進課' };
	const channels = [{ kind: '電子メール', email: 'dx@pref.example.jp' }];
	const whileOpen = Date.parse('2026-12-10T12:00:00+09:00');
	it('warns at period while the case is not closed, as a channels list forgotten', () => {
		const warnings = warningsFor({ period, contact }, whileOpen);
		expect(warnings.map(([field, severity]) => [field, severity])).toEqual([['period', 'warning']]);
		expect(warnings[0]?.[2]).toContain('提出方法（channels）が書かれていない');
	});

	it('warns while the case is not closed when it names neither a contact nor the organiser’s page', () => {
		const warnings = warningsFor({ period, channels }, whileOpen);
		expect(warnings.map(([field, severity]) => [field, severity])).toEqual([['period', 'warning']]);
		expect(warnings[0]?.[2]).toMatch(/^問合せ先（contact）も、県の意見募集のページ（officialPage）も書かれていないため、.* — 募集要項の問合せ先を contact に書いてください/);
		expect(warningsFor({ period, channels, officialPage: 'https://www.pref.example.jp/pubcom/' }, whileOpen)).toEqual([]);
	});

	it('leaves a closed case’s record alone, and one with a channel and a contact', () => {
		expect(warningsFor({ period }, Date.parse('2026-12-31T00:00:00+09:00'))).toEqual([]);
		expect(warningsFor({ period, channels, contact }, whileOpen)).toEqual([]);
	});
});

describe('a channel’s items', () => {
	it('warns of short names run together with 「、」 as one item, not of one that explains itself in brackets', () => {
		const period = { start: '2026-12-01', end: '2026-12-30' };
		const channel = (required: string[]) => ({ period, contact: { name: '課' }, channels: [{ kind: '電子メール', email: 'dx@pref.example.jp', required }] });
		const warnings = warningsFor(channel(['氏名、住所', '電話番号']), Date.parse('2026-12-10T12:00:00+09:00'));
		expect(warnings).toEqual([['channels.0.required.0', 'warning', 'required の「氏名、住所」は1つの項目として読まれます（ページにも1項目として表示されます）— 項目ごとに半角の「,」で区切ってください: [氏名, 住所]']]);
		expect(warningsFor(channel(['氏名（法人の場合は名称、代表者名）', '法人の場合は、名称及び代表者名', '住所']))).toEqual([]);
	});
});
