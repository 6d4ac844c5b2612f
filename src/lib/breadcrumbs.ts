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

/** The crumbs down to the list of prefectures: what is above a prefecture's page. */
export const trailToPrefectures = (): Crumb[] => [{ label: '都道府県の一覧', href: routes.prefectures() }];

/** The crumbs down to a prefecture's page: what is above a plan's overview. */
export const trailToPrefecture = (prefecture: { code: string; name: string }): Crumb[] => [
	...trailToPrefectures(),
	{ label: prefecture.name, href: routes.prefecture(prefecture.code) },
];

/** The crumbs down to a plan's overview: what is above its chapters, indicators, print page and changes. The plan is named by its title without the prefecture the crumb before names (「福島県 › デジタル化推進計画…」, not 「福島県 › 福島県 デジタル化…」). */
export const trailToPlan = (plan: { id: string; data: Plan }): Crumb[] => {
	const prefecture = plan.data.prefecture.name;
	const title = planTitleLabel(plan.data);
	const withoutPrefecture = title.startsWith(prefecture) ? title.slice(prefecture.length).trimStart() : title;
	return [...trailToPrefecture(plan.data.prefecture), { label: withoutPrefecture || title, href: routes.plan(plan.id) }];
};
