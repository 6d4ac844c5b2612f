/**
 * What Pagefind indexes: the built page with its text width-folded
 * (foldWidth), so ＤＸ and DX are one word in the index (Pagefind lower-cases
 * words itself; excerpts keep their capitals), and a record of which
 * characters were full-width (widths.ts) for the results to read as
 * published. Only the index sees this; the page in dist/ keeps the text as
 * published. Attributes (the result title in data-pagefind-meta) are left as
 * they are. Table cells and definition terms end with a space, so results read
 * 「年度 区分 値」. The page's h1 is recorded as its heading (rank.ts: a page
 * whose own heading holds the query comes first; the result title also names
 * the plan).
 *
 * The text between tags is folded in place rather than through an HTML
 * parser: the build indexes every page, and parsing and re-serialising each
 * one cost more than Pagefind's own indexing. The width record needs the text
 * Pagefind keeps, which only a tokenizer can tell (htmlparser2, no tree).
 */
import { Parser } from 'htmlparser2';
import { foldWidth } from './normalize.ts';
import { encodeWidths, widthsMetaKey, widthsOf } from './widths.ts';
import { headingMetaKey } from './rank.ts';

/** Markup that folding can produce from text (＜ → <, ＆ → &), escaped again; existing entities are kept. */
const escapeFolded = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');

/** Cells and terms Pagefind runs together in its text and excerpts (「（単位: %）年度区分値」): each ends with a space in the index. */
const runTogether = /<\/(caption|th|td|dt|dd)>/g;

/** Elements Pagefind leaves out of a page's text whatever their markup (its fossick/parser.rs), besides data-pagefind-ignore. */
const leftOutByPagefind = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);

/** The text Pagefind reads from a page: inside data-pagefind-body, without what it leaves out. */
export function pagefindText(html: string): string {
	let text = '';
	const open: Array<{ body: boolean; leftOut: boolean }> = [];
	let bodies = 0;
	let leftOut = 0;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const element = { body: 'data-pagefind-body' in attributes, leftOut: 'data-pagefind-ignore' in attributes || leftOutByPagefind.has(name) };
				open.push(element);
				if (element.body) bodies++;
				if (element.leftOut) leftOut++;
			},
			ontext(data) {
				if (bodies > 0 && leftOut === 0) text += data;
			},
			onclosetag() {
				const element = open.pop();
				if (element?.body) bodies--;
				if (element?.leftOut) leftOut--;
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return text;
}

/** The page as Pagefind indexes it; `text` is its pagefindText, when the caller has it already. */
export function htmlForIndex(html: string, text = pagefindText(html)): string {
	const folded = html
		.replace(/>([^<]+)</g, (_, text: string) => `>${escapeFolded(foldWidth(text))}<`)
		.replace(runTogether, ' </$1>')
		.replace(/<h1(?=[\s>])/, `<h1 data-pagefind-meta="${headingMetaKey}"`);
	// Pagefind takes metadata from anywhere in the page; an empty element adds no text.
	const widths = `<span data-pagefind-meta="${widthsMetaKey}:${encodeWidths(widthsOf(text))}"></span>`;
	const end = folded.lastIndexOf('</body>');
	return end < 0 ? folded + widths : folded.slice(0, end) + widths + folded.slice(end);
}

/** Pages Pagefind would index: once any page marks its body, pages without one are left out. */
export const isIndexedPage = (html: string) => html.includes('data-pagefind-body');
