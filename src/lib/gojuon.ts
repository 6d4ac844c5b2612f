/**
 * 五十音 index of glossary terms: rows あ か さ た な は ま や ら わ, then 英数字
 * for terms that begin with a Latin letter or a digit (ＡＩ, ５Ｇ), as Japanese
 * plans' 用語解説 do.
 */
import { readingKey, katakanaOf } from './search/normalize.ts';

export interface GojuonRow {
	/** ASCII key used in anchors: `a`, `ka`, … `latin`. */
	key: string;
	/** Label shown in the jump bar. */
	label: string;
}

const kanaRows: Array<GojuonRow & { kana: string }> = [
	{ key: 'a', label: 'あ', kana: 'ぁあぃいぅうぇえぉおゔ' },
	{ key: 'ka', label: 'か', kana: 'かがきぎくぐけげこご' },
	{ key: 'sa', label: 'さ', kana: 'さざしじすずせぜそぞ' },
	{ key: 'ta', label: 'た', kana: 'ただちぢっつづてでとど' },
	{ key: 'na', label: 'な', kana: 'なにぬねの' },
	{ key: 'ha', label: 'は', kana: 'はばぱひびぴふぶぷへべぺほぼぽ' },
	{ key: 'ma', label: 'ま', kana: 'まみむめも' },
	{ key: 'ya', label: 'や', kana: 'ゃやゅゆょよ' },
	{ key: 'ra', label: 'ら', kana: 'らりるれろ' },
	{ key: 'wa', label: 'わ', kana: 'ゎわゐゑをん' },
];

const latinRow: GojuonRow = { key: 'latin', label: '英数字' };

/** All rows in display order. */
const gojuonRows: GojuonRow[] = [...kanaRows.map(({ key, label }) => ({ key, label })), latinRow];

/** The row a term belongs to, from its written form and its hiragana reading. */
export function gojuonRowOf(term: string, reading: string): GojuonRow {
	if (/^[A-Za-z0-9]/.test(term.normalize('NFKC'))) return latinRow;
	const first = reading.trim().charAt(0);
	const row = kanaRows.find((r) => r.kana.includes(first));
	if (!row) throw new Error(`reading "${reading}" does not start with hiragana`);
	return { key: row.key, label: row.label };
}

const collator = new Intl.Collator('ja');
/** 英数字 in number order: 3D, 5G, 10年計画. */
const latinCollator = new Intl.Collator('ja', { numeric: true });

export interface GojuonGroup<T> extends GojuonRow {
	entries: T[];
}

/** Groups entries into every 五十音 row (empty rows included, for the jump bar), sorted by reading. */
export function groupByGojuon<T extends { term: string; reading: string }>(entries: T[]): Array<GojuonGroup<T>> {
	const groups = gojuonRows.map((row) => ({ ...row, entries: [] as T[] }));
	for (const entry of entries) {
		groups.find((g) => g.key === gojuonRowOf(entry.term, entry.reading).key)!.entries.push(entry);
	}
	for (const group of groups) {
		group.entries.sort((a, b) =>
			group.key === latinRow.key
				? latinCollator.compare(a.term.normalize('NFKC'), b.term.normalize('NFKC'))
				: collator.compare(a.reading, b.reading) || collator.compare(a.term, b.term),
		);
	}
	return groups;
}

/**
 * Whether a reading tells the reader something the term does not: not for a
 * term written in kana that reads as written (イノベーション, いのべーしょん), so
 * the index does not print 「イノベーション（いのべーしょん）」. Compared as the
 * search compares readings (readingKey), the reading in katakana.
 */
export function readingIsNeeded(term: string, reading: string): boolean {
	return readingKey(term) !== readingKey(katakanaOf(reading));
}
