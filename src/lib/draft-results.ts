/**
 * Which rows of a consultation's results table are about a resident's draft, for the drafts kept on its
 * results page: the page marks each row with the place its `concerns` leads to in the draft
 * (ConsultationResultsPage.astro), and each draft links to the rows about its place, as a chapter page
 * links a section to them (rehype-section-opinions.ts).
 */
import type { OpinionDraft } from './opinion-drafts.ts';
import { sectionOfParagraph } from './page-ids.ts';

/**
 * How a results row is about a draft: 'section' when the row's section is the one the draft cites (a
 * heading's `#` cites the section's id; a paragraph's `¶` its section's id and its number there, `s1-p2`);
 * 'chapter' when the row is about the whole chapter the draft is on, whatever place of it the draft cites;
 * else undefined, another section in it included (a row about 第１節 is not about its １). `rowPlace` is the
 * address the row's `concerns` leads to: the chapter page, and `#<section>` unless it is about the chapter.
 */
export function resultAboutDraft(rowPlace: string, draft: Pick<OpinionDraft, 'path' | 'anchor'>): 'section' | 'chapter' | undefined {
	const [path, section] = rowPlace.split('#');
	if (path !== draft.path) return undefined;
	if (!section) return 'chapter';
	return draft.anchor === section || sectionOfParagraph(draft.anchor) === section ? 'section' : undefined;
}
