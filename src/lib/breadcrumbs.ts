/**
 * Breadcrumb trails: where a page sits in the site's structure, each crumb
 * the page above the next (BaseLayout puts ホーム first). A plan's pages sit
 * under its prefecture, which its address (/plans/<plan>/) does not show.
 */
import type { Plan } from '../schemas/plan.ts';
import { planTitleLabel } from './plan-labels.ts';
import { routes } from './routes.ts';

export interface Crumb {
	label: string;
	/** Absent on the page's own crumb, the last. */
	href?: string;
}

/** The title of /themes/compare/, whichever form it takes (one table, or an index of regions), and its crumb on a region's comparison. */
export const compareTitle = '計画の構成要素を比べる';

/** The crumbs down to the list of prefectures: what is above a prefecture's page. */
export const trailToPrefectures = (): Crumb[] => [{ label: '都道府県の一覧', href: routes.prefectures() }];

/** The crumbs down to a prefecture's page: what is above a plan's overview. */
export const trailToPrefecture = (prefecture: { code: string; name: string }): Crumb[] => [
	...trailToPrefectures(),
	{ label: prefecture.name, href: routes.prefecture(prefecture.code) },
];

/** The crumbs down to a plan's overview: what is above its chapters, indicators, print page and changes. The plan is named by its title; the crumb before names the prefecture. */
export const trailToPlan = (plan: { id: string; data: Plan }): Crumb[] => [
	...trailToPrefecture(plan.data.prefecture),
	{ label: planTitleLabel(plan.data), href: routes.plan(plan.id) },
];
