/**
 * What Pagefind indexes: the built page with its text width-folded
 * (foldWidth), so ＤＸ and DX are one word in the index (Pagefind lower-cases
 * words itself; excerpts keep their capitals). Only the
 * index sees this; the page in dist/ keeps the text as published. Attributes
 * (the result title in data-pagefind-meta) are left as they are. Table cells
 * and definition terms end with a space, so results read 「年度 区分 値」.
 *
 * The text between tags is folded in place rather than through an HTML
 * parser: the build indexes every page, and parsing and re-serialising each
 * one cost more than Pagefind's own indexing.
 */
import { foldWidth } from './normalize.ts';

/** Markup that folding can produce from text (＜ → <, ＆ → &), escaped again; existing entities are kept. */
const escapeFolded = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');

/** Cells and terms Pagefind runs together in its text and excerpts (「（単位: %）年度区分値」): each ends with a space in the index. */
const runTogether = /<\/(caption|th|td|dt|dd)>/g;

export function htmlForIndex(html: string): string {
	return html.replace(/>([^<]+)</g, (_, text: string) => `>${escapeFolded(foldWidth(text))}<`).replace(runTogether, ' </$1>');
}

/** Pages Pagefind would index: once any page marks its body, pages without one are left out. */
export const isIndexedPage = (html: string) => html.includes('data-pagefind-body');
