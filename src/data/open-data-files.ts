/** What the open-data endpoints (src/pages/data/) share: the site's indicators as files. */
import { type DataFormat, indicatorDataFile } from '../lib/open-data.ts';
import { routes } from '../lib/routes.ts';
import { dataLicence } from '../lib/site-info.ts';
import { loadSite } from './site.ts';

/** All plans' indicators when `planId` is undefined. */
export async function indicatorData(planId: string | undefined, format: DataFormat, site: URL | undefined): Promise<Response> {
	const { indicators } = await loadSite();
	const entries = planId === undefined ? indicators.all : indicators.byPlan(planId);
	return indicatorDataFile(entries, format, (e) => `${routes.chapter(e.planId, e.chapterId)}#${e.sectionId}`, dataLicence.line, site);
}

/** getStaticPaths of the per-plan files: plans that have indicators. */
export async function plansWithIndicators() {
	const { plans, indicators } = await loadSite();
	return plans.filter((plan) => indicators.byPlan(plan.id).length > 0).map((plan) => ({ params: { plan: plan.id } }));
}
