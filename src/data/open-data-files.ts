/** What the open-data endpoints (src/pages/data/) share: the site's indicators and evaluation tables as files. */
import { type DataFormat, dataFile, evaluationColumns, evaluationRecords, indicatorColumns, indicatorRecords } from '../lib/open-data.ts';
import { planFullName } from '../lib/plan-labels.ts';
import { absoluteUrl, routes } from '../lib/routes.ts';
import { dataLicence } from '../lib/site-info.ts';
import { loadSite } from './site.ts';

/** Section addresses are absolute (SITE_URL + base), so a downloaded file still points home. */
const sectionAddress = (planId: string, chapterId: string, sectionId: string | undefined) =>
	absoluteUrl(`${routes.chapter(planId, chapterId)}${sectionId ? `#${sectionId}` : ''}`);

/** All plans' indicators when `planId` is undefined. */
export async function indicatorData(planId: string | undefined, format: DataFormat): Promise<Response> {
	const { indicators } = await loadSite();
	const entries = planId === undefined ? indicators.all : indicators.byPlan(planId);
	return dataFile(indicatorColumns, indicatorRecords(entries, (e) => sectionAddress(e.planId, e.chapterId, e.sectionId)), format, dataLicence.line);
}

/** Every plan's evaluation tables, one record per item × scale. */
export async function evaluationData(format: DataFormat): Promise<Response> {
	const { plans } = await loadSite();
	const tables = plans.flatMap((plan) =>
		plan.evaluations.map((e) => ({ planId: plan.id, planTitle: planFullName(plan.data), prefecture: plan.data.prefecture, replacedBy: plan.replacedBy?.id, tableId: e.id.slice(e.id.indexOf('/') + 1), data: e.data })),
	);
	return dataFile(evaluationColumns, evaluationRecords(tables, sectionAddress), format, dataLicence.line);
}

/** getStaticPaths of the per-plan files: plans that have indicators. */
export async function plansWithIndicators() {
	const { plans, indicators } = await loadSite();
	return plans.filter((plan) => indicators.hasIndicators(plan.id)).map((plan) => ({ params: { plan: plan.id } }));
}
