/** Marks what an author must still write in a scaffolded file; the content check warns while any is left. */
export const toFill = '【要記入】';

/**
 * The words templates write after 【要記入】 to say what goes there (【要記入】章の題名). An author who deletes
 * only the mark leaves them, to be published as the document's words: the content check names them.
 */
export const templateSamples = {
	chapterTitle: '章の題名',
	sectionTitle: '節の題名',
	body: '本文',
	reading: 'よみがな',
	definition: '用語の解説',
	documentTitle: '資料名（PDF）',
	caseTitle: '案件名',
	organiser: '担当部局',
	contactName: '問合せ先の課',
	indicatorName: '指標名',
	prefectureName: '都道府県名',
	planTitle: '計画の題名',
	planSummary: '計画の要約',
	sourceTitle: '元の文書の説明',
} as const;

/** The addresses templates give as examples, marked 【要記入】 in their comment; never a real one. */
export const templateAddresses = ['https://www.pref.example.jp/', 'opinion@example.jp'] as const;

/** What a template writes where a value is to come: the mark and what goes there. */
export const toFillWith = (sample: keyof typeof templateSamples) => `${toFill}${templateSamples[sample]}`;
