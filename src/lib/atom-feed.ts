/**
 * The Atom feeds of what changed on the site (/feed.xml) and in one
 * prefecture's plans (/prefectures/<code>/feed.xml). A feed is built
 * from a list of entries, whatever they are about: plan dates
 * (planUpdateEntries) and consultations opening and their results
 * (consultationEntries). Dates only, never the build time, so an
 * unchanged site writes an unchanged feed.
 */
import type { Consultation } from '../schemas/consultation.ts';
import type { Plan } from '../schemas/plan.ts';
import { formatDeadline, jstOffset } from './consultation-status.ts';
import { firstDayOf } from './japanese-dates.ts';
import { planFullName, planSummaryLine } from './plan-labels.ts';
import { routes } from './routes.ts';
import { escapeXml } from './sitemap.ts';

export interface FeedEntry {
	/** Permanent, unique id (an absolute URL). */
	id: string;
	title: string;
	/** Absolute URL of the page the entry is about. */
	url: string;
	/** `YYYY-MM-DD` or `YYYY-MM`. */
	date: string;
	summary?: string;
}

/** Entries kept in the feed, newest first: readers poll it, so it must not grow with the site. */
export const feedLength = 50;

/**
 * One entry per date a plan states (策定, 改訂, 公表 …). `absolute` turns a site path into a URL.
 * An entry's id is its date and label, not its place in the list: a date added to plan.yaml
 * must not make feed readers show the others again as new.
 */
export function planUpdateEntries(plans: Array<{ id: string; data: Plan }>, planUrl: (planId: string) => string): FeedEntry[] {
	return plans.flatMap((plan) =>
		plan.data.dates.map((d) => ({
			id: `${planUrl(plan.id)}#date-${d.date}-${encodeURIComponent(d.label)}`,
			title: `${planFullName(plan.data)}（${d.label}）`,
			url: planUrl(plan.id),
			date: d.date,
			summary: planSummaryLine(plan.data),
		})),
	);
}

/**
 * Per consultation with a period: its announcement (or opening day), and its
 * results once published. Undated ones (known only from a plan's timetable)
 * have no date to put in a feed. Any consultation: each notice its organiser
 * published (a deadline moved, a document corrected), which a resident who
 * follows it must not miss; its id is its date and its place among that day's.
 */
export function consultationEntries(
	consultations: Array<{ id: string; data: Consultation }>,
	urls: { case: (id: string) => string; results: (id: string) => string },
): FeedEntry[] {
	return consultations.flatMap(({ id, data }) => {
		const notices = data.notices.map((notice, i) => ({
			// The n-th notice of its day: a typo mended in its text leaves it the same entry, not a new one in residents' readers.
			id: `${urls.case(id)}#notice-${notice.date}-${data.notices.slice(0, i).filter((earlier) => earlier.date === notice.date).length + 1}`,
			title: `お知らせ: ${data.title}`,
			url: urls.case(id),
			date: notice.date,
			summary: notice.text,
		}));
		if (!data.period) return notices;
		const opened: FeedEntry = {
			id: `${urls.case(id)}#opened`,
			title: `意見募集: ${data.title}`,
			url: urls.case(id),
			date: data.announced ?? data.period.start.date,
			summary: `${data.prefecture.name}が意見を募集しています（${formatDeadline(data.period.end)}）。`,
		};
		const published: FeedEntry[] = data.results
			? [{ id: `${urls.results(id)}#published`, title: `結果公示: ${data.title}`, url: urls.results(id), date: data.results.published, summary: `提出意見数 ${data.results.opinionCount}件` }]
			: [];
		return [opened, ...notices, ...published];
	});
}

/**
 * Dated events of plans and consultations (the whole site's, or one prefecture's), for the feeds (absolute URLs)
 * and the home and prefecture pages (site paths, the default): `url` turns a site path into the address to give.
 */
export function siteUpdateEntries(
	part: { plans: Array<{ id: string; data: Plan }>; consultations: Array<{ id: string; data: Consultation }> },
	url: (sitePath: string) => string = (sitePath) => sitePath,
): FeedEntry[] {
	return [
		...planUpdateEntries(part.plans, (planId) => url(routes.plan(planId))),
		...consultationEntries(part.consultations, { case: (id) => url(routes.consultation(id)), results: (id) => url(routes.consultationResults(id)) }),
	];
}

/** The title of a list or feed of those events: the site's, or `whose` (a prefecture's). */
export const updatesTitle = (whose?: string) => `${whose ? `${whose}の` : ''}計画と意見募集の動き`;

/** The `count` newest entries, newest first (the same date: by id, so the order never depends on the content's). */
export function newestFirst(entries: FeedEntry[], count: number): FeedEntry[] {
	return [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)).slice(0, count);
}

/** A month-only date is given as its first day. */
const timestamp = (date: string) => `${firstDayOf(date)}T00:00:00Z`;


/** A feed as the response of its route (feed.xml, a prefecture's). */
export const atomFeedResponse = (feed: Parameters<typeof atomFeed>[0]) => new Response(atomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

/**
 * The date a feed without entries (a prefecture with nothing dated yet, which a resident may follow for its first
 * consultation) gives as updated: the site's newest dated event, a date from the content, so two builds stay the
 * same; in a site with none (a prefecture's own build, before its first), the day in Japan it was built (SOURCE_DATE_EPOCH).
 */
export const feedAsOfWhenEmpty = (site: Parameters<typeof siteUpdateEntries>[0], builtAt: number) =>
	newestFirst(siteUpdateEntries(site), 1)[0]?.date ?? new Date(builtAt + jstOffset).toISOString().slice(0, 10);

/** `author`: who publishes the feed (the site). `asOfWhenEmpty`: feedAsOfWhenEmpty. */
export function atomFeed(feed: { title: string; author: string; siteUrl: string; feedUrl: string; entries: FeedEntry[]; asOfWhenEmpty: string }): string {
	const entries = newestFirst(feed.entries, feedLength);
	const updated = timestamp(entries[0]?.date ?? feed.asOfWhenEmpty);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
		`<id>${escapeXml(feed.siteUrl)}</id>`,
		`<title>${escapeXml(feed.title)}</title>`,
		`<updated>${updated}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
		`<author><name>${escapeXml(feed.author)}</name></author>`,
		...entries.map((e) =>
			[
				'<entry>',
				`<id>${escapeXml(e.id)}</id>`,
				`<title>${escapeXml(e.title)}</title>`,
				`<link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
				`<updated>${timestamp(e.date)}</updated>`,
				...(e.summary ? [`<summary>${escapeXml(e.summary)}</summary>`] : []),
				'</entry>',
			].join(''),
		),
		'</feed>',
		'',
	].join('\n');
}
