/**
 * The name an author most likely meant by one that does not exist: a theme id,
 * a plan folder, a field of the frontmatter (digtal-divide → digital-divide,
 * titel → title). Only a near and unambiguous guess is offered; anything else
 * would send the author to the wrong file.
 */
import { distance } from 'fastest-levenshtein';

/** Edits allowed: one in a name of up to three characters, else two (a swapped pair: titel), and one more for every four characters past eight. */
const allowedEdits = (name: string) => (name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 4)));

const lettersOf = (name: string) => name.toLowerCase().replace(/[0-9０-９]/g, '');
/** s9 and s1, fukushima-dx-2021 and -2022 differ only in a number, which names another item rather than mistyping this one. */
const differOnlyInNumbers = (a: string, b: string) => a.toLowerCase() !== b.toLowerCase() && lettersOf(a) === lettersOf(b);

/**
 * The one known name within a few edits of `written` (letter case ignored), closer than any other,
 * and differing in more than its numbers; undefined if none or a tie. `edits`: how many are allowed.
 */
export function nearestName(written: string, known: Iterable<string>, edits = allowedEdits(written)): string | undefined {
	const typed = written.toLowerCase();
	let best: string | undefined;
	let bestDistance = edits + 1;
	let tie = false;
	for (const name of known) {
		if (name === written) return undefined;
		if (differOnlyInNumbers(name, written)) continue;
		const d = distance(typed, name.toLowerCase());
		if (d < bestDistance) {
			best = name;
			bestDistance = d;
			tie = false;
		} else if (d === bestDistance) tie = true;
	}
	return tie ? undefined : best;
}

/**
 * The consultation id an author most likely meant: a near one (nearestName), else the only one that adds or
 * drops a hyphenated part (toyama-dx-2027 for toyama-dx-2027-pubcom), too many edits away to be a typo but a
 * name shortened from memory. Not for plans: their versions differ so (fukushima-dx-2022, -interim), and another
 * version is not the one meant.
 */
export function nearestId(written: string, known: Iterable<string>): string | undefined {
	const ids = [...known];
	const near = nearestName(written, ids);
	if (near !== undefined || ids.includes(written)) return near;
	const extended = ids.filter((id) => id.startsWith(`${written}-`) || written.startsWith(`${id}-`));
	return extended.length === 1 ? extended[0] : undefined;
}
