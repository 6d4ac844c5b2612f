/** Every URL the site generates, in one place. Paths carry the deployment base (BASE_PATH). */
import type { DataFormat } from './open-data.ts';
import escapeStringRegexp from 'escape-string-regexp';

// BASE_PATH, the setting astro.config gives Astro as `base`. Not import.meta.env.BASE_URL: at build
// time Astro lets an environment variable of that name (set by Vitest, common in CI) override it.
const base = (globalThis.process?.env.BASE_PATH || '/').replace(/\/?$/, '/').replace(/^\/?/, '/');

/** The deployed origin (SITE_URL, e.g. `https://plans.example.jp`) when the build was told it: only then do pages name their canonical address. */
export const deployedOrigin = globalThis.process?.env.SITE_URL?.replace(/\/+$/, '') || undefined;

/**
 * The deployed origin, for what needs absolute URLs: sitemap, robots.txt, the
 * Atom feed. Without SITE_URL they point at the preview server (the build says so).
 */
export const siteOrigin = deployedOrigin ?? 'http://localhost:4321';

/** Absolute URL of a site path from `routes` (which carries the base). */
export const absoluteUrl = (sitePath: string) => `${siteOrigin}${sitePath}`;

/** Prefixes a site-absolute path with the deployment base: `/plans/` → `/sub/plans/`. */
export const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`;

/**
 * A file linked from the site's root in content (`/images/zu1.png`, public/'s, as the authors' guide says),
 * under the deployment base: content is written for the root, wherever a build publishes it (BASE_PATH=/pref12/
 * → `/pref12/images/zu1.png`). Other addresses, pages among them, as written.
 */
export const fileUnderBase = (url: string) => (/^\/(?!\/)/.test(url) && isFilePath(url.split(/[?#]/)[0]!) ? withBase(url) : url);

/** A path whose last segment has a dot names a file: no route's page has one there. */
export const isFilePath = (pathname: string) => /\.[^/]*$/.test(pathname);

export const routes = {
	home: () => withBase('/'),
	/** Every prefecture that has plans (the page a prefecture's address leads up to). */
	prefectures: () => withBase('/prefectures/'),
	prefecture: (code: string) => withBase(`/prefectures/${code}/`),
	/** The Atom feed of one prefecture's plans and consultations. */
	prefectureFeed: (code: string) => withBase(`/prefectures/${code}/feed.xml`),
	/** One prefecture's consultation deadlines, an iCalendar file to subscribe to. */
	prefectureDeadlines: (code: string) => withBase(`/prefectures/${code}/deadlines.ics`),
	/** The plan list, by prefecture (the page a plan's address leads up to). */
	plans: () => withBase('/plans/'),
	plan: (planId: string) => withBase(`/plans/${planId}/`),
	chapter: (planId: string, chapterId: string) => withBase(`/plans/${planId}/${chapterId}/`),
	planPrint: (planId: string) => withBase(`/plans/${planId}/print/`),
	planIndicators: (planId: string) => withBase(`/plans/${planId}/indicators/`),
	/** One indicator or evaluation table on its plan's indicator page (the anchor is its file name). */
	indicator: (planId: string, anchor: string) => withBase(`/plans/${planId}/indicators/#${anchor}`),
	indicators: () => withBase('/indicators/'),
	/** The metrics compared across prefectures, one page each. */
	metrics: () => withBase('/indicators/compare/'),
	metric: (key: string) => withBase(`/indicators/compare/${key}/`),
	openData: () => withBase('/data/'),
	/** The open-data file of every plan's indicators (src/pages/data/). */
	allIndicatorData: (format: DataFormat) => withBase(`/data/indicators.${format}`),
	/** The open-data file of one plan's indicators. */
	indicatorData: (format: DataFormat, planId: string) => withBase(`/data/plans/${planId}/indicators.${format}`),
	/** The open-data file of every plan's evaluation tables. */
	evaluationData: (format: DataFormat) => withBase(`/data/evaluations.${format}`),
	glossary: () => withBase('/glossary/'),
	term: (termId: string) => withBase(`/glossary/${termId}/`),
	search: (params?: Record<string, string>) => withBase(`/search/${params ? `?${new URLSearchParams(params)}` : ''}`),
	themes: () => withBase('/themes/'),
	theme: (themeId: string) => withBase(`/themes/${themeId}/`),
	/** One prefecture's sections on a theme, when the theme page shows only the first few. */
	themePrefecture: (themeId: string, code: string) => withBase(`/themes/${themeId}/${code}/`),
	compare: () => withBase('/themes/compare/'),
	/** The comparison of one region's prefectures, when there are too many prefectures for one table. */
	compareRegion: (regionId: string) => withBase(`/themes/compare/${regionId}/`),
	accessibility: () => withBase('/accessibility/'),
	/** What the site sends (nothing) and keeps on the resident's device (opinion drafts), and erasing them. */
	privacy: () => withBase('/privacy/'),
	consultations: () => withBase('/consultations/'),
	consultation: (id: string) => withBase(`/consultations/${id}/`),
	consultationResults: (id: string) => withBase(`/consultations/${id}/results/`),
	/** A consultation's deadline as an iCalendar file, for residents' own calendars. */
	consultationDeadline: (id: string) => withBase(`/consultations/${id}/deadline.ics`),
	/** Every consultation's deadline, an iCalendar file to subscribe to. */
	consultationDeadlines: () => withBase('/consultations/deadlines.ics'),
	planChanges: (planId: string) => withBase(`/plans/${planId}/changes/`),
	chapterChanges: (planId: string, chapterId: string) => withBase(`/plans/${planId}/changes/${chapterId}/`),
	feed: () => withBase('/feed.xml'),
	sitemap: () => withBase('/sitemap.xml'),
} as const;

export type RouteName = keyof typeof routes;

/** A route's addresses as a pattern, and which of its ids (by argument position) each group captures. */
interface RoutePattern {
	name: RouteName;
	pattern: RegExp;
	idOrder: number[];
	/** '0' for a static segment, '1' for one holding an id: static first sorts first. */
	rank: string;
}

const placeholder = /\u0000(\d+)\u0000/g;

/**
 * Every route of `routes` as a pattern, made by calling it with placeholders
 * for its ids (not copied by hand, so a new route is matched as soon as it is
 * added). Routes to a place within a page or with a query are left out. A
 * static segment wins over an id in the same place:
 * /plans/x/print/ is the print page, not a chapter named print (no chapter may take the name: reservedChapterIds).
 */
const routePatterns: RoutePattern[] = Object.entries(routes)
	.flatMap(([name, route]) => {
		const address = (route as (...ids: string[]) => string)(...Array.from({ length: route.length }, (_, i) => `\u0000${i}\u0000`));
		if (/[?#]/.test(address)) return [];
		const escaped = escapeStringRegexp(address);
		return [{
			name: name as RouteName,
			pattern: new RegExp(`^${escaped.replace(placeholder, '([^/]+)')}$`),
			idOrder: [...address.matchAll(placeholder)].map((m) => Number(m[1])),
			rank: address.split('/').map((segment) => (segment.includes('\u0000') ? '1' : '0')).join(''),
		}];
	})
	.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));

/**
 * The route that makes a site path (with the base, decoded: `/plans/x/ch1/`)
 * and its ids in the route's argument order (`chapter`, ['x', 'ch1']);
 * undefined for a path no route makes (static files, assets, a page of a
 * paginated list).
 */
export function routeOfPath(sitePath: string): { name: RouteName; ids: string[] } | undefined {
	for (const { name, pattern, idOrder } of routePatterns) {
		const match = pattern.exec(sitePath);
		if (!match) continue;
		const ids: string[] = [];
		idOrder.forEach((argument, group) => (ids[argument] = match[group + 1]!));
		return { name, ids };
	}
	return undefined;
}
