import { z } from 'astro/zod';
import { chapterId, headingId, slug, themeId } from './ids.ts';

const gradeDefinitionSchema = z
	.object({
		/** The grade as the plan writes it: A, ○ … */
		grade: z.string().min(1),
		/** What the grade means. */
		definition: z.string().min(1),
		/** true when the definition is written by the site editors, not stated in the plan. */
		editorial: z.boolean().default(false),
	})
	.strict();

const evaluationScaleSchema = z
	.object({
		/** Column heading as the plan writes it (分類, R5年度末のありたい姿の達成状況 …). */
		name: z.string().min(1),
		/** Definitions of the grades; only those the plan states, unless marked editorial. */
		grades: z.array(gradeDefinitionSchema).default([]),
	})
	.strict();

const evaluatedItemSchema = z
	.object({
		/** The group the item is under (the plan's ビジョン …), verbatim; omitted when it has none. */
		group: z.string().min(1).optional(),
		/** The item (project) as the plan names it. */
		name: z.string().min(1),
		/** One entry per scale, in the order of `scales`, verbatim from the plan (C, △達成できず …). */
		grades: z.array(z.string().min(1)).min(1),
		/** Heading id of the item's own section in `itemChapter` (or `chapter`), if it has one. */
		section: headingId().optional(),
	})
	.strict();

export const evaluationSchema = z
	.object({
		/** Id of the plan; must equal the plan's folder name. */
		plan: slug(),
		/** Caption of the table, as the plan titles it. */
		title: z.string().min(1),
		/** Id of the chapter in which the table appears. */
		chapter: chapterId(),
		/** Heading id of the section the table belongs to; omitted when it is the chapter's opening. */
		section: headingId().optional(),
		/** Id of the chapter holding the items' own sections, when it is not `chapter`. */
		itemChapter: chapterId().optional(),
		/** Heading of the item column (リーディングプロジェクト …). */
		itemLabel: z.string().min(1),
		/** Heading of the group column (ビジョン …), when items are grouped. */
		groupLabel: z.string().min(1).optional(),
		/** The grading columns, in the plan's order. */
		scales: z.array(evaluationScaleSchema).min(1),
		/** The evaluated items, in the plan's order. */
		items: z.array(evaluatedItemSchema).min(1),
		/** Theme ids the table is about. */
		themes: z.array(themeId()).default([]),
	})
	.strict();

export type Evaluation = z.infer<typeof evaluationSchema>;
