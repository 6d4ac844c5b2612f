import { describe, expect, it } from 'vitest';
import { checkFutureDates } from '../../src/lib/content-check/future-dates.ts';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { collectedReports, contentFile, snapshotOf } from '../support/content-snapshot.ts';

const jst = (local: string) => Date.parse(`${local}+09:00`);
const consultation = (data: object) =>
	contentFile('case', consultationSchema.parse({ title: '案', prefecture: { name: '福島県', code: '07' }, organiser: '課', period: { start: '2026-02-01', end: '2026-02-28' }, ...data }));
const plan = (dates: Array<{ label: string; date: string }>) =>
	contentFile('plan', planSchema.parse({ title: 'テスト計画', kind: '計画', prefecture: { name: '福島県', code: '07' }, summary: '要約', source: { title: '抽出テキスト' }, dates }));

/** What the check says of the files on `now`: [file, field, severity], and the messages. */
function checkedOn(now: number, collections: Parameters<typeof snapshotOf>[0]) {
	const { found, report } = collectedReports();
	checkFutureDates(snapshotOf(collections), report, now);
	return { fields: found.map(([file, field, severity]) => [file, field, severity]), messages: found.map(([, , , message]) => message) };
}

describe('dates that have not come yet', () => {
	// 23:30 on 2026-03-01 in Japan: still 14:30 UTC that day, so the day is 03-01.
	const now = jst('2026-03-01T23:30');

	it('warns of a notice, results or plan date after the day of the check (in Japan time), not of one on it', () => {
		const { fields, messages } = checkedOn(now, {
			consultations: [
				consultation({ notices: [{ date: '2026-03-01', text: '説明会を追加します。' }, { date: '2026-03-02', text: '資料を差し替えます。' }], results: { published: '2026-03-02', opinionCount: 0 } }),
			],
			plans: [plan([{ label: '策定', date: '2026-03-01' }, { label: '公表', date: '2026-03-02' }])],
		});
		expect(fields).toEqual([
			['case.md', 'notices.1.date', 'warning'],
			['case.md', 'results.published', 'warning'],
			['plan.md', 'dates.1.date', 'warning'],
		]);
		expect(messages[0]).toContain('お知らせの日付「2026-03-02」はまだ来ていません');
		expect(messages[1]).toContain('その日より前のビルドは結果を載せません');
		expect(messages[2]).toContain('「公表」の日付「2026-03-02」はまだ来ていません');
		expect(checkedOn(jst('2026-03-02T00:00'), { consultations: [consultation({ notices: [{ date: '2026-03-02', text: '資料を差し替えます。' }] })] }).fields).toEqual([]);
	});

	it('takes a month a plan gives as come on its first day', () => {
		expect(checkedOn(now, { plans: [plan([{ label: '策定', date: '2026-03' }])] }).fields).toEqual([]);
		expect(checkedOn(now, { plans: [plan([{ label: '改訂', date: '2026-04' }])] }).fields).toEqual([['plan.md', 'dates.0.date', 'warning']]);
	});
});
