/** Short one-line extracts of a text: theme excerpts, a term's toggletip, page descriptions. */
import { phrases } from './phrases.ts';

/**
 * Text on one line (line breaks and runs of spaces as one space), at most
 * `length` characters and 「…」 where it is cut. The cut comes after the last
 * sentence (「。」) that fits, unless that would keep less than half: a
 * definition then stops at its end, not in the middle of the next word.
 * Otherwise after the last phrase that fits (BudouX), never inside one: cut
 * inside 「できないか」, a proposal would read 「できない…」, its opposite.
 */
export function excerpt(text: string, length: number): string {
	const flat = text.trim().replace(/\s+/g, ' ');
	if (flat.length <= length) return flat;
	const sentenceEnd = flat.lastIndexOf('。', length - 1) + 1;
	return `${flat.slice(0, sentenceEnd >= length / 2 ? sentenceEnd : phrasesEnd(flat, length)).trimEnd()}…`;
}

/** Characters past the cut that BudouX reads to tell where the phrase there ends. */
const phraseLookahead = 10;

/** The end of the last whole phrase within `length` characters; `length` when the first phrase is longer. */
function phrasesEnd(flat: string, length: number): number {
	let end = 0;
	for (const phrase of phrases(flat.slice(0, length + phraseLookahead))) {
		if (end + phrase.length > length) break;
		end += phrase.length;
	}
	return end || length;
}

/** Characters of text in a page description: about what search engines and link previews show. */
const descriptionLength = 120;

/** A page description made of a text's opening. */
export const pageDescription = (text: string) => excerpt(text, descriptionLength);

/**
 * The opening of a chapter's text (its text before the first heading, else
 * its first section with text of its own) as a page description; undefined
 * when it has no text.
 */
export function chapterOpening(texts: ReadonlyArray<{ body: string } | undefined>): string | undefined {
	const first = texts.find((text) => text?.body.trim());
	return first && pageDescription(first.body);
}
