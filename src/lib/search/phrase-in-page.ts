/**
 * Where a result's page holds the phrase searched for, its first use decides
 * what the result shows and where its link goes. Pagefind centres an excerpt
 * on the densest cluster of the query's words; when it splits a Japanese
 * compound (デジタルインフラ → デジタル, インフラ) and one part is everywhere,
 * that cluster may be far from the phrase, and the first result for
 * 「デジタルインフラ」 showed only 「デジタル化…」. For words typed apart (高齢者
 * スマホ) it marked pieces of them (者 in 事業者) and showed neither. The page's
 * indexed text decides instead, as it does for the ranking (rank.ts).
 */
import { excerptText } from './excerpt.ts';
import { japaneseWords } from './normalize.ts';
import { compact, compactWithOrigin, holds, usesOf } from './rank.ts';

/** The phrase's first use in indexed text, with the words either side of it in the same run of text (see `quoted`). */
export interface Quote {
	prefix: string;
	text: string;
	suffix: string;
}

export interface PhraseInPage<Heading> {
	/**
	 * Page text around the phrase's first use (or where words typed apart are closest), each in `<mark>`;
	 * `<` and `>` escaped as Pagefind's excerpts are. Undefined when Pagefind's excerpt for the page already
	 * shows the phrase.
	 */
	excerpt: string | undefined;
	/** The section the phrase is in: the last of the headings given before it. */
	section: Heading | undefined;
	/** The first use (of the first word, for words typed apart), for a link's text fragment (text-fragment.ts). */
	quote: Quote;
}

/** Characters of page text shown before the phrase, at most: the start of its sentence if that is nearer. */
const leadLength = 30;
/** Characters of context quoted on each side of the phrase, at most. */
const quoteContext = 8;

const escapeHtml = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Whether an excerpt from Pagefind shows a phrase, its marks left out (a phrase may be marked as two
 * words). Never one typed as words apart: Pagefind marks pieces of them (者 of 高齢者), or some only.
 */
const shows = (excerptHtml: string, phrase: string) =>
	!/\s/.test(phrase.trim()) && holds(compact(excerptText(excerptHtml)), compact(phrase));

/** Where a phrase, or one of the words of a query typed as words apart, is used in the text: `start`…`end`. */
interface Span {
	start: number;
	end: number;
}

/** A variant's use in the text: where it starts and ends, and each word's span (one, for a phrase) in text order. */
interface Use extends Span {
	variant: string;
	words: Span[];
}

/**
 * The first use in the text of the first variant it holds, case, spaces and 「・」 ignored as the ranking
 * ignores them: a phrase's first use, or, for a query typed as words apart (高齢者 スマホ), the shortest
 * stretch of text holding each of its words, the first such.
 */
function firstUse(content: string, variants: readonly string[]): Use | undefined {
	const { folded, origin } = compactWithOrigin(content);
	const inContent = ({ start, end }: Span): Span => ({ start: origin[start]!, end: origin[end - 1]! + 1 });
	for (const variant of variants) {
		const words = variant.split(/\s+/).map(compact).filter(Boolean);
		const spans = shortestStretch(folded, words);
		if (spans) return { variant, start: inContent(spans[0]!).start, end: inContent(spans.at(-1)!).end, words: spans.map(inContent) };
	}
	return undefined;
}

/**
 * The spans of each of `words` in the shortest stretch of `text` that holds all of them (the first,
 * among equals), in text order; undefined when a word is missing. One word: its first use.
 */
function shortestStretch(text: string, words: readonly string[]): Span[] | undefined {
	if (words.length === 0) return undefined;
	const uses = words.map((word) => usesOf(text, word).map((at): Span => ({ start: at, end: at + word.length })));
	if (uses.some((found) => found.length === 0)) return undefined;
	let best: Span[] | undefined;
	// For each use of the rarest word (fewest to try), the nearest use of every other word, before or after it.
	const rarest = uses.reduce((a, b) => (b.length < a.length ? b : a));
	for (const anchor of rarest) {
		const spans = [anchor, ...uses.filter((found) => found !== rarest).map((found) => found.reduce((a, b) => (distance(b, anchor) < distance(a, anchor) ? b : a)))];
		const width = Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start));
		if (!best || width < Math.max(...best.map((s) => s.end)) - Math.min(...best.map((s) => s.start))) best = spans;
	}
	return best!.sort((a, b) => a.start - b.start);
}

const distance = (a: Span, b: Span) => (a.start >= b.end ? a.end - b.start : b.end - a.start);

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
	const boundaries = [...[...japaneseWords().segment(run)].map((segment) => runStart + segment.index), runEnd];
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
	return { excerpt: shows(page.excerpt, use.variant) ? undefined : excerptAround(content, use, length), section, quote: quoted(content, use.words[0]!.start, use.words[0]!.end) };
}

/**
 * Where a heading's text stands in the indexed text from `from` on: as a block of its own, ended by Pagefind's
 * 「. 」, before the same words in a sentence (資料 in 「資料に案件名がない」 before the heading 資料); else anywhere.
 */
function headingAt(content: string, text: string, from: number): number {
	for (let at = content.indexOf(text, from); at >= 0; at = content.indexOf(text, at + 1)) {
		const end = at + text.length;
		if (/^\.(?:\s|$)/.test(content.slice(end, end + 2))) return at;
	}
	return content.indexOf(text, from);
}

/**
 * Where each section's text lies in the page's indexed text: from its heading to the next heading
 * found. A heading not found as indexed ends the section before it and starts none (heading undefined).
 */
function sectionSpans<Heading extends { text: string }>(content: string, headings: readonly Heading[]): Array<{ heading: Heading | undefined; start: number; end: number }> {
	const spans: Array<{ heading: Heading | undefined; start: number; end: number }> = [];
	let cursor = 0;
	for (const heading of headings) {
		const at = headingAt(content, heading.text, cursor);
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

/**
 * Page text around a use, each word marked: one stretch from the start of its sentence (or `leadLength`
 * characters before it) when its words are within `length` characters of each other, else a short
 * stretch around each word, joined by 「…」.
 */
function excerptAround(content: string, use: Use, length: number): string {
	if (use.end - use.start <= length) {
		const from = Math.max(sentenceStart(content, use.start), use.start - leadLength);
		return marked(content, from, Math.max(use.end, from + length), use.words);
	}
	const each = Math.floor(length / use.words.length);
	return use.words
		.map((word) => {
			const from = Math.max(sentenceStart(content, word.start), word.start - Math.floor(each / 3));
			return marked(content, from, Math.max(word.end, from + each), [word]);
		})
		.join(' … ');
}

/** Where the sentence or block holding `at` starts: after a 「。」, or after the 「. 」 Pagefind ends each heading and block with. */
function sentenceStart(content: string, at: number): number {
	const stop = content.lastIndexOf('。', at - 1);
	const blockEnd = content.lastIndexOf('. ', at - 1);
	return Math.max(stop + 1, blockEnd < 0 ? 0 : blockEnd + 2);
}

/**
 * `content` from `from` to `to`, escaped (unless it is HTML already), with each span in `<mark>` (spans in text
 * order; one that overlaps the one before is left unmarked).
 */
function marked(content: string, from: number, to: number, spans: readonly Span[], escape = escapeHtml): string {
	let html = '';
	let at = from;
	for (const span of spans) {
		if (span.start < at) continue;
		html += `${escape(content.slice(at, span.start))}<mark>${escape(content.slice(span.start, span.end))}</mark>`;
		at = span.end;
	}
	return `${html}${escape(content.slice(at, Math.max(at, to)))}`.trim();
}

/**
 * Pagefind's excerpt with the phrase alone marked: Pagefind marks every word its segmenter matched,
 * parts of other words among them (ワーク of ネットワーク for テレワーク). Left as Pagefind gave it when
 * it does not hold a variant as one phrase.
 */
export function markedAsPhrase(excerptHtml: string, variants: readonly string[]): string {
	const text = excerptHtml.replace(/<\/?mark>/g, '');
	const folded = text.toLowerCase();
	const spans: Span[] = [];
	for (const variant of variants) {
		if (/\s/.test(variant.trim())) continue;
		const needle = escapeHtml(variant).toLowerCase();
		let end = 0;
		for (const at of usesOf(folded, needle)) {
			if (at < end) continue;
			end = at + needle.length;
			spans.push({ start: at, end });
		}
	}
	if (spans.length === 0) return excerptHtml;
	return marked(text, 0, text.length, spans.sort((a, b) => a.start - b.start || b.end - a.end), (html) => html);
}
