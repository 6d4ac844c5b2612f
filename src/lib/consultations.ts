/**
 * Consultations (パブリックコメント) as the pages need them: each with its
 * schedule and its status when the site was built, and which plans they
 * concern. Pure: the pages, the feed and the tests all use this.
 */
import type { Channel, Consultation } from '../schemas/consultation.ts';
import { canChangeWithoutRebuild, type Schedule, type Status, scheduleOf, statusAt } from './consultation-status.ts';
import { parsePlanLink } from './plan-links.ts';
import type { SubmissionChannel } from './submission-text.ts';

export interface ConsultationNode {
	id: string;
	data: Consultation;
	/** Undefined when the source states no exact period. */
	schedule: Schedule | undefined;
	/** Status at build time; undefined without a period. */
	status: Status | undefined;
	/** Plans on this site the consultation concerns: the draft, the adopted plan, the plan stating the schedule. */
	planIds: string[];
}

/** Plans on this site a consultation concerns: the draft, the adopted plan, the plan stating its schedule. */
export function consultationPlanIds(data: Consultation): string[] {
	const ids = [data.plan, data.results?.finalPlan, data.schedule && parsePlanLink(data.schedule.source)?.planId].filter((p): p is string => p !== undefined);
	return [...new Set(ids)];
}

/** Open or upcoming consultations the home page shows: a few, so it does not grow with the site. */
export const homeConsultationLimit = 5;

const phaseOrder = { open: 0, upcoming: 1, closed: 2, results: 3 } as const;

/** Open first, then upcoming, closed, with results, and those without exact dates last; newest first within each. */
export function buildConsultations(records: Array<{ id: string; data: Consultation }>, now: number): ConsultationNode[] {
	return records
		.map(({ id, data }) => {
			const schedule = data.period && scheduleOf(data.period, data.results?.published);
			return { id, data, schedule, status: schedule && statusAt(schedule, now), planIds: consultationPlanIds(data) };
		})
		.sort((a, b) => rank(a) - rank(b) || (b.schedule?.opensAt ?? 0) - (a.schedule?.opensAt ?? 0) || a.id.localeCompare(b.id));
}

const rank = (c: ConsultationNode) => (c.status ? phaseOrder[c.status.phase] : 4);

/** Consultations concerning a plan. */
export const consultationsOfPlan = (all: ConsultationNode[], planId: string) => all.filter((c) => c.planIds.includes(planId));

/**
 * The consultation whose draft is this plan and which is open, or may open,
 * without a rebuild: the one residents can cite and draft opinions for.
 */
export const draftingConsultation = (all: ConsultationNode[], planId: string) =>
	all.find((c) => c.data.plan === planId && c.status !== undefined && canChangeWithoutRebuild(c.status.phase));

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
