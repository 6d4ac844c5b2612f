/**
 * A draft's text may not change quietly while residents comment on it: the citations they wrote name its
 * paragraphs. Each build records, beside the site (`<site>.reports/`), a fingerprint of each chapter of every draft
 * whose consultation is open; the next check warns of a chapter changed since, during the period, when no notice
 * (更新履歴) dated since that build tells residents. Like the heading ids (heading-id-manifest.ts), it compares with
 * the last build on this machine: a first build has nothing to compare.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { jstDateOf, scheduleOf, statusAt } from '../consultation-status.ts';
import { formatDate } from '../japanese-dates.ts';
import { messages } from '../messages.ts';
import type { Consultation } from '../../schemas/consultation.ts';
import type { ContentSnapshot } from './check-content.ts';
import type { Problem } from './problem.ts';

export const consultedTextsFile = 'consulted-texts.json';

/** What a build recorded: when, and for each consultation open then, its draft's chapters' fingerprints by chapter id. */
export interface ConsultedTexts {
	/** The build's time, ISO. */
	builtAt: string;
	consultations: Record<string, { plan: string; chapters: Record<string, string> }>;
}

const isOpen = (period: Consultation['period'], now: number) => period !== undefined && statusAt(scheduleOf(period), now).phase === 'open';

const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex');

/** The record of this build: the chapters of the drafts open for comment at `now`. */
export function consultedTexts(content: ContentSnapshot, now: number): ConsultedTexts {
	const open = content.consultations.filter((c) => c.data.plan !== undefined && isOpen(c.data.period, now));
	return {
		builtAt: new Date(now).toISOString(),
		consultations: Object.fromEntries(
			open.map((c) => [c.id, { plan: c.data.plan!, chapters: Object.fromEntries(content.chapters.filter((ch) => ch.planId === c.data.plan).map((ch) => [ch.id, fingerprint(ch.parsed.body?.text ?? '')])) }]),
		),
	};
}

/** The record of the last build of the site in `siteDir`, or undefined (none, or unreadable: the next build writes it again). */
export async function readConsultedTexts(siteDir: string): Promise<ConsultedTexts | undefined> {
	try {
		return JSON.parse(await readFile(path.join(`${siteDir}.reports`, consultedTextsFile), 'utf8')) as ConsultedTexts;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return undefined;
		throw error;
	}
}

/** A warning at each chapter of a draft under consultation changed since the last build, in the period, with no notice since. */
export function draftTextChanges(content: ContentSnapshot, previous: ConsultedTexts, now: number, projectRoot = process.cwd()): Problem[] {
	const problems: Problem[] = [];
	// The day of the last build in Japan: a notice dated that day or after may tell of the change.
	const lastBuildDay = jstDateOf(Date.parse(previous.builtAt));
	for (const consultation of content.consultations) {
		const before = previous.consultations[consultation.id];
		if (!before || before.plan !== consultation.data.plan || !isOpen(consultation.data.period, now)) continue;
		if (consultation.data.notices.some((notice) => notice.date >= lastBuildDay)) continue;
		for (const chapter of content.chapters.filter((ch) => ch.planId === before.plan)) {
			const was = before.chapters[chapter.id];
			if (was === fingerprint(chapter.parsed.body?.text ?? '')) continue;
			problems.push({
				file: path.relative(projectRoot, chapter.file),
				message: messages.draftChangedDuringConsultation(consultation.data.title, formatDate(lastBuildDay), path.relative(projectRoot, consultation.file), was === undefined),
				severity: 'warning',
			});
		}
	}
	return problems;
}
