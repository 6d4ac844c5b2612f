import { z } from 'astro/zod';
import { planReference, slug } from './ids.ts';
import { publish } from './publish.ts';
import { messages } from '../lib/messages.ts';

/** A reading: hiragana first (it decides the term's 五十音 row), then hiragana, ー, 「・」 or spaces. */
const hiraganaReading = /^\s*[\u3041-\u3096][\u3041-\u3096\u30fc・\s]*$/;

/** Who wrote a definition: a plan (its 用語解説, or a section of its text), or the site's editors. */
const definitionSourceSchema = z.union([
	z.object({
		/** Id of the plan whose 用語解説 gives this definition. */
		plan: slug(),
		/**
		 * The section of that plan's text that gives it, as `plan:<plan>/<chapter>#<section>`, when the plan
		 * defines the term there (a heading 「DX (デジタル・トランスフォーメーション)」) rather than in a 用語解説.
		 */
		section: planReference().optional(),
	}).strict(),
	z.object({
		/** Written by the site's editors; shown with a label saying it is not from any plan. */
		editorial: z.literal(true),
	}).strict(),
]);

export const glossarySchema = z
	.object({
		/** The term as the plan writes it. */
		term: z.string().min(1),
		/** false while the file is being written: see publish.ts. */
		publish: publish(),
		/** Reading in hiragana; drives 五十音 order. */
		reading: z.string().regex(hiraganaReading, { error: (issue) => messages.readingNotHiragana(String(issue.input)) }),
		/** Other spellings and abbreviations that mean the same thing. */
		aliases: z.array(z.string().min(1)).default([]),
		/**
		 * Readings in hiragana of aliases written in kanji (人工知能: じんこうちのう), by alias: the 五十音 index lists
		 * those aliases too, as it lists the ones in kana or Latin letters, whose place it tells from their spelling.
		 */
		aliasReadings: z.record(z.string(), z.string().regex(hiraganaReading, { error: (issue) => messages.readingNotHiragana(String(issue.input)) })).default({}),
		/**
		 * Places whose words look like the term but are not it (a pun: 「AI(愛)サイ(佐井)ボード」; another
		 * body's name), as `plan:<plan>/<chapter>#<section>` (a whole chapter without `#…`): the term is not
		 * linked there and the place is not counted among the term's uses.
		 */
		notUsedIn: z.array(planReference()).default([]),
		/**
		 * Longer names that hold the term's letters without meaning it (a department 「DX推進課」, a post
		 * 「DX・働き方改革推進補佐官」, a project 「福島イノベーション・コースト構想」), as the plans write them: wherever
		 * one is written, the term is not linked inside it and that is not counted as a use.
		 */
		notIn: z.array(z.string().min(2)).default([]),
		/**
		 * Ids of terms a reader of this one will want too (リスキリング and リカレント教育), which neither definition
		 * names: the editors' pairing, listed under 関連する用語 on both terms' pages, with the terms the definitions use.
		 */
		related: z.array(slug()).default([]),
		/** Where the definition (the Markdown body) comes from. */
		source: definitionSourceSchema,
		/** The definition's 【参照】 lines, verbatim. */
		references: z.array(z.string().min(1)).default([]),
		/**
		 * Where another plan defines the same concept too: its definition, shown
		 * after the main one (the Markdown body) with its own source.
		 */
		otherDefinitions: z
			.array(
				z
					.object({
						/** Whose definition this is. */
						source: definitionSourceSchema,
						/** The definition as that source writes it: plain text, a blank line between paragraphs. */
						text: z.string().min(1),
						/** Its 【参照】 lines, verbatim. */
						references: z.array(z.string().min(1)).default([]),
					})
					.strict(),
			)
			.default([]),
	})
	.strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
