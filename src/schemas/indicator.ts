import { z } from 'astro/zod';
import { messages } from '../lib/messages.ts';
import { fieldHelp } from './field-help.ts';
import { chapterId, fiscalYear, headingId, slug, themeId } from './ids.ts';

/** What a value stands for in the plan's timeline. */
export const valueRoles = ['基準値', '現況値', '実績値', '目標値'] as const;
export type ValueRole = (typeof valueRoles)[number];

/** Which way the plan counts as improvement. */
export const directions = ['増加', '減少'] as const;

/** A figure as a plain number, or null for a cell the plan leaves blank (blank is not zero). */
const figure = () => z.number({ message: messages.figureForm() }).register(fieldHelp, { example: '80', advice: messages.figureAdvice() }).nullable();

const indicatorValueSchema = z
	.object({
		/** Fiscal year (年度) in 西暦. Omitted only when the plan states no time for the figure. */
		year: fiscalYear().optional(),
		/** The time exactly as the plan writes it (R②, R5.8末, 令和３年度); the check compares it with `year`. */
		asOf: z.string().min(1).optional(),
		/** Baseline, current, actual or target. */
		role: z.enum(valueRoles),
		/** The figure: no unit, no full-width digits, no 約; null for a blank cell. */
		value: figure(),
	})
	.strict();

const comparisonValueSchema = z
	.object({
		/** Whom the figure is about, as the plan writes it: 全国, 東北各県, 宮城県 … */
		area: z.string().min(1),
		/** Fiscal year (年度) in 西暦, when the plan states one. */
		year: fiscalYear().optional(),
		/** The time exactly as the plan writes it. */
		asOf: z.string().min(1).optional(),
		/** The figure, in the indicator's unit; null for a blank cell. */
		value: figure(),
	})
	.strict();

export const indicatorSchema = z
	.object({
		/** Id of the plan; must equal the plan's folder name. */
		plan: slug(),
		/** Id of the chapter in which the figure appears. */
		chapter: chapterId(),
		/** Heading id of the section the indicator belongs to; the indicator is shown there. */
		section: headingId(),
		/** The indicator's name as the plan writes it (full-width digits kept); or the editors' own, from the plan's words (then set nameIsDescriptive). */
		name: z.string().min(1),
		/**
		 * The name is wholly or partly the editors' (the plan gives the figure without a name, or the editors
		 * added words to tell it apart): said beside the name on the pages and in the open data. The notes say which words.
		 */
		nameIsDescriptive: z.boolean().default(false),
		/** Unit of every value (%, 件, 市町村 …), kept apart from the numbers. */
		unit: z.string().min(1),
		/** 増加 when the plan treats a rise as improvement, 減少 when a fall; omitted when the plan states no aim for the figure. */
		direction: z.enum(directions).optional(),
		/** The plan's figures by fiscal year, each with its role. */
		values: z.array(indicatorValueSchema).min(1),
		/** Figures the plan sets beside its own for comparison (全国, other prefectures). */
		comparisons: z.array(comparisonValueSchema).default([]),
		/** Where the figures come from, as the plan states it. */
		source: z.string().min(1).optional(),
		/** Theme ids (file names in content/themes/) the indicator is about. */
		themes: z.array(themeId()).default([]),
		/**
		 * Shared key of the measure (e.g. `mynumber-card-rate`): indicators of
		 * different plans with the same key measure the same thing in the same
		 * unit and are compared on one page.
		 */
		metric: slug().optional(),
	})
	.strict();

/**
 * Decimal places a figure is written with in its file (`value: 80.0` → 1),
 * added when the content is read (stated-decimals.ts), not written by authors:
 * YAML reads 80.0 as 80, and the plan prints ８０.０％.
 */
interface WrittenPrecision {
	decimals?: number;
}
export type IndicatorValue = z.infer<typeof indicatorValueSchema> & WrittenPrecision;
export type ComparisonValue = z.infer<typeof comparisonValueSchema> & WrittenPrecision;
export type Indicator = Omit<z.infer<typeof indicatorSchema>, 'values' | 'comparisons'> & { values: IndicatorValue[]; comparisons: ComparisonValue[] };
export type Direction = (typeof directions)[number];
