/**
 * Pagefind ends each heading's text with 「. 」 in its excerpts, Japanese ones
 * too (「…（令和4〜7年度）. 元の文書…」, 「計画の概要. 都道府県…」, 「ありたい姿. 1スマート…」).
 * A Latin full stop after Japanese text reads as a typo: it is shown as a plain
 * space, or left out where it ends the excerpt. One after Latin text
 * ("Society 5.0. ", "Ver. 2") stays. Works on the
 * excerpt's HTML, where a highlighted word may end just before the stop
 * (「<mark>推進体制</mark>. 」).
 */
export function tidyExcerptHtml(html: string): string {
	return html.replace(/(?<=[^\x00-\x7f](?:<\/mark>)?(?:[)\]](?:<\/mark>)?)?)\.(?: (?=\S)|$)/g, (stop) => (stop === '.' ? '' : ' '));
}

/**
 * The text of an excerpt or title from Pagefind: its `<mark>`s left out and the
 * only entities Pagefind writes (`&lt;`, `&gt;`) read back.
 */
export function excerptText(html: string): string {
	return html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
