/**
 * The search index holds full-width letters, digits and signs folded to ASCII
 * (ＤＸ → DX, （１） → (1)), so a query matches either form; but excerpts and
 * section titles in the results are official text and must read as published.
 * Each indexed page therefore carries, as Pagefind metadata, which of the ASCII
 * characters in its indexed text were full-width, and the search page puts
 * them back.
 *
 * The record covers every ASCII character but spaces and the full stop, in
 * text order: Pagefind adds full stops of its own after headings and blocks,
 * so a full stop cannot be counted (the index keeps 「．」 as published).
 */
import { excerptText } from './excerpt.ts';

/** The metadata key (`data-pagefind-meta="widths:…"`). */
export const widthsMetaKey = 'widths';

const fullWidthOffset = 0xfee0;
const isRecorded = (code: number) => code > 0x20 && code < 0x7f && code !== 0x2e;
/** Full-width forms of recorded characters (U+FF01–U+FF5E but 「．」): the ones the index folds. */
const isFoldedFullWidth = (code: number) => code >= 0xff01 && code <= 0xff5e && code !== 0xff0e;

/** For each recorded character of published text, whether it is full-width. */
export function widthsOf(text: string): boolean[] {
	const widths: boolean[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isFoldedFullWidth(code)) widths.push(true);
		else if (isRecorded(code)) widths.push(false);
	}
	return widths;
}

/** Run lengths in base 36, alternately half-width and full-width, starting with half-width: 「ＤＸとAI」 → 「0.2.2」. */
export function encodeWidths(widths: readonly boolean[]): string {
	const runs: number[] = [0];
	let current = false;
	for (const fullWidth of widths) {
		if (fullWidth !== current) {
			runs.push(0);
			current = fullWidth;
		}
		runs[runs.length - 1]!++;
	}
	return runs.map((n) => n.toString(36)).join('.');
}

function decodeWidths(encoded: string): boolean[] | undefined {
	if (!/^[0-9a-z]+(?:\.[0-9a-z]+)*$/.test(encoded)) return undefined;
	return encoded.split('.').flatMap((run, i) => Array<boolean>(parseInt(run, 36)).fill(i % 2 === 1));
}

const recordedBefore = (text: string, end: number) => {
	let n = 0;
	for (let i = 0; i < end; i++) if (isRecorded(text.charCodeAt(i))) n++;
	return n;
};

/**
 * An excerpt or title from Pagefind (text with `<mark>` and `&lt;`/`&gt;`),
 * found in the page's indexed `content`, with its characters' published widths
 * put back. Left as it is when the page has no record, the record does not
 * match the content, or the text is not found in it.
 */
export function restoreWidths(html: string, content: string, encoded: string | undefined): string {
	const widths = encoded === undefined ? undefined : decodeWidths(encoded);
	if (!widths?.includes(true) || widths.length !== recordedBefore(content, content.length)) return html;
	const text = excerptText(html);
	const at = content.indexOf(text);
	if (at < 0) return html;
	let next = recordedBefore(content, at);
	return html.replace(/<\/?mark>|&lt;|&gt;|[!-~]/g, (token) => {
		const char = token === '&lt;' ? '<' : token === '&gt;' ? '>' : token;
		if (char.length > 1 || !isRecorded(char.charCodeAt(0))) return token;
		return widths[next++] ? String.fromCharCode(char.charCodeAt(0) + fullWidthOffset) : token;
	});
}

/**
 * Pieces of plain text that follow one another in `content` (a quote's
 * prefix, phrase and suffix: text-fragment.ts), each with its published
 * widths. They are restored as one text, so a short piece is found where the
 * others are, not at its first use elsewhere in the page.
 */
export function restorePieceWidths(pieces: readonly string[], content: string, encoded: string | undefined): string[] {
	const whole = restoreWidths(pieces.join(''), content, encoded);
	let at = 0;
	return pieces.map((piece) => whole.slice(at, (at += piece.length)));
}
