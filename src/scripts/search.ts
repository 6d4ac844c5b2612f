/**
 * The search page: reads ?q=&region=&prefecture=&kind=&theme= from the URL (results
 * can be shared; the back button works; later searches update the URL without
 * reloading the page), expands the query the way residents
 * type it (width, okurigana, 和暦/西暦, glossary synonyms), runs each variant
 * through Pagefind as a phrase and as words (a word typed in hiragana also as
 * the kanji words of the pages that read so, from the readings loaded then),
 * and lists pages that contain the
 * query as a phrase first, each excerpt showing it; when none holds it, a
 * phrase is searched as its words (高齢者のスマホ → 高齢者 スマホ, and left in
 * hiragana: こうれいしゃのすまほ → こうれいしゃ すまほ) and romaji typed with the
 * IME off as hiragana (koureisha → こうれいしゃ), or a glossary word the
 * query may be a slip for is offered (もしかして). A
 * glossary term named by the query is shown as a definition card on top.
 * Loaded only on /search/.
 */
import { tidyExcerptHtml } from '../lib/search/excerpt.ts';
import { markedAsPhrase, phraseInPage, type Quote, sectionsHolding } from '../lib/search/phrase-in-page.ts';
import { textFragment } from '../lib/search/text-fragment.ts';
import { restorePieceWidths, restoreWidths } from '../lib/search/widths.ts';
import { expandQuery, foldWidth, hiraganaOf, hiraganaWordReadings, isPartlyConverted, kanjiReadings, keyWordsOf, normalizeSearchText, onlyMarksDropped, readingKey, readingsToSplit, searchedAsWords, splitPhrases, termOfQuery, wordsApart, wordsAskedAbout, wordStarts } from '../lib/search/normalize.ts';
import { mergeReadingDictionaries, type ReadingDictionary, readingShard, readingsFolder, spellingReadingsOf, type SpellingReadings, spellingShard, spellingsOfPartlyConverted, withReadingsAsTyped } from '../lib/search/readings.ts';
import { suggestedQuery } from '../lib/search/suggest.ts';
import { prefectureInQuery, prefectureLast, prefectureNotOffered } from '../lib/search/prefecture-in-query.ts';
import { namesTopic } from '../lib/search/topics.ts';
import { absentPrefectureNote, askedNote, filtersLeftOutNote, headingMetaKey, type IndexedPage, narrowedListSummary, rankResults, type RankedResult, readingNote, resultSummary, splitNote, verifyPhrases, versionNoteMetaKey, withoutKanaFragments } from '../lib/search/rank.ts';
import { mergedIndexPath, mergedSiteFilter, type PagefindFilters, withoutMergedCopies } from '../lib/search/merged-sites.ts';
import type { SearchTerm } from '../lib/search/search-terms.ts';
import { glossaryKind } from '../lib/search-kinds.ts';
import { listingSortKey } from '../lib/search/listing-order.ts';

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
/** An element of the page with an id: a heading, a paragraph … */
interface PagefindAnchor {
	element: string;
	id: string;
	text: string;
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text (normalised at build time). */
	content: string;
	/** widths: which characters of `content` are published full-width (widths.ts). */
	meta: { title?: string; widths?: string; [headingMetaKey]?: string; [versionNoteMetaKey]?: string };
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
	anchors: PagefindAnchor[];
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	/** Loads the WebAssembly and the index's entry, which the first search would wait for. */
	init(): Promise<void>;
	/** Loads the index chunks a search for `term` will read. */
	preload(term: string): Promise<void>;
	mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
	/** `null`: every page the filters keep, in the order `sort` gives. */
	search(query: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] }>;
}

/** The headings of a result's sections (h2–h6 with an id), where a phrase's section is found and the ranking looks. */
const sectionHeadings = (data: PagefindResultData) => data.anchors.filter((anchor) => /^h[2-6]$/.test(anchor.element));

/** A loaded result's text and headings, for the ranking. */
const indexedPage = (data: PagefindResultData): IndexedPage => ({
	content: data.content,
	// A merged site built before the heading was recorded has only the result title.
	heading: data.meta[headingMetaKey] ?? data.meta.title ?? '',
	sectionHeadings: sectionHeadings(data).map((anchor) => anchor.text),
	aboutItsHeading: data.filters.kind?.includes(glossaryKind) ?? false,
	replaced: data.meta[versionNoteMetaKey] !== undefined,
});

const base = import.meta.env.BASE_URL;
const pageSize = 10;
/** Characters in an excerpt made around a phrase: about as long as Pagefind's. */
const phraseExcerptLength = 100;
/** Results whose text is loaded up front to check for the phrase (fragments are about 1 KB each). */
const verifyWindow = 50;
/** The filters a search can be narrowed by, as URL parameters and form fields (a site of few prefectures has no region field; the URL still narrows). */
const facets = ['region', 'prefecture', 'plan', 'kind', 'theme'] as const;
/** Whether the browser follows text fragments; one that does not would read `#s2:~:text=…` as an id and stay at the top. */
const followsTextFragments = 'fragmentDirective' in document;
const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const termCard = document.querySelector<HTMLElement>('#search-term-card')!;
const noResults = document.querySelector<HTMLElement>('#search-no-results')!;
const withoutFilters = document.querySelector<HTMLElement>('#search-without-filters')!;
const filtersBox = document.querySelector<HTMLDetailsElement>('#search-filters')!;
const filtersChosen = document.querySelector<HTMLElement>('#search-filters-chosen')!;
/** The page's own title; a search puts its query and count before it, which a screen reader reads when the results load with the page. */
const pageTitle = document.title;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

function link(href: string, text: string) {
	const a = element('a', undefined, text);
	a.href = href;
	return a;
}

/**
 * Pagefind's excerpt is page text with <mark> around matches. It is read in an
 * inert document and only its text and marks are copied, so nothing else in
 * it can ever become markup on this page.
 */
function excerpt(html: string) {
	const p = element('p', 'excerpt');
	for (const node of new DOMParser().parseFromString(tidyExcerptHtml(html), 'text/html').body.childNodes) {
		p.append(node.nodeName === 'MARK' ? element('mark', undefined, node.textContent ?? '') : (node.textContent ?? ''));
	}
	return p;
}

/** A quote from the indexed text as published: full-width where the plan writes it so, as the page the fragment goes to does. */
function publishedQuote({ prefix, text, suffix }: Quote, result: PagefindResultData): Quote {
	const [p, t, s] = restorePieceWidths([prefix, text, suffix], result.content, result.meta.widths);
	return { prefix: p!, text: t!, suffix: s! };
}

function renderResult(result: PagefindResultData, phrase: boolean, variants: string[]): HTMLLIElement {
	// Excerpts and section titles come from the index's width-folded text: shown as published.
	const published = (html: string) => restoreWidths(html, result.content, result.meta.widths);
	const item = element('li', 'search-result');
	// A replaced plan's page says so before it is opened.
	const labels = [...(result.filters.kind ?? []), ...(result.filters.prefecture ?? []), ...(result.meta[versionNoteMetaKey] ? [result.meta[versionNoteMetaKey]] : [])].join('・');
	// A page that holds the phrase shows it, the section it is in comes first, and its link goes to the phrase.
	const headings = sectionHeadings(result);
	const found = phrase ? phraseInPage(result, variants, headings, phraseExcerptLength) : undefined;
	// Where the page holds the phrase, its excerpts mark the phrase, not the other words Pagefind matched a part of.
	const shown = (excerptHtml: string) => (found ? markedAsPhrase(excerptHtml, variants) : excerptHtml);
	const pageExcerpt = found?.excerpt ?? result.excerpt;
	const fragment = found && followsTextFragments ? textFragment(publishedQuote(found.quote, result)) : '';
	const section = found?.section;
	const sectionUrl = section && `${result.url}#${section.id}`;
	const heading = element('h2');
	// With no section to go to, the page's own link goes to the phrase.
	heading.append(link(section || !fragment ? result.url : `${result.url}#${fragment}`, result.meta.title ?? result.url));
	// The pages with the whole phrase come first; those after them are marked, the exception.
	item.append(heading, element('p', 'result-meta', phrase ? labels : `${labels}（語句の一部を含む）`), excerpt(published(shown(pageExcerpt))));
	const home: PagefindSubResult[] = section ? [{ title: section.text, url: `${sectionUrl}${fragment}`, excerpt: pageExcerpt }] : [];
	// Where the page holds the phrase, the other sections listed hold it too, not only one of its words.
	const holding = found && new Set(sectionsHolding(result.content, variants, headings).map((heading) => `${result.url}#${heading.id}`));
	const others = result.sub_results.filter((s) => s.url.includes('#') && s.url !== sectionUrl && (!holding || holding.has(s.url)));
	const sections = [...home, ...others].slice(0, 3);
	if (sections.length > 0) {
		const subList = element('ul', 'sub-results');
		for (const section of sections) {
			const li = element('li');
			li.append(link(section.url, published(section.title)));
			// The page's excerpt is often this very section's: said once.
			if (section.excerpt !== pageExcerpt) li.append(excerpt(published(shown(section.excerpt))));
			subList.append(li);
		}
		item.append(subList);
	}
	return item;
}

const topicList = document.querySelector<HTMLUListElement>('#search-topics')!;
/** The pages across prefectures (themes, indicators compared) the query names, listed in the HTML: shown above the results. */
function showTopics(query: string) {
	let any = false;
	for (const item of topicList.querySelectorAll<HTMLLIElement>('li')) {
		item.hidden = !namesTopic(query, item.dataset.topicNames!.split('\n'));
		any ||= !item.hidden;
	}
	topicList.hidden = !any;
}

function showTermCard(query: string, terms: SearchTerm[]) {
	const term = termOfQuery(query, terms);
	termCard.hidden = !term;
	if (!term) return;
	termCard.replaceChildren(
		element('h2', undefined, `用語: ${term.term}`),
		element('p', 'muted', term.sourceLabel),
		element('p', undefined, term.summary),
		link(term.url, `「${term.term}」を用語集で読む`),
	);
}

let engine: Promise<[{ pagefind: Pagefind; merged: string[] }, SearchTerm[]]> | undefined;
function loadEngine() {
	engine ??= Promise.all([
		import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
			// Pagefind counts Japanese excerpt length in segments; ask for a sentence, not a few words.
			// Indexed URLs already carry the base path: Pagefind must not add it again.
			await pagefind.options({ excerptLength: 60, baseUrl: '/' });
			// Other sites of a portal, checked first and merged together: Pagefind keeps a site whose
			// index fails to load and then fails every search, so an unreachable one is left out.
			const sites = JSON.parse(form.dataset.mergedSites ?? '[]') as string[];
			const reachable = await Promise.all(sites.map((site) => fetch(`${mergedIndexPath(site)}pagefind-entry.json`, { method: 'HEAD' }).then((r) => r.ok, () => false)));
			const merged = sites.filter((_, i) => reachable[i]);
			await Promise.all(merged.map((site) => pagefind.mergeIndex(mergedIndexPath(site), { excerptLength: 60, baseUrl: '/', mergeFilter: mergedSiteFilter })));
			return { pagefind, merged };
		}),
		fetch(`${base}search-terms.json`).then((r) => r.json() as Promise<SearchTerm[]>),
	]);
	return engine;
}

const readingFiles = new Map<string, Promise<object>>();
/** The shards of the readings folder of each site searched (this one first, then those merged into its search), each fetched once; an empty one for a file that cannot be. */
function readingFilesOf<T extends object>(shards: string[], sites: string[]): Promise<T[]> {
	const file = (url: string) => {
		let loading = readingFiles.get(url);
		if (!loading) {
			loading = fetch(url).then((r) => (r.ok ? (r.json() as Promise<object>) : {}), () => ({}));
			readingFiles.set(url, loading);
		}
		return loading as Promise<T>;
	};
	return Promise.all(sites.flatMap((site) => [...new Set(shards)].map((shard) => file(`${site}${readingsFolder}/${shard}.json`))));
}

/**
 * The readings of the kanji words of the sites searched that the words typed in hiragana may be: only the file
 * of each word's first kana, a few KB. Without them a search still runs.
 */
function readingsFor(readings: string[], sites: string[]): Promise<ReadingDictionary> {
	return readingFilesOf<ReadingDictionary>(readings.map(readingShard), sites).then(mergeReadingDictionaries);
}

/**
 * The pages' spellings of the words of a query converted only in part (子そだて → 子育て), by each word's reading
 * key as the readings have theirs: from the spelling file of a word's first character, or, for a word that
 * starts in hiragana (こ育て), whose first kanji is unknown, from the reading file of its first kana.
 */
async function partlyConvertedReadings(query: string, sites: string[]): Promise<ReadingDictionary> {
	const words = normalizeSearchText(query).split(/\s+/).filter(isPartlyConverted);
	if (words.length === 0) return {};
	const startsInKana = (word: string) => /^[\u3041-\u3096]/.test(word);
	const [bySpellingFiles, byReading] = await Promise.all([
		readingFilesOf<SpellingReadings>(words.filter((word) => !startsInKana(word)).map(spellingShard), sites),
		readingsFor(words.filter(startsInKana).map(readingKey), sites),
	]);
	// The first site's reading of a spelling, as mergeReadingDictionaries keeps its spellings first.
	const bySpelling = Object.assign(spellingReadingsOf(byReading), ...bySpellingFiles.reverse()) as SpellingReadings;
	return Object.fromEntries(
		words.flatMap((word) => {
			const spellings = spellingsOfPartlyConverted(word, bySpelling);
			return spellings.length > 0 ? [[readingKey(word), spellings]] : [];
		}),
	);
}

/** A query that may be romaji typed with the IME off: Latin letters and spaces only (romaji.ts decides). */
const mayBeRomaji = /^[a-z' -]+$/i;
/** A query all in katakana (spaces aside), which no page holds: perhaps a kanji word's reading, converted a step too far. */
const allKatakana = /^[\u30a1-\u30f6ー ]+$/;

/** The filters as Pagefind is asked them: with other sites merged, without their copies of the glossary. */
const asAsked = (filters: Record<string, string>, merged: string[]): PagefindFilters => (merged.length > 0 ? withoutMergedCopies(filters) : filters);

/** The newest search; an older one still running stops at its next step instead of mixing in its results. */
let latestSearch = 0;

/** From the narrowest choice to the broadest: each is in the one after it (a plan in its prefecture, a prefecture in its region). */
const nestedFacets = ['plan', 'prefecture', 'region'] as const;

/**
 * The narrowest choice says more than the broader ones: they are left out of
 * the search, so a region or prefecture left from an earlier search (東北,
 * then 千葉県; 青森県, then 福島県's plan) finds the chosen one's pages rather
 * than none; their fields show what the choice is in (the group its option is
 * in: a plan's prefecture, a prefecture's region).
 */
function narrowToNarrowestChoice(filters: Record<string, string>) {
	const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;
	/** The label of the group the option of `value` is in, in the field `name`. */
	const containing = (name: string, value: string) => {
		const group = [...(field(name)?.options ?? [])].find((option) => option.value === value)?.parentElement;
		return group instanceof HTMLOptGroupElement ? group.label : '';
	};
	const narrowest = nestedFacets.findIndex((name) => filters[name]);
	if (narrowest === -1) return;
	// Up from the choice: its prefecture, then that prefecture's region.
	let [inner, value] = [nestedFacets[narrowest]!, filters[nestedFacets[narrowest]!]!];
	for (const name of nestedFacets.slice(narrowest + 1)) {
		[inner, value] = [name, containing(inner, value)];
		if (!filters[name]) continue;
		delete filters[name];
		const broader = field(name);
		if (broader) broader.value = value;
	}
}

/** The prefectures the search can be narrowed to: the options of the form's field. */
const prefectureChoices = () => [...((form.elements.namedItem('prefecture') as HTMLSelectElement | null)?.options ?? [])].map((option) => option.value).filter(Boolean);

/** The filters as their fields name them (a plan by its title, not its id). */
const filterLabels = (filters: Record<string, string>) =>
	Object.entries(filters).map(([key, value]) => [...((form.elements.namedItem(key) as HTMLSelectElement | null)?.options ?? [])].find((option) => option.value === value)?.text ?? value);

/**
 * Fills the form from the URL and shows that search's results; the list is busy (aria-busy) until all is said,
 * the offer to narrow to a prefecture, which needs a search of its own, included.
 */
async function runSearch(params: URLSearchParams) {
	const run = ++latestSearch;
	list.setAttribute('aria-busy', 'true');
	try {
		await showSearch(params, () => run !== latestSearch);
	} finally {
		if (run === latestSearch) list.removeAttribute('aria-busy');
	}
}

/** A search's results; `stale` says a newer search has begun, which this one leaves the page to. */
async function showSearch(params: URLSearchParams, stale: () => boolean) {
	// Where the reader was in this history entry, read before the results change the page.
	const { scrollY } = placeInHistory();
	const typed = (params.get('q') ?? '').trim();
	// A question (マイナンバーカードとは？) or quoted words are searched as the words they ask about.
	const query = wordsAskedAbout(typed) ?? typed;
	const filters: Record<string, string> = {};
	// Values an address asks to narrow to that the form does not offer (prefecture=大阪府): left out, and said.
	const notOffered: string[] = [];
	for (const key of facets) {
		const field = form.elements.namedItem(key) as HTMLSelectElement | null;
		// Only a choice the form offers: another value in an address finds nothing, and would be shown back as typed.
		const value = [...(field?.options ?? [])].some((option) => option.value === params.get(key)) ? params.get(key)! : '';
		if (field) field.value = value;
		if (value) filters[key] = value;
		else if (params.get(key)) notOffered.push(params.get(key)!);
	}
	narrowToNarrowestChoice(filters);
	const narrowedTo = filterLabels(filters).join('・') || undefined;
	filtersChosen.textContent = narrowedTo ? `（${narrowedTo}）` : '';
	(form.elements.namedItem('q') as HTMLInputElement).value = typed;
	list.replaceChildren();
	more.hidden = true;
	termCard.hidden = true;
	topicList.hidden = true;
	noResults.hidden = true;
	document.title = pageTitle;
	if (!query && narrowedTo) {
		await listNarrowed(filters, narrowedTo, stale);
		return;
	}
	if (!query) {
		// 検索 pressed with the box empty says this again: a status region is read when its words change, so it is
		// emptied first and filled in the next frame, or a screen reader would say nothing.
		status.textContent = '';
		requestAnimationFrame(() => {
			if (!stale()) status.textContent = 'キーワードを入力して検索してください。';
		});
		return;
	}
	performance.mark('search-start');
	status.textContent = '検索しています…';
	const typedReadings = hiraganaWordReadings(query);
	// This site's readings load beside the engine; merged sites' once the engine knows which answer.
	if (typedReadings.length > 0) void readingsFor(typedReadings, [base]);
	const [{ pagefind, merged }, terms] = await loadEngine();
	if (stale()) return;
	const sites = [base, ...merged];
	const dictionary = typedReadings.length > 0 ? await readingsFor(typedReadings, sites) : {};
	if (stale()) return;
	const searchFilters = asAsked(filters, merged);
	const loaded = new Map<string, PagefindResultData>();
	const load = async (results: Array<RankedResult<PagefindResult>>) =>
		Promise.all(results.filter((r) => !loaded.has(r.result.id)).map(async (r) => loaded.set(r.result.id, await r.result.data())));
	/** The pages found for a query, ranked, with what it was searched as; `byWordStarts`, also those its words' beginnings find (wordStarts). */
	const findPages = async (searched: string, readings: ReadingDictionary, { byWordStarts = false, withFilters = searchFilters } = {}) => {
		const expanded = expandQuery(searched, terms, readings);
		const readAs = kanjiReadings(searched, terms, readings);
		const asWords = (variant: string) => (byWordStarts ? wordStarts(variant) : searchedAsWords(variant, readAs) ? variant : undefined);
		const runs = await Promise.all([
			...expanded.variants.map((v) => pagefind.search(`"${v}"`, { filters: withFilters })),
			...expanded.variants.map((v) => {
				const words = asWords(v);
				return words === undefined ? { results: [] } : pagefind.search(words, { filters: withFilters });
			}),
		]);
		const count = expanded.variants.length;
		const guessed = rankResults(runs.slice(0, count).map((r) => r.results), runs.slice(count).map((r) => r.results), expanded.sameWords);
		// Pagefind's phrase hits are real phrases; only its word hits may hide a phrase its word splitting missed.
		await load([...guessed.slice(0, pageSize), ...guessed.slice(0, verifyWindow).filter((r) => !r.phrase)]);
		const pages = new Map([...loaded].map(([id, data]) => [id, indexedPage(data)]));
		const ranked = withoutKanaFragments(verifyPhrases(guessed, pages, expanded), pages, searched, expanded.variants);
		return { searched, ranked, variants: expanded.variants, readAs };
	};
	let found = await findPages(query, dictionary);
	// No page holds it as typed: a phrase (高齢者のスマホ, or left in hiragana: こうれいしゃのすまほ) is
	// searched as its words, and a query typed in romaji with the IME off (koureisha), or a kanji word's reading
	// converted to katakana (ボウサイ, or half-width ﾎﾞｳｻｲ), as the hiragana it spells, if some page then holds them.
	if (!found.ranked.some((r) => r.phrase)) {
		// Width-folded (ﾎﾞｳｻｲ is ボウサイ), its letters' case kept: an acronym among romaji stays as typed (gyousei DX).
		const folded = foldWidth(query);
		const romaji = mayBeRomaji.test(folded) ? (await import('../lib/search/romaji.ts')).hiraganaOfRomaji(folded) : undefined;
		const kana = romaji ?? (allKatakana.test(folded) ? hiraganaOf(folded) : undefined);
		const retried = kana ?? query;
		// Romaji, and the kana an IME makes of it, often leave a long vowel out (koreisha) and spell づ as ず (tetsuzuki): such readings count too.
		const [partly, readingsOfWords] = await Promise.all([partlyConvertedReadings(retried, sites), readingsFor(readingsToSplit(retried), sites)]);
		const readings = { ...withReadingsAsTyped(readingsOfWords), ...partly };
		// A word read only so (これいしゃ), or converted only in part (子そだて), is searched as typed, with those readings.
		const readOnlyAsTyped = hiraganaWordReadings(retried).some((reading) => !(reading in dictionary) && reading in readings) || Object.keys(partly).length > 0;
		const instead = splitPhrases(retried, terms, readings, { wholly: romaji === undefined && kana !== undefined }) ?? (kana !== undefined || readOnlyAsTyped ? retried : undefined);
		if (instead !== undefined && !stale()) {
			const ofInstead = await findPages(instead, readings);
			if (ofInstead.ranked.some((r) => r.phrase)) found = ofInstead;
		}
		// A phrase whose words the index cut otherwise (分かりやすい) is found by its words' beginnings.
		if (!found.ranked.some((r) => r.phrase) && wordStarts(normalizeSearchText(query)) !== undefined && !stale()) {
			const byStarts = await findPages(query, dictionary, { byWordStarts: true });
			if (byStarts.ranked.some((r) => r.phrase)) found = byStarts;
		}
		// A sentence no page holds, nor its phrases (子育て世帯への支援はありますか), or words typed apart no page holds
		// together (スマホ 使い方 わからない): as many of its key words, in its order, as some page holds together
		// (Pagefind finds pages with every word: 使える would leave none). A prefecture's name is tried last: 三重県
		// テレワーク, which no page holds together, is テレワーク in other plans, not the pages naming 三重県.
		const keyWords = found.ranked.some((r) => r.phrase) ? [] : prefectureLast(keyWordsOf(query)?.split(' ') ?? wordsApart(query));
		const kept: string[] = [];
		for (const word of keyWords) {
			const withWord = await findPages([...kept, word].join(' '), dictionary);
			if (stale()) return;
			if (!withWord.ranked.some((r) => r.phrase)) continue;
			kept.push(word);
			found = withWord;
		}
	}
	if (stale()) return;
	const { searched, ranked, variants, readAs } = found;
	// The term the words searched name (ぱぶりっくこめんとについて: パブリックコメント).
	showTermCard(searched, terms);
	showTopics(query);

	await showInBatches(ranked.length, async (from, to) => {
		const batch = ranked.slice(from, to);
		await load(batch);
		return stale() ? undefined : batch.map((r) => renderResult(loaded.get(r.result.id)!, r.phrase, variants));
	});
	if (stale()) return;
	document.title = `「${typed}」の検索結果（${ranked.length}件） | ${pageTitle}`;
	status.textContent = searched === query ? resultSummary(query, ranked, narrowedTo) : `${resultSummary(searched, ranked, narrowedTo)} ${splitNote(query, searched)}`;
	if (query !== typed && !onlyMarksDropped(typed, query)) status.append(` ${askedNote(typed, query)}`);
	if (readAs.length > 0) status.append(` ${readingNote(readAs)}`);
	// A prefecture this site has no plan of (東京都 テレワーク): said, unless other sites are searched too, which may.
	const absent = merged.length === 0 ? prefectureNotOffered(query, prefectureChoices()) : undefined;
	if (absent) status.append(` ${absentPrefectureNote(absent)}`);
	if (notOffered.length > 0) status.append(` ${filtersLeftOutNote(notOffered)}`);
	// No page has it as written: a glossary word it may be a slip for, to search instead (filters kept).
	const suggestion = ranked.some((r) => r.phrase) ? undefined : suggestedQuery(query, terms);
	if (suggestion) {
		const suggested = new URLSearchParams(params);
		suggested.set('q', suggestion);
		const word = link(`?${suggested}`, suggestion);
		word.className = 'keep-together';
		status.append(' もしかして: ', word);
	}
	noResults.hidden = ranked.length > 0;
	// Narrowed, it may be found elsewhere: the same words, no filter.
	withoutFilters.hidden = Object.keys(filters).length === 0;
	withoutFilters.querySelector('a')!.href = `?${new URLSearchParams({ q: query })}`;
	performance.measure('search', 'search-start');
	// Back where the reader was, now that the page above the results has its words.
	if (scrollY !== undefined) window.scrollTo(0, scrollY);
	// A prefecture named with other words (三重県 テレワーク): its plans, searched for the other words, as few of them
	// print its name; offered only where it finds something: a link to no results would be a second dead end.
	const named = filters.prefecture || filters.plan ? undefined : prefectureInQuery(query, prefectureChoices());
	if (!named) return;
	const inPrefecture = await findPages(named.rest, dictionary, { withFilters: asAsked({ ...filters, prefecture: named.prefecture }, merged) });
	if (stale() || !inPrefecture.ranked.some((r) => r.phrase)) return;
	const narrowed = new URLSearchParams(params);
	narrowed.set('q', named.rest);
	narrowed.set('prefecture', named.prefecture);
	status.append(' ', link(`?${narrowed}`, `${named.prefecture}の計画に絞り込んで「${named.rest}」を検索する`));
}

/**
 * Where the reader was in this entry of the history: how many results were shown (さらに表示) and how far down
 * the page. Back to it (from a result opened, say), the page shows as many again and returns there, as a
 * browser's back/forward cache would (phones often drop it).
 */
interface ResultsPlace {
	shown?: number;
	scrollY?: number;
}
const placeInHistory = (): ResultsPlace => (history.state as ResultsPlace | null) ?? {};
const keepInHistory = (place: ResultsPlace) => history.replaceState({ ...placeInHistory(), ...place }, '');
// The page returns to the place itself, once the results are shown again; the browser's own would come before them.
// Kept as the reader scrolls, and at once as a link is followed (before the pause the scroll waits for).
history.scrollRestoration = 'manual';
let scrolled: ReturnType<typeof setTimeout> | undefined;
const keepScroll = () => {
	clearTimeout(scrolled);
	keepInHistory({ scrollY: window.scrollY });
};
addEventListener(
	'scroll',
	() => {
		clearTimeout(scrolled);
		scrolled = setTimeout(keepScroll, 200);
	},
	{ passive: true },
);
document.addEventListener('click', (event) => {
	if ((event.target as Element).closest('a[href]')) keepScroll();
});

/**
 * Shows results `pageSize` at a time, with a button for the rest (at first as many as the history entry had
 * shown). `render` makes a batch's items (undefined once a newer search has begun).
 */
async function showInBatches(total: number, render: (from: number, to: number) => Promise<HTMLLIElement[] | undefined>) {
	const { shown: shownBefore = pageSize } = placeInHistory();
	let shown = 0;
	const showMore = async (count = pageSize) => {
		const items = await render(shown, Math.min(shown + count, total));
		if (!items) return;
		list.append(...items);
		shown += items.length;
		more.hidden = shown >= total;
		more.textContent = `さらに表示（残り${total - shown}件）`;
		keepInHistory({ shown });
		return items;
	};
	// Focus goes to the first result added: the button may be gone, and the reader goes on from there.
	more.onclick = async () => (await showMore())?.[0]?.querySelector('a')?.focus();
	await showMore(Math.max(shownBefore, pageSize));
}

/** A search narrowed without words (千葉県 chosen, to browse): every page the filters keep, in the site's order (listing-order.ts). */
async function listNarrowed(filters: Record<string, string>, narrowedTo: string, stale: () => boolean) {
	status.textContent = '検索しています…';
	const [{ pagefind, merged }] = await loadEngine();
	if (stale()) return;
	const { results } = await pagefind.search(null, { filters: asAsked(filters, merged), sort: { [listingSortKey]: 'asc' } });
	if (stale()) return;
	await showInBatches(results.length, async (from, to) => {
		const pages = await Promise.all(results.slice(from, to).map((result) => result.data()));
		return stale() ? undefined : pages.map((page) => renderResult(page, true, []));
	});
	if (stale()) return;
	document.title = `絞り込み（${narrowedTo}）のページ（${results.length}件） | ${pageTitle}`;
	status.textContent = narrowedListSummary(narrowedTo, results.length);
	noResults.hidden = results.length > 0;
	withoutFilters.hidden = true;
}

const report = (error: unknown) => {
	status.textContent = '検索の読み込みに失敗しました。ページを再読み込みしてください。';
	console.error(error);
};

form.addEventListener('submit', (event) => {
	event.preventDefault();
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
	history.pushState(null, '', `?${params}`);
	// On a phone the keyboard would stay up over the results: it closes (a keyboard's user stays in the box).
	if (matchMedia('(pointer: coarse)').matches) queryBox.blur();
	runSearch(params).catch(report);
});
addEventListener('popstate', () => void runSearch(new URLSearchParams(location.search)).catch(report));
// The engine (88 KB, its WebAssembly most of it) loads while the resident types, not after Enter: the first
// result comes some 1.7 s sooner on a slow phone. The index for the words typed so far too, once typing pauses.
// (A failure is reported by the search that needs the engine.)
const queryBox = form.elements.namedItem('q') as HTMLInputElement;
queryBox.addEventListener('focus', () => void loadEngine().then(([{ pagefind }]) => pagefind.init()).catch(() => undefined), { once: true });
let preloading: ReturnType<typeof setTimeout> | undefined;
queryBox.addEventListener('input', () => {
	clearTimeout(preloading);
	const typed = normalizeSearchText(queryBox.value).trim();
	if (typed) preloading = setTimeout(() => void loadEngine().then(([{ pagefind }]) => pagefind.preload(typed)).catch(() => undefined), 300);
});
const initial = new URLSearchParams(location.search);
// Folded in the HTML, for a phone; open where there is room for the fields, or when the search is narrowed.
filtersBox.open = matchMedia('(min-width: 40rem)').matches || facets.some((key) => initial.get(key));
runSearch(initial).catch(report);
