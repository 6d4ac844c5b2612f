/**
 * Consultations (パブリックコメント) as the pages need them: each with its
 * schedule and its status when the site was built, and which plans they
 * concern. Pure: the pages, the feed and the tests all use this.
 */
import type { Channel, Consultation, ResultItem } from '../schemas/consultation.ts';
import type { Plan } from '../schemas/plan.ts';
import { canChangeWithoutRebuild, closingInstant, closingTimeNotStated, formatDeadline, formatJstMoment, type JstMoment, type Schedule, type Status, scheduleOf, statusAt } from './consultation-status.ts';
import type { OutlineSection } from '../markdown/chapter-outline.ts';
import { type PlanLinkIndex, parsePlanLink, placeOfPlanLink } from './plan-links.ts';
import { headingWords } from './heading-numbering.ts';
import { routes } from './routes.ts';
import type { PlanNode } from './site-model.ts';
import type { SubmissionChannel } from './submission-text.ts';

/**
 * The shortest period the national procedure allows (行政手続法第39条第3項: 30 days or more counted
 * from the day the draft is announced). It does not bind prefectures (第46条 leaves them their own
 * rules), but their rules mostly ask the same, and explain a shorter one.
 */
export const minimumPeriodDays = 30;

/**
 * Days opinions are accepted for, both ends counted: from the announcement, or without one
 * (or one after the first day), from the first day; `from` names that field.
 */
export function periodLength({ announced, period }: Pick<Consultation, 'announced' | 'period'>): { days: number; from: 'announced' | 'period › start' } | undefined {
	if (!period) return undefined;
	const [first, from] = announced !== undefined && announced < period.start.date ? [announced, 'announced' as const] : [period.start.date, 'period › start' as const];
	return { days: Math.round((Date.parse(period.end.date) - Date.parse(first)) / 86_400_000) + 1, from };
}

export interface ConsultationNode {
	id: string;
	data: Consultation;
	/** Undefined when the source states no exact period. */
	schedule: Schedule | undefined;
	/** Status at build time; undefined without a period. */
	status: Status | undefined;
	/** Plans on this site the consultation concerns: the draft, the adopted plan, the plan stating the schedule. */
	planIds: string[];
	/** Each channel's deadline, in the order of `data.channels`; none without a period. */
	channelDeadlines: ChannelDeadline[];
	/** The organiser's notices (更新履歴), newest first; those of one day in the order written. */
	notices: Consultation['notices'];
}

/** Until when one channel takes opinions, as the case page and the opinion panel state it. */
export interface ChannelDeadline {
	/** Opinions accepted through the channel until just before this instant: its own closing moment, else the period's end. */
	closesAt: number;
	/** The deadline in words: 「令和8（2026）年12月28日（月）必着」, 「令和8（2026）年12月25日（金）17時00分まで」. */
	text: string;
	/** Past `closesAt` when the site was built; the browser re-checks. */
	closed: boolean;
}

/** Said of 郵送 when the source does not say whether a posted opinion must arrive by the deadline or be postmarked by it. */
const postalDeadlineNotStated = '（必着か消印有効かは資料に記載なし）';

/**
 * A channel's deadline in words, as the organiser states it: 郵送 with its 必着 or 消印有効 (or
 * that the source does not say which), any other channel 「…まで」 with its own closing time if it has one.
 */
export function channelDeadlineText(channel: Channel, periodEnd: JstMoment): string {
	const end = channel.closes ?? periodEnd;
	if (channel.kind === '郵送') return channel.postalDeadline ? `${formatJstMoment(end)}${channel.postalDeadline}` : `${formatDeadline(end)}${postalDeadlineNotStated}`;
	return `${formatDeadline(end)}${end.time ? '' : closingTimeNotStated}`;
}

function channelDeadlines(data: Consultation, now: number): ChannelDeadline[] {
	const periodEnd = data.period?.end;
	if (!periodEnd) return [];
	return data.channels.map((channel) => {
		const closesAt = closingInstant(channel.closes ?? periodEnd);
		return { closesAt, text: channelDeadlineText(channel, periodEnd), closed: now >= closesAt };
	});
}

/** Plans on this site a consultation concerns: the draft, the adopted plan, the plan stating its schedule. */
export function consultationPlanIds(data: Consultation): string[] {
	const ids = [data.plan, data.results?.finalPlan, data.schedule && parsePlanLink(data.schedule.source)?.planId].filter((p): p is string => p !== undefined);
	return [...new Set(ids)];
}

/** Open or upcoming consultations the home page shows: a few, so it does not grow with the site. */
export const homeConsultationLimit = 5;

/** Open or upcoming (the browser re-checks them), soonest deadline first. */
export const currentConsultations = (all: ConsultationNode[]) =>
	all.filter((c) => c.status && canChangeWithoutRebuild(c.status.phase)).sort((a, b) => a.schedule!.closesAt - b.schedule!.closesAt);

const phaseOrder = { open: 0, upcoming: 1, closed: 2, results: 3 } as const;

/** Open first, then upcoming, closed, with results, and those without exact dates last; newest first within each. */
export function buildConsultations(records: Array<{ id: string; data: Consultation }>, now: number): ConsultationNode[] {
	return records
		.map(({ id, data }) => {
			const schedule = data.period && scheduleOf(data.period, data.results?.published);
			const notices = [...data.notices].sort((a, b) => b.date.localeCompare(a.date));
			return { id, data, schedule, status: schedule && statusAt(schedule, now), planIds: consultationPlanIds(data), channelDeadlines: channelDeadlines(data, now), notices };
		})
		.sort((a, b) => rank(a) - rank(b) || (b.schedule?.opensAt ?? 0) - (a.schedule?.opensAt ?? 0) || a.id.localeCompare(b.id));
}

const rank = (c: ConsultationNode) => (c.status ? phaseOrder[c.status.phase] : 4);

/** The case page's 更新履歴, which its newest notice at the top links to. */
export const noticesId = 'notices';

/** Consultations concerning a plan. */
export const consultationsOfPlan = (all: ConsultationNode[], planId: string) => all.filter((c) => c.planIds.includes(planId));
/** A prefecture's consultations, in the order given. */
export const consultationsOfPrefecture = (all: ConsultationNode[], code: string) => all.filter((c) => c.data.prefecture.code === code);

/**
 * Open, or may open without a rebuild: residents can draft opinions (citing the draft's passages
 * when its text is on this site, else naming the place themselves).
 */
export const acceptsDrafts = (c: ConsultationNode) => c.status !== undefined && canChangeWithoutRebuild(c.status.phase);

/**
 * Has, had or will have a period: residents may keep drafts for it in their browser, so its case
 * and results pages always carry the drafts (read-only once closed).
 */
export const keepsDrafts = (c: ConsultationNode) => c.status !== undefined;

/** The consultation residents can draft opinions for on this plan's chapters. */
export const draftingConsultation = (all: ConsultationNode[], planId: string) => all.find((c) => c.data.plan === planId && acceptsDrafts(c));

/** A section as the places of opinions need it: its id and heading. */
type SectionHeading = { id: string; text: string };

/**
 * Where a draft's section is in the adopted plan's same chapter: the section of the same id whose heading says
 * the same, its number aside; else the one whose heading does (a section inserted before it renumbers it:
 * 「９ デジタルデバイド対策」 became 「10 …」); else none. A heading of the same id that says something else
 * is another section, where the opinion was not about.
 */
export function sectionInAdopted(draft: readonly SectionHeading[], adopted: readonly SectionHeading[], sectionId: string): string | undefined {
	const heading = draft.find((s) => s.id === sectionId);
	if (!heading) return undefined;
	const words = headingWords(heading.text);
	const same = adopted.filter((s) => headingWords(s.text) === words);
	return (same.find((s) => s.id === sectionId) ?? same[0])?.id;
}

/** What the results table says about the place an opinion concerns. */
export interface ResultPlace {
	/** 「第１章 計画の策定 第１節 計画の策定趣旨」 */
	label: string;
	/** The section in the draft. */
	href: string | undefined;
	/** The same section on the adopted plan's changes page, when there is one. */
	changes: string | undefined;
}

/**
 * The draft's section an opinion concerns (`plan:<draft>/<chapter>#<section>`),
 * and where its changes are shown when the adopted plan is the draft's next version.
 */
export function resultPlace(
	concerns: string | undefined,
	site: { planById: Map<string, PlanNode>; planLinks: PlanLinkIndex; sections: (planId: string, chapterId: string) => OutlineSection[] },
	draftId: string | undefined,
	finalPlanId: string | undefined,
): ResultPlace | undefined {
	const target = concerns ? parsePlanLink(concerns) : undefined;
	const place = concerns && placeOfPlanLink(concerns, site);
	if (!target?.chapterId || !place) return undefined;
	const { planId, chapterId, sectionId } = target;
	const finalPlan = finalPlanId ? site.planById.get(finalPlanId) : undefined;
	const inFinal = finalPlan?.data.previousVersion === draftId ? site.planLinks.get(finalPlan!.id)?.get(chapterId) : undefined;
	const sectionInFinal = inFinal && sectionId ? sectionInAdopted(site.sections(planId, chapterId), site.sections(finalPlanId!, chapterId), sectionId) : undefined;
	return {
		...place,
		changes: inFinal && `${routes.chapterChanges(finalPlanId!, chapterId)}${sectionInFinal ? `#${sectionInFinal}` : ''}`,
	};
}

/** The id of an opinion's row on its consultation's results page, by its place in the table, from 1. */
export const opinionRowId = (number: number) => `opinion-${number}`;

/** The results table's columns, in the results page's order: its headings, and the names the importer reports the columns it found by. */
export const resultColumns = { number: '番号', place: '該当箇所', summary: '意見の概要', response: '県の考え方', reflection: '反映' } as const;

/**
 * The results' rows by 区分, after 提出意見数: 「内訳: 反映する 2件、…」. Where the rows do not number the
 * opinions submitted (a row for several 同趣旨 opinions, one opinion over several rows), they are counted as
 * rows (項目), so the breakdown is not read as one of 提出意見数 that does not add up.
 */
export function resultsBreakdown({ items, opinionCount }: Pick<NonNullable<Consultation['results']>, 'items' | 'opinionCount'>): string | undefined {
	if (items.length === 0) return undefined;
	const asOpinions = items.length === opinionCount;
	const unit = asOpinions ? '件' : '項目';
	const counts = Object.entries(Object.groupBy(items, (item) => item.reflection)).map(([kind, rows]) => `${kind} ${rows!.length}${unit}`);
	return `${asOpinions ? '内訳' : `意見の概要 ${items.length}項目の内訳`}: ${counts.join('、')}。`;
}

/** Whether the results table has a 該当箇所 column: only when some row gives one, else it would be a column of 記載なし the published table does not have. */
export const resultsHavePlaces = (items: ReadonlyArray<Pick<ResultItem, 'place' | 'concerns'>>) => items.some((item) => item.place !== undefined || item.concerns !== undefined);

/** A 該当箇所 that names the whole draft, as results tables write it (全体, 計画全体, 全般), or none (―, なし). */
const wholeDraftWords = /^(?:(?:計画|案|素案|中間案)?(?:全体|全般)(?:について)?|[-－―—ー–]|なし)$/;

/**
 * Whether a results row is about the draft as a whole: in a table that gives places, it names none (and
 * concerns no section), or says 全体. In one that gives none, no row says what it is about.
 */
export const resultIsAboutWhole = (item: Pick<ResultItem, 'place' | 'concerns'>, tableHasPlaces: boolean) =>
	tableHasPlaces && item.concerns === undefined && (item.place === undefined || wholeDraftWords.test(item.place.normalize('NFKC').replace(/\s+/g, '')));

/** A results row's 番号 as residents read it in the published table: its own, or its place in the table. */
export const resultNumber = (item: Pick<ResultItem, 'number'>, index: number) => item.number ?? String(index + 1);

/** A results row as the links to it name it, on chapter pages and beside the drafts: its 番号 as shown (resultNumber) and how it was taken up, 「番号2-1（一部反映する）」. */
export const resultRowName = (label: string, reflection: ResultItem['reflection']) => `番号${label}（${reflection}）`;

/** One consultation's result rows about one place of a plan. */
export interface OpinionsAtPlace {
	consultationId: string;
	/** The consultation's title (案件名): what tells apart two consultations' rows at one place. */
	title: string;
	/**
	 * Undefined on the draft the opinions were about. On the plan adopted after it, the draft's
	 * stage (中間案), or 案: the opinions were about the draft's text at that place, not this one.
	 */
	draftName: string | undefined;
	/** The rows, by their place in the results table (from 1) and their 番号 as shown, with how each was taken up. */
	rows: Array<{ number: number; label: string; reflection: ResultItem['reflection'] }>;
}

/** Which results rows concern each place of a plan (`concerns`), for the links from its chapters to them. */
export interface OpinionIndex {
	/** Rows about a section, or, without `sectionId`, about the chapter as a whole: one entry per consultation. */
	at: (planId: string, chapterId: string, sectionId?: string) => OpinionsAtPlace[];
}

/**
 * Each result row at the draft's place it concerns, and at that place in the adopted plan
 * (`finalPlan`) when that plan is the draft's next version and still has it: the same chapter,
 * and the section whose heading says the same (sectionInAdopted). `sections` gives a chapter's
 * sections with their headings.
 */
export function opinionIndex(
	consultations: Array<{ id: string; data: Consultation }>,
	plans: Array<{ id: string; data: Plan }>,
	planLinks: PlanLinkIndex,
	sections: (planId: string, chapterId: string) => readonly SectionHeading[],
): OpinionIndex {
	const previousVersion = new Map(plans.map((p) => [p.id, p.data.previousVersion]));
	const places = new Map<string, OpinionsAtPlace[]>();
	const key = (planId: string, chapterId: string, sectionId: string | undefined) => `${planId}/${chapterId}#${sectionId ?? ''}`;
	const add = (planId: string, chapterId: string, sectionId: string | undefined, consultation: Omit<OpinionsAtPlace, 'rows'>, row: OpinionsAtPlace['rows'][number]) => {
		const place = key(planId, chapterId, sectionId);
		if (!places.has(place)) places.set(place, []);
		const atPlace = places.get(place)!;
		let entry = atPlace.find((e) => e.consultationId === consultation.consultationId);
		if (!entry) {
			entry = { ...consultation, rows: [] };
			atPlace.push(entry);
		}
		entry.rows.push(row);
	};
	for (const { id, data } of consultations) {
		const draftId = data.plan;
		const finalId = data.results?.finalPlan;
		const adopted = finalId !== undefined && previousVersion.get(finalId) === draftId ? planLinks.get(finalId) : undefined;
		data.results?.items.forEach((item, i) => {
			const target = item.concerns ? parsePlanLink(item.concerns) : undefined;
			if (!target?.chapterId || target.planId !== draftId) return;
			const { chapterId, sectionId } = target;
			const row = { number: i + 1, label: resultNumber(item, i), reflection: item.reflection };
			add(draftId, chapterId, sectionId, { consultationId: id, title: data.title, draftName: undefined }, row);
			if (!adopted?.has(chapterId)) return;
			const inAdopted = sectionId ? sectionInAdopted(sections(draftId, chapterId), sections(finalId!, chapterId), sectionId) : undefined;
			if (!sectionId || inAdopted) add(finalId!, chapterId, inAdopted, { consultationId: id, title: data.title, draftName: data.stage ?? '案' }, row);
		});
	}
	return { at: (planId, chapterId, sectionId) => places.get(key(planId, chapterId, sectionId)) ?? [] };
}

/** Where a channel's opinions go: the form URL, address or number. */
export function channelDestination(channel: Channel): string {
	switch (channel.kind) {
		case 'ウェブフォーム':
			return channel.url;
		case '電子メール':
			return channel.email;
		case 'ファクシミリ':
			return channel.number;
		default:
			return channel.address;
	}
}

export const submissionChannel = (channel: Channel): SubmissionChannel => ({
	kind: channel.kind,
	destination: channelDestination(channel),
	required: channel.required,
	optional: channel.optional,
});
