/**
 * Where a result's page holds the phrase searched for, its first use decides
 * what the result shows and where its link goes. Pagefind centres an excerpt
 * on the densest cluster of the query's words; when it splits a Japanese
 * compound (デジタルインフラ → デジタル, インフラ) and one part is everywhere,
 * that cluster may be far from the phrase, and the first result for
 * 「デジタルインフラ」 showed only 「デジタル化…」. The page's indexed text
 * decides instead, as it does for the ranking (rank.ts).
 */
import { compact } from './rank.ts';

/** The phrase's first use in indexed text, with the words either side of it in the same run of text (see `quoted`). */
export interface Quote {
	prefix: string;
	text: string;
	suffix: string;
}

export interface PhraseInPage<Heading> {
	/**
	 * Page text around the phrase's first use, the phrase in `<mark>`; `<` and `>` escaped as Pagefind's
	 * excerpts are. Undefined when Pagefind's excerpt for the page already shows the phrase.
	 */
	excerpt: string | undefined;
	/** The section the phrase is in: the last of the headings given before it. */
	section: Heading | undefined;
	/** The first use, for a link's text fragment (text-fragment.ts). */
	quote: Quote;
}

/** Characters of page text shown before the phrase, at most: the start of its sentence if that is nearer. */
const leadLength = 30;
/** Characters of context quoted on each side of the phrase, at most. */
const quoteContext = 8;
const words = new Intl.Segmenter('ja', { granularity: 'word' });

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
 * The phrase at `start`…`end` of `content` with up to `quoteContext` characters either side, in whole
 * words of the run of text it is in (no space, 「。」 or block end between): a browser finds a text
 * fragment's context only where it starts and ends on word boundaries, and only in one run of the
 * page's text, which the search index's spaces and 「. 」 may stand between.
 */
function quoted(content: string, start: number, end: number): Quote {
	const stop = (i: number) => /[\s。]/.test(content[i]!) || (content[i] === '.' && (i + 1 === content.length || /\s/.test(content[i + 1]!)));
	let runStart = start;
	while (runStart > 0 && !stop(runStart - 1)) runStart--;
	let runEnd = end;
	while (runEnd < content.length && !stop(runEnd)) runEnd++;
	const run = content.slice(runStart, runEnd);
	const boundaries = [...[...words.segment(run)].map((segment) => runStart + segment.index), runEnd];
	const prefixStart = boundaries.find((b) => b >= start - quoteContext && b <= start) ?? start;
	const suffixEnd = boundaries.findLast((b) => b <= end + quoteContext && b >= end) ?? end;
	return { prefix: content.slice(prefixStart, start), text: content.slice(start, end), suffix: content.slice(end, suffixEnd) };
}

/**
 * Where in a page's indexed text the query is first used (or the first
 * variant the text holds: the query as typed before a synonym): an excerpt
 * of `length` characters around it, unless Pagefind's already shows it; the
 * section it is in among `headings` (the page's section headings, in page
 * order); and the use quoted for a link to it. Undefined when the text does
 * not hold it.
 */
export function phraseInPage<Heading extends { text: string }>(
	page: { content: string; excerpt: string },
	variants: readonly string[],
	headings: readonly Heading[],
	length: number,
): PhraseInPage<Heading> | undefined {
	const { content } = page;
	const use = firstUse(content, variants);
	if (!use) return undefined;
	// A heading whose text is not found as it is indexed may lie before the phrase or after it: no section is safer than a wrong one.
	const section = sectionSpans(content, headings).findLast((span) => span.start <= use.start)?.heading;
	return { excerpt: shows(page.excerpt, use.variant) ? undefined : excerptAround(content, use, length), section, quote: quoted(content, use.start, use.end) };
}

/**
 * Where each section's text lies in the page's indexed text: from its heading to the next heading
 * found. A heading not found as indexed ends the section before it and starts none (heading undefined).
 */
function sectionSpans<Heading extends { text: string }>(content: string, headings: readonly Heading[]): Array<{ heading: Heading | undefined; start: number; end: number }> {
	const spans: Array<{ heading: Heading | undefined; start: number; end: number }> = [];
	let cursor = 0;
	for (const heading of headings) {
		const at = content.indexOf(heading.text, cursor);
		const start = at < 0 ? cursor : at;
		const previous = spans.at(-1);
		if (previous) previous.end = start;
		spans.push({ heading: at < 0 ? undefined : heading, start, end: content.length });
		if (at >= 0) cursor = at + heading.text.length;
	}
	return spans;
}

/**
 * The sections whose own text (up to the next heading) holds the query or a variant as a phrase: the
 * sections a result lists under its page, rather than every section with one of its words (オープンデータ
 * split into オープン and データ, the second on every page about data).
 */
export function sectionsHolding<Heading extends { text: string }>(content: string, variants: readonly string[], headings: readonly Heading[]): Heading[] {
	return sectionSpans(content, headings).flatMap(({ heading, start, end }) => (heading && firstUse(content.slice(start, end), variants) ? [heading] : []));
}

function excerptAround(content: string, use: { start: number; end: number }, length: number): string {
	// Pagefind ends each heading and block with 「. 」.
	const stop = content.lastIndexOf('。', use.start - 1);
	const blockEnd = content.lastIndexOf('. ', use.start - 1);
	const sentenceStart = Math.max(stop + 1, blockEnd < 0 ? 0 : blockEnd + 2);
	const from = Math.max(sentenceStart, use.start - leadLength);
	const to = Math.max(use.end, from + length);
	return `${escapeHtml(content.slice(from, use.start))}<mark>${escapeHtml(content.slice(use.start, use.end))}</mark>${escapeHtml(content.slice(use.end, to))}`.trim();
}
