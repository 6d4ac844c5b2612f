/**
 * The environment a build is given (docs/deployment.md), checked before
 * anything is built: a mistyped setting would otherwise build a site that
 * looks fine and is not the one meant (an empty one-prefecture site, feed and
 * sitemap addresses under a doubled path).
 */
import { messages } from './messages.ts';
import { prefectures } from './prefectures.ts';
import { contentPartFromEnv, inContentPart, isSomeOfTheContent } from './publication.ts';
import { mergedSitesFromEnv } from './search/merged-sites.ts';

/**
 * What is wrong with SITE_URL, BASE_PATH, SEARCH_MERGE_SITES, ONLY_PREFECTURES and ONLY_PLANS for content
 * with these plans, and whether they leave any plan to publish; each message
 * says how to fix it. (Content without any plan is the content check's error.)
 */
export function buildSettingProblems(env: Record<string, string | undefined>, plans: ReadonlyArray<{ id: string; data: { publish: boolean; prefecture: { code: string } } }>): string[] {
	const problems: string[] = [];
	// A space pasted with the address: URL.parse drops it, the sitemap and feeds would not.
	if (env.SITE_URL && env.SITE_URL !== env.SITE_URL.trim()) problems.push(messages.siteUrlWithSpaces(env.SITE_URL));
	else if (env.SITE_URL) {
		const url = URL.parse(env.SITE_URL);
		if (!url || !/^https?:$/.test(url.protocol)) problems.push(messages.siteUrlNotWebAddress(env.SITE_URL));
		else if (url.pathname !== '/' || url.search || url.hash) problems.push(messages.siteUrlWithPath(env.SITE_URL, url.origin, url.pathname));
	}
	if (env.BASE_PATH) {
		const url = URL.parse(env.BASE_PATH);
		if (url && /^https?:$/.test(url.protocol)) problems.push(messages.basePathWithOrigin(env.BASE_PATH, url.origin, url.pathname));
		else if (/[\s?#\\]|(^|\/)\.{1,2}(\/|$)/.test(env.BASE_PATH)) problems.push(messages.basePathNotPath(env.BASE_PATH));
	}
	try {
		mergedSitesFromEnv(env);
	} catch (error) {
		problems.push((error as Error).message);
	}
	const part = contentPartFromEnv(env);
	const notCodes = [...part.prefectures].filter((code) => !prefectures.some((p) => p.code === code));
	if (notCodes.length > 0) problems.push(messages.notPrefectureCodes(notCodes));
	const unknownPlans = [...part.plans].filter((id) => !plans.some((p) => p.id === id));
	if (unknownPlans.length > 0) problems.push(messages.unknownPlansToBuild(unknownPlans, plans.map((p) => p.id)));
	if (plans.length === 0 || notCodes.length > 0 || unknownPlans.length > 0) return problems;
	const selected = plans.filter((plan) => inContentPart(part, plan));
	// Every plan named exists, so an empty selection is prefectures without plans.
	if (selected.length === 0) problems.push(messages.noPlansOfPrefectures([...part.prefectures], [...new Set(plans.map((p) => p.data.prefecture.code))].sort()));
	else if (!selected.some((plan) => plan.data.publish)) problems.push(messages.noPublishedPlans(isSomeOfTheContent(part)));
	return problems;
}

/** Hosts that give every site of an account one origin, whatever its path: GitHub Pages and GitLab Pages. */
const sharedPagesHosts: ReadonlyArray<[RegExp, string]> = [[/\.github\.io$/i, 'GitHub Pages'], [/\.gitlab\.io$/i, 'GitLab Pages']];

/**
 * A warning when the site is deployed where other sites share its origin and residents keep opinion drafts
 * (with their names and addresses) in its localStorage: every consultation with a period keeps them.
 */
export function draftsOnSharedOriginWarning(siteUrl: string | undefined, consultations: ReadonlyArray<{ data: { title: string; period?: unknown } }>): string | undefined {
	const url = siteUrl ? URL.parse(siteUrl) : null;
	const host = url && sharedPagesHosts.find(([pattern]) => pattern.test(url.hostname))?.[1];
	const drafted = consultations.filter((c) => c.data.period);
	return host && drafted.length > 0 ? messages.draftsOnSharedOrigin(url.origin, host, drafted.map((c) => c.data.title)) : undefined;
}
