/** How plan metadata reads to residents. */
import type { Plan } from '../schemas/plan.ts';
import { fiscalYearOfMonth, formatDate, formatPeriod } from './japanese-dates.ts';

/** What a field the source document does not give says, the same in every column. */
const notInSource = '資料に記載なし';
/** Japan's date at `now` (ms), as a year and month. */
const japanMonth = (now: number) => {
	const japan = new Date(now + 9 * 60 * 60 * 1000);
	return { year: japan.getUTCFullYear(), month: japan.getUTCMonth() + 1 };
};

/** Whether the plan's last fiscal year (April to March, Japan time) is over at `now`: its period has ended. */
export const periodHasEnded = (plan: Plan, now: number) => {
	const { year, month } = japanMonth(now);
	return plan.period?.end !== undefined && fiscalYearOfMonth(year, month) > plan.period.end;
};

/**
 * The period in 和暦 and 西暦, with 「（期間終了）」 once its last fiscal year is over at `now` (the build's time: a
 * resident reading a plan whose period has run out is told so), or what the document says of it in its words
 * (quoted), or 資料に記載なし.
 */
export const planPeriodLabel = (plan: Plan, now: number) =>
	plan.period ? `${formatPeriod(plan.period)}${periodHasEnded(plan, now) ? '（期間終了）' : ''}` : plan.periodInWords ? `「${plan.periodInWords}」` : notInSource;
/**
 * The status as the document states it; 検討中, true of a moment only, as of the document's latest date (its month:
 * 「検討中（令和5（2023）年5月の資料の時点）」), or said to be the document's where it gives none: a resident reading
 * years on would take it for now. A draft's stage (中間案) names the document itself and stays true.
 */
export function planStatusLabel(plan: Plan): string {
	if (!plan.status) return notInSource;
	if (plan.status !== '検討中') return plan.status;
	const latest = plan.dates.map((d) => d.date.slice(0, 7)).sort().at(-1);
	return `${plan.status}（${latest ? `${formatDate(latest)}の資料の時点` : '資料の時点。資料に日付の記載なし'}）`;
}
/** Statuses of a draft not yet adopted: a plan in one is named so, or its title would pass for the adopted plan's. */
const draftStatuses: ReadonlySet<Plan['status']> = new Set(['素案', '中間案', '最終案']);
/** Whether the plan is a draft not yet adopted (素案, 中間案, 最終案): a proposal, which replaces nothing yet. */
export const isDraft = (plan: Plan) => draftStatuses.has(plan.status);
/** A word in brackets after a plan's name (its status, a consultation's 中間案), unless the name says it already. */
export const unlessNamed = (name: string, word: string | undefined) => (word && !name.includes(word) ? `（${word}）` : '');
/** Title with the version and the draft stage, each where the title does not say it already (テスト用デジタル推進計画（中間案）, not 計画（改訂版）（改訂版）). */
export const planTitleLabel = (plan: Plan) => `${plan.title}${unlessNamed(plan.title, plan.version)}${isDraft(plan) ? unlessNamed(plan.title, plan.status) : ''}`;

/** Prefecture and title, without repeating the prefecture when the title already starts with it. */
export const planFullName = (plan: Plan) =>
	plan.title.startsWith(plan.prefecture.name) ? planTitleLabel(plan) : `${plan.prefecture.name} ${planTitleLabel(plan)}`;

/** The plan's status after its name (福島県DX推進計画（策定済）), where the name does not say it already (a draft's stage does). */
export const planStatusSuffix = (plan: Plan) => unlessNamed(planFullName(plan), plan.status);

/** The plan's summary is the editors' words, not the plan's: it is shown, and described, as theirs. */
export const planSummaryLabel = '編集部による要約';
/** The summary with whose it is, for a page description or a feed entry. */
export const planSummaryLine = (plan: Plan) => `${planSummaryLabel}: ${plan.summary}`;
