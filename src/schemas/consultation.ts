import { z } from 'astro/zod';
import { fieldHelp } from './field-help.ts';
import { isIsoDay, isoDate, notOnCalendar, onCalendar, planReference, slug } from './ids.ts';
import { messages } from '../lib/messages.ts';
import { publish } from './publish.ts';
import { prefectureSchema } from './prefecture.ts';

/** Drafts a plan goes through before adoption, as prefectures name them. */
export const draftStages = ['骨子案', '素案', '中間案', '原案', '最終案'] as const;

/** How a prefecture responded to an opinion, in the wording results tables use. */
export const reflectionKinds = ['反映する', '一部反映する', '既に盛り込み済み', '今後の参考とする', '反映しない', 'その他'] as const;

/**
 * A date, or a date and time, in Japan Standard Time, as the organiser
 * states it: `2026-12-01`, or `"2026-12-28 17:00"` (quoted, because YAML
 * would otherwise read an unquoted time as UTC).
 */
const jstMoment = () =>
	z
		.union([z.string(), z.date()])
		.transform((value) => {
			if (!(value instanceof Date)) return value;
			// YAML reads `2026-12-01` (and an unquoted time) as UTC; its wall-clock figures are the JST ones meant.
			const iso = value.toISOString();
			return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
		})
		.pipe(
			z
				.string()
				.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[ T]([01]\d|2[0-3]):[0-5]\d)?$/, { error: (issue) => messages.jstMomentForm(String(issue.input)) })
				.refine(onCalendar, notOnCalendar)
				.transform((text) => ({ date: text.slice(0, 10), time: text.length > 10 ? text.slice(11, 16) : undefined })),
		);

type JstMomentValue = z.infer<ReturnType<typeof jstMoment>>;

// Moments compared as JST wall-clock text: a date-only end runs to 24:00, a date-only start from 00:00.
const lastMoment = (m: JstMomentValue) => `${m.date} ${m.time ?? '24:00'}`;
const firstMoment = (m: JstMomentValue) => `${m.date} ${m.time ?? '00:00'}`;
/** A moment as the author writes it in the file. */
const written = (m: JstMomentValue) => (m.time ? `${m.date} ${m.time}` : m.date);

/** What the organiser says about a posted opinion's deadline: it must arrive by then, or only be postmarked by then. */
const postalDeadlines = ['必着', '消印有効'] as const;

/** Who may submit, what they must write and until when, per channel. */
const channelBase = {
	/** Fields the submitter must give (氏名, 住所 …), as the organiser lists them. */
	required: z.array(z.string().min(1)).default([]),
	/** Fields the submitter may give. */
	optional: z.array(z.string().min(1)).default([]),
	/** Anything else the organiser says about this channel, verbatim. */
	note: z.string().optional(),
	/**
	 * This channel's own last day (or closing time) when the organiser gives one other than `period.end`,
	 * such as a counter closing at 17:00 while e-mail runs to the end of the day. Never after `period.end`.
	 */
	closes: jstMoment().register(fieldHelp, { example: '"2026-12-25 17:00"', advice: messages.closesAdvice() }).optional(),
	/**
	 * 郵送 only: whether a posted opinion must arrive by the deadline (必着) or be postmarked by it (消印有効),
	 * as the organiser states it. Left out when the source does not say; the page then says so.
	 */
	postalDeadline: z.enum(postalDeadlines).optional(),
};

/** One official way to submit an opinion. The site itself never submits anything. */
export const channelSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('ウェブフォーム'), /** The organiser's form. */ url: z.url({ protocol: /^https$/, message: messages.secureWebAddress() }), ...channelBase }).strict(),
	z.object({ kind: z.literal('電子メール'), /** The address opinions go to. */ email: z.email({ message: messages.emailAddressForm() }), ...channelBase }).strict(),
	z.object({ kind: z.literal('郵送'), /** Postal address with 〒 and the addressee. */ address: z.string().min(1), ...channelBase }).strict(),
	z.object({ kind: z.literal('ファクシミリ'), /** FAX number as written. */ number: z.string().min(1), ...channelBase }).strict(),
	z.object({ kind: z.literal('持参'), /** Where to bring it, with opening hours if stated. */ address: z.string().min(1), ...channelBase }).strict(),
]);

/** One row of the results table: an opinion (summarised by the organiser) and the prefecture's answer. */
export const resultItemSchema = z
	.object({
		/** 番号 as the published table writes it (2-1, ①), where it is not the row's place in the table (1, 2, 3 …), which is shown otherwise. */
		number: z.union([z.string().min(1), z.number().transform(String)]).optional(),
		/** 該当箇所 as the published table writes it (第３章 ２(1), P.12, 全体), verbatim; shown in its place, linked when `concerns` is given. */
		place: z.string().min(1).optional(),
		/** The part of the draft the opinion concerns: `plan:<plan>/<chapter>#<section>`. */
		concerns: planReference().optional(),
		/** 意見の概要, verbatim from the published results. */
		summary: z.string().min(1),
		/** 県の考え方, verbatim. */
		response: z.string().min(1),
		/** 反映 …: how the plan was changed, if at all. */
		reflection: z.enum(reflectionKinds),
	})
	.strict();

export const consultationSchema = z
	.object({
		/** 案件名 as the organiser states it; or a descriptive one (then set titleIsDescriptive). */
		title: z.string().min(1),
		/** True when the editors wrote `title` because the source gives none. */
		titleIsDescriptive: z.boolean().default(false),
		/** false while the file is being written: see publish.ts. */
		publish: publish(),
		/** 案件番号, if the organiser gives one. */
		caseNumber: z.string().optional(),
		/** The prefecture running the consultation. */
		prefecture: prefectureSchema,
		/** The draft under consultation when its text is on this site: its plan id. Its chapters become the documents, open for citation and drafting. */
		plan: slug().optional(),
		/** Which draft is consulted on (素案, 中間案 …). */
		stage: z.enum(draftStages).optional(),
		/** The organiser (担当部局), as stated. */
		organiser: z.string().min(1),
		/** The rule the consultation follows (条例・要綱), if stated. */
		basis: z.string().optional(),
		/** 案の公示日: when the draft was published for comment. */
		announced: isoDate().optional(),
		/** 意見募集期間 in JST. Omit when the source gives no exact dates, and quote the schedule in `schedule` instead. */
		period: z
			.object({
				/** First day (and time) opinions are accepted. */
				start: jstMoment(),
				/** Last day opinions are accepted (the whole day), or the closing time. */
				end: jstMoment(),
			})
			.strict()
			.register(fieldHelp, { example: 'start: 2026-12-01\nend: 2026-12-28' })
			.optional(),
		/**
		 * 意見募集期間が30日未満の場合その理由 (e-Gov's field), verbatim: the national procedure and most
		 * prefectures' rules ask for 30 days from the announcement, and a shorter period is explained.
		 */
		shortPeriodReason: z.string().min(1).optional(),
		/** The schedule as a source states it when exact dates are not given (e.g. a plan's timetable). */
		schedule: z
			.object({
				/** The source's words, verbatim: 「パブリックコメント実施（1か月）」. */
				text: z.string().min(1),
				/** Where the source states it: `plan:<plan>/<chapter>#<section>`. */
				source: planReference(),
				/** The editors' reading of when it falls, marked as theirs on the page. */
				editorialNote: z.string().optional(),
			})
			.strict()
			.optional(),
		/** The organiser's own page for this consultation (the prefecture's site or e-Gov), where residents can check the official notice. */
		officialPage: z.url({ protocol: /^https?$/, message: messages.webAddress() }).optional(),
		/** 問合せ先. */
		contact: z
			.object({
				/** Section and, if stated, the person. */
				name: z.string().min(1),
				/** Telephone number as the notice writes it; shown as text, not a tel: link. */
				phone: z.string().optional(),
				/** Mail address without `mailto:`; the page makes the mailto: link. */
				email: z.email({ message: messages.emailAddressForm() }).optional(),
				/** The contact page, http(s) only; linked as 問合せ先のページ. */
				url: z.url({ protocol: /^https?$/, message: messages.webAddress() }).optional(),
			})
			.strict()
			.optional(),
		/** 提出方法: each official channel with what it requires. */
		channels: z.array(channelSchema).default([]),
		/**
		 * The organiser's notices about the case after announcing it (期間の延長, 資料の訂正・差替え, 説明会の追加),
		 * verbatim, each with its date: the case page's 更新履歴, the newest under its status, and the feeds.
		 */
		notices: z
			.array(z.object({ /** The day the organiser published it. */ date: isoDate(), /** What it says, verbatim. */ text: z.string().min(1) }).strict())
			.default([]),
		/** Other documents of the consultation (概要版, 新旧対照表 …) published elsewhere. */
		documents: z
			.array(z.object({ /** Document title. */ title: z.string().min(1), /** Where it is published. */ url: z.url({ protocol: /^https?$/, message: messages.webAddress() }) }).strict())
			.default([]),
		/** 結果の公示, once published. */
		results: z
			.object({
				/** 結果の公示日. */
				published: isoDate(),
				/** The organiser's page publishing the results (the prefecture's site or e-Gov), where residents can read them as published. */
				officialPage: z.url({ protocol: /^https?$/, message: messages.webAddress() }).optional(),
				/** 提出意見数 (opinions, as the organiser counts them). */
				opinionCount: z.number().int().min(0),
				/** Number of people and bodies who submitted, if stated. */
				submitterCount: z.number().int().min(0).optional(),
				/** The plan as adopted after the consultation, when it is on this site (enables the 変更点 pages). */
				finalPlan: slug().optional(),
				/** 意見の概要と県の考え方. */
				items: z.array(resultItemSchema).default([]),
			})
			.strict()
			.optional(),
	})
	.strict()
	.superRefine((c, ctx) => {
		if (!c.period && !c.schedule) ctx.addIssue({ code: 'custom', path: ['period'], message: messages.consultationPeriodOrSchedule() });
		// Refinements run on what the fields hold even where they failed (a date not parsed is still text): compare only parsed moments.
		const period = c.period?.start.date && c.period.end.date ? c.period : undefined;
		if (period && lastMoment(period.end) <= firstMoment(period.start)) {
			ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: messages.consultationEndBeforeStart() });
		}
		// Only a date written as one (R8.12.1 is the format check's to report, not a date after the start).
		const announced = c.announced && isIsoDay(c.announced) ? c.announced : undefined;
		// Opinions are accepted from the draft's announcement on: an announcement after the first day is a mistyped date.
		if (period && announced && announced > period.start.date!) {
			ctx.addIssue({ code: 'custom', path: ['announced'], message: messages.announcedAfterStart(announced, period.start.date!) });
		}
		if (c.results && period && isIsoDay(c.results.published) && c.results.published < period.end.date!) {
			ctx.addIssue({ code: 'custom', path: ['results', 'published'], message: messages.resultsBeforeDeadline(c.results.published, period.end.date!) });
		}
		c.notices.forEach((notice, i) => {
			if (announced && isIsoDay(notice.date) && notice.date < announced) {
				ctx.addIssue({
					code: 'custom',
					path: ['notices', i, 'date'],
					message: messages.noticeBeforeAnnouncement(notice.date, announced),
				});
			}
		});
		if (c.channels.length > 0 && !c.period) ctx.addIssue({ code: 'custom', path: ['channels'], message: messages.channelsWithoutPeriod() });
		c.channels.forEach((channel, i) => {
			if (channel.postalDeadline && channel.kind !== '郵送') {
				ctx.addIssue({
					code: 'custom',
					path: ['channels', i, 'postalDeadline'],
					message: messages.postalDeadlineNotPostal(channel.kind),
				});
			}
			if (!channel.closes?.date || !period) return;
			if (lastMoment(channel.closes) > lastMoment(period.end)) {
				ctx.addIssue({
					code: 'custom',
					path: ['channels', i, 'closes'],
					message: messages.channelClosesAfterPeriod(written(channel.closes), written(period.end)),
				});
			} else if (lastMoment(channel.closes) <= firstMoment(period.start)) {
				ctx.addIssue({ code: 'custom', path: ['channels', i, 'closes'], message: messages.channelClosesBeforeStart(written(channel.closes)) });
			}
		});
	});

export type Consultation = z.infer<typeof consultationSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type ResultItem = z.infer<typeof resultItemSchema>;
