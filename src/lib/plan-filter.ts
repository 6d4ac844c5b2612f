/**
 * Builds of part of the content: one prefecture's site, or a few plans.
 * `ONLY_PREFECTURES=07,12` keeps the plans of those prefectures (JIS codes),
 * `ONLY_PLANS=<plan>,<plan>` those plans; with both, a plan matching either is
 * kept. Glossary and themes stay whole; links to plans left out are dropped
 * (see link-context.ts), so the smaller site has no broken links.
 */
import type { Plan } from '../schemas/plan.ts';

export type PlanFilter = (plan: { id: string; data: Plan }) => boolean;

const list = (value: string | undefined) => new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));

export function planFilterFromEnv(env: Record<string, string | undefined> = globalThis.process?.env ?? {}): PlanFilter {
	const [prefectures, plans] = [list(env.ONLY_PREFECTURES), list(env.ONLY_PLANS)];
	if (prefectures.size === 0 && plans.size === 0) return () => true;
	return (plan) => prefectures.has(plan.data.prefecture.code) || plans.has(plan.id);
}
