import { describe, expect, it } from 'vitest';
import { atomFeed, consultationEntries, type FeedEntry, feedAsOfWhenEmpty, feedLength, newestFirst, planUpdateEntries, siteUpdateEntries, updatesTitle } from '../../src/lib/atom-feed.ts';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const plan = (dates: Plan['dates']) =>
	({ prefecture: { name: '千葉県', code: '12' }, title: '千葉県DX推進戦略', titleIsDescriptive: false, publish: true, kind: '戦略', dates, summary: 'A & B', source: { title: 't', file: 'source.txt' } }) satisfies Plan;
const planUrl = (id: string) => `https://example.jp/plans/${id}/`;
const feedOf = (entries: FeedEntry[], asOfWhenEmpty = '2020-01-01') => atomFeed({ title: '千葉県の動き | サイト', author: 'サイト', asOfWhenEmpty, siteUrl: 'https://example.jp/', feedUrl: 'https://example.jp/feed.xml', entries });

describe('planUpdateEntries', () => {
	it('makes one entry per stated date, each with its own id', () => {
		const entries = planUpdateEntries([{ id: 'chiba', data: plan([{ label: '策定', date: '2024-03-29' }, { label: '改訂', date: '2025-04' }]) }], planUrl);
		expect(entries.map((e) => [e.title, e.date, e.url])).toEqual([
			['千葉県DX推進戦略（策定）', '2024-03-29', 'https://example.jp/plans/chiba/'],
			['千葉県DX推進戦略（改訂）', '2025-04', 'https://example.jp/plans/chiba/'],
		]);
		expect(new Set(entries.map((e) => e.id)).size).toBe(2);
		// The summary is the editors', and says so.
		expect(entries[0]!.summary).toBe('編集部による要約: A & B');
	});

	it('keeps an entry’s id when a date is added before it, so readers do not see it again as new', () => {
		const revised = { label: '改訂', date: '2025-04' };
		const before = planUpdateEntries([{ id: 'chiba', data: plan([revised]) }], planUrl);
		const after = planUpdateEntries([{ id: 'chiba', data: plan([{ label: '策定', date: '2024-03-29' }, revised]) }], planUrl);
		expect(after[1]!.id).toBe(before[0]!.id);
	});
});

describe('consultationEntries', () => {
	const base = { title: '案に対する意見募集', prefecture: { name: '福島県', code: '07' }, organiser: '課' };
	const urls = { case: (id: string) => `https://example.jp/consultations/${id}/`, results: (id: string) => `https://example.jp/consultations/${id}/results/` };

	it('announces a consultation on its announcement or first day, and its results when published', () => {
		const open = consultationSchema.parse({ ...base, period: { start: '2026-12-01', end: '2026-12-28' } });
		const done = consultationSchema.parse({ ...base, announced: '2022-01-04', period: { start: '2022-01-05', end: '2022-02-04' }, results: { published: '2022-03-25', opinionCount: 3 } });
		const entries = consultationEntries([{ id: 'open', data: open }, { id: 'done', data: done }], urls);
		expect(entries.map((e) => [e.title, e.date, e.url])).toEqual([
			['意見募集: 案に対する意見募集', '2026-12-01', 'https://example.jp/consultations/open/'],
			['意見募集: 案に対する意見募集', '2022-01-04', 'https://example.jp/consultations/done/'],
			['結果公示: 案に対する意見募集', '2022-03-25', 'https://example.jp/consultations/done/results/'],
		]);
		expect(new Set(entries.map((e) => e.id)).size).toBe(3);
		expect(entries[0]!.summary).toBe('福島県が意見を募集しています（令和8（2026）年12月28日（月）まで）。');
	});

	it('leaves out consultations known only from a timetable', () => {
		const undated = consultationSchema.parse({ ...base, schedule: { text: 'パブコメ', source: 'plan:p/ch1' } });
		expect(consultationEntries([{ id: 'u', data: undated }], urls)).toEqual([]);
	});

	it('gives each notice of the organiser an entry on its day, whose id stays when another notice is added or its text mended', () => {
		const extended = { date: '2026-12-20', text: '意見募集期間を令和9年1月15日まで延長しました。' };
		const corrected = { date: '2026-12-10', text: '資料の誤りを訂正しました。' };
		const period = { start: '2026-12-01', end: '2026-12-28' };
		const before = consultationEntries([{ id: 'c', data: consultationSchema.parse({ ...base, period, notices: [extended] }) }], urls);
		const after = consultationEntries([{ id: 'c', data: consultationSchema.parse({ ...base, period, notices: [corrected, extended] }) }], urls);
		expect(after.map((e) => [e.title, e.date, e.url, e.summary])).toEqual([
			['意見募集: 案に対する意見募集', '2026-12-01', 'https://example.jp/consultations/c/', expect.any(String)],
			['お知らせ: 案に対する意見募集', '2026-12-10', 'https://example.jp/consultations/c/', '資料の誤りを訂正しました。'],
			['お知らせ: 案に対する意見募集', '2026-12-20', 'https://example.jp/consultations/c/', '意見募集期間を令和9年1月15日まで延長しました。'],
		]);
		expect(new Set(after.map((e) => e.id)).size).toBe(3);
		expect(after[2]!.id).toBe(before[1]!.id);
		const mended = consultationEntries([{ id: 'c', data: consultationSchema.parse({ ...base, period, notices: [corrected, { ...extended, text: '意見募集期間を令和9年1月15日（金）まで延長しました。' }] }) }], urls);
		expect(mended[2]!.id).toBe(after[2]!.id);
		// Two on one day stay two.
		const sameDay = consultationEntries([{ id: 'c', data: consultationSchema.parse({ ...base, period, notices: [extended, { ...extended, text: '説明会を追加します。' }] }) }], urls);
		expect(new Set(sameDay.map((e) => e.id)).size).toBe(3);
		// A consultation known only from a timetable may have notices too: they have their dates.
		const undated = consultationSchema.parse({ ...base, schedule: { text: 'パブコメ', source: 'plan:p/ch1' }, notices: [corrected] });
		expect(consultationEntries([{ id: 'u', data: undated }], urls).map((e) => e.date)).toEqual(['2026-12-10']);
	});
});

describe('siteUpdateEntries and newestFirst', () => {
	it('gathers plan dates and consultations at the addresses `url` makes of site paths, and gives the newest first, as many as asked', () => {
		const consultation = consultationSchema.parse({ title: '案', prefecture: { name: '千葉県', code: '12' }, organiser: '課', period: { start: '2025-01-06', end: '2025-02-05' } });
		const entries = siteUpdateEntries(
			{ plans: [{ id: 'chiba', data: plan([{ label: '策定', date: '2024-03-29' }, { label: '改訂', date: '2025-04' }]) }], consultations: [{ id: 'c1', data: consultation }] },
			(sitePath) => `https://example.jp${sitePath}`,
		);
		expect(newestFirst(entries, 2).map((e) => [e.date, e.url])).toEqual([
			['2025-04', 'https://example.jp/plans/chiba/'],
			['2025-01-06', 'https://example.jp/consultations/c1/'],
		]);
		expect(newestFirst(entries, 5)).toHaveLength(3);
	});

	it('gives site paths when no `url` is given (the pages list them), and titles one prefecture’s events by its name', () => {
		const entries = siteUpdateEntries({ plans: [{ id: 'chiba', data: plan([{ label: '策定', date: '2024-03-29' }]) }], consultations: [] });
		expect(entries.map((e) => e.url)).toEqual(['/plans/chiba/']);
		expect(updatesTitle()).toBe('計画と意見募集の動き');
		expect(updatesTitle('千葉県')).toBe('千葉県の計画と意見募集の動き');
	});
});

describe('atomFeed', () => {
	const entry = (date: string, id = date): FeedEntry => ({ id: `https://example.jp/#${id}`, title: `<${date}>`, url: 'https://example.jp/', date, summary: 'A & B' });

	it('lists entries newest first, dated by the newest, with month-only dates on the 1st', () => {
		const xml = feedOf([entry('2024-03-29'), entry('2025-04')]);
		expect([...xml.matchAll(/<updated>([^<]+)<\/updated>/g)].map((m) => m[1])).toEqual(['2025-04-01T00:00:00Z', '2025-04-01T00:00:00Z', '2024-03-29T00:00:00Z']);
	});
	it('dates a feed without entries by the date given for it (the site’s newest event), not 1970, and names the site as its author', () => {
		const empty = feedOf([], '2026-03-25');
		expect([...empty.matchAll(/<updated>([^<]+)<\/updated>/g)].map((m) => m[1])).toEqual(['2026-03-25T00:00:00Z']);
		expect(empty).toContain('<author><name>サイト</name></author>');
		expect(feedOf([entry('2024-03-29')], '2026-03-25')).toContain('<updated>2024-03-29T00:00:00Z</updated>');
	});
	it('gives a feed without entries the site’s newest event, or, in a site with none, the day it was built', () => {
		// 08:00 in Japan, the 5th still in UTC.
		const builtAt = Date.parse('2026-12-06T08:00:00+09:00');
		expect(feedAsOfWhenEmpty({ plans: [{ id: 'p', data: plan([{ label: '策定', date: '2022-03-31' }]) }], consultations: [] }, builtAt)).toBe('2022-03-31');
		expect(feedAsOfWhenEmpty({ plans: [{ id: 'p', data: plan([]) }], consultations: [] }, builtAt)).toBe('2026-12-06');
	});
	it('escapes text', () => {
		expect(feedOf([entry('2024-01-01')])).toContain('<title>&lt;2024-01-01&gt;</title>');
		expect(feedOf([entry('2024-01-01')])).toContain('<summary>A &amp; B</summary>');
	});
	it('keeps the newest entries only, so the feed does not grow with the site', () => {
		const entries = Array.from({ length: feedLength + 10 }, (_, i) => entry(`2020-01-${String((i % 28) + 1).padStart(2, '0')}`, String(i)));
		expect(feedOf(entries).match(/<entry>/g)).toHaveLength(feedLength);
	});
});
