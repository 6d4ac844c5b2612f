import { z } from 'astro/zod';
import { messages } from '../lib/messages.ts';
import { fieldHelp } from './field-help.ts';
import { fiscalYear, isoDateOrMonth, slug } from './ids.ts';
import { publish } from './publish.ts';
import { prefectureSchema } from './prefecture.ts';

/** Kinds of document a prefecture publishes as a plan. */
export const planKinds = ['計画', '戦略', 'プラン', '推進方向', '評価・総括', '改定方針', '会議資料'] as const;

/** Where a plan stands in its life cycle. */
export const planStatuses = ['検討中', '素案', '中間案', '最終案', '策定済', '改訂'] as const;

export const planSchema = z
	.object({
		/** The prefecture that publishes the plan. */
		prefecture: prefectureSchema,
		/** Official title; or a descriptive one when the source states none (then set titleIsDescriptive). */
		title: z.string().min(1),
		/** True when `title` was written by the editors because the source gives no title. */
		titleIsDescriptive: z.boolean().default(false),
		/** false while the file is being written: see publish.ts. */
		publish: publish(),
		/** What kind of document this is. */
		kind: z.enum(planKinds),
		/** Life-cycle status, only when the source states it. */
		status: z.enum(planStatuses).optional(),
		/** Version label as the document states it, e.g. 1.1版. */
		version: z.string().optional(),
		/** Id of the earlier version of this plan on this site (e.g. the 中間案 of a 最終案): enables the 変更点 pages. */
		previousVersion: slug().optional(),
		/** Plan period in fiscal years (西暦); `end` omitted for an open-ended plan. */
		period: z
			.object({
				/** First fiscal year. */
				start: fiscalYear(),
				/** Last fiscal year, inclusive. */
				end: fiscalYear().optional(),
			})
			.strict()
			.refine((p) => p.end === undefined || p.end >= p.start, {
				message: messages.planPeriodEndBeforeStart(),
				path: ['end'],
			})
			.register(fieldHelp, { example: 'start: 2022\nend: 2025' })
			.optional(),
		/**
		 * What the document says of its period when it gives no fiscal years to put in `period`
		 * (終期の設定は行わず、随時更新), in its own words: shown where the period would be, quoted,
		 * rather than 資料に記載なし, which would say the document is silent.
		 */
		periodInWords: z.string().trim().min(1).optional(),
		/** Key dates exactly as the source states them (策定, 改訂, 公表 …). */
		dates: z
			.array(
				z.object({
					/** What happened on that date, in the document's words. */
					label: z.string().min(1),
					/** `YYYY-MM-DD`, or `YYYY-MM` when the source gives only the month. */
					date: isoDateOrMonth(),
				})
				.strict(),
			)
			.default([]),
		/** Issuing body (部局) as the source names it. */
		publisher: z.string().optional(),
		/** Short, neutral summary written by the editors. */
		summary: z.string().min(1),
		/** The document this content was made from. */
		source: z.object({
			/** Description of the source document. */
			title: z.string().min(1),
			/** The extracted text kept beside plan.yaml, for provenance. */
			file: z.string().default('source.txt'),
			/** Where the original is published, if known. */
			url: z.url({ protocol: /^https?$/, message: messages.webAddress() }).optional(),
		})
		.strict(),
	})
	.strict()
	// One or the other: the overview shows one period, and the words stand where the years would.
	.refine((plan) => plan.period === undefined || plan.periodInWords === undefined, {
		message: messages.fieldsOfOneFormOnly(['period', 'periodInWords']),
		path: ['periodInWords'],
	});

export type Plan = z.infer<typeof planSchema>;
