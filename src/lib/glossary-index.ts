/**
 * The glossary's 五十音 index: every term, and its other names where a resident may look them up
 * instead (DX under 英数字, パブコメ under は), each pointing to the term, as an A–Z index's "see" entries.
 */
import { type GojuonGroup, groupByGojuon } from './gojuon.ts';
import { readingKey, hiraganaOf } from './search/normalize.ts';
import { nameKey } from './term-matcher.ts';

/** A line of the index: a term, or another name of one (`isAlias`), with the entry it leads to. */
export interface IndexLine<T> {
	/** The name listed. */
	term: string;
	/** Its reading in hiragana (a Latin name is placed by its letters). */
	reading: string;
	entry: T;
	isAlias: boolean;
}

/** A name in kana only, a kana first: its reading is itself, in hiragana. */
const kanaOnly = /^[\u3041-\u3096\u30a1-\u30fa][\u3041-\u3096\u30a1-\u30faー・]*$/;
const latinFirst = /^[A-Za-z0-9]/;

/**
 * The index's rows. An alias is listed when its place in the index is known: from how it is written (Latin
 * letters, digits or kana), or from the reading the entry gives it (`aliasReadings`: 人工知能 in the さ row), once
 * (ＤＸ and DX are one), and not where it would stand beside its own term (SDGs before SDGs（持続可能な開発目標）,
 * デジタル・トランスフォーメーション before デジタル・トランスフォーメーション：デジタル変革（DX）) or be another term's name.
 */
export function glossaryIndex<T extends { term: string; reading: string; aliases: readonly string[]; aliasReadings?: Readonly<Record<string, string>> }>(entries: readonly T[]): Array<GojuonGroup<IndexLine<T>>> {
	const listed = new Set(entries.map((entry) => nameKey(entry.term)));
	const lines: Array<IndexLine<T>> = entries.map((entry) => ({ term: entry.term, reading: entry.reading, entry, isAlias: false }));
	for (const entry of entries) {
		for (const alias of entry.aliases) {
			const name = alias.normalize('NFKC');
			const latin = latinFirst.test(name);
			const given = entry.aliasReadings?.[alias]?.trim();
			const reading = latin ? '' : (given ?? (kanaOnly.test(name) ? hiraganaOf(name) : undefined));
			if (listed.has(nameKey(name)) || reading === undefined) continue;
			if (latin ? nameKey(entry.term).startsWith(nameKey(name)) : readingKey(entry.reading).startsWith(readingKey(reading))) continue;
			listed.add(nameKey(name));
			// A name with a reading given is listed as the plan writes it: デジタル変革（ＤＸ）, its brackets full-width.
			lines.push({ term: given && !latin ? alias : name, reading, entry, isAlias: true });
		}
	}
	return groupByGojuon(lines);
}
