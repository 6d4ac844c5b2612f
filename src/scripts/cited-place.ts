/** A citable place of a chapter page as the opinion drafts keep it: where it is, how it is cited, and the text it has now. */
import { citationText } from '../lib/citation.ts';
import { type DraftPlace, quoteOf, wholeChapterPlace } from '../lib/opinion-drafts.ts';
import { passageText } from './passage-text.ts';
import { placeCitation, placeLinks } from './place-citation.ts';

/** The place `link` leads to on the chapter page at `path` (`article` is its text), with the text it has now, which the draft keeps to tell when it changes. */
export function citedPlace(article: HTMLElement, link: HTMLAnchorElement, path: string): DraftPlace {
	const { anchor, citation } = placeCitation(article, link);
	const text = passageText(article.ownerDocument, anchor);
	return { anchor, path, citation, order: [Number(article.dataset.chapterOrder), placeLinks(article).indexOf(link)], quote: text === undefined ? undefined : quoteOf(text) };
}

/** The chapter at `path` as a whole (`article` is its text, carrying the plan's and chapter's names and order). */
export const wholeChapterOf = (article: HTMLElement, path: string): DraftPlace =>
	wholeChapterPlace({ path, citation: citationText({ planName: article.dataset.citationPlan!, chapter: article.dataset.citationChapter!, location: [] }), order: Number(article.dataset.chapterOrder) });
