import { z } from 'astro/zod';
import { fiscalYear, slug } from './ids.ts';

/** What a value stands for in the plan's timeline. */
export const valueRoles = ['基準値', '現況値', '実績値', '目標値'] as const;

export const indicatorValueSchema = z
	.object({
		/** Fiscal year (年度) in 西暦. */
		year: fiscalYear(),
		/** Baseline, current, actual or target. */
		role: z.enum(valueRoles),
		/** The figure as a plain number: no unit, no full-width digits, no 約. */
		value: z.number({ message: '値は数字だけで書いてください（例: 48.2）。単位は unit に書きます' }),
	})
	.strict();

export const indicatorRowSchema = z
	.object({
		/** Indicator name as the plan writes it. */
		name: z.string().min(1),
		/** Unit of every value in the row (%, 件, 市町村 …). */
		unit: z.string().min(1),
		/** Values by fiscal year. */
		values: z.array(indicatorValueSchema).min(1),
		/** Where the figures come from, as the plan states it. */
		source: z.string().optional(),
	})
	.strict();

export const indicatorTableSchema = z
	.object({
		/** Id of the plan the table belongs to; must equal the plan's folder name. */
		plan: slug(),
		/** Caption of the table. */
		title: z.string().min(1),
		/** Id of the chapter in which the table appears. */
		chapter: slug(),
		/** Heading id of the section the table belongs to. */
		section: slug().optional(),
		/** One row per indicator. */
		rows: z.array(indicatorRowSchema).min(1),
	})
	.strict();

export type IndicatorTable = z.infer<typeof indicatorTableSchema>;
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;
