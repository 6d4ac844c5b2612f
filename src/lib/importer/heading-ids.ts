/**
 * Explicit `{#id}`s for the headings that need one. The build derives ids
 * from numbering (joinHeadingId); headings without numbering the build can
 * read (【…】, ■, ア, plain titles) get an explicit id here, and so does a
 * numbered heading whose derived id would clash with an earlier one in the
 * chapter (the build stops on duplicates).
 *
 * Unnumbered ids are `h-` and the first 6 hex digits of the FNV-1a hash of
 * the heading text, written out so that they stay when the text is edited
 * (the check refuses such a heading without its `{#id}`). ア/イ/ウ headings
 * get their parent's id plus the kana in romaji (`s2-1-a`), which stays
 * readable and survives edits to the text. A clash gets `-2`, `-3` ….
 */
import { joinHeadingId, readHeadingNumber, textHashId } from '../heading-numbering.ts';
import { kanaNumbers } from './detect-headings.ts';

const romaji = [
	'a', 'i', 'u', 'e', 'o', 'ka', 'ki', 'ku', 'ke', 'ko', 'sa', 'shi', 'su', 'se', 'so', 'ta', 'chi', 'tsu', 'te', 'to',
	'na', 'ni', 'nu', 'ne', 'no', 'ha', 'hi', 'fu', 'he', 'ho', 'ma', 'mi', 'mu', 'me', 'mo', 'ya', 'yu', 'yo',
	'ra', 'ri', 'ru', 're', 'ro', 'wa',
];

export interface IdHeading {
	level: number;
	text: string;
	/** Kana numbering (ア…), which the build does not read. */
	kana: boolean;
}

/** Explicit ids to write, one per heading (undefined where the build's own id is right). */
export function assignHeadingIds(headings: IdHeading[]): Array<string | undefined> {
	const used = new Set<string>();
	const stack: Array<{ level: number; id: string }> = [];
	const unique = (id: string) => {
		let candidate = id;
		for (let i = 2; used.has(candidate); i++) candidate = `${id}-${i}`;
		return candidate;
	};
	return headings.map((heading) => {
		while (stack.length > 0 && stack.at(-1)!.level >= heading.level) stack.pop();
		const parentId = stack.at(-1)?.id;
		const number = readHeadingNumber(heading.text);
		let derived: string;
		let explicit: string | undefined;
		if (number) {
			derived = joinHeadingId(parentId, number);
			if (used.has(derived)) explicit = unique(derived);
		} else if (heading.kana) {
			const kana = romaji[kanaNumbers.indexOf(heading.text.charAt(0))] ?? 'x';
			derived = explicit = unique(parentId ? `${parentId}-${kana}` : `k-${kana}`);
		} else {
			derived = explicit = unique(textHashId(heading.text.trim()));
		}
		const id = explicit ?? derived;
		used.add(id);
		stack.push({ level: heading.level, id });
		return explicit;
	});
}
