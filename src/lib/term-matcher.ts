/**
 * Finds glossary terms and their aliases in running Japanese text. Japanese
 * has no spaces, so kana/kanji terms match anywhere; terms made of Latin
 * letters and digits (AI, IoT, OS) match only as whole tokens, so OS is not
 * found in DOS; so do names beginning or ending in katakana (イノベーション is not found in
 * オープンイノベーション). Full- and half-width forms match each other (ＡＩ = AI), and
 * where names overlap the longest wins (官民データ活用 before 官民データ).
 */
import escapeStringRegexp from 'escape-string-regexp';

/** Names compared as authors mean them (ＤＸ and dx are one): what makes two glossary names the same term. */
export const nameKey = (name: string) => name.normalize('NFKC').toLowerCase();

export interface MatchableTerm {
	id: string;
	/** The term and its aliases, as written. */
	names: string[];
	/** Longer names holding the term's letters without meaning it (a department 「DX推進課」): no match inside them. */
	notIn?: readonly string[] | undefined;
}

export interface TermMatch {
	termId: string;
	index: number;
	/** The text as it appears in the source. */
	text: string;
}

const latinChar = '[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]';

/** A pattern for one character that also accepts its full-/half-width twin. */
function widthInsensitive(char: string): string {
	const code = char.charCodeAt(0);
	if (code >= 0x21 && code <= 0x7e) return `[${escapeStringRegexp(char)}${escapeStringRegexp(String.fromCharCode(code + 0xfee0))}]`;
	if (code >= 0xff01 && code <= 0xff5e) return `[${escapeStringRegexp(char)}${escapeStringRegexp(String.fromCharCode(code - 0xfee0))}]`;
	return escapeStringRegexp(char);
}

/** Where a Latin name may be written with a space or not: between its letters and its numbers (Society5.0, Society 5.0). */
const letterDigitSeam = /(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/g;
/** A name as the matcher keys it: NFKC, without a space at a letter–number seam. */
const matchKey = (name: string) => name.normalize('NFKC').replace(/(?<=[A-Za-z]) (?=[0-9])|(?<=[0-9]) (?=[A-Za-z])/g, '');

const isLatinToken = (name: string) => /^[A-Za-z0-9]/.test(name.normalize('NFKC')) && /[A-Za-z0-9]$/.test(name.normalize('NFKC'));

const katakanaChar = '[ァ-ヺー]';
/**
 * A name beginning or ending in katakana, which counts only where no katakana runs on beside it there: イノベーション
 * is not in オープンイノベーション, as a Latin name is not in a longer word.
 */
const katakanaBounded = (name: string, body: string) => {
	const key = name.normalize('NFKC');
	return `${/^[ァ-ヺ]/.test(key) ? `(?<!${katakanaChar})` : ''}${body}${/[ァ-ヺー]$/.test(key) ? `(?!${katakanaChar})` : ''}`;
};

export function createTermMatcher(terms: MatchableTerm[]) {
	const byKey = new Map<string, string>();
	const names: string[] = [];
	for (const term of terms) {
		for (const name of term.names) {
			const key = matchKey(name);
			if (key.length < 2 || byKey.has(key)) continue;
			byKey.set(key, term.id);
			names.push(name);
		}
	}
	// Longest first: at any position the regex takes the first alternative that fits.
	names.sort((a, b) => matchKey(b).length - matchKey(a).length);
	const alternatives = names.map((name) => {
		// Written with a space (half or full width) at a letter–number seam, or without one, it is the same term.
		const body = matchKey(name)
			.split(letterDigitSeam)
			.map((part) => [...part].map(widthInsensitive).join(''))
			.join('[ 　]?');
		return isLatinToken(name) ? `(?<!${latinChar})${body}(?!${latinChar})` : katakanaBounded(name, body);
	});
	const pattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'g') : undefined;
	const notIn = new Map(terms.filter((term) => term.notIn?.length).map((term) => [term.id, term.notIn!]));
	/** Whether a match lies inside one of its term's `notIn` names where the text writes one. */
	const insideOtherName = (text: string, match: TermMatch) =>
		(notIn.get(match.termId) ?? []).some((name) => {
			for (let at = text.indexOf(name); at !== -1 && at <= match.index; at = text.indexOf(name, at + 1)) {
				if (match.index + match.text.length <= at + name.length) return true;
			}
			return false;
		});

	return {
		/** Every occurrence in `text`, left to right, without overlaps; none inside a name the term is not (`notIn`). */
		find(text: string): TermMatch[] {
			if (!pattern) return [];
			return [...text.matchAll(pattern)].map((m) => ({ termId: byKey.get(matchKey(m[0]))!, index: m.index, text: m[0] })).filter((match) => !insideOtherName(text, match));
		},
		pattern,
		/** Each name it matches (NFKC) and the term it stands for. */
		names: [...byKey],
	};
}

export type TermMatcher = ReturnType<typeof createTermMatcher>;
