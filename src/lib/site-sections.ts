/**
 * The header's sections and which one a page belongs to, by its route: the
 * plan and prefecture lists, a plan, its chapters and a prefecture's page are
 * reached from 計画一覧; a term from 用語集; and so on. Pages outside every
 * section (the home page, reached by the site's name; the open-data and
 * accessibility and privacy pages) mark none.
 */
import { type RouteName, routeOfPath, routes } from './routes.ts';

export interface SiteSection {
	label: string;
	href: string;
	/** The routes of the pages under it, its own included. */
	routes: RouteName[];
}

export const siteSections = (): SiteSection[] => [
	{ label: '計画一覧', href: routes.plans(), routes: ['plans', 'prefectures', 'prefecture', 'plan', 'chapter', 'planPrint', 'planIndicators', 'planChanges', 'chapterChanges'] },
	{ label: 'テーマで比べる', href: routes.themes(), routes: ['themes', 'theme', 'themePrefecture', 'compare', 'compareRegion'] },
	{ label: '指標', href: routes.indicators(), routes: ['indicators', 'metrics', 'metric'] },
	{ label: '用語集', href: routes.glossary(), routes: ['glossary', 'term'] },
	{ label: '意見募集', href: routes.consultations(), routes: ['consultations', 'consultation', 'consultationResults'] },
	{ label: '検索', href: routes.search(), routes: ['search'] },
];

/** How a section's link marks the page at `pathname` (a site path with the base): `page` on the section's own page, `true` on a page under it. */
export function sectionCurrent(section: SiteSection, pathname: string): 'page' | 'true' | undefined {
	if (pathname === section.href) return 'page';
	const route = routeOfPath(pathname);
	return route && section.routes.includes(route.name) ? 'true' : undefined;
}
