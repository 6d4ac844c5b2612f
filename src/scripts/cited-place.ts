/** A citable place of a chapter page as the opinion drafts keep it: where it is, how it is cited, and the text it has now. */
import { type PassageQuote, quoteOf } from '../lib/opinion-drafts.ts';
import { passageText } from './passage-text.ts';
import { placeCitation, placeLinks } from './place-citation.ts';

export interface CitedPlace {
	anchor: string;
	/** Site-absolute path of the chapter page. */
	path: string;
	citation: string;
	order: [number, number];
	/** The place's text as published now: a draft keeps it to tell when the text there changes. */
	quote: PassageQuote | undefined;
}

/** The place `link` leads to on the chapter page at `path` (`article` is its text). */
export function citedPlace(article: HTMLElement, link: HTMLAnchorElement, path: string): CitedPlace {
	const { anchor, citation } = placeCitation(article, link);
	const text = passageText(article.ownerDocument, anchor);
	return { anchor, path, citation, order: [Number(article.dataset.chapterOrder), placeLinks(article).indexOf(link)], quote: text === undefined ? undefined : quoteOf(text) };
}
