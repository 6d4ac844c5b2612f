import { z } from 'astro/zod';
import { messages } from '../lib/messages.ts';
import { isCalendarDay } from '../lib/japanese-dates.ts';
import { fieldHelp } from './field-help.ts';

/** Lower-case ASCII slug used in URLs and anchors: `fukushima-dx-2022`, `ch3`, `s2-1`. */
export const slugPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A text of that form; `message`: what an id of the field's kind looks like, said when it is not one. */
const idOfForm = (message: string) => z.string().regex(slugPattern, { message });

/** An id of that form; `example`: one of the kind the field takes (a plan's, a chapter's). */
export const slug = (example = 'fukushima-dx-2022') => idOfForm(messages.slugForm(example));

/** A chapter's id: its file name without `.md`. */
export const chapterId = () => slug('ch3');

/** A heading's id in its chapter, which the build makes from the document's numbering (`s2-1`) or takes from `{#id}`. */
export const headingId = () => idOfForm(messages.headingIdForm());

/**
 * A theme's id, a file name in content/themes/. Any text passes here: the
 * content check, which knows the themes, reports one that is not an id and
 * names the theme a title or alias written instead means (めざす姿 → role-vision).
 */
export const themeId = () => z.string().min(1);

/** A reference to a place in a plan on this site: `plan:<plan>/<chapter>` or `plan:<plan>/<chapter>#<section>`. */
export const planReference = () =>
	z.string().regex(/^plan:[a-z0-9-]+\/[a-z0-9-]+(#[a-z0-9-]+)?$/, {
		message: messages.planReferenceForm(),
	});

/** A fiscal year (年度) written in 西暦, e.g. 2022 for 令和4年度. */
export const fiscalYear = () => z.number().int().min(1868).max(2200).register(fieldHelp, { example: '2022' });

/** False for a date the calendar does not have (2022-02-30, 2023-02-29); months and valid dates pass. */
export const onCalendar = (value: string) => {
	// A value not written as digits and hyphens (２０２６-１２-０１) is the format check's to report, not a date missing from the calendar.
	if (!/^\d{4}-\d{2}(?:-\d{2})?(?!\d)/.test(value)) return true;
	const [year, month, day] = value.slice(0, 10).split('-').map(Number);
	if (day === undefined) return true;
	return isCalendarDay(year!, month!, day);
};
export const notOnCalendar = { error: (issue: { input?: unknown }) => messages.dateNotOnCalendar(String(issue.input)) };

/** An ISO calendar date or month as the source states it: `2023-03-20` or `2023-03`. */
export const isoDateOrMonth = () =>
	z
		.union([z.string(), z.date()])
		.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
		.pipe(
			z
				.string()
				.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
					message: messages.isoDateOrMonthForm(),
				})
				.refine(onCalendar, notOnCalendar),
		);

/** A day as isoDate takes it, month and day in range (onCalendar checks it is a real one). */
const isoDayPattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether a field's text is a day isoDate takes: a schema's refinements see the text even where that check failed. */
export const isIsoDay = (value: string) => isoDayPattern.test(value) && onCalendar(value);

/** An ISO calendar date, `2026-12-01` (YAML may read it as a Date; it is kept as written). */
export const isoDate = () =>
	z
		.union([z.string(), z.date()])
		.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
		.pipe(
			z
				.string()
				.regex(isoDayPattern, { message: messages.isoDateForm() })
				.refine(onCalendar, notOnCalendar),
		);
