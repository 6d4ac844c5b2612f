/**
 * English phrases inside Japanese text, for `lang="en"` (WCAG 3.1.2 Language
 * of Parts, JIS X 8341-3 AA): a Japanese voice reads 「Internet of Things」
 * letter by letter or in katakana guesses; marked, a screen reader switches
 * voice. Only phrases of two or more words, one of them written in lower case,
 * count: acronyms (DX, 「AI IoT」), names like 「Society 5.0」 and single technical terms
 * are the exceptions 3.1.2 allows, read well enough as they are.
 */

/** A word of Latin letters, with inner hyphens or apostrophes (Re-engineering, People’s). */
const word = String.raw`[A-Za-z]+(?:[-'’][A-Za-z]+)*`;
const phrase = new RegExp(String.raw`(?<![A-Za-z0-9])${word}(?: ${word})+(?![A-Za-z0-9])`, 'g');

/** A text cut into runs, each either English (to be marked) or not. */
export function englishPhrases(text: string): Array<{ text: string; english: boolean }> {
	const runs: Array<{ text: string; english: boolean }> = [];
	let last = 0;
	for (const match of text.matchAll(phrase)) {
		if (!/[a-z]{2}/.test(match[0])) continue;
		if (match.index > last) runs.push({ text: text.slice(last, match.index), english: false });
		runs.push({ text: match[0], english: true });
		last = match.index + match[0].length;
	}
	if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), english: false });
	return runs;
}
