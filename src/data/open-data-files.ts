/** What the open-data endpoints (src/pages/data/) share: the site's indicators and evaluation tables as files. */
import { type DataFormat, dataFile, evaluationColumns, evaluationRecords, indicatorColumns, indicatorRecords } from '../lib/open-data.ts';
import { planFullName } from '../lib/plan-labels.ts';
import { routes } from '../lib/routes.ts';
import { dataLicence } from '../lib/site-info.ts';
import { loadSite } from './site.ts';

/** Section addresses are absolute when the site's origin is known, so a downloaded file still points home. */
const sectionAddress = (site: URL | undefined) => (planId: string, chapterId: string, sectionId: string | undefined) => {
	const path = `${routes.chapter(planId, chapterId)}${sectionId ? `#${sectionId}` : ''}`;
	return site ? new URL(path, site).href : path;
};

/** All plans' indicators when `planId` is undefined. */
export async function indicatorData(planId: string | undefined, format: DataFormat, site: URL | undefined): Promise<Response> {
	const { indicators } = await loadSite();
	const entries = planId === undefined ? indicators.all : indicators.byPlan(planId);
	const address = sectionAddress(site);
	return dataFile(indicatorColumns, indicatorRecords(entries, (e) => address(e.planId, e.chapterId, e.sectionId)), format, dataLicence.line);
}

/** Every plan's evaluation tables, one record per item × scale. */
export async function evaluationData(format: DataFormat, site: URL | undefined): Promise<Response> {
	const { plans } = await loadSite();
	const tables = plans.flatMap((plan) =>
		plan.evaluations.map((e) => ({ planId: plan.id, planTitle: planFullName(plan.data), prefecture: plan.data.prefecture, tableId: e.id.slice(e.id.indexOf('/') + 1), data: e.data })),
	);
	return dataFile(evaluationColumns, evaluationRecords(tables, sectionAddress(site)), format, dataLicence.line);
}

/** getStaticPaths of the per-plan files: plans that have indicators. */
export async function plansWithIndicators() {
	const { plans, indicators } = await loadSite();
	return plans.filter((plan) => indicators.byPlan(plan.id).length > 0).map((plan) => ({ params: { plan: plan.id } }));
}
