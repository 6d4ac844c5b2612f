/**
 * Orders the results of a query's variants: pages whose text contains the
 * query's own words (as typed, or spelled otherwise: 取組 for 取り組み) come
 * first, then pages containing other words for it (a synonym: DX for
 * デジタルトランスフォーメーション) as a phrase, then pages that only contain its words. Pagefind's own phrase
 * search is a first guess (its index-time and query-time word splitting can
 * differ for Japanese); the page text itself decides for the results loaded,
 * and within each of those groups a page whose own heading holds the query
 * comes before one with a section heading on it, before one whose text only mentions it
 * (Pagefind's score favours short pages: a glossary entry whose definition
 * mentions 行政手続 once would come before a chapter with a section on it).
 * A glossary entry that only mentions it in passing comes after all of
 * those, other words included (マイナポータル's definition naming 子育て:
 * the plans' text on 子育て comes first; its オンライン申請 after the plans'
 * 電子申請).
 */
import { foldWidth, normalizeSearchText, type QueryVariants, withItsParts } from './normalize.ts';

export interface ScoredResult {
	id: string;
	score: number;
}

export interface RankedResult<T extends ScoredResult> {
	result: T;
	/** Contains the query (or a variant) as a contiguous phrase. */
	phrase: boolean;
	/** 0 = the query's own words, 1 = other words for it, as a phrase; 2/3 = its words only. */
	tier: number;
	/** Where the page holds it (placeOfQuery), once its text is loaded: 3 as its whole heading, 2 in its own heading, 1 a section's, 0 only its text or not known, -1 only the text of a page about something else. */
	place: number;
	/** Orders results within a tier: Pagefind's best word-search score for the page. */
	relevance: number;
	/** Its plan has a later version (IndexedPage.replaced), once its text is loaded. */
	replaced?: boolean;
}

/** `phraseRuns[i]` and `wordRuns[i]` are Pagefind's results for variant i; the first `sameWords` variants write the query's own words (QueryVariants). */
export function rankResults<T extends ScoredResult>(phraseRuns: T[][], wordRuns: T[][], sameWords: number): Array<RankedResult<T>> {
	const best = new Map<string, { result: T; tier: number }>();
	const consider = (runs: T[][], tierOf: (variant: number) => number) =>
		runs.forEach((results, variant) => {
			for (const result of results) {
				const tier = tierOf(variant);
				const seen = best.get(result.id);
				if (!seen || tier < seen.tier || (tier === seen.tier && result.score > seen.result.score)) best.set(result.id, { result, tier });
			}
		});
	consider(phraseRuns, (variant) => (variant < sameWords ? 0 : 1));
	consider(wordRuns, (variant) => (variant < sameWords ? 2 : 3));
	// Pagefind scores every phrase hit alike (1): within a tier the word search's score says which page is most about the query.
	const relevance = new Map<string, number>();
	for (const result of wordRuns.flat()) relevance.set(result.id, Math.max(relevance.get(result.id) ?? 0, result.score));
	return sortByTier([...best.values()].map(({ result, tier }) => ({ result, tier, place: 0, phrase: tier < 2, relevance: relevance.get(result.id) ?? result.score })));
}

const latinOrDigit = /[a-z0-9]/;
const separators = /[\s・]+/g;
/** A run of separators at `at` stands between two Latin letters or digits: words of English text (Robotic Process Automation, AI・IoT). */
const betweenLatin = (text: string, at: number, length: number) =>
	latinOrDigit.test((text[at - 1] ?? '').toLowerCase()) && latinOrDigit.test((text[at + length] ?? '').toLowerCase());

/**
 * Spaces and 「・」 left out: デジタル・デバイド and デジタルデバイド are one phrase, however the page or the resident
 * wrote it. Between Latin letters or digits one space stays, so English words stay words (usesOf: process is a
 * word of "Robotic Process Automation", AI of AI・IoT).
 */
export const compact = (text: string) => text.toLowerCase().replace(separators, (run: string, at: number, whole: string) => (betweenLatin(whole, at, run.length) ? ' ' : ''));

/** compact(text), with the index in `text` each of its characters comes from. */
export function compactWithOrigin(text: string): { folded: string; origin: number[] } {
	let folded = '';
	const origin: number[] = [];
	const copy = (from: number, to: number) => {
		for (let i = from; i < to; i++) {
			const char = text[i]!.toLowerCase();
			folded += char;
			for (let n = 0; n < char.length; n++) origin.push(i);
		}
	};
	let copied = 0;
	for (const run of text.matchAll(separators)) {
		copy(copied, run.index);
		if (betweenLatin(text, run.index, run[0].length)) {
			folded += ' ';
			origin.push(run.index);
		}
		copied = run.index + run[0].length;
	}
	copy(copied, text.length);
	return { folded, origin };
}

/**
 * Where `word` stands in `text` (both compacted or lower-cased), a start at each: a word that begins or ends
 * with a Latin letter or a digit only where no letter or digit runs on beside it, as the glossary's Latin
 * names count only as whole tokens: AR is not in "artificial", IC not in ICT, 令和1 not in 令和10.
 */
export function usesOf(text: string, word: string): number[] {
	const uses: number[] = [];
	if (!word) return uses;
	const [edgeBefore, edgeAfter] = [latinOrDigit.test(word[0]!), latinOrDigit.test(word.at(-1)!)];
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		const runsOn = (edgeBefore && latinOrDigit.test(text[at - 1] ?? '')) || (edgeAfter && latinOrDigit.test(text[at + word.length] ?? ''));
		if (!runsOn) uses.push(at);
	}
	return uses;
}

/** Whether `text` holds `word` as usesOf finds it. */
export const holds = (text: string, word: string) => usesOf(text, word).length > 0;

/** The words of a query typed with spaces between them (高齢者 スマホ); one word for a query without. */
const wordsOf = (query: string) => query.trim().split(/\s+/);

/** Which variant a (width-folded) text holds first, or -1. A text holds a query typed as one phrase if it contains it; one typed as words apart if it contains each of them. */
function variantHeld(text: string, variants: string[]): number {
	const compacted = compact(text);
	return variants.findIndex((variant) => wordsOf(variant).every((word) => holds(compacted, compact(word))));
}

/** The tier a page's (width-folded) text earns: 0 if it holds the query's own words, 1 other words for it, else 2. */
export function phraseTier(content: string, { variants, sameWords }: QueryVariants): number {
	const index = variantHeld(content, variants);
	return index === -1 ? 2 : index < sameWords ? 0 : 1;
}

/** The metadata key of a page's own heading, its h1 (index-html.ts): the result title also names the plan, which every page of the plan shares. */
export const headingMetaKey = 'heading';

/** The metadata key of a replaced plan's pages (BaseLayout): its value, 新しい版あり, is said with the result. */
export const versionNoteMetaKey = 'versionNote';

/** A loaded result's page as the index holds it (width-folded): its text, its own heading (h1) and its sections' headings. */
export interface IndexedPage {
	content: string;
	heading: string;
	sectionHeadings: string[];
	/** The page is about its heading alone (a glossary entry, whose aliases the query variants include): its text holding the query is a passing mention. */
	aboutItsHeading: boolean;
	/** A later version of its plan is published (versionNoteMetaKey): the version in force's pages come first. */
	replaced?: boolean;
}

/**
 * Where a page holds the query or a variant: 3 as its whole heading (the term マイナンバー, before マイナンバーカード)
 * or, on a page about its heading alone (a glossary entry), a whole name in it (DX of
 * 「デジタル・トランスフォーメーション：デジタル変革（DX）」); 2 in its own heading, 1 in a section's, 0
 * elsewhere or nowhere; -1 elsewhere on a page about its heading alone. A glossary entry whose name holds the
 * query as its lesser part is about something narrower: オープンデータ and 推奨データセット are not what a
 * resident typing データ looks for before the plans' sections on it (0); マイナンバーカード for マイナンバー, two thirds of it, is (2).
 */
export function placeOfQuery(page: Pick<IndexedPage, 'heading' | 'sectionHeadings' | 'aboutItsHeading'>, variants: string[]): number {
	const names = (page.aboutItsHeading ? withItsParts(normalizeSearchText(page.heading)) : [page.heading]).map(compact);
	if (variants.some((variant) => names.includes(compact(variant)))) return 3;
	const held = variantHeld(page.heading, variants);
	if (held === -1) return page.sectionHeadings.some((heading) => variantHeld(heading, variants) !== -1) ? 1 : page.aboutItsHeading ? -1 : 0;
	if (!page.aboutItsHeading) return 2;
	// Measured against the name that holds it, not its other name in brackets (マイナンバーカード（個人番号カード）).
	const length = compact(variants[held]!).length;
	return names.some((name) => variantHeld(name, [variants[held]!]) !== -1 && length * 3 >= name.length * 2) ? 2 : 0;
}

/** Re-ranks results whose page is loaded, by what its text really contains and where. */
export function verifyPhrases<T extends ScoredResult>(ranked: Array<RankedResult<T>>, pages: Map<string, IndexedPage>, query: QueryVariants): Array<RankedResult<T>> {
	return sortByTier(
		ranked.map((r) => {
			const page = pages.get(r.result.id);
			if (page === undefined) return r;
			const tier = phraseTier(page.content, query);
			return { ...r, tier: tier < 2 ? tier : Math.max(r.tier, 2), phrase: tier < 2, place: placeOfQuery(page, query.variants), replaced: page.replaced ?? false };
		}),
	);
}

/** A word typed all in hiragana (はんこ, いつまで). */
const hiraganaWord = /^[\u3041-\u3096ー]+$/;

/** One word in katakana or Latin letters (インタフェース, EBPM, ChatGPT): a loanword or a name, whose parts mean nothing. */
const loanword = /^[\p{Script=Katakana}ー・a-z0-9.]+$/iu;

/**
 * For a query typed only in hiragana, or one loanword or name, that no page holds as a phrase: only the results
 * whose text holds one of its words whole (or a variant's: ギガスクール for ぎがすくーる). Pagefind splits a
 * hiragana word it does not know into kana, and its other hits are pages matched on particles (はんこ: は, こと),
 * or on a loanword's pieces (EBPM on e-Japan and e-Tax), which would hide the advice for finding nothing. A
 * result whose text is not loaded is left out with them.
 */
export function withoutKanaFragments<T extends ScoredResult>(ranked: Array<RankedResult<T>>, pages: Map<string, IndexedPage>, query: string, variants: readonly string[]): Array<RankedResult<T>> {
	const words = wordsOf(query);
	const fragmentsOnly = words.every((word) => hiraganaWord.test(word)) || (words.length === 1 && loanword.test(foldWidth(query).trim()));
	if (!fragmentsOnly || ranked.some((r) => r.phrase)) return ranked;
	const wholeWords = [...new Set(variants.flatMap(wordsOf))].map(compact);
	return ranked.filter((r) => {
		const content = pages.get(r.result.id)?.content;
		const text = content === undefined ? undefined : compact(content);
		return text !== undefined && wholeWords.some((word) => holds(text, word));
	});
}

/**
 * Pages holding the phrase or other words for it (0), then pages about something else that hold it only
 * in passing (1: オンライン申請 finds the plans' 電子申請 before the マイナポータル entry naming オンライン申請
 * in its definition), then pages with its words only (2); within each, by tier.
 */
const standing = (r: RankedResult<ScoredResult>) => (r.tier >= 2 ? 2 : r.place < 0 ? 1 : 0);

/** A replaced version's page after the version in force's: a resident who searches means the plan as it stands. */
const replacedLast = (r: RankedResult<ScoredResult>) => (r.replaced ? 1 : 0);

function sortByTier<T extends ScoredResult>(ranked: Array<RankedResult<T>>): Array<RankedResult<T>> {
	return [...ranked].sort((a, b) => standing(a) - standing(b) || a.tier - b.tier || replacedLast(a) - replacedLast(b) || b.place - a.place || b.relevance - a.relevance);
}

/**
 * What the search says of the words typed in hiragana that it read as the pages' kanji words (kanjiReadings):
 * a reading may be another word than the one meant (こうせい: 構成, 厚生), so the resident can type it in kanji.
 */
export function readingNote(readAs: ReadonlyArray<[typed: string, spellings: string[]]>): string {
	return readAs.map(([typed, spellings]) => `「${typed}」は${spellings.map((s) => `「${s}」`).join('')}としても検索しました。`).join('');
}

/**
 * What the search says when no page held the query as typed and it searched the words of its phrases
 * instead (splitPhrases): what it searched, which the resident may not have meant.
 */
export function splitNote(typed: string, split: string): string {
	return `「${typed}」${wordsOf(typed).length > 1 ? 'の語をすべて' : 'をそのまま'}含むページはないため、「${split}」で検索しました。`;
}

/** What the search says of a prefecture the query names that the site has no plan of (prefectureNotOffered). */
export const absentPrefectureNote = (prefecture: string) => `このサイトには${prefecture}の計画は掲載していません。`;

/** What the search says of filters an address asked for that the form does not offer (prefecture=大阪府), left out. */
export const filtersLeftOutNote = (values: readonly string[]) => `絞り込みの${values.map((value) => `「${value}」`).join('')}は、このサイトにないため外しました。`;

/** What the search says when it searched a question or quoted words as the words they ask about (wordsAskedAbout). */
export function askedNote(typed: string, words: string): string {
	return `「${typed}」は「${words}」として検索しました。`;
}

/**
 * What the search says it found: nothing (within the filters `narrowedTo` names, when any), only pages with part
 * of the query, or pages holding it (first, when some have only part), with the filters. Holding is containing the phrase, or each word of a query typed as words apart.
 */
export function resultSummary(query: string, ranked: ReadonlyArray<{ phrase: boolean }>, narrowedTo?: string): string {
	const phraseCount = ranked.filter((r) => r.phrase).length;
	// One phrase, or words typed apart to find anywhere on a page.
	const oneWord = wordsOf(query).length === 1;
	// Narrowed, the filter may be why: other words would not help.
	if (ranked.length === 0 && narrowedTo) return `「${query}」に一致するページは、絞り込み（${narrowedTo}）の中には見つかりませんでした。絞り込みを外すと、ほかのページが見つかるかもしれません。`;
	if (ranked.length === 0) return `「${query}」に一致するページは見つかりませんでした。言葉を短くするか、別の言い方で検索してください。`;
	if (phraseCount === 0)
		return oneWord
			? `「${query}」をそのまま含むページは見つかりませんでした。語句の一部を含むページ ${ranked.length}件を表示しています。`
			: `「${query}」の語をすべて含むページは見つかりませんでした。一部の語を含むページ ${ranked.length}件を表示しています。`;
	// Read out without the form: the filters applied are said with the count.
	const found = `「${query}」の検索結果${narrowedTo ? `（${narrowedTo}）` : ''}: ${ranked.length}件`;
	if (phraseCount === ranked.length) return found;
	return `${found}（${oneWord ? '語句をそのまま含む' : 'すべての語を含む'}ページ ${phraseCount}件を先に表示）`;
}

/** What a search narrowed by filters alone (no words) says it lists: read out, as a search's count is. */
export function narrowedListSummary(narrowedTo: string, count: number): string {
	if (count === 0) return `絞り込み（${narrowedTo}）に当てはまるページはありません。絞り込みを変えてください。`;
	return `絞り込み（${narrowedTo}）のページ: ${count}件。キーワードを入れると、この中から探せます。`;
}
