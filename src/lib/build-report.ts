/** The build's summary of how the site hangs together, printed after every build. */
import type { CrossLinks } from './cross-links.ts';

export interface BuildReportInput {
	crossLinks: CrossLinks;
	/** Glossary terms: id and written form. */
	terms: Array<{ id: string; term: string }>;
	pages: number;
	/** What the search files hold: pages in Pagefind's index, readings of kanji words (readings.ts). */
	search: { pages: number; readings: number };
	internalLinks: number;
	brokenLinks: number;
	externalLinks: number;
	/** Chapters rendered by this build, and those read back from the previous one's render cache. */
	chapterRenders: { rendered: number; reused: number };
	/**
	 * Files marked `publish: false` that the build left out, named by their id (a chapter's: `<plan>/<chapter>`),
	 * and the indicators and evaluation tables that wait with a chapter (`<plan>/<file>`).
	 */
	unpublished: { plans: Iterable<string>; chapters: Iterable<string>; waitingWithChapters: Iterable<string>; terms: Iterable<string>; consultations: Iterable<string> };
	/** Consultations whose results the build held back, their 公示日 not yet come (Publication.results). */
	resultsNotYetAnnounced: Array<{ id: string; published: string }>;
	/**
	 * The build is of some prefectures or plans (ONLY_PREFECTURES, ONLY_PLANS): themes in fewer than two
	 * prefectures and terms its plans do not use say nothing of the content, and are not listed.
	 */
	partOfTheContent: boolean;
}

export function buildReport(input: BuildReportInput): string[] {
	const { stats } = input.crossLinks;
	const share = stats.sections === 0 ? 0 : Math.round((stats.taggedSections / stats.sections) * 100);
	const unused = input.terms.filter((t) => input.crossLinks.termUsage(t.id).length === 0);
	const singlePrefectureThemes = input.crossLinks.themes.filter((t) => t.byPrefecture.filter((p) => p.sections.length > 0).length < 2);
	return [
		`ページ ${input.pages}（検索索引 ${input.search.pages}、ひらがなで探せる語の読み ${input.search.readings}）`,
		`テーマ ${stats.themes}、テーマ付きの節 ${stats.taggedSections}/${stats.sections}（${share}%）`,
		...(singlePrefectureThemes.length > 0 && !input.partOfTheContent ? [`  2都道府県未満のテーマ: ${singlePrefectureThemes.map((t) => t.data.title).join('、')}`] : []),
		`本文中の用語リンク ${stats.termLinks}、用語 ${input.terms.length}（本文で使われていない用語 ${unused.length}${unused.length > 0 && !input.partOfTheContent ? `: ${unused.map((t) => t.term).join('、')}` : ''}）`,
		`内部リンク ${input.internalLinks}、リンク切れ ${input.brokenLinks}、外部リンク ${input.externalLinks}`,
		`章の本文 ${input.chapterRenders.rendered + input.chapterRenders.reused}（変更がなく前回のビルドから再利用 ${input.chapterRenders.reused}）`,
		...unpublishedLine(input.unpublished),
		...(input.resultsNotYetAnnounced.length > 0 ? [`公示日前のため載せていない意見募集の結果: ${input.resultsNotYetAnnounced.map((c) => `${c.id}（公示日 ${c.published}）`).join('、')} — 公示日以降にもう一度ビルドして公開してください`] : []),
	];
}

/** Said after every build, so that nobody wonders why a page is missing. */
function unpublishedLine({ plans, chapters, waitingWithChapters, terms, consultations }: BuildReportInput['unpublished']): string[] {
	// Chapters as `<plan>/<chapter>`, of plans published (those of a plan left out go with it).
	const parts = ([['計画', plans], ['章', chapters], ['その章に置いた指標・評価の表', waitingWithChapters], ['用語', terms], ['意見募集', consultations]] as const)
		.map(([kind, ids]) => [kind, [...ids]] as const)
		.filter(([, ids]) => ids.length > 0)
		.map(([kind, ids]) => `${kind} ${ids.join('、')}`);
	return parts.length > 0 ? [`公開していないファイル（publish: false）: ${parts.join('／')}`] : [];
}
