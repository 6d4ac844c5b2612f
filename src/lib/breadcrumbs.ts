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

/** Above a prefecture's page: the list of prefectures. */
export const prefecturesTrail = (): Crumb[] => [{ label: '都道府県の一覧', href: routes.prefectures() }];

/** Above a plan's overview: its prefecture. */
export const prefectureTrail = (prefecture: { code: string; name: string }): Crumb[] => [
	...prefecturesTrail(),
	{ label: prefecture.name, href: routes.prefecture(prefecture.code) },
];

/** Above a plan's other pages (chapters, indicators, print page, changes): the plan, named without its prefecture, which the crumb before says. */
export const planTrail = (plan: { id: string; data: Plan }): Crumb[] => [
	...prefectureTrail(plan.data.prefecture),
	{ label: planTitleLabel(plan.data), href: routes.plan(plan.id) },
];
