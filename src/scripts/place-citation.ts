/**
 * How a citable place of a chapter page (a paragraph's 「¶」, a heading's
 * 「#」) is cited, on this page or on a chapter page fetched and parsed. Apart
 * from cited-place.ts so the citation menu, on every chapter page, loads
 * none of what only the opinion drafts need (the quote).
 */
import { citationText } from '../lib/citation.ts';

/** The ¶ and # links of a chapter's text, in document order. */
export const placeLinks = (article: ParentNode) => [...article.querySelectorAll<HTMLAnchorElement>('a.para-link, a.heading-anchor')];

/** The id `link` leads to and its citation (`article` is the chapter's text, carrying the plan's and chapter's names). */
export function placeCitation(article: HTMLElement, link: HTMLAnchorElement): { anchor: string; citation: string } {
	// The attribute, not link.hash: in a parsed page that would resolve against this page's address.
	const anchor = link.getAttribute('href')!.slice(1);
	// Headings carry their citation label; paragraphs' links carry theirs.
	const label = link.dataset.cite ?? link.closest('.heading-wrapper')?.querySelector<HTMLElement>('[data-cite]')?.dataset.cite ?? '';
	return { anchor, citation: citationText({ planName: article.dataset.citationPlan!, chapter: article.dataset.citationChapter!, location: label ? [label] : [] }) };
}
