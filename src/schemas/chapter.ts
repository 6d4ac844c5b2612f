import { z } from 'astro/zod';
import { messages } from '../lib/messages.ts';
import { fieldHelp } from './field-help.ts';
import { headingId, slug, themeId } from './ids.ts';
import { publish } from './publish.ts';

export const chapterSchema = z
	.object({
		/** Id of the plan this chapter belongs to; must equal the plan's folder name. */
		plan: slug(),
		/** Position within the plan: 0 for a summary or preface, then 1, 2, … */
		order: z.number().int().min(0).register(fieldHelp, { example: '1' }),
		/** The document's own chapter label, verbatim (第１章). */
		number: z.string().optional(),
		/** Chapter title without its label; or a descriptive one when the document gives this part none (then set titleIsDescriptive). */
		title: z.string().min(1),
		/** True when `title` was written by the editors: the page says so next to it. */
		titleIsDescriptive: z.boolean().default(false),
		/** Optional one-line summary shown in tables of contents. */
		summary: z.string().optional(),
		/**
		 * false while the chapter is being written (a new chapter of a plan already
		 * published): see publish.ts. No build publishes it, nor the indicators and
		 * evaluation tables placed in it; `npm run dev` shows it.
		 */
		publish: publish(),
		/**
		 * Themes of this chapter's sections: heading id → theme ids
		 * (`s2-1: [administrative-dx, municipalities]`). Tag the section a theme
		 * is about; its subsections are not tagged implicitly.
		 */
		themes: z
			.record(headingId(), z.array(themeId()).min(1))
			.register(fieldHelp, {
				example: 's1: [role-purpose]\ns2-1: [administrative-dx, municipalities]',
				advice: messages.chapterThemesAdvice(),
			})
			.default({}),
	})
	.strict();

export type Chapter = z.infer<typeof chapterSchema>;
