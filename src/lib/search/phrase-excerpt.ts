/**
 * Where a result's page holds the phrase searched for, its excerpt shows it.
 * Pagefind centres an excerpt on the densest cluster of the query's words;
 * when it splits a Japanese compound (デジタルインフラ → デジタル, インフラ) and
 * one part is everywhere, that cluster may be far from the phrase, and the
 * first result for 「デジタルインフラ」 showed only 「デジタル化…」. The page's
 * indexed text decides instead, as it does for the ranking (rank.ts).
 */
import { compact } from './rank.ts';

export interface PhraseExcerpt<Heading> {
	/** Page text around the phrase's first use, the phrase in `<mark>`; `<` and `>` escaped as Pagefind's excerpts are. */
	html: string;
	/** The section the phrase is in: the last of the headings given before it. */
	section: Heading | undefined;
}

/** Characters of page text shown before the phrase, at most: the start of its sentence if that is nearer. */
const leadLength = 30;

const escapeHtml = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Whether an excerpt from Pagefind shows a phrase, its marks left out (a phrase may be marked as two words). */
const shows = (excerptHtml: string, phrase: string) => compact(excerptHtml.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).includes(compact(phrase));

/**
 * The first use in the text of the first variant it holds as a phrase, case, spaces and 「・」 ignored as
 * the ranking ignores them. (A query typed as words apart is held by a page with each word anywhere: that
 * is left to Pagefind's excerpt, which marks each word.)
 */
function firstUse(content: string, variants: readonly string[]): { variant: string; start: number; end: number } | undefined {
	let folded = '';
	/** For each character of `folded`, the index in `content` it comes from. */
	const origin: number[] = [];
	for (let i = 0; i < content.length; i++) {
		const char = compact(content[i]!);
		folded += char;
		for (let n = 0; n < char.length; n++) origin.push(i);
	}
	for (const variant of variants) {
		const phrase = compact(variant);
		const at = phrase ? folded.indexOf(phrase) : -1;
		if (at >= 0) return { variant, start: origin[at]!, end: origin[at + phrase.length - 1]! + 1 };
	}
	return undefined;
}

/**
 * An excerpt of `length` characters around the first use of the query in a
 * page's indexed text (or of the first variant the text holds: the query as
 * typed before a synonym), and the section it is in among `headings` (the
 * page's section headings, in page order). Undefined when the text does not
 * hold it, or Pagefind's excerpt for the page already shows it.
 */
export function phraseExcerpt<Heading extends { text: string }>(
	page: { content: string; excerpt: string },
	variants: readonly string[],
	headings: readonly Heading[],
	length: number,
): PhraseExcerpt<Heading> | undefined {
	const { content } = page;
	const use = firstUse(content, variants);
	if (!use || shows(page.excerpt, use.variant)) return undefined;
	// Pagefind ends each heading and block with 「. 」.
	const stop = content.lastIndexOf('。', use.start - 1);
	const blockEnd = content.lastIndexOf('. ', use.start - 1);
	const sentenceStart = Math.max(stop + 1, blockEnd < 0 ? 0 : blockEnd + 2);
	const from = Math.max(sentenceStart, use.start - leadLength);
	const to = Math.max(use.end, from + length);
	const html = `${escapeHtml(content.slice(from, use.start))}<mark>${escapeHtml(content.slice(use.start, use.end))}</mark>${escapeHtml(content.slice(use.end, to))}`;
	let section: Heading | undefined;
	let cursor = 0;
	for (const heading of headings) {
		const at = content.indexOf(heading.text, cursor);
		if (at > use.start) break;
		// A heading whose text is not found as it is indexed may lie before the phrase or after it: no section is safer than a wrong one.
		section = at < 0 ? undefined : heading;
		if (at >= 0) cursor = at + heading.text.length;
	}
	return { html: html.trim(), section };
}
